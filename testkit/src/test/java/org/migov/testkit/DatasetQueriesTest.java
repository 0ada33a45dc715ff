package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.TargetArea;
import org.migov.core.time.DateRange;

/** The queries of {@link Dataset} against brute force over valid generated datasets. */
class DatasetQueriesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final int MAX_SIZE = 50;
  private static final int TRIES = 100;

  /** A dataset and what to ask it. */
  record Scenario(Dataset dataset, Country country, LocalDate day, OrganisationId a, OrganisationId b, ParticipantRole role) {}

  static Gen<Scenario> scenarios() {
    return DatasetGens.valid(TODAY)
        .flatMap(
            dataset ->
                choices -> {
                  // Countries: any, or the host of an office, or one inside a target area.
                  List<Country> interesting = new ArrayList<>();
                  dataset.offices().forEach(o -> interesting.add(o.hostCountry()));
                  dataset.programmes().forEach(p -> p.targetAreas().forEach(t -> interesting.addAll(t.area().countries())));
                  Gen<Country> countries =
                      interesting.isEmpty()
                          ? ValueGens.countries()
                          : Gens.oneOf(ValueGens.countries(), Gens.elements(interesting));
                  Country country = countries.generate(choices);
                  LocalDate day = Gens.dates(TODAY.minusYears(35), TODAY.plusYears(8)).generate(choices);
                  List<OrganisationId> ids = dataset.organisations().stream().map(Organisation::id).toList();
                  Gen<OrganisationId> pickId =
                      Gens.frequency(
                          List.of(Map.entry(9, Gens.elements(ids)), Map.entry(1, ValueGens.organisationIds())));
                  return new Scenario(
                      dataset,
                      country,
                      day,
                      pickId.generate(choices),
                      pickId.generate(choices),
                      Gens.enumValues(ParticipantRole.class).generate(choices));
                });
  }

  private static void check(Property.Check<Scenario> check) {
    Property.forAll(scenarios()).withTries(TRIES).withMaxSize(MAX_SIZE).check(check);
  }

  // ----------------------------------------------------------- brute force

  /** Containment written from the definitions, not through {@code GeographicArea.contains}. */
  private static boolean areaContains(GeographicArea area, Country country) {
    if (area instanceof Country) {
      return area.equals(country);
    }
    if (area instanceof M49Region) {
      return country.regions().contains(area);
    }
    return ((NamedArea) area).members().contains(country);
  }

  private static boolean operatingOn(Office office, LocalDate day) {
    if (office.operatingPeriod().isEmpty()) {
      return true;
    }
    DateRange p = office.operatingPeriod().get();
    // The valid-dataset generator makes operating periods of days with a start.
    LocalDate start = p.start().orElseThrow().toLocalDate().orElseThrow();
    return !day.isBefore(start) && p.end().map(end -> !day.isAfter(end.toLocalDate().orElseThrow())).orElse(true);
  }

  private static boolean covers(Office office, Country country) {
    // The valid-dataset generator makes undated areas only.
    List<GeographicArea> areas = office.areaOfResponsibility().stream()
        .map(dated -> {
          assertTrue(dated.period().isEmpty(), dated::toString);
          return dated.value();
        })
        .toList();
    if (areas.isEmpty()) {
      return !office.coversNoCountry() && office.location().country().equals(country);
    }
    for (GeographicArea area : areas) {
      if (areaContains(area, country)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- queries

  @Test
  void officesCoveringMatchesBruteForce() {
    check(
        s -> {
          List<Office> expected =
              s.dataset().offices().stream()
                  .filter(o -> operatingOn(o, s.day()) && covers(o, s.country()))
                  .toList();
          assertEquals(expected, s.dataset().officesCovering(s.country(), s.day()), s.country() + " on " + s.day());
        });
  }

  @Test
  void programmesTargetingMatchesBruteForce() {
    check(
        s -> {
          List<Programme> expected =
              s.dataset().programmes().stream()
                  .filter(p -> p.targetAreas().stream().map(TargetArea::area).anyMatch(a -> areaContains(a, s.country())))
                  .toList();
          assertEquals(expected, s.dataset().programmesTargeting(s.country()), s.country().toString());
        });
  }

  @Test
  void agreementsBetweenMatchesBruteForceAndIsSymmetric() {
    check(
        s -> {
          List<Agreement> expected =
              s.dataset().agreements().stream()
                  .filter(a -> a.parties().contains(s.a()) && a.parties().contains(s.b()))
                  .toList();
          assertEquals(expected, s.dataset().agreementsBetween(s.a(), s.b()), s.a() + " and " + s.b());
          assertEquals(expected, s.dataset().agreementsBetween(s.b(), s.a()), s.b() + " and " + s.a());
        });
  }

  @Test
  void agreementsBetweenEveryPairOfPartiesFindsTheAgreement() {
    check(
        s -> {
          for (Agreement agreement : s.dataset().agreements()) {
            for (OrganisationId x : agreement.parties()) {
              for (OrganisationId y : agreement.parties()) {
                assertTrue(s.dataset().agreementsBetween(x, y).contains(agreement), agreement.id() + ": " + x + ", " + y);
              }
            }
          }
        });
  }

  @Test
  void programmesOfMatchesBruteForce() {
    check(
        s -> {
          for (OrganisationId org : List.of(s.a(), s.b())) {
            for (ParticipantRole role : ParticipantRole.values()) {
              List<Programme> expected =
                  s.dataset().programmes().stream()
                      .filter(p -> p.participants().contains(Participant.of(org, role)))
                      .toList();
              assertEquals(expected, s.dataset().programmesOf(org, role), org + " as " + role);
            }
            assertEquals(s.dataset().programmesOf(org, ParticipantRole.FUNDING), s.dataset().programmesFundedBy(org));
            assertEquals(s.dataset().programmesOf(org, ParticipantRole.IMPLEMENTING), s.dataset().programmesImplementedBy(org));
          }
        });
  }

  @Test
  void everyEntityIsFoundByItsId() {
    check(
        s -> {
          Dataset d = s.dataset();
          for (Organisation o : d.organisations()) {
            assertEquals(Optional.of(o), d.organisation(o.id()));
            assertEquals(d.offices().stream().filter(x -> x.organisation().equals(o.id())).toList(), d.officesOf(o.id()));
          }
          d.offices().forEach(o -> assertEquals(Optional.of(o), d.office(o.id())));
          d.agreements().forEach(a -> assertEquals(Optional.of(a), d.agreement(a.id())));
          d.programmes().forEach(p -> assertEquals(Optional.of(p), d.programme(p.id())));
          d.events().forEach(e -> assertEquals(Optional.of(e), d.event(e.id())));
          Set<OrganisationId> ids = d.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
          for (OrganisationId id : List.of(s.a(), s.b())) {
            assertEquals(ids.contains(id), d.organisation(id).isPresent(), id.toString());
          }
          d.programmes().forEach(p ->
              assertEquals(
                  d.programmes().stream().filter(c -> c.parent().equals(Optional.of(p.id()))).toList(),
                  d.childProgrammes(p.id())));
        });
  }

  @Test
  void lineageStartsWithTheAgreementAndFollowsLinksOnce() {
    check(
        s -> {
          Dataset d = s.dataset();
          for (Agreement agreement : d.agreements()) {
            List<Agreement> lineage = d.lineage(agreement.id());
            assertFalse(lineage.isEmpty());
            assertEquals(agreement, lineage.get(0), "starts with the agreement");
            Set<AgreementId> seen = new HashSet<>();
            for (int i = 0; i < lineage.size(); i++) {
              Agreement element = lineage.get(i);
              assertTrue(seen.add(element.id()), "no duplicate: " + element.id());
              if (i > 0) {
                List<Agreement> earlier = lineage.subList(0, i);
                assertTrue(
                    earlier.stream().anyMatch(e -> e.links().stream().anyMatch(l -> l.target().equals(element.id()))),
                    element.id() + " is the target of a link of an earlier element");
              }
            }
            // Closed: every resolvable link target of an element is in the lineage.
            for (Agreement element : lineage) {
              for (AgreementLink link : element.links()) {
                if (d.agreement(link.target()).isPresent()) {
                  assertTrue(seen.contains(link.target()), "lineage misses " + link.target());
                }
              }
            }
          }
          AgreementId missing = AgreementId.of("no-such-agreement");
          assertTrue(d.lineage(missing).isEmpty());
        });
  }

  // ------------------------------------------------- datasets that break rules

  /**
   * Datasets assembled from the unconstrained entity generators: their ids come from a small
   * vocabulary, so ids repeat, links dangle and form cycles, which the queries must survive.
   */
  static Gen<Dataset> arbitraryDatasets() {
    return choices ->
        Dataset.builder()
            .organisations(EntityGens.organisations().list(0, 8).generate(choices))
            .agreements(EntityGens.agreements().list(0, 12).generate(choices))
            .programmes(EntityGens.programmes().list(0, 6).generate(choices))
            .build();
  }

  @Test
  void queriesOnDatasetsWithRepeatedIdsDanglingLinksAndCycles() {
    Property.forAll(arbitraryDatasets(), ValueGens.organisationIds())
        .withTries(150)
        .check(
            (d, someone) -> {
              for (Organisation o : d.organisations()) {
                Organisation first = d.organisations().stream().filter(x -> x.id().equals(o.id())).findFirst().orElseThrow();
                assertEquals(Optional.of(first), d.organisation(o.id()), "with a repeated id, the first");
              }
              for (Agreement agreement : d.agreements()) {
                List<Agreement> lineage = d.lineage(agreement.id());
                Agreement first = d.agreement(agreement.id()).orElseThrow();
                assertEquals(first, lineage.get(0));
                Set<AgreementId> ids = new HashSet<>();
                lineage.forEach(a -> assertTrue(ids.add(a.id()), "each id once: " + a.id()));
                // Breadth-first closure over the links, written independently.
                Set<AgreementId> reachable = new HashSet<>(List.of(agreement.id()));
                List<AgreementId> frontier = new ArrayList<>(reachable);
                while (!frontier.isEmpty()) {
                  List<AgreementId> next = new ArrayList<>();
                  for (AgreementId id : frontier) {
                    d.agreement(id).ifPresent(a -> a.links().forEach(l -> {
                      if (reachable.add(l.target())) {
                        next.add(l.target());
                      }
                    }));
                  }
                  frontier = next;
                }
                reachable.removeIf(id -> d.agreement(id).isEmpty());
                assertEquals(reachable, ids, "the lineage is everything reachable that the dataset holds");
              }
              for (OrganisationId other : d.organisations().stream().map(Organisation::id).toList()) {
                List<Agreement> expected =
                    d.agreements().stream().filter(a -> a.parties().contains(someone) && a.parties().contains(other)).toList();
                assertEquals(expected, d.agreementsBetween(someone, other));
                for (ParticipantRole role : ParticipantRole.values()) {
                  assertEquals(
                      d.programmes().stream().filter(p -> p.participants().contains(Participant.of(other, role))).toList(),
                      d.programmesOf(other, role));
                }
              }
            });
  }
}
