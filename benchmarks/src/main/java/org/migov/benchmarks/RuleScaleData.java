package org.migov.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migov.benchmarks.baseline.Patterns;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.event.EventId;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Role;
import org.migov.core.organisation.RoleKind;
import org.migov.core.organisation.Succession;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.Transaction;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;
import org.migov.testkit.DatasetGens;

/**
 * The inputs of {@link RuleScaleBenchmark}: for each family of validation rules, an input whose
 * size is one number, built so that the rule has the most work to do for that size (the inputs
 * that were quadratic before the rules became linear or n log n). Deterministic.
 */
public final class RuleScaleData {
  private RuleScaleData() {}

  /** The first year of the overlapping tenures of {@link #overlappingTenures(int)}. */
  static final int FIRST_TENURE_YEAR = 2000;

  /** Over how many years the tenures of {@link #overlappingTenures(int)} start. */
  static final int TENURE_YEARS = 5;

  /**
   * ORG-007: one organisation with one post held by {@code tenures} people at once: each tenure
   * starts in one of five years (2000 to 2004, in turn) and has no end, so every tenure overlaps
   * every other.
   *
   * @param tenures the number of tenures, 2 or more
   * @return the organisation
   */
  public static Organisation overlappingTenures(int tenures) {
    List<Tenure> held = new ArrayList<>(tenures);
    for (int i = 0; i < tenures; i++) {
      held.add(Tenure.builder()
          .holder(Person.of("Holder " + i))
          .start(PartialDate.ofYear(FIRST_TENURE_YEAR + i % TENURE_YEARS))
          .build());
    }
    return Organisation.builder()
        .id(OrganisationId.of("org-tenures"))
        .name(MultilingualText.of("en", "An organisation with one crowded post"))
        .addKinds(OrganisationKind.INTERNATIONAL_NGO)
        .addPosts(Post.builder().title(MultilingualText.of("en", "Director")).tenures(held).build())
        .build();
  }

  /**
   * ORG-011: one network whose one member was a member {@code n} times, for one year each (1000,
   * 1002, 1004... in turn), and {@code n} roles held by it: each in a year of a membership, but one
   * role in a thousand in a year between two (1001...), which is reported. One member with many
   * memberships is the worst case for a loop over the member's memberships, which would be
   * quadratic.
   *
   * @param n the number of memberships and of roles
   * @return the network
   */
  public static Organisation rolesAndMemberships(int n) {
    OrganisationId member = OrganisationId.of("org-member");
    Organisation.Builder network = Organisation.builder()
        .id(OrganisationId.of("org-network"))
        .name(MultilingualText.of("en", "A network with one member, many times"))
        .addKinds(OrganisationKind.NETWORK_OR_COORDINATION_GROUP);
    int years = Math.min(n, 4000);
    for (int i = 0; i < n; i++) {
      int year = 1000 + 2 * (i % years);
      network.addMember(Dated.of(member, DateRange.of(PartialDate.ofYear(year), PartialDate.ofYear(year))));
      int held = i % 1000 == 999 ? year + 1 : 1000 + 2 * ((i * 7) % years);
      network.addRole(Role.of(RoleKind.CO_CHAIR, member, DateRange.of(PartialDate.ofYear(held), PartialDate.ofYear(held))));
    }
    return network.build();
  }

  /**
   * PRG-016: one programme with {@code n} original, indicative budgets of one month each (from
   * January 1000), every second one starting a day early, in the month before: those overlap.
   *
   * @param n the number of budgets
   * @return the programme
   */
  public static Programme overlappingBudgets(int n) {
    Programme.Builder programme = Programme.builder()
        .id(ProgrammeId.of("prg-budgets"))
        .title(MultilingualText.of("en", "A programme with many budgets"));
    LocalDate start = LocalDate.of(1000, 1, 1);
    for (int i = 0; i < n; i++) {
      LocalDate from = i % 2 == 1 ? start.minusDays(1) : start;
      programme.addBudget(Budget.of(Money.of("1", "EUR"), DateRange.of(from, start.plusMonths(1).minusDays(1))));
      start = start.plusMonths(1);
    }
    return programme.build();
  }

  /** The party that none of the parties of {@link #signatoriesAndParties(int)} is. */
  static final OrganisationId NOT_A_PARTY = OrganisationId.of("org-not-a-party");

