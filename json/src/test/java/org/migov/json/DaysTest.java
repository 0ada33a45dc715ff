package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

/**
 * Days ({@code YYYY-MM-DD}, in periods) are read from the parser's buffer by a fast path for the
 * common shape ({@code WireReader.dayOrNull}) and written by {@link LocalDate#toString}; what the
 * wire format reads as a day must be exactly what {@link LocalDate#parse} accepts, within the
 * years 0001 to 9999.
 */
class DaysTest {
  private static final MigovJson JSON = MigovJson.create();

  /**
   * What {@link LocalDate#parse} makes of a text, within the wire format's years 0001 to 9999:
   * the day, or empty when it refuses it or the day lies outside them.
   */
  private static Optional<LocalDate> reference(String text) {
    try {
      return Optional.of(LocalDate.parse(text)).filter(d -> d.getYear() >= 1 && d.getYear() <= 9999);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * What the wire format reads as a period's start: the day, when it reads one to the day (the
   * fast path of the parser's buffer, or the slow one); empty when it refuses the text or reads a
   * year or a month.
   */
  private static Optional<LocalDate> fastPath(String text) {
    try {
      Office office = JSON.read("{\"id\":\"o\",\"organisation\":\"a\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"O\"},"
          + "\"location\":{\"country\":\"TH\"},\"operatingPeriod\":{\"start\":\"" + text + "\"}}", Office.class);
      return office.operatingPeriod().flatMap(DateRange::start).flatMap(start -> start.toLocalDate());
    } catch (MigovJsonException e) {
      return Optional.empty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-11-15", "0000-01-01", "9999-12-31", "1999-09-09", "2024-02-29", "2023-02-29", "2024-13-01",
      "2024-00-10", "2024-11-00", "2024-11-31",
      // a character just below '0' or just above '9' where a digit should be
      "2024-1/-01", "2024-1:-01", "2024-11-1/", "2024-11-1:", "202/-11-15", "202:-11-15", "/024-11-15",
      "20x4-01-01", "2024-x1-01", "2024-01-x1",
      // the separators elsewhere or missing
      "2024/11-15", "2024-11/15", "2024011-15", "20241-1-15", "2024-11-015", "02024-11-15", "2024-1-15",
      // other lengths, which the slow path must handle
      "", "2024", "2024-11", "+10000-01-01", "-0001-12-31", "+2024-11-15", "2024-11-15Z", " 2024-11-15"})
  void parsingAgreesWithLocalDate(String text) {
    assertEquals(reference(text), fastPath(text), text);
  }

  @Test
  void parsingAgreesWithLocalDateOnRandomTextsOfTheCommonShape() {
    SplittableRandom random = new SplittableRandom(42);
    String alphabet = "0123456789-/:x";
    for (int n = 0; n < 20_000; n++) {
      char[] text = new char[10];
      for (int i = 0; i < text.length; i++) {
        // Mostly digits and the dashes in place, so that many texts are real dates.
        boolean dash = i == 4 || i == 7;
        text[i] = random.nextInt(8) == 0
            ? alphabet.charAt(random.nextInt(alphabet.length()))
            : dash ? '-' : (char) ('0' + random.nextInt(i == 5 ? 2 : i == 8 ? 4 : 10));
      }
      String s = new String(text);
      assertEquals(reference(s), fastPath(s), s);
    }
  }

  private static Office officeOperating(DateRange period) {
    return Office.builder()
        .id(OfficeId.of("o"))
        .organisation(OrganisationId.of("a"))
        .kind(OfficeKind.COUNTRY_OFFICE)
        .name(MultilingualText.of("en", "O"))
        .location(Place.of(Country.of("TH")))
        .operatingPeriod(period)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "0009-02-03", "0987-06-05", "2024-11-15", "9999-12-31"})
  void daysAreWrittenAsLocalDateWritesThemAndReadBack(String text) {
    LocalDate day = LocalDate.parse(text);
    assertEquals(text, day.toString());
    Office office = officeOperating(DateRange.startingOn(day));
    String json = JSON.write(office);
    assertTrue(json.contains("\"operatingPeriod\":{\"start\":\"" + text + "\"}"), json);
    assertEquals(office, JSON.read(json, Office.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-12-31", "-0001-12-31", "+10000-01-01", "+999999999-12-31", "-999999999-01-01"})
  void aDayOutsideTheYears0001To9999IsRefusedAtItsPointer(String text) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(
        "{\"id\":\"o\",\"organisation\":\"a\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"O\"},\"location\":{\"country\":\"TH\"},"
            + "\"operatingPeriod\":{\"start\":\"2024-01-01\",\"end\":\"" + text + "\"}}", Office.class));
    assertEquals("/operatingPeriod/end", e.pointer());
    assertEquals("a date as YYYY, YYYY-MM or YYYY-MM-DD (year 0001 to 9999)", e.expected());
    assertTrue(e.found().startsWith("\"" + text + "\""), "the value, then why: " + e.found());
    assertFalse(e.isMalformedInput());
    assertThrows(org.migov.core.InvalidValueException.class, () -> DateRange.startingOn(LocalDate.parse(text)),
        "the core type refuses the day too");
  }

  @Test
  void aDayThatIsNotOneIsRefusedWithWhatWasExpected() {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(
        "{\"id\":\"o\",\"organisation\":\"a\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"O\"},\"location\":{\"country\":\"TH\"},"
            + "\"operatingPeriod\":{\"start\":\"2024-1/-01\"}}", Office.class));
    assertEquals("/operatingPeriod/start", e.pointer());
    assertEquals("a date as YYYY, YYYY-MM or YYYY-MM-DD (year 0001 to 9999)", e.expected());
    assertEquals("\"2024-1/-01\"", e.found());
  }
}
