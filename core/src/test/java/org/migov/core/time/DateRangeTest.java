package org.migov.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.InvalidValueException;

class DateRangeTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

  @Test
  void daysContainBothEnds() {
    DateRange year = DateRange.of(JAN_1, DEC_31);
    for (LocalDate day : new LocalDate[] {JAN_1, DEC_31}) {
      assertTrue(year.certainlyContains(day));
      assertTrue(year.possiblyContains(day));
    }
    for (LocalDate day : new LocalDate[] {JAN_1.minusDays(1), DEC_31.plusDays(1)}) {
      assertFalse(year.certainlyContains(day));
      assertFalse(year.possiblyContains(day));
    }
    assertTrue(DateRange.startingOn(JAN_1).certainlyContains(LocalDate.of(9999, 1, 1)));
  }

  @Test
  void fromJuly2011IsUndeterminedInJulyAndCertainAfter() {
    DateRange fromJuly = DateRange.parse("2011-07/..");
    assertEquals(Optional.of(PartialDate.ofYearMonth(2011, 7)), fromJuly.start());
    LocalDate mid = LocalDate.of(2011, 7, 15);
    assertFalse(fromJuly.certainlyContains(mid));
    assertTrue(fromJuly.possiblyContains(mid));
    assertTrue(fromJuly.certainlyContains(LocalDate.of(2011, 8, 1)));
    assertFalse(fromJuly.possiblyContains(LocalDate.of(2011, 6, 30)));
  }

  @Test
  void in2024NoDayIsCertainAndEveryDayOf2024IsPossible() {
    DateRange in2024 = DateRange.parse("2024/2024");
    assertFalse(in2024.certainlyContains(LocalDate.of(2024, 6, 1)));
    assertTrue(in2024.possiblyContains(JAN_1));
    assertTrue(in2024.possiblyContains(DEC_31));
    assertFalse(in2024.possiblyContains(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void anUnknownStartLeavesEveryEarlierDayPossibleButNotCertain() {
    DateRange until1999 = DateRange.until(PartialDate.ofYear(1999));
    assertEquals(Optional.empty(), until1999.start());
    assertTrue(until1999.possiblyContains(LocalDate.of(1980, 5, 5)));
    assertFalse(until1999.certainlyContains(LocalDate.of(1980, 5, 5)));
    assertFalse(until1999.possiblyContains(LocalDate.of(2000, 1, 1)));
    DateRange untilADay = DateRange.parse("../1999-12-31");
    assertTrue(untilADay.certainlyContains(LocalDate.of(1999, 12, 31)), "it existed on its last day");
    assertFalse(untilADay.certainlyContains(LocalDate.of(1999, 12, 30)));
    assertEquals("../1999", until1999.toString());
  }

  @Test
  void anEndCertainlyBeforeTheStartIsRefusedButASharedYearIsNot() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DateRange.of(DEC_31, JAN_1));
    assertEquals("2024-12-31/2024-01-01", e.found());
    assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
    assertEquals("2024-06/2024", DateRange.of(PartialDate.ofYearMonth(2024, 6), PartialDate.ofYear(2024)).toString());
    assertThrows(InvalidValueException.class, () -> DateRange.parse("2024-06/2024-05"));
  }

  @Test
  void parsesAndPrintsIso8601Intervals() {
    assertEquals(DateRange.of(JAN_1, DEC_31), DateRange.parse("2024-01-01/2024-12-31"));
    assertEquals(DateRange.startingOn(JAN_1), DateRange.parse("2024-01-01/.."));
    assertEquals("2024-01-01/..", DateRange.startingOn(JAN_1).toString());
    assertEquals("2024-01-01/2024-12-31", DateRange.of(JAN_1, DEC_31).toString());
    for (String text : new String[] {"2011-07/..", "../1999", "2024/2024", "1951/2024-07-02"}) {
      assertEquals(text, DateRange.parse(text).toString());
    }
    assertNotEquals(DateRange.parse("2024/.."), DateRange.parse("2024-01-01/.."));
    assertEquals(DateRange.parse("2024/..").hashCode(), DateRange.from(PartialDate.ofYear(2024)).hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-01", "2024-01-01/2023-01-01", "2024-01-01/2024-13-01", "../..", "a/b",
      "2024-01-01/2024-02-01/2024-03-01", "2024-01-01/", "/2024-01-01", "2024-01-01//2024-02-01", "24/..", "../2024-1"})
  void malformedIntervalsAreRefused(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DateRange.parse(text));
    assertEquals(text, e.found());
  }

  @Test
  void enclosureAndOverlapOfDays() {
    DateRange year = DateRange.of(JAN_1, DEC_31);
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    DateRange open = DateRange.startingOn(LocalDate.of(2024, 6, 1));
    assertTrue(year.certainlyEncloses(march));
    assertFalse(march.possiblyEncloses(year));
    assertFalse(year.possiblyEncloses(open));
    assertTrue(open.certainlyEncloses(DateRange.startingOn(LocalDate.of(2025, 1, 1))));
    assertTrue(year.certainlyOverlaps(open));
    assertTrue(open.certainlyOverlaps(year));
    assertFalse(march.possiblyOverlaps(open));
    assertTrue(march.certainlyOverlaps(DateRange.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 2))));
  }

  @Test
  void enclosureAndOverlapOfPartialBoundsAreHonest() {
    DateRange in2024 = DateRange.parse("2024/2024");
    DateRange march = DateRange.parse("2024-03-01/2024-03-31");
    assertFalse(in2024.certainlyEncloses(march), "the range may start in April");
    assertTrue(in2024.possiblyEncloses(march));
    assertTrue(DateRange.parse("2024-01-01/2024-12-31").certainlyEncloses(in2024));
    assertFalse(in2024.possiblyEncloses(DateRange.parse("2023-12-31/2024-03-31")));
    assertFalse(in2024.certainlyOverlaps(march));
    assertTrue(in2024.possiblyOverlaps(march));
    assertFalse(DateRange.parse("../2023").possiblyOverlaps(in2024));
    assertTrue(DateRange.parse("../2023").possiblyOverlaps(DateRange.parse("1990/1990")));
  }

  @Test
  void withEndChecksToo() {
    assertEquals(DateRange.of(JAN_1, DEC_31), DateRange.startingOn(JAN_1).withEnd(DEC_31));
    assertThrows(InvalidValueException.class, () -> DateRange.startingOn(DEC_31).withEnd(JAN_1));
    assertEquals(DateRange.parse("../2025"), DateRange.until(PartialDate.ofYear(2024)).withEnd(PartialDate.ofYear(2025)));
  }

  @Test
  void daysRunFrom0001To9999() {
    assertEquals(LocalDate.of(1, 1, 1), DateRange.EARLIEST);
    assertEquals(LocalDate.of(9999, 12, 31), DateRange.LATEST);
    DateRange all = DateRange.of(DateRange.EARLIEST, DateRange.LATEST);
    assertEquals(all, DateRange.parse("0001-01-01/9999-12-31"));
    assertEquals(DateRange.startingOn(DateRange.LATEST), DateRange.parse("9999-12-31/.."));
    assertEquals(all, DateRange.startingOn(DateRange.EARLIEST).withEnd(DateRange.LATEST));
    assertTrue(all.certainlyContains(DateRange.LATEST));
  }

  @Test
  void daysOutsideTheRangeAreRefused() {
    LocalDate before = DateRange.EARLIEST.minusDays(1);
    LocalDate after = DateRange.LATEST.plusDays(1);
    for (LocalDate day : new LocalDate[] {before, after, LocalDate.MIN, LocalDate.MAX, LocalDate.of(999_999_999, 1, 1)}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> DateRange.startingOn(day), day::toString);
      assertEquals(day.toString(), e.found());
      assertTrue(e.getMessage().endsWith(": a day outside 0001-01-01..9999-12-31"), e.getMessage());
      assertThrows(InvalidValueException.class, () -> DateRange.of(day, day), day::toString);
    }
    assertThrows(InvalidValueException.class, () -> DateRange.of(before, JAN_1));
    assertThrows(InvalidValueException.class, () -> DateRange.of(JAN_1, after));
    assertThrows(InvalidValueException.class, () -> DateRange.of(LocalDate.MIN, LocalDate.MAX));
    assertThrows(InvalidValueException.class, () -> DateRange.startingOn(JAN_1).withEnd(after));
    assertThrows(InvalidValueException.class, () -> DateRange.startingOn(JAN_1).withEnd(LocalDate.MAX));
    for (String text : new String[] {"0000-12-31/2024-01-01", "2024-01-01/+10000-01-01", "+10000-01-01/..",
        "-0001-01-01/..", "+999999999-12-31/.."}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> DateRange.parse(text), text);
      assertEquals(text, e.found());
    }
  }
}
