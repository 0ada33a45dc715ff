package org.migov.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/** Counts with dates, networks with members and roles, and successions: what 1.0 could not hold. */
class OrganisationHistoryTest {
  private static final OrganisationId IOM = OrganisationId.of("iom");
  private static final OrganisationId UNODC = OrganisationId.of("unodc");
  private static final OrganisationId AGENCY_A = OrganisationId.of("agency-a");
  private static final OrganisationId AGENCY_B = OrganisationId.of("agency-b");

  private static Organisation.Builder organisation(OrganisationId id) {
    return Organisation.builder().id(id).name(MultilingualText.of(Map.of("en", id.value())));
  }

  private static List<String> ids(List<Organisation> organisations) {
    return organisations.stream().map(o -> o.id().value()).collect(Collectors.toList());
  }

  @Test
  void countsKeepTheirDatesAndHowExactlyTheyWereStated() {
    Organisation iom = organisation(IOM)
        .addCount(Count.of(CountKind.MEMBER_STATES, 175))
        .addCount(Count.of(CountKind.OFFICES, 170).withApproximation(Approximation.MORE_THAN).withAsOf(PartialDate.ofYearMonth(2025, 7)))
        .addCount(Count.of(CountKind.STAFF, 19_000).withApproximation(Approximation.ABOUT).withAsOf(PartialDate.ofYearMonth(2025, 7)))
        .build();
    Count staff = iom.counts(CountKind.STAFF).get(0);
    assertEquals(19_000, staff.value());
    assertEquals(Approximation.ABOUT, staff.approximation());
    assertEquals("2025-07", staff.asOf().orElseThrow().toString());
    assertEquals(Approximation.EXACT, iom.counts(CountKind.MEMBER_STATES).get(0).approximation());
    assertEquals(List.of(), iom.counts(CountKind.COUNTRIES_OF_PRESENCE));
  }

  @Test
  void aNetworkHasMembersOverTimeAndSharedYearlyCoChairs() {
    Organisation network = organisation(OrganisationId.of("icat"))
        .addMember(IOM)
        .addMember(Dated.of(UNODC, DateRange.parse("2007-03/..")))
        .addMember(Dated.of(AGENCY_A, DateRange.parse("2010/..")))
        .addMember(Dated.of(AGENCY_B, DateRange.parse("2012-01-01/2019-12-31")))
        .addRole(Role.of(RoleKind.CO_CHAIR, AGENCY_A, DateRange.parse("2018-01-01/2018-12-31")))
        .addRole(Role.of(RoleKind.CO_CHAIR, AGENCY_B, DateRange.parse("2018-01-01/2018-12-31")))
        .addRole(Role.of(RoleKind.CO_CHAIR, IOM, DateRange.parse("2019-01-01/2019-12-31")))
        .addRole(Role.of(RoleKind.SECRETARIAT, UNODC))
        .build();
    Dataset dataset = Dataset.builder()
        .addOrganisations(network, organisation(IOM).build(), organisation(UNODC).build(),
            organisation(AGENCY_A).build(), organisation(AGENCY_B).build())
        .build();
    LocalDate mid2018 = LocalDate.of(2018, 6, 1);
    assertEquals(List.of("iom", "unodc", "agency-a", "agency-b"), ids(dataset.membersOn(network.id(), mid2018)));
    assertEquals(List.of("iom", "unodc", "agency-a"), ids(dataset.membersOn(network.id(), LocalDate.of(2020, 1, 1))));
    assertEquals(List.of("iom"), ids(dataset.membersOn(network.id(), LocalDate.of(2007, 3, 15))), "March 2007 is undetermined for UNODC");
    assertEquals(List.of("agency-a", "agency-b"), ids(dataset.holdersOn(network.id(), RoleKind.CO_CHAIR, mid2018)));
    assertEquals(List.of("iom"), ids(dataset.holdersOn(network.id(), RoleKind.CO_CHAIR, LocalDate.of(2019, 6, 1))));
    assertEquals(List.of("unodc"), ids(dataset.holdersOn(network.id(), RoleKind.SECRETARIAT, mid2018)));
    assertEquals(List.of("icat"), ids(dataset.networksOf(AGENCY_B)));
    assertEquals(List.of(), ids(dataset.networksOf(AGENCY_B, LocalDate.of(2020, 1, 1))));
    assertEquals(List.of(), dataset.membersOn(OrganisationId.of("missing"), mid2018));
  }

  @Test
  void twoBodiesMergedIntoOneFormItsLineage() {
    // Two bodies merged into a new entity in 2011; a third was renamed into one of them long before.
    OrganisationId merged = OrganisationId.of("new-entity");
    OrganisationId fund = OrganisationId.of("fund");
    OrganisationId division = OrganisationId.of("division");
    OrganisationId oldFund = OrganisationId.of("old-fund");
    Dataset dataset = Dataset.builder().addOrganisations(
            organisation(merged)
                .addPredecessor(Succession.of(SuccessionKind.MERGED_INTO, fund, PartialDate.ofYearMonth(2011, 1)))
                .addPredecessor(Succession.of(SuccessionKind.MERGED_INTO, division, PartialDate.ofYearMonth(2011, 1)))
                .build(),
            organisation(fund).addPredecessor(Succession.of(SuccessionKind.RENAMED, oldFund)).build(),
            organisation(division).build(),
            organisation(oldFund).build())
        .build();
    assertEquals(List.of("new-entity", "fund", "division", "old-fund"), ids(dataset.lineage(merged)));
    assertEquals(List.of("new-entity"), ids(dataset.successorsOf(fund)));
    assertEquals(List.of("fund"), ids(dataset.successorsOf(oldFund)));
    assertEquals(List.of(), dataset.lineage(OrganisationId.of("missing")));
  }

  @Test
  void aSharedPostSaysSo() {
    Post coChairs = Post.builder().title(MultilingualText.of(Map.of("en", "Co-chair"))).shared(true).build();
    assertEquals(true, coChairs.shared());
    assertEquals(false, Post.builder().title(MultilingualText.of(Map.of("en", "Director General"))).build().shared());
  }

  @Test
  void undatedMembersAndRolesHoldOnlyWhileTheNetworkExists() {
    Organisation network = organisation(OrganisationId.of("net")).founded(PartialDate.ofYearMonth(2007, 3))
        .addMember(IOM).addRole(Role.of(RoleKind.COORDINATOR, IOM)).build();
    assertEquals(List.of(), network.membersOn(LocalDate.of(2000, 1, 1)));
    assertEquals(List.of(), network.membersOn(LocalDate.of(2007, 3, 15)), "founded some day of March 2007");
    assertEquals(List.of(IOM), network.membersOn(LocalDate.of(2007, 4, 1)));
    assertEquals(List.of(), network.holdersOn(RoleKind.COORDINATOR, LocalDate.of(2000, 1, 1)));
    Organisation dissolved = Organisation.builder().from(network).dissolved(PartialDate.ofYear(2020)).build();
    assertEquals(List.of(), dissolved.membersOn(LocalDate.of(2021, 1, 1)));
    assertEquals(List.of(IOM), dissolved.membersOn(LocalDate.of(2019, 12, 31)));
  }
}