  /**
   * AGR-002: one agreement with {@code parties} distinct parties and as many signatories, one
   * for each party in the reverse order of the parties, then one more for an organisation that
   * is not a party (one finding).
   *
   * @param parties the number of parties, 2 or more
   * @return the agreement
   */
  public static Agreement signatoriesAndParties(int parties) {
    List<OrganisationId> ids = new ArrayList<>(parties);
    for (int i = 0; i < parties; i++) {
      ids.add(ScaleData.organisationId(i));
    }
    List<Signatory> signatories = new ArrayList<>(parties + 1);
    for (int i = parties - 1; i >= 0; i--) {
      signatories.add(Signatory.builder().person(Person.of("Signatory " + i)).party(ids.get(i)).build());
    }
    signatories.add(Signatory.builder().person(Person.of("Signatory of no party")).party(NOT_A_PARTY).build());
    return agreement("agr-signatories", AgreementStatus.SIGNED, PartialDate.ofYear(2020))
        .parties(ids)
        .signatories(signatories)
        .build();
  }

  /** The agreement superseded by {@link #supersedesLinks(int, int)}. */
  static final AgreementId EARLIER = AgreementId.of("agr-earlier");

  /**
   * AGR-008: a dataset of two agreements of {@code partiesEach} parties each, no party in
   * common, the later one with {@code links} identical links superseding the earlier one (one
   * finding per link), and the {@code 2 * partiesEach} organisations they name (so that every
   * reference resolves).
   *
   * @param partiesEach the number of parties of each agreement, 2 or more
   * @param links the number of links
   * @return the dataset
   */
  public static Dataset supersedesLinks(int partiesEach, int links) {
    List<Organisation> organisations = new ArrayList<>(2 * partiesEach);
    for (int i = 0; i < 2 * partiesEach; i++) {
      organisations.add(ScaleData.organisation(i));
    }
    List<OrganisationId> earlierParties =
        organisations.subList(0, partiesEach).stream().map(Organisation::id).collect(Collectors.toList());
    List<OrganisationId> laterParties =
        organisations.subList(partiesEach, 2 * partiesEach).stream().map(Organisation::id).collect(Collectors.toList());
    Agreement earlier = agreement(EARLIER.value(), AgreementStatus.SUPERSEDED, PartialDate.ofYear(2010))
        .parties(earlierParties)
        .build();
    Agreement later = agreement("agr-later", AgreementStatus.SIGNED, PartialDate.ofYear(2015))
        .parties(laterParties)
        .links(Collections.nCopies(links, AgreementLink.of(LinkRelation.SUPERSEDES, EARLIER)))
        .build();
    return Dataset.builder().organisations(organisations).addAgreements(earlier, later).build();
  }

  /** The organisation that {@link #danglingReferences(int)} names and does not hold. */
  static final OrganisationId MISSING = OrganisationId.of("org-missing");

  /**
   * DS-002: a dataset of one agreement whose parties are {@code references} times the same
   * organisation, which the dataset does not hold (one finding per reference, and one AGR-001
   * for fewer than two distinct parties).
   *
   * @param references the number of dangling references
   * @return the dataset
   */
  public static Dataset danglingReferences(int references) {
    Agreement agreement = agreement("agr-dangling", AgreementStatus.SIGNED, PartialDate.ofYear(2020))
        .parties(Collections.nCopies(references, MISSING))
        .build();
    return Dataset.builder().addAgreements(agreement).build();
  }

  private static Agreement.Builder agreement(String id, AgreementStatus status, PartialDate signed) {
    return Agreement.builder()
        .id(AgreementId.of(id))
        .kind(AgreementKind.COOPERATION_AGREEMENT)
        .title(MultilingualText.of("en", "Agreement " + id))
        .status(status)
        .signingDate(signed);
  }

  /** The size each sample of {@link #generated(int, int)} is drawn at. */
  static final int SAMPLE_SIZE = 200;

