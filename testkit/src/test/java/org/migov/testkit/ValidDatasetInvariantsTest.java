package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityId;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.CountKind;
import org.migov.core.ExternalIdentifier;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/**
 * {@link DatasetGens#valid(LocalDate)}: the same seed gives the same datasets, size scales them,
 * and brute-force checks that every dataset honours the rules its Javadoc promises.
 */
class ValidDatasetInvariantsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final int TRIES = 60;
  private static final int MAX_SIZE = 50;
  private static final Pattern ACRONYM = Pattern.compile("[A-Za-z][A-Za-z0-9&.\\-]{1,15}");
  private static final Pattern IATI_ORG = Pattern.compile("[A-Z]{2}(-[A-Z0-9]+)+");
  private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

  private static void check(Property.Check<Dataset> check) {
    Property.forAll(DatasetGens.valid(TODAY)).withTries(TRIES).withMaxSize(MAX_SIZE).check(check);
  }

  private static <T, I> Map<I, T> byId(List<T> entities, Function<T, I> id) {
    Map<I, T> map = new HashMap<>();
    entities.forEach(e -> map.put(id.apply(e), e));
    return map;
  }

  private static <T extends EntityId> void assertUnique(List<T> ids, String kind) {
    Set<T> seen = new HashSet<>();
    for (T id : ids) {
      assertTrue(seen.add(id), "repeated " + kind + " id " + id);
    }
  }

  /** Whether following the edges from any node comes back to it. */
  private static <I> void assertAcyclic(Map<I, List<I>> edges, String what) {
    Map<I, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
    for (I start : edges.keySet()) {
      visit(start, edges, state, new ArrayList<>(), what);
    }
  }

  private static <I> void visit(I node, Map<I, List<I>> edges, Map<I, Integer> state, List<I> path, String what) {
    Integer s = state.get(node);
    if (s != null) {
      assertFalse(s == 1, what + " cycle through " + path + " -> " + node);
      return;
    }
    state.put(node, 1);
    path.add(node);
    for (I next : edges.getOrDefault(node, List.of())) {
      visit(next, edges, state, path, what);
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
  }

  private static boolean certainlyNotAfter(PartialDate date, LocalDate day) {
    return !date.isCertainlyAfter(day);
  }

  // ------------------------------------------------------------- dataset

  @Test
  void idsAreUniquePerKind() {
    check(
        d -> {
          assertUnique(d.organisations().stream().map(Organisation::id).toList(), "organisation");
          assertUnique(d.offices().stream().map(Office::id).toList(), "office");
          assertUnique(d.agreements().stream().map(Agreement::id).toList(), "agreement");
          assertUnique(d.programmes().stream().map(Programme::id).toList(), "programme");
          assertUnique(d.events().stream().map(Event::id).toList(), "event");
          assertTrue(d.organisations().size() >= 2, "at least two organisations");
        });
  }

  @Test
  void everyReferenceResolves() {
    check(
        d -> {
          Set<OrganisationId> orgs = d.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
          Map<Object, Office> offices = byId(d.offices(), Office::id);
          Set<AgreementId> agreements = d.agreements().stream().map(Agreement::id).collect(Collectors.toSet());
          Set<ProgrammeId> programmes = d.programmes().stream().map(Programme::id).collect(Collectors.toSet());
          for (Organisation o : d.organisations()) {
            o.parent().ifPresent(p -> assertTrue(orgs.contains(p), o.id() + " parent " + p));
          }
          for (Office o : d.offices()) {
            assertTrue(orgs.contains(o.organisation()), o.id() + " organisation " + o.organisation());
            o.parents().stream().map(Dated::value).forEach(p -> {
              assertTrue(offices.containsKey(p), o.id() + " parent " + p);
              assertEquals(o.organisation(), offices.get(p).organisation(), o.id() + "'s parent office belongs to the same organisation");
            });
          }
          for (Agreement a : d.agreements()) {
            a.parties().forEach(p -> assertTrue(orgs.contains(p), a.id() + " party " + p));
            a.signatories().forEach(s -> assertTrue(orgs.contains(s.party()), a.id() + " signatory party " + s.party()));
            a.links().forEach(l -> assertTrue(agreements.contains(l.target()), a.id() + " link " + l.target()));
            a.coordinationMechanisms().forEach(m -> assertTrue(orgs.contains(m), a.id() + " mechanism " + m));
          }
          for (Programme p : d.programmes()) {
            p.participants().forEach(x -> assertTrue(orgs.contains(x.organisation()), p.id() + " participant " + x));
            p.fundingInstrument().ifPresent(f -> assertTrue(orgs.contains(f), p.id() + " funding instrument " + f));
            p.basedOn().forEach(b -> assertTrue(agreements.contains(b), p.id() + " based on " + b));
            p.parent().ifPresent(x -> assertTrue(programmes.contains(x), p.id() + " parent " + x));
          }
          for (Event e : d.events()) {
            e.organisations().forEach(o -> assertTrue(orgs.contains(o), e.id() + " organisation " + o));
            e.programme().ifPresent(x -> assertTrue(programmes.contains(x), e.id() + " programme " + x));
            e.agreement().ifPresent(x -> assertTrue(agreements.contains(x), e.id() + " agreement " + x));
          }
        });
  }

  @Test
  void hierarchiesHaveNoCycleAndParentsComeEarlier() {
    check(
        d -> {
          Map<Object, List<Object>> orgEdges = new HashMap<>();
          d.organisations().forEach(o -> orgEdges.put(o.id(), o.parent().<List<Object>>map(List::of).orElse(List.of())));
          assertAcyclic(orgEdges, "organisation");
          Map<Object, List<Object>> officeEdges = new HashMap<>();
          d.offices().forEach(o -> officeEdges.put(o.id(), o.parents().stream().map(Dated::value).collect(Collectors.toList())));
          assertAcyclic(officeEdges, "office");
          Map<Object, List<Object>> agreementEdges = new HashMap<>();
          d.agreements().forEach(a -> agreementEdges.put(a.id(), a.links().stream().map(l -> (Object) l.target()).toList()));
          assertAcyclic(agreementEdges, "agreement");
          Map<Object, List<Object>> programmeEdges = new HashMap<>();
          d.programmes().forEach(p -> programmeEdges.put(p.id(), p.parent().<List<Object>>map(List::of).orElse(List.of())));
          assertAcyclic(programmeEdges, "programme");
          // The Javadoc's stronger promise: a parent or linked agreement always comes earlier.
          List<OrganisationId> orgOrder = d.organisations().stream().map(Organisation::id).toList();
          for (int i = 0; i < orgOrder.size(); i++) {
            int index = i;
            d.organisations().get(i).parent().ifPresent(p -> assertTrue(orgOrder.indexOf(p) < index, "parent earlier"));
          }
          List<AgreementId> agreementOrder = d.agreements().stream().map(Agreement::id).toList();
          for (int i = 0; i < agreementOrder.size(); i++) {
            int index = i;
            d.agreements().get(i).links().forEach(l -> assertTrue(agreementOrder.indexOf(l.target()) < index, "link target earlier"));
          }
        });
  }

  // ------------------------------------------------------- organisations

  @Test
  void organisationsFollowTheRules() {
    check(
        d -> {
          for (Organisation o : d.organisations()) {
            String id = o.id().toString();
            assertFalse(o.name().asMap().isEmpty(), id + " has a name");
            o.acronym().ifPresent(a -> a.asMap().values().forEach(v -> assertTrue(ACRONYM.matcher(v).matches(), id + " acronym " + v)));
            for (Count count : o.counts(CountKind.MEMBER_STATES)) {
              assertTrue(o.is(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION), id + " has a member-state count but is " + o.kinds());
              assertTrue(count.value() >= 1 && count.value() <= 200, id + " member states " + count);
            }
            o.founded().ifPresent(f -> {
              assertTrue(f.year() >= TODAY.getYear() - DatasetGens.OLDEST_FOUNDING && f.year() <= TODAY.getYear() - DatasetGens.YOUNGEST_FOUNDING,
                  id + " founded " + f);
              assertTrue(certainlyNotAfter(f, TODAY), id + " founded in the future " + f);
              o.dissolved().ifPresent(x -> assertTrue(x.isCertainlyAfter(f), id + " dissolved " + x + " founded " + f));
              o.unSystemMembership().ifPresent(x -> assertTrue(x.isCertainlyAfter(f), id + " UN system " + x + " founded " + f));
            });
            o.dissolved().ifPresent(x -> assertTrue(certainlyNotAfter(x, TODAY), id + " dissolved in the future " + x));
            for (ExternalIdentifier identifier : o.identifiers()) {
              switch (identifier.scheme()) {
                case IATI:
                  assertTrue(IATI_ORG.matcher(identifier.value()).matches(), id + " " + identifier);
                  break;
                case WIKIDATA:
                  assertTrue(WIKIDATA.matcher(identifier.value()).matches(), id + " " + identifier);
                  break;
                default:
                  break;
              }
            }
            for (Post post : o.posts()) {
              List<Tenure> tenures = post.tenures();
              for (Tenure t : tenures) {
                o.founded().ifPresent(f -> t.start().ifPresent(s -> assertTrue(s.isCertainlyAfter(f), id + " tenure " + s + " before founding " + f)));
                t.start().ifPresent(s -> t.end().ifPresent(e -> assertFalse(e.isCertainlyBefore(s), id + " tenure ends before it starts")));
              }
              for (int i = 0; i + 1 < tenures.size(); i++) {
                Tenure earlier = tenures.get(i);
                Tenure later = tenures.get(i + 1);
                assertTrue(earlier.end().isPresent(), id + ": only the last tenure may be open");
                assertTrue(earlier.end().get().isCertainlyBefore(later.start().orElseThrow()),
                    id + ": tenures one after the other " + earlier + " " + later);
              }
            }
          }
        });
  }

  // ------------------------------------------------------------- offices

  @Test
  void officesFollowTheRules() {
    check(
        d -> {
          for (Office o : d.offices()) {
            List<GeographicArea> areas = o.areaOfResponsibility().stream().map(Dated::value).collect(Collectors.toList());
            if (o.hasEverBeen(OfficeKind.REGIONAL_OFFICE) || o.hasEverBeen(OfficeKind.COORDINATION_OFFICE)) {
              assertFalse(areas.isEmpty(), o.id() + " of kinds " + o.kinds() + " has an area");
            }
            if (!areas.isEmpty()) {
              assertTrue(areas.stream().anyMatch(a -> a.countries().contains(o.hostCountry())),
                  o.id() + " host " + o.hostCountry() + " lies in " + areas);
            }
          }
        });
  }

  // ---------------------------------------------------------- agreements

  @Test
  void agreementsFollowTheRules() {
    check(
        d -> {
          Map<OrganisationId, Organisation> orgs = byId(d.organisations(), Organisation::id);
          Map<AgreementId, Agreement> agreements = byId(d.agreements(), Agreement::id);
          for (Agreement a : d.agreements()) {
            String id = a.id().toString();
            Set<OrganisationId> parties = Set.copyOf(a.parties());
            assertEquals(a.parties().size(), parties.size(), id + " repeats a party " + a.parties());
            assertTrue(parties.size() >= 2 && parties.size() <= 4, id + " parties " + a.parties());
            for (Signatory s : a.signatories()) {
              assertTrue(parties.contains(s.party()), id + " signatory for a non-party " + s.party());
            }
            for (OrganisationId m : a.coordinationMechanisms()) {
              assertTrue(orgs.get(m).is(OrganisationKind.NETWORK_OR_COORDINATION_GROUP), id + " mechanism " + m + " " + orgs.get(m).kinds());
            }
            if (a.status() == AgreementStatus.DRAFT) {
              continue;
            }
            PartialDate signed = a.signingDate().orElseThrow(() -> new AssertionError(id + " " + a.status() + " without a signing date"));
            assertTrue(certainlyNotAfter(signed, TODAY), id + " signed in the future " + signed);
            assertFalse(signed.isCertainlyBefore(TODAY.minusYears(DatasetGens.AGREEMENT_YEARS)), id + " signed too long ago " + signed);
            a.entryIntoForce().ifPresent(e -> assertFalse(e.isCertainlyBefore(signed), id + " in force " + e + " before signing " + signed));
            for (OrganisationId party : parties) {
              Organisation o = orgs.get(party);
              o.founded().ifPresent(f -> assertTrue(f.isCertainlyBefore(signed), id + ": " + party + " founded " + f + ", signed " + signed));
              assertTrue(o.dissolved().isEmpty(), id + ": party " + party + " dissolved");
            }
            switch (a.status()) {
              case IN_FORCE:
                assertTrue(a.entryIntoForce().isPresent(), id + " in force without entry into force");
                assertTrue(certainlyNotAfter(a.entryIntoForce().get(), TODAY), id + " in force from the future");
                a.validity().ifPresent(v -> assertTrue(v.certainlyContains(TODAY), id + " in force but validity " + v));
                break;
              case EXPIRED:
                assertTrue(a.validity().flatMap(DateRange::end).orElseThrow().isCertainlyBefore(TODAY), id + " expired with validity " + a.validity());
                break;
              default:
                break;
            }
            for (AgreementLink link : a.links()) {
              Agreement target = agreements.get(link.target());
              PartialDate targetSigned = target.signingDate().orElseThrow(() -> new AssertionError(id + " links to an unsigned agreement"));
              assertFalse(targetSigned.isCertainlyAfter(signed), id + " links to " + target.id() + " signed later");
              assertTrue(target.parties().stream().anyMatch(parties::contains), id + " shares no party with " + target.id());
            }
          }
          for (Agreement a : d.agreements()) {
            for (AgreementLink link : a.links()) {
              assertTrue(agreements.get(link.target()).parties().stream().anyMatch(a.parties()::contains),
                  a.id() + " shares no party with " + link.target());
            }
          }
        });
  }

  // ---------------------------------------------------------- programmes

  @Test
  void programmeParticipantsBudgetsAndAreas() {
    check(
        d -> {
          for (Programme p : d.programmes()) {
            String id = p.id().toString();
            Set<ParticipantRole> roles = p.participants().stream().map(Participant::role).collect(Collectors.toSet());
            assertTrue(roles.contains(ParticipantRole.FUNDING), id + " has no funder");
            assertTrue(roles.contains(ParticipantRole.IMPLEMENTING), id + " has no implementer");
            assertEquals(p.participants().size(), Set.copyOf(p.participants()).size(), id + " has an organisation twice in a role");

            // A budget is optional: the generator leaves one out sometimes.
            p.budget().ifPresent(budget -> {
              assertTrue(budget.isPositive(), id + " budget " + budget);
              BigDecimal lines = BigDecimal.ZERO;
              for (BudgetLine line : p.budgetLines()) {
                assertEquals(budget.currency(), line.amount().currency(), id + " line currency");
                lines = lines.add(line.amount().amount());
              }
              assertTrue(lines.compareTo(budget.amount()) <= 0, id + " lines " + lines + " above budget " + budget);
            });

            assertFalse(p.targetAreas().isEmpty(), id + " has no target area");
            assertFalse(p.thematicAreas().isEmpty(), id + " has no thematic area");
            long withPercentage = p.targetAreas().stream().filter(t -> t.percentage().isPresent()).count();
            assertTrue(withPercentage == 0 || withPercentage == p.targetAreas().size(), id + " percentages on some areas only");
            if (withPercentage > 0) {
              BigDecimal sum = p.targetAreas().stream().map(t -> t.percentage().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, sum.compareTo(BigDecimal.valueOf(100)), id + " percentages sum to " + sum);
              p.targetAreas().forEach(t -> assertTrue(t.percentage().get().signum() >= 0, id + " negative percentage"));
            }
            assertEquals(p.targetAreas().size(), p.targetAreas().stream().map(TargetArea::area).distinct().count(), id + " repeats an area");
          }
        });
  }

  @Test
  void programmeDatesAgreeWithStatusAndAgreements() {
    check(
        d -> {
          Map<AgreementId, Agreement> agreements = byId(d.agreements(), Agreement::id);
          for (Programme p : d.programmes()) {
            String id = p.id().toString();
            if (p.period().isEmpty()) {
              assertTrue(p.basedOn().isEmpty(), id + " without a period rests on an agreement");
              continue;
            }
            DateRange period = p.period().get();
            Optional<ProgrammeStatus> status = p.status();
            if (status.isPresent()) {
              switch (status.get()) {
                case CLOSED:
                case FINALISATION:
                  assertTrue(period.end().isPresent() && !period.end().get().isCertainlyAfter(TODAY), id + " " + status.get() + " " + period);
                  break;
                case IMPLEMENTATION:
                  assertFalse(period.start().orElseThrow().isCertainlyAfter(TODAY), id + " implementing from " + period.start());
                  period.end().ifPresent(end -> assertFalse(end.isCertainlyBefore(TODAY), id + " implementing until " + end));
                  break;
                case PIPELINE:
                  assertTrue(period.start().orElseThrow().isCertainlyAfter(TODAY), id + " in pipeline but started " + period.start());
                  break;
                default:
                  break;
              }
            }
            for (BudgetLine line : p.budgetLines()) {
              line.period().ifPresent(lp -> {
                assertTrue(period.certainlyEncloses(lp), id + " line period " + lp + " outside " + period);
                assertTrue(lp.isClosed() && lp.start().orElseThrow().earliestDay().plusDays(364).compareTo(lp.end().get().latestDay()) >= 0,
                    id + " line period " + lp + " longer than a year");
              });
            }
            for (AgreementId basis : p.basedOn()) {
              PartialDate signed = agreements.get(basis).signingDate().orElseThrow(() -> new AssertionError(id + " based on an unsigned agreement"));
              assertFalse(signed.isCertainlyAfter(period.start().orElseThrow()), id + " starts " + period.start() + " before " + basis + " was signed " + signed);
            }
          }
        });
  }

  @Test
  void childBudgetsStayWithinTheParents() {
    check(
        d -> {
          Map<ProgrammeId, Programme> programmes = byId(d.programmes(), Programme::id);
          Map<ProgrammeId, BigDecimal> allocated = new HashMap<>();
          for (Programme p : d.programmes()) {
            p.parent().ifPresent(parentId -> {
              Programme parent = programmes.get(parentId);
              assertEquals(parent.budget().orElseThrow().currency(), p.budget().orElseThrow().currency(), p.id() + " budget currency");
              allocated.merge(parentId, p.budget().get().amount(), BigDecimal::add);
            });
          }
          allocated.forEach((parentId, sum) ->
              assertTrue(sum.compareTo(programmes.get(parentId).budget().orElseThrow().amount()) <= 0,
                  "children of " + parentId + " get " + sum + " of " + programmes.get(parentId).budget().get()));
        });
  }

  // -------------------------------------------------------------- events

  @Test
  void eventsFollowTheRules() {
    check(
        d -> {
          Map<ProgrammeId, Programme> programmes = byId(d.programmes(), Programme::id);
          for (Event e : d.events()) {
            assertFalse(e.organisations().isEmpty(), e.id() + " has no organisation");
            assertEquals(e.organisations().size(), Set.copyOf(e.organisations()).size(), e.id() + " repeats an organisation");
            e.programme().filter(pid -> programmes.get(pid).period().isPresent()).ifPresent(pid -> {
              DateRange period = programmes.get(pid).period().get();
              PartialDate date = e.date().orElseThrow(() -> new AssertionError(e.id() + " of a programme without a date"));
              assertTrue(period.certainlyContains(date.earliestDay()) && period.certainlyContains(date.latestDay()),
                  e.id() + " on " + date + " outside " + pid + "'s period " + period);
            });
          }
        });
  }

  @Test
  void theSameSeedGivesTheSameDatasets() {
    Gen<Dataset> gen = DatasetGens.valid(TODAY);
    assertEquals(gen.samples(7L, 5, 40), gen.samples(7L, 5, 40));
    assertNotEquals(gen.samples(7L, 5, 40), gen.samples(8L, 5, 40));
  }

  @Test
  void sizeScalesTheNumberOfEntities() {
    Gen<Dataset> gen = DatasetGens.valid(TODAY);
    int small = 0;
    int large = 0;
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 20; i++) {
      small += gen.sample(random, 2).size();
    }
    for (int i = 0; i < 5; i++) {
      large += gen.sample(random, 4000).size();
    }
    assertTrue(small < 20 * 12, "small datasets: " + small);
    assertTrue(large >= 5 * 1000, "at size 4000, at least 1000 entities on average: " + large);
  }
}
