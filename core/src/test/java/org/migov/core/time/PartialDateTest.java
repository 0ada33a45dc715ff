package org.migov.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.InvalidValueException;

class PartialDateTest {

  @Test
  void parsesEachPrecisionAndPrintsItBack() {
    for (String text : List.of("1951", "2007-03", "2024-07-02", "0001", "9999-12-31")) {
      assertEquals(text, PartialDate.parse(text).toString());
    }
    assertEquals(Precision.YEAR, PartialDate.parse("1951").precision());
    assertEquals(Precision.MONTH, PartialDate.parse("2007-03").precision());
    assertEquals(Precision.DAY, PartialDate.parse("2024-07-02").precision());
  }

  @Test
  void aYearIsNeitherBeforeNorAfterADayInIt() {
    PartialDate year = PartialDate.ofYear(1951);
    PartialDate day = PartialDate.of(1951, 6, 1);
    assertEquals(DateOrder.UNDETERMINED, year.compareChronologically(day));
    assertEquals(DateOrder.UNDETERMINED, day.compareChronologically(year));
    assertFalse(year.isCertainlyBefore(day));
    assertFalse(year.isCertainlyAfter(day));
  }

  @Test
  void certainOrdersAreCertain() {
    assertEquals(DateOrder.BEFORE, PartialDate.ofYear(1951).compareChronologically(PartialDate.ofYear(2016)));
    assertEquals(DateOrder.AFTER, PartialDate.parse("2024-07").compareChronologically(PartialDate.parse("2024-06-30")));
    assertEquals(DateOrder.BEFORE, PartialDate.parse("2012-04-17").compareChronologically(PartialDate.parse("2024")));
    assertEquals(DateOrder.UNDETERMINED, PartialDate.parse("2024-07-02").compareChronologically(PartialDate.parse("2024-07-02")));
    assertEquals(DateOrder.BEFORE, PartialDate.parse("2007-03").compareChronologically(LocalDate.of(2007, 4, 1)));
    assertTrue(PartialDate.ofYear(2023).isCertainlyBefore(LocalDate.of(2024, 1, 1)));
    assertFalse(PartialDate.ofYear(2024).isCertainlyBefore(LocalDate.of(2024, 12, 31)));
    assertTrue(PartialDate.ofYear(2025).isCertainlyAfter(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void rangesCoverLeapYearsAndMonthEnds() {
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latestDay());
    assertEquals(LocalDate.of(2023, 2, 28), PartialDate.parse("2023-02").latestDay());
    assertEquals(LocalDate.of(2024, 12, 31), PartialDate.parse("2024").latestDay());
    assertEquals(LocalDate.of(2024, 1, 1), PartialDate.parse("2024").earliestDay());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), PartialDate.parse("2024-02-29").toLocalDate());
    assertEquals(Optional.empty(), PartialDate.parse("2024-02").toLocalDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024-00", "2023-02-29", "2024-04-31", "0000", "24", "2024-1", "2024-01-1",
      "2024/01", " 2024", "2024-07-02T00:00", "", "१९५१", "2024-01/02", "2024-0a", "2024-01-3x", "20a4", "２０２４",
      "2024-01-01 "})
  void impossibleOrMalformedDatesAreRefused(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartialDate.parse(text));
    assertEquals(text, e.found());
    assertTrue(e.getMessage().contains("YYYY"), e.getMessage());
  }

  @Test
  void factoriesCheckRanges() {
    assertThrows(InvalidValueException.class, () -> PartialDate.ofYear(0));
    assertThrows(InvalidValueException.class, () -> PartialDate.ofYear(10000));
    assertThrows(InvalidValueException.class, () -> PartialDate.ofYearMonth(2024, 13));
    assertThrows(InvalidValueException.class, () -> PartialDate.of(2023, 2, 29));
    assertThrows(InvalidValueException.class, () -> PartialDate.parse(null));
  }

  @Test
  void daysRunFromTheFirstToTheLastDayAPeriodMayHold() {
    assertEquals(DateRange.EARLIEST, PartialDate.of(DateRange.EARLIEST).earliestDay());
    assertEquals(DateRange.LATEST, PartialDate.of(DateRange.LATEST).latestDay());
    assertEquals(DateRange.EARLIEST, PartialDate.ofYear(1).earliestDay());
    assertEquals(DateRange.LATEST, PartialDate.ofYear(9999).latestDay());
    assertEquals(PartialDate.of(DateRange.LATEST), PartialDate.parse("9999-12-31"));
    for (LocalDate day : new LocalDate[] {
        DateRange.EARLIEST.minusDays(1), DateRange.LATEST.plusDays(1), LocalDate.MIN, LocalDate.MAX}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> PartialDate.of(day), day::toString);
      assertTrue(e.getMessage().contains("year out of 1..9999"), e.getMessage());
    }
  }

  @Test
  void equalityIsByPrecisionAndValue() {
    assertEquals(PartialDate.parse("1951"), PartialDate.ofYear(1951));
    assertEquals(PartialDate.parse("1951").hashCode(), PartialDate.ofYear(1951).hashCode());
    assertNotEquals(PartialDate.parse("1951"), PartialDate.parse("1951-01-01"));
    assertNotEquals(PartialDate.parse("1951-01"), PartialDate.parse("1951-01-01"));
  }

  @Test
  void sortOrderIsTotalCoarserFirst() {
    List<PartialDate> dates = new ArrayList<>(List.of(
        PartialDate.parse("1951-01-01"), PartialDate.parse("2016"), PartialDate.parse("1951-01"), PartialDate.parse("1951")));
    Collections.sort(dates);
    assertEquals("[1951, 1951-01, 1951-01-01, 2016]", dates.toString());
  }
}
