package org.migov.core.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.InvalidValueException;

class CountryTest {

  @Test
  void everyRowOfTheTableResolvesByEachCodeAndRoundTrips() throws IOException {
    List<UnTableRows.Row> rows = UnTableRows.english();
    assertEquals(249, rows.size());
    for (UnTableRows.Row row : rows) {
      Country country = Country.of(row.alpha2());
      assertSame(country, Country.ofAlpha3(row.alpha3()), row.toString());
      assertSame(country, Country.ofM49(row.m49()), row.toString());
      assertEquals(row.alpha2(), country.alpha2());
      assertEquals(row.alpha3(), country.alpha3());
      assertEquals(Optional.of(row.m49()), country.m49Code());
      assertEquals(row.name(), country.name(Locale.ENGLISH));
      assertEquals(row.innermostRegion(), country.regions().get(0).code(), row.toString());
      assertSame(country, Country.of(country.toString()));
    }
  }

  @Test
  void valuesAreTheTableRowsPlusKosovoSortedByAlpha2() {
    List<Country> values = Country.values();
    assertEquals(250, values.size());
    List<Country> sorted = new ArrayList<>(values);
    sorted.sort(null);
    assertEquals(sorted, values);
    assertTrue(values.contains(Country.of("XK")));
    assertThrows(UnsupportedOperationException.class, () -> values.remove(0));
  }

  @Test
  void kosovoResolvesByXkAndXkxAndIsInEurope() {
    Country kosovo = Country.of("XK");
    assertSame(kosovo, Country.ofAlpha3("XKX"));
    assertEquals("XKX", kosovo.alpha3());
    assertEquals(Optional.empty(), kosovo.m49Code());
    assertEquals("Kosovo", kosovo.name(Locale.ENGLISH));
    assertEquals(
        List.of(M49Region.of("039"), M49Region.of("150"), M49Region.WORLD), kosovo.regions());
    assertTrue(kosovo.isIn(M49Region.of("150")));
    assertTrue(M49Region.of("150").contains(kosovo));
    assertTrue(M49Region.of("039").countries().contains(kosovo));
    assertFalse(kosovo.isLeastDeveloped());
  }

  @Test
  void italyHasItsNamesInFourLanguages() {
    Country italy = Country.of("IT");
    assertEquals("Italy", italy.name(Locale.ENGLISH));
    assertEquals("Italie", italy.name(Locale.FRENCH));
    assertEquals("Italia", italy.name(new Locale("es")));
    assertEquals("Italia", italy.name(Locale.ITALIAN));
    assertEquals("Italy", italy.name(Locale.GERMAN));
    assertEquals("Italy", italy.name(Locale.ROOT));
    assertEquals("Italie", italy.name(Locale.CANADA_FRENCH));
  }

  @Test
  void unNamesAreKeptAsTheTableGivesThem() {
    assertEquals("Bolivia (Plurinational State of)", Country.of("BO").name(Locale.ENGLISH));
    assertEquals(
        "China, Hong Kong Special Administrative Region", Country.of("HK").name(Locale.ENGLISH));
    assertEquals("Égypte", Country.of("EG").name(Locale.FRENCH));
    assertEquals("Egipto", Country.of("EG").name(new Locale("es")));
    assertEquals("Egitto", Country.of("EG").name(Locale.ITALIAN));
  }

  @Test
  void everyCountryHasANameInEveryLanguage() {
    for (Country country : Country.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"), Locale.ITALIAN)) {
        String name = country.name(locale);
        assertFalse(name == null || name.isBlank(), country + " " + locale);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "it", "ITA", "I", "", " IT", "ZZ"})
  void unknownOrMalformedAlpha2IsRefusedNamingTheValue(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Country.of(code));
    assertTrue(
        e.getMessage().startsWith(
            "expected an ISO 3166-1 alpha-2 country code, found " + InvalidValueException.quote(code)),
        e.getMessage());
    assertEquals(code, e.found());
  }

  @Test
  void theMessageForXxIsExact() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Country.of("XX"));
    assertEquals(
        "expected an ISO 3166-1 alpha-2 country code, found \"XX\": no such country or area",
        e.getMessage());
  }

  @ParameterizedTest
  @NullSource
  void nullCodesAreRefused(String code) {
    assertThrows(InvalidValueException.class, () -> Country.of(code));
    assertThrows(InvalidValueException.class, () -> Country.ofAlpha3(code));
    assertThrows(InvalidValueException.class, () -> Country.ofM49(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ita", "IT", "XXX", "ITAL"})
  void unknownAlpha3IsRefused(String code) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Country.ofAlpha3(code));
    assertTrue(e.getMessage().contains("alpha-3"), e.getMessage());
    assertTrue(e.getMessage().contains(InvalidValueException.quote(code)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"38", "3800", "abc", "999"})
  void unknownM49CountryCodeIsRefused(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Country.ofM49(code));
    assertTrue(e.getMessage().contains(InvalidValueException.quote(code)), e.getMessage());
  }

  @Test
  void aRegionCodeIsNotACountryCode() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Country.ofM49("039"));
    assertTrue(e.getMessage().contains("Southern Europe"), e.getMessage());
  }

  @Test
  void ofM49KeepsLeadingZeros() {
    assertEquals(Country.of("DZ"), Country.ofM49("012"));
  }

  @Test
  void libyaIsInNorthernAfricaAndAfrica() {
    Country libya = Country.of("LY");
    assertEquals(List.of(M49Region.of("015"), M49Region.of("002"), M49Region.WORLD), libya.regions());
    assertTrue(libya.isIn(M49Region.of("015")));
    assertTrue(libya.isIn(M49Region.of("002")));
    assertFalse(libya.isIn(M49Region.of("202")));
  }

  @Test
  void guyanaIsInSouthAmericaNotInTheCaribbean() {
    Country guyana = Country.of("GY");
    assertEquals(
        List.of(M49Region.of("005"), M49Region.of("419"), M49Region.of("019"), M49Region.WORLD),
        guyana.regions());
    assertFalse(guyana.isIn(M49Region.of("029")));
  }

  @Test
  void antarcticaIsOnlyInTheWorld() {
    assertEquals(List.of(M49Region.WORLD), Country.of("AQ").regions());
  }

  @Test
  void flagsFollowTheTable() {
    Country niger = Country.of("NE");
    assertTrue(niger.isLeastDeveloped());
    assertTrue(niger.isLandlocked());
    assertFalse(niger.isSmallIslandDevelopingState());
    Country jamaica = Country.of("JM");
    assertTrue(jamaica.isSmallIslandDevelopingState());
    assertFalse(jamaica.isLandlocked());
    assertFalse(jamaica.isLeastDeveloped());
    Country italy = Country.of("IT");
    assertFalse(italy.isLeastDeveloped() || italy.isLandlocked() || italy.isSmallIslandDevelopingState());
  }

  @Test
  void aCountryContainsItselfOnly() {
    Country italy = Country.of("IT");
    assertTrue(italy.contains(italy));
    assertFalse(italy.contains(Country.of("MT")));
    assertEquals(Set.of(italy), italy.countries());
  }

  @Test
  void equalityOrderAndStringAreByAlpha2() {
    assertEquals(Country.of("IT"), Country.ofAlpha3("ITA"));
    assertEquals(Country.of("IT").hashCode(), "IT".hashCode());
    assertTrue(Country.of("EG").compareTo(Country.of("IT")) < 0);
    assertEquals("IT", Country.of("IT").toString());
  }

  @Test
  void namibiaIsNotMistakenForAMissingValue() {
    assertEquals("Namibia", Country.of("NA").name(Locale.ENGLISH));
  }
}
