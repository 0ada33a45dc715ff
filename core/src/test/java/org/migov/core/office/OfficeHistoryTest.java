package org.migov.core.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;

/** Offices that change while they stay open: the situations wire format 1.0 could not hold. */
class OfficeHistoryTest {
  private static final OrganisationId ORG = OrganisationId.of("org");
  private static final Country EGYPT = Country.of("EG");
  private static final Country LIBYA = Country.of("LY");
  private static final Country SUDAN = Country.of("SD");

  private static Office.Builder office(String id, Place place) {
    return Office.builder().id(OfficeId.of(id)).organisation(ORG)
        .name(MultilingualText.of(Map.of("en", id))).location(place);
  }

  private static List<String> ids(List<Office> offices) {
    return offices.stream().map(o -> o.id().value()).collect(Collectors.toList());
  }

  @Test
  void aRegionalOfficeWhoseAreaShrinksCoversTheOldAreaOnlyBefore() {
    // A regional office in Cairo covered North Africa and Sudan until mid-2019, then North Africa only.
    Office cairo = office("cairo", Place.of("Cairo", EGYPT)).kind(OfficeKind.REGIONAL_OFFICE)
        .addAreaOfResponsibility(Dated.of(NamedArea.of("North Africa", EGYPT, LIBYA, Country.of("TN")), DateRange.parse("2000/..")))
        .addAreaOfResponsibility(Dated.of(NamedArea.of("Sudan", SUDAN), DateRange.parse("2000/2019-06")))
        .build();
    assertTrue(cairo.certainlyCovers(SUDAN, LocalDate.of(2018, 1, 1)));
    assertFalse(cairo.certainlyCovers(SUDAN, LocalDate.of(2019, 6, 15)), "June 2019 is undetermined");
    assertTrue(cairo.possiblyCovers(SUDAN, LocalDate.of(2019, 6, 15)));
    assertFalse(cairo.possiblyCovers(SUDAN, LocalDate.of(2019, 7, 1)));
    assertTrue(cairo.certainlyCovers(LIBYA, LocalDate.of(2024, 1, 1)));
  }

  @Test
  void anOfficeThatBecomesAMissionWithRegionalFunctionsHasBothKindsInTurn() {
    Office office = office("dakar", Place.of("Dakar", Country.of("SN")))
        .addKind(Dated.of(OfficeKind.COUNTRY_OFFICE, DateRange.parse("1990/2011-06")))
        .addKind(Dated.of(OfficeKind.MISSION_WITH_REGIONAL_FUNCTIONS, DateRange.parse("2011-07/..")))
        .build();
    assertEquals(List.of(OfficeKind.COUNTRY_OFFICE), office.kindsOn(LocalDate.of(2005, 1, 1)));
    assertEquals(List.of(OfficeKind.MISSION_WITH_REGIONAL_FUNCTIONS), office.kindsOn(LocalDate.of(2015, 1, 1)));
    assertTrue(office.hasEverBeen(OfficeKind.COUNTRY_OFFICE));
    assertFalse(office.hasEverBeen(OfficeKind.HEADQUARTERS));
  }

