package org.migov.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.InvalidValueException;

class PeriodTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

  @Test
  void containsBothEnds() {
    Period year = Period.of(JAN_1, DEC_31);
    assertTrue(year.contains(JAN_1));
    assertTrue(year.contains(DEC_31));
    assertFalse(year.contains(JAN_1.minusDays(1)));
    assertFalse(year.contains(DEC_31.plusDays(1)));
    assertTrue(Period.startingOn(JAN_1).contains(LocalDate.of(9999, 1, 1)));
    assertEquals(Optional.of(366L), year.lengthInDays());
    assertEquals(Optional.of(1L), Period.of(JAN_1, JAN_1).lengthInDays());
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Period.of(DEC_31, JAN_1));
    assertEquals("2024-12-31/2024-01-01", e.found());
    assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
  }

  @Test
  void parsesAndPrintsIso8601Intervals() {
    assertEquals(Period.of(JAN_1, DEC_31), Period.parse("2024-01-01/2024-12-31"));
    assertEquals(Period.startingOn(JAN_1), Period.parse("2024-01-01/.."));
    assertEquals("2024-01-01/..", Period.startingOn(JAN_1).toString());
    assertEquals("2024-01-01/2024-12-31", Period.of(JAN_1, DEC_31).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-01", "2024-01-01/2023-01-01", "2024-01-01/2024-13-01", "../2024-01-01", "a/b", "2024-01-01/2024-02-01/2024-03-01",
      "2024-01-01/", "/2024-01-01", "2024-01-01//2024-02-01"})
  void malformedIntervalsAreRefused(String text) {
    assertThrows(InvalidValueException.class, () -> Period.parse(text));
  }

  @Test
  void enclosureAndOverlap() {
    Period year = Period.of(JAN_1, DEC_31);
    Period march = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    Period open = Period.startingOn(LocalDate.of(2024, 6, 1));
    assertTrue(year.encloses(march));
    assertFalse(march.encloses(year));
    assertFalse(year.encloses(open));
    assertTrue(open.encloses(Period.startingOn(LocalDate.of(2025, 1, 1))));
    assertTrue(year.overlaps(open));
    assertTrue(open.overlaps(year));
    assertFalse(march.overlaps(open));
    assertTrue(march.overlaps(Period.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 2))));
  }

  @Test
  void withEndChecksToo() {
    assertEquals(Period.of(JAN_1, DEC_31), Period.startingOn(JAN_1).withEnd(DEC_31));
    assertThrows(InvalidValueException.class, () -> Period.startingOn(DEC_31).withEnd(JAN_1));
  }

  @Test
  void daysRunFrom0001To9999() {
    assertEquals(LocalDate.of(1, 1, 1), Period.EARLIEST);
    assertEquals(LocalDate.of(9999, 12, 31), Period.LATEST);
    Period all = Period.of(Period.EARLIEST, Period.LATEST);
    assertEquals(Optional.of(Period.LATEST.toEpochDay() - Period.EARLIEST.toEpochDay() + 1), all.lengthInDays());
    assertEquals(all, Period.parse("0001-01-01/9999-12-31"));
    assertEquals(Period.startingOn(Period.LATEST), Period.parse("9999-12-31/.."));
    assertEquals(all, Period.startingOn(Period.EARLIEST).withEnd(Period.LATEST));
  }

  @Test
  void daysOutsideTheRangeAreRefused() {
    LocalDate before = Period.EARLIEST.minusDays(1);
    LocalDate after = Period.LATEST.plusDays(1);
    for (LocalDate day : new LocalDate[] {before, after, LocalDate.MIN, LocalDate.MAX, LocalDate.of(999_999_999, 1, 1)}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Period.startingOn(day), day::toString);
      assertEquals(day + "/..", e.found());
      assertTrue(e.getMessage().endsWith(": a day outside 0001-01-01..9999-12-31"), e.getMessage());
      assertThrows(InvalidValueException.class, () -> Period.of(day, day), day::toString);
    }
    assertThrows(InvalidValueException.class, () -> Period.of(before, JAN_1));
    assertThrows(InvalidValueException.class, () -> Period.of(JAN_1, after));
    assertThrows(InvalidValueException.class, () -> Period.of(LocalDate.MIN, LocalDate.MAX));
    assertThrows(InvalidValueException.class, () -> Period.startingOn(JAN_1).withEnd(after));
    assertThrows(InvalidValueException.class, () -> Period.startingOn(JAN_1).withEnd(LocalDate.MAX));
    for (String text : new String[] {"0000-12-31/2024-01-01", "2024-01-01/+10000-01-01", "+10000-01-01/..",
        "-0001-01-01/..", "+999999999-12-31/.."}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Period.parse(text), text);
      assertEquals(text, e.found());
    }
  }
}
