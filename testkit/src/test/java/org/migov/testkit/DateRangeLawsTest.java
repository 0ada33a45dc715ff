package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;
import org.migov.core.time.Precision;

/**
 * Laws of {@link DateRange}: "certainly" and "possibly" against a brute-force oracle that lists the
 * day ranges a range with partial or missing bounds may be.
 */
class DateRangeLawsTest {
  private static final LocalDate WINDOW_START = LocalDate.of(2024, 1, 1);
  private static final LocalDate WINDOW_END = LocalDate.of(2024, 12, 31);
  /** The days to scan: the window with a margin; an unknown start may be any of them, an open end is past them. */
  private static final List<LocalDate> DAYS = WINDOW_START.minusDays(3).datesUntil(WINDOW_END.plusDays(4)).toList();
  private static final LocalDate FAR = WINDOW_END.plusDays(10);

  /** Ranges inside 2024: of days, or of partial dates, with an unknown start or an open end sometimes. */
  static Gen<DateRange> windowRanges() {
    return Gens.frequency(List.of(
        Map.entry(1, ValueGens.periods(WINDOW_START, WINDOW_END)),
        Map.entry(2, ValueGens.partialPeriods(WINDOW_START, WINDOW_END))));
  }

  private static boolean ofDays(DateRange r) {
    return r.start().map(d -> d.precision() == Precision.DAY).orElse(false)
        && r.end().map(d -> d.precision() == Precision.DAY).orElse(true);
  }

  private static List<LocalDate> days(PartialDate date) {
    return date.earliestDay().datesUntil(date.latestDay().plusDays(1)).toList();
  }

  /** The day ranges [start, end] the range may be, as pairs; an open end is {@link #FAR}. */
  private static List<LocalDate[]> concrete(DateRange r) {
    List<LocalDate> starts = r.start().map(DateRangeLawsTest::days).orElse(DAYS);
    List<LocalDate> ends = r.end().map(DateRangeLawsTest::days).orElse(List.of(FAR));
    List<LocalDate[]> pairs = new ArrayList<>();
    for (LocalDate s : starts) {
      for (LocalDate e : ends) {
        if (!e.isBefore(s)) {
          pairs.add(new LocalDate[] {s, e});
        }
      }
    }
    return pairs;
  }

  private static boolean inside(LocalDate[] pair, LocalDate day) {
    return !day.isBefore(pair[0]) && !day.isAfter(pair[1]);
  }

  @Test
  void containmentIsWhatEveryOrSomeDayRangeSays() {
    Property.forAll(windowRanges())
        .withTries(150)
        .check(r -> {
          List<LocalDate[]> pairs = concrete(r);
          assertFalse(pairs.isEmpty(), r.toString());
          for (LocalDate day : DAYS) {
            boolean every = pairs.stream().allMatch(p -> inside(p, day));
            boolean some = pairs.stream().anyMatch(p -> inside(p, day));
            // An unknown start is "any day up to the end": the scan's first day stands for all earlier ones.
            if (r.start().isPresent() || !day.equals(DAYS.get(0))) {
              assertEquals(every, r.certainlyContains(day), r + " certainly contains " + day);
            }
            assertEquals(some, r.possiblyContains(day), r + " possibly contains " + day);
          }
        });
  }

  @Test
  void certainImpliesPossibleAndDaysAreCertainEitherWay() {
    Property.forAll(windowRanges(), windowRanges())
        .withTries(500)
        .check((p, q) -> {
          for (LocalDate day : new LocalDate[] {WINDOW_START, LocalDate.of(2024, 6, 30), WINDOW_END}) {
            assertTrue(!p.certainlyContains(day) || p.possiblyContains(day), p + " " + day);
            if (ofDays(p)) {
              assertEquals(p.certainlyContains(day), p.possiblyContains(day), p + " " + day);
            }
          }
          assertTrue(!p.certainlyOverlaps(q) || p.possiblyOverlaps(q), p + " vs " + q);
          assertTrue(!p.certainlyEncloses(q) || p.possiblyEncloses(q), p + " encloses " + q);
          if (ofDays(p) && ofDays(q)) {
            assertEquals(p.certainlyOverlaps(q), p.possiblyOverlaps(q), p + " vs " + q);
            assertEquals(p.certainlyEncloses(q), p.possiblyEncloses(q), p + " encloses " + q);
          }
        });
  }

  @Test
  void overlapIsSymmetric() {
    Property.forAll(windowRanges(), windowRanges())
        .withTries(500)
        .check((p, q) -> {
          assertEquals(p.certainlyOverlaps(q), q.certainlyOverlaps(p), p + " vs " + q);
          assertEquals(p.possiblyOverlaps(q), q.possiblyOverlaps(p), p + " vs " + q);
        });
  }

  @Test
  void overlapAndEnclosureAgreeWithTheDaysOfDayRanges() {
    Property.forAll(ValueGens.periods(WINDOW_START, WINDOW_END), ValueGens.periods(WINDOW_START, WINDOW_END))
        .withTries(300)
        .check((p, q) -> {
          boolean shared = DAYS.stream().anyMatch(d -> p.certainlyContains(d) && q.certainlyContains(d));
          assertEquals(shared, p.certainlyOverlaps(q), p + " vs " + q);
          boolean allInside = DAYS.stream().filter(q::certainlyContains).allMatch(p::certainlyContains);
          assertEquals(allInside && (!p.isClosed() || q.isClosed()), p.certainlyEncloses(q), p + " encloses " + q);
        });
  }

  @Test
  void certainEnclosureMeansEveryPossibleDayOfTheOtherIsCertain() {
    Property.forAll(windowRanges(), windowRanges())
        .withTries(500)
        .check((p, q) -> {
          if (p.certainlyEncloses(q)) {
            for (LocalDate day : DAYS) {
              assertTrue(!q.possiblyContains(day) || p.certainlyContains(day), p + " encloses " + q + " but not " + day);
            }
          }
          if (!p.possiblyEncloses(q)) {
            assertTrue(DAYS.stream().anyMatch(d -> q.possiblyContains(d) && !p.possiblyContains(d))
                || (p.isClosed() && !q.isClosed()), p + " cannot enclose " + q);
          }
        });
  }

  @Test
  void theTextFormReadsBack() {
    Property.forAll(ValueGens.periods())
        .withTries(500)
        .check(r -> assertEquals(r, DateRange.parse(r.toString()), r.toString()));
  }
}