  /**
   * The whole catalogue: {@code copies} times the same {@code samples} datasets drawn from
   * testkit's {@link DatasetGens#valid} (seeds 1 to {@code samples}, size {@value #SAMPLE_SIZE},
   * reference date {@link Patterns#TODAY}), each copy of each sample with its ids prefixed
   * {@code s{sample}c{copy}-} in the entities and in every reference, all in one dataset. Valid
   * (no violation) and as connected as the samples; with twice the copies, exactly twice the
   * entities and references of each kind.
   *
   * @param samples the number of different samples
   * @param copies how many times each appears
   * @return the dataset
   */
  public static Dataset generated(int samples, int copies) {
    List<Dataset> drawn = new ArrayList<>(samples);
    for (int s = 1; s <= samples; s++) {
      drawn.add(DatasetGens.valid(Patterns.TODAY).sample(new SplittableRandom(s), SAMPLE_SIZE));
    }
    Dataset.Builder all = Dataset.builder();
    for (int c = 0; c < copies; c++) {
      for (int s = 0; s < samples; s++) {
        Prefix prefix = new Prefix("s" + (s + 1) + "c" + c + "-");
        Dataset sample = drawn.get(s);
        all.addAllOrganisations(map(sample.organisations(), prefix::organisation));
        all.addAllOffices(map(sample.offices(), prefix::office));
        all.addAllAgreements(map(sample.agreements(), prefix::agreement));
        all.addAllProgrammes(map(sample.programmes(), prefix::programme));
        all.addAllEvents(map(sample.events(), prefix::event));
      }
    }
    return all.build();
  }

  private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
    return list.stream().map(f).collect(Collectors.toList());
  }

  /** Renames every id of an entity, and every id it refers to, with a prefix. */
  private static final class Prefix {
    private final String prefix;

    Prefix(String prefix) {
      this.prefix = prefix;
    }

    OrganisationId org(OrganisationId id) {
      return OrganisationId.of(prefix + id.value());
    }

    List<OrganisationId> orgs(List<OrganisationId> ids) {
      return map(ids, this::org);
    }

    OfficeId office(OfficeId id) {
      return OfficeId.of(prefix + id.value());
    }

    AgreementId agreement(AgreementId id) {
      return AgreementId.of(prefix + id.value());
    }

    ProgrammeId programme(ProgrammeId id) {
      return ProgrammeId.of(prefix + id.value());
    }

    /** A dated value with another value, the same period. */
    private <T, R> Dated<R> dated(Dated<T> dated, Function<T, R> f) {
      R value = f.apply(dated.value());
      return dated.period().map(when -> Dated.of(value, when)).orElseGet(() -> Dated.of(value));
    }

    Organisation organisation(Organisation o) {
      return Organisation.builder().from(o).id(org(o.id())).parent(o.parent().map(this::org))
          .members(map(o.members(), m -> dated(m, this::org)))
          .roles(map(o.roles(), r -> r.period().map(when -> Role.of(r.kind(), org(r.holder()), when))
              .orElseGet(() -> Role.of(r.kind(), org(r.holder())))))
          .predecessors(map(o.predecessors(), x -> Succession.builder().from(x).predecessor(org(x.predecessor())).build()))
          .build();
    }

    Office office(Office o) {
      return Office.builder().from(o)
          .id(office(o.id()))
          .organisation(org(o.organisation()))
          .parents(map(o.parents(), p -> dated(p, this::office)))
          .build();
    }

    Agreement agreement(Agreement a) {
      return Agreement.builder().from(a)
          .id(agreement(a.id()))
          .parties(orgs(a.parties()))
          .signatories(map(a.signatories(), s -> Signatory.builder().from(s).party(org(s.party())).build()))
          .links(map(a.links(), l -> AgreementLink.of(l.relation(), agreement(l.target()))))
          .coordinationMechanisms(orgs(a.coordinationMechanisms()))
          .acts(map(a.acts(), x -> InstrumentAct.builder().from(x).organisation(x.organisation().map(this::org)).build()))
          .build();
    }

    Programme programme(Programme p) {
      return Programme.builder().from(p)
          .id(programme(p.id()))
          .participants(map(p.participants(), x -> Participant.of(org(x.organisation()), x.role())))
          .fundingInstrument(p.fundingInstrument().map(this::org))
          .budgetLines(map(p.budgetLines(), l -> BudgetLine.builder().from(l).funder(l.funder().map(this::org)).build()))
          .transactions(map(p.transactions(), t -> Transaction.builder().from(t)
              .provider(t.provider().map(this::org)).receiver(t.receiver().map(this::org)).build()))
          .basedOn(map(p.basedOn(), this::agreement))
          .parent(p.parent().map(this::programme))
          .build();
    }

    Event event(Event e) {
      Optional<ProgrammeId> programme = e.programme().map(this::programme);
      Optional<AgreementId> agreement = e.agreement().map(this::agreement);
      return Event.builder().from(e)
          .id(EventId.of(prefix + e.id().value()))
          .organisations(orgs(e.organisations()))
          .programme(programme)
          .agreement(agreement)
          .build();
    }
  }
}
