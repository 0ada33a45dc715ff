package org.migov.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.money.CurrencyMismatchException;
import org.migov.core.money.Money;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.TargetArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * The value contract of every value type, on samples of distinct values: equal to an equal copy
 * with the same hash code, different from every other sample, with hash codes and texts that tell
 * the samples apart.
 */
class ValueTypesContractTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  /** A type, and a supplier that builds its distinct samples afresh each time it is called. */
  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("PartialDate", (Supplier<List<?>>) () -> List.of(
            PartialDate.parse("2024"), PartialDate.parse("2025"), PartialDate.parse("2024-02"),
            PartialDate.parse("2024-03"), PartialDate.parse("2024-02-01"), PartialDate.parse("2024-02-02"))),
        Arguments.of("Money", (Supplier<List<?>>) () -> List.of(
            Money.of("100", "EUR"), Money.of("100", "USD"), Money.of("100.5", "EUR"), Money.of("1", "EUR"))),
        Arguments.of("DateRange", (Supplier<List<?>>) () -> List.of(
            DateRange.of(JAN_1, LocalDate.of(2024, 12, 31)), DateRange.startingOn(JAN_1),
            DateRange.of(JAN_1, LocalDate.of(2025, 12, 31)), DateRange.startingOn(LocalDate.of(2023, 1, 1)))),
        Arguments.of("TargetArea", (Supplier<List<?>>) () -> List.of(
            TargetArea.of(Country.of("LY")), TargetArea.of(Country.of("NE")),
            TargetArea.of(Country.of("LY"), new BigDecimal("40")), TargetArea.of(Country.of("LY"), new BigDecimal("60")),
            TargetArea.of(M49Region.of("015")))),
        Arguments.of("NamedArea", (Supplier<List<?>>) () -> List.of(
            NamedArea.of("Sahel", Country.of("NE"), Country.of("ML")), NamedArea.of("Sahel", Country.of("NE")),
            NamedArea.of("Lake Chad", Country.of("NE"), Country.of("ML")))),
        Arguments.of("ExternalIdentifier", (Supplier<List<?>>) () -> List.of(
            ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "Q82"), ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "Q83"),
            ExternalIdentifier.of(IdentifierScheme.IATI, "XM-DAC-47066"))),
        Arguments.of("Place", (Supplier<List<?>>) () -> List.of(
            Place.of("Rome", Country.of("IT")), Place.of("Milan", Country.of("IT")), Place.of(Country.of("IT")),
            Place.of("Rome", Country.of("US")))),
        Arguments.of("OrganisationId", (Supplier<List<?>>) () -> List.of(
            OrganisationId.of("iom"), OrganisationId.of("unodc"), OrganisationId.of("iom-rome"))),
        Arguments.of("MultilingualText", (Supplier<List<?>>) () -> List.of(
            MultilingualText.of("en", "Rome"), MultilingualText.of("it", "Rome"), MultilingualText.of("en", "Roma"),
            MultilingualText.of("en", "Rome").with("it", "Roma"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void equalValuesAreEqualAndHashAlike(String type, Supplier<List<?>> samples) {
    List<?> first = samples.get();
    List<?> second = samples.get();
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i), second.get(i), type);
      assertEquals(first.get(i).hashCode(), second.get(i).hashCode(), type);
      assertEquals(first.get(i).toString(), second.get(i).toString(), type);
      assertNotEquals(first.get(i), "text", type);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void distinctValuesDifferInEqualityHashAndText(String type, Supplier<List<?>> samples) {
    List<?> values = samples.get();
    Set<Integer> hashes = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < values.size(); j++) {
        assertEquals(i == j, values.get(i).equals(values.get(j)), type + " " + values.get(i) + " / " + values.get(j));
      }
      hashes.add(values.get(i).hashCode());
      texts.add(values.get(i).toString());
    }
    assertEquals(values.size(), hashes.size(), type + " hash codes tell the samples apart");
    assertEquals(values.size(), texts.size(), type + " texts tell the samples apart");
  }

  @Test
  void periodsSayTheirBounds() {
    DateRange closed = DateRange.parse("2024-01-01/2024-12-31");
    assertEquals(Optional.of(PartialDate.of(JAN_1)), closed.start());
    assertEquals(Optional.of(PartialDate.of(2024, 12, 31)), closed.end());
    assertTrue(closed.isClosed());
    DateRange open = DateRange.parse("2024-01-01/..");
    assertEquals(Optional.empty(), open.end());
    assertFalse(open.isClosed());
    assertEquals(DateRange.of(JAN_1, JAN_1), DateRange.parse("2024-01-01/2024-01-01"));
  }

  @Test
  void moneyComparesWithinOneCurrency() {
    assertTrue(Money.of("100", "EUR").compareTo(Money.of("99.99", "EUR")) > 0);
    assertTrue(Money.of("1", "EUR").compareTo(Money.of("2", "EUR")) < 0);
    assertEquals(0, Money.of("1.0", "EUR").compareTo(Money.of("1", "EUR")));
    assertThrows(CurrencyMismatchException.class, () -> Money.of("1", "EUR").minus(Money.of("1", "USD")));
    assertThrows(CurrencyMismatchException.class, () -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")));
    assertEquals("EUR", Money.of("1", "EUR").currency().getCurrencyCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"eur", "EU", "EURO", "E1R", "@UR", "EU[", "`UR", "EU{"})
  void currencyCodesAreThreeCapitalLetters(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.currency(code));
    assertEquals(code, e.found());
    assertTrue(e.expected().contains("ISO 4217"), e.expected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"it", "I", "ITA", "I1", "@T", "I[", "`T", "I{"})
  void countryCodesAreTwoCapitalLetters(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Country.of(code));
    assertTrue(e.expected().contains("alpha-2"), e.expected());
  }

  @ParameterizedTest
  @ValueSource(strings = {"15", "0150", "01a", "/15", "01:", "a15"})
  void regionCodesAreThreeDigits(String code) {
    assertThrows(InvalidValueException.class, () -> M49Region.of(code));
  }

  @Test
  void languageTagsAreCanonical() {
    MultilingualText text = MultilingualText.of("EN", "Rome").with("fr-ca", "Rome (CA)");
    assertEquals(Set.of("en", "fr-CA"), text.languages());
    assertEquals(Map.of("en", "Rome", "fr-CA", "Rome (CA)"), text.asMap());
    assertEquals(Optional.of("Rome (CA)"), text.find(Locale.CANADA_FRENCH));
    assertEquals("Rome", text.get(Locale.ENGLISH));
    assertTrue(text.toString().contains("fr-CA"), text.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e", "en_US", "123", "en-", "-en", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w"})
  void malformedLanguageTagsAreRefused(String tag) {
    assertThrows(InvalidValueException.class, () -> MultilingualText.of(tag, "x"));
  }

  @Test
  void codesAreLowerCamelCase() {
    assertEquals("traffickingInPersons", org.migov.core.taxonomy.ThematicArea.TRAFFICKING_IN_PERSONS.code());
    assertEquals("funding", org.migov.core.programme.ParticipantRole.FUNDING.code());
    assertEquals(org.migov.core.programme.ParticipantRole.FUNDING,
        CodedEnum.fromCode(org.migov.core.programme.ParticipantRole.class, "funding"));
  }
}
