package org.migov.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.time.Precision;

/**
 * The entity and dataset generators explore their space: every class of value comes out
 * (EngineCoverageTest tests the counting itself).
 */
class GeneratorCoverageTest {
  private static final long SEED = 20261122L;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void programmesHaveEveryStatusAndNone() {
    List<Optional<ProgrammeStatus>> expected = new ArrayList<>();
    expected.add(Optional.empty());
    Arrays.stream(ProgrammeStatus.values()).map(Optional::of).forEach(expected::add);
    Coverage.of(EntityGens.programmes(), p -> p.status(), 500, SEED)
        .assertCovers(expected)
        .assertShareAtLeast(Optional.empty(), 0.1);
  }

  @Test
  void organisationsHaveEveryKind() {
    Coverage.ofEach(EntityGens.organisations(), o -> o.kinds(), 500, SEED)
        .assertCovers(Arrays.asList(OrganisationKind.values()));
    // Organisations without a kind come too.
    Coverage.of(EntityGens.organisations(), o -> o.kinds().isEmpty(), 500, SEED).assertCovers(List.of(true, false));
  }

  @Test
  void geographicAreasOfAllThreeKinds() {
    Coverage.<org.migov.core.geography.GeographicArea, String>of(ValueGens.geographicAreas(), a -> a.getClass().getSimpleName(), 300, SEED)
        .assertCovers(List.of("Country", "M49Region", "NamedArea"))
        .assertShareAtLeast("NamedArea", 0.05);
  }

  @Test
  void regionsHitEveryM49Region() {
    Coverage.of(ValueGens.regions(), r -> r, 3000, SEED).assertCovers(M49Region.values());
  }

  @Test
  void countriesHitEveryCountry() {
    Coverage.of(ValueGens.countries(), c -> c, 5000, SEED).assertCovers(Country.values());
  }

  @Test
  void partialDatesOfEveryPrecision() {
    Coverage.of(ValueGens.partialDates(), d -> d.precision(), 300, SEED)
        .assertCovers(Arrays.asList(Precision.values()))
        .assertShareAtLeast(Precision.YEAR, 0.1)
        .assertShareAtLeast(Precision.MONTH, 0.1)
        .assertShareAtLeast(Precision.DAY, 0.1);
  }

  @Test
  void periodsOpenClosedAndOneDayLong() {
    Coverage.of(
            ValueGens.periods(),
            p -> p.start().isEmpty() ? "unknown start"
                : !p.isClosed() ? "open"
                : p.start().equals(p.end()) ? "one day"
                : p.start().get().precision() != org.migov.core.time.Precision.DAY ? "partial start"
                : "closed",
            500,
            SEED)
        .assertCovers(List.of("one day", "closed", "open", "unknown start", "partial start"));
  }

  @Test
  void datasetsHaveEveryAgreementStatusAndParticipantRole() {
    Gen<Dataset> datasets = DatasetGens.valid(TODAY);
    Coverage.ofEach(datasets, d -> d.agreements().stream().map(Agreement::status).collect(Collectors.toSet()), 60, SEED)
        .assertCovers(Arrays.asList(AgreementStatus.values()));
    Coverage.ofEach(
            datasets,
            d -> d.programmes().stream().flatMap(p -> p.participants().stream()).map(Participant::role).collect(Collectors.toSet()),
            60,
            SEED)
        .assertCovers(Arrays.asList(ParticipantRole.values()));
  }

  @Test
  void datasetsHaveEveryProgrammeStatusAndOrganisationKind() {
    Gen<Dataset> datasets = DatasetGens.valid(TODAY);
    List<Optional<ProgrammeStatus>> expected = new ArrayList<>();
    expected.add(Optional.empty());
    Arrays.stream(ProgrammeStatus.values()).map(Optional::of).forEach(expected::add);
    Coverage.ofEach(datasets, d -> d.programmes().stream().map(p -> p.status()).collect(Collectors.toSet()), 60, SEED)
        .assertCovers(expected);
    Coverage.ofEach(datasets, d -> d.organisations().stream().flatMap(o -> o.kinds().stream()).collect(Collectors.toSet()), 60, SEED)
        .assertCovers(Arrays.asList(OrganisationKind.values()));
  }

  @Test
  void datasetsExerciseTheirOptionalStructure() {
    Gen<Dataset> datasets = DatasetGens.valid(TODAY);
    Coverage.ofEach(
            datasets,
            d -> {
              List<String> seen = new ArrayList<>();
              if (d.agreements().stream().anyMatch(a -> !a.links().isEmpty())) {
                seen.add("agreement link");
              }
              if (d.agreements().stream().anyMatch(a -> !a.coordinationMechanisms().isEmpty())) {
                seen.add("coordination mechanism");
              }
              if (d.programmes().stream().anyMatch(p -> p.parent().isPresent())) {
                seen.add("child programme");
              }
              if (d.programmes().stream().anyMatch(p -> p.targetAreas().stream().anyMatch(t -> t.percentage().isPresent()))) {
                seen.add("percentages");
              }
              if (d.programmes().stream().anyMatch(p -> p.budgetLines().stream().anyMatch(l -> l.period().isPresent()))) {
                seen.add("budget line period");
              }
              if (d.offices().stream().anyMatch(o -> !o.parents().isEmpty())) {
                seen.add("parent office");
              }
              if (d.organisations().stream().anyMatch(o -> o.dissolved().isPresent())) {
                seen.add("dissolved organisation");
              }
              if (d.events().stream().anyMatch(e -> e.programme().isPresent())) {
                seen.add("programme event");
              }
              return seen;
            },
            60,
            SEED)
        .assertCovers(
            List.of(
                "agreement link", "coordination mechanism", "child programme", "percentages",
                "budget line period", "parent office", "dissolved organisation", "programme event"));
  }
}