  @Test
  void anAdministrativeCentreThatIsAlsoTheCountryOfficeHasTwoKindsAtOnce() {
    Office manila = office("manila", Place.of("Manila", Country.of("PH")))
        .kind(OfficeKind.ADMINISTRATIVE_CENTRE).kind(OfficeKind.COUNTRY_OFFICE).build();
    assertEquals(List.of(OfficeKind.ADMINISTRATIVE_CENTRE, OfficeKind.COUNTRY_OFFICE), manila.kindsOn(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void aCountryOfficeReportsToOneRegionalOfficeAndLaterToAnother() {
    Office tunis = office("tunis", Place.of("Tunis", Country.of("TN"))).kind(OfficeKind.COUNTRY_OFFICE)
        .addParent(Dated.of(OfficeId.of("ro-dakar"), DateRange.parse("2010-01-01/2015-12-31")))
        .addParent(Dated.of(OfficeId.of("ro-cairo"), DateRange.parse("2016-01-01/..")))
        .build();
    assertEquals(List.of(OfficeId.of("ro-dakar")), tunis.parentsOn(LocalDate.of(2015, 12, 31)));
    assertEquals(List.of(OfficeId.of("ro-cairo")), tunis.parentsOn(LocalDate.of(2016, 1, 1)));
    assertEquals(List.of(), tunis.parentsOn(LocalDate.of(2009, 1, 1)));
  }

  @Test
  void twoOfficesMergedIn2024AreNeverBothCertain() {
    // Known only: the old office closed in 2024 (start unknown) and the merged one opened in 2024.
    Office old = office("old", Place.of("Pretoria", Country.of("ZA"))).kind(OfficeKind.REGIONAL_OFFICE)
        .addAreaOfResponsibility(M49Region.of("018")).operatingPeriod(DateRange.parse("../2024")).build();
    Office merged = office("merged", Place.of("Pretoria", Country.of("ZA"))).kind(OfficeKind.REGIONAL_OFFICE)
        .addAreaOfResponsibility(M49Region.of("202")).operatingPeriod(DateRange.parse("2024/..")).build();
    Dataset dataset = Dataset.builder().addOffices(old, merged).build();
    Country botswana = Country.of("BW");
    LocalDate lastDay = LocalDate.of(2024, 12, 31);
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(lastDay); day = day.plusDays(1)) {
      assertEquals(List.of(), dataset.officesCovering(botswana, day), day.toString());
      assertEquals(List.of("old", "merged"), ids(dataset.officesPossiblyCovering(botswana, day)), day.toString());
    }
    assertEquals(List.of("merged"), ids(dataset.officesCovering(botswana, lastDay)), "opened in 2024 at the latest");
    assertEquals(List.of("merged"), ids(dataset.officesCovering(botswana, LocalDate.of(2025, 1, 1))));
    assertEquals(List.of("old"), ids(dataset.officesPossiblyCovering(botswana, LocalDate.of(2010, 1, 1))));
    assertEquals(List.of(), dataset.officesCovering(botswana, LocalDate.of(2010, 1, 1)), "the old office's start is unknown");
  }

  @Test
  void aLiaisonOfficeCoversNoCountryAndAnOrdinaryOneItsHost() {
    Country us = Country.of("US");
    Office newYork = office("new-york", Place.of("New York", us)).kind(OfficeKind.LIAISON_OFFICE).coversNoCountry(true).build();
    Office washington = office("washington", Place.of("Washington", us)).kind(OfficeKind.COUNTRY_OFFICE).build();
    Dataset dataset = Dataset.builder().addOffices(newYork, washington).build();
    LocalDate day = LocalDate.of(2025, 1, 1);
    assertEquals(List.of("washington"), ids(dataset.officesCovering(us, day)));
    assertEquals(List.of("washington"), ids(dataset.officesPossiblyCovering(us, day)));
  }

  @Test
  void theHostCountryIsCoveredWhenNoAreaHoldsThatDay() {
    Office office = office("rabat", Place.of("Rabat", Country.of("MA"))).kind(OfficeKind.COUNTRY_OFFICE)
        .addAreaOfResponsibility(Dated.of(M49Region.of("015"), DateRange.parse("2020-01-01/2021-12-31"))).build();
    assertTrue(office.certainlyCovers(Country.of("MA"), LocalDate.of(2019, 1, 1)), "before the area held");
    assertTrue(office.certainlyCovers(Country.of("MA"), LocalDate.of(2020, 6, 1)), "Morocco is in the area");
    assertFalse(office.possiblyCovers(Country.of("EG"), LocalDate.of(2022, 1, 1)));
    Office vague = office("vague", Place.of("Rabat", Country.of("MA"))).kind(OfficeKind.COUNTRY_OFFICE)
        .addAreaOfResponsibility(Dated.of(NamedArea.of("Sahel", Country.of("ML")), DateRange.parse("2020/2020"))).build();
    LocalDate june = LocalDate.of(2020, 6, 1);
    assertFalse(vague.certainlyCovers(Country.of("MA"), june), "the Sahel area may hold in June 2020");
    assertTrue(vague.possiblyCovers(Country.of("MA"), june));
    assertTrue(vague.possiblyCovers(Country.of("ML"), june));
    assertFalse(vague.certainlyCovers(Country.of("ML"), june));
  }

  @Test
  void anOfficeWithoutAKindIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> office("none", Place.of("Rome", Country.of("IT"))).build());
    assertTrue(e.getMessage().contains("at least one kind"), e.getMessage());
  }

  @Test
  void datedValuesAreEqualByValueAndPeriod() {
    Dated<OfficeKind> a = Dated.of(OfficeKind.COUNTRY_OFFICE, DateRange.parse("2011-07/.."));
    assertEquals(a, Dated.of(OfficeKind.COUNTRY_OFFICE, DateRange.parse("2011-07/..")));
    assertEquals(a.hashCode(), Dated.of(OfficeKind.COUNTRY_OFFICE, DateRange.parse("2011-07/..")).hashCode());
    assertFalse(a.equals(Dated.of(OfficeKind.COUNTRY_OFFICE)));
    assertEquals("COUNTRY_OFFICE [2011-07/..]", a.toString());
    assertEquals("COUNTRY_OFFICE", Dated.of(OfficeKind.COUNTRY_OFFICE).toString());
  }

  @Test
  void anOfficeCoversItsHostCountryWhetherOrNotAnAreaContainingItHasStarted() {
    // The area (which contains the host country) starts in July 2011: on 2011-07-15 either it held,
    // or the host-country fallback did; both cover Senegal.
    Office dakar = office("dakar-ro", Place.of("Dakar", Country.of("SN"))).kind(OfficeKind.REGIONAL_OFFICE)
        .addAreaOfResponsibility(Dated.of(M49Region.of("011"), DateRange.parse("2011-07/.."))).build();
    for (String day : new String[] {"2011-06-15", "2011-07-15", "2011-08-15"}) {
      assertTrue(dakar.certainlyCovers(Country.of("SN"), LocalDate.parse(day)), day);
    }
    assertFalse(dakar.certainlyCovers(Country.of("ML"), LocalDate.parse("2011-07-15")), "Mali only if the area held");
    assertTrue(dakar.possiblyCovers(Country.of("ML"), LocalDate.parse("2011-07-15")));
    assertTrue(dakar.certainlyCovers(Country.of("ML"), LocalDate.parse("2011-08-01")));
  }
}
