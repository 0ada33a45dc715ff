package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migov.core.time.Period;

/** Laws of {@link Period}: overlap, enclosure, containment and length. */
class PeriodLawsTest {
  private static final LocalDate WINDOW_START = LocalDate.of(2024, 1, 1);
  private static final LocalDate WINDOW_END = LocalDate.of(2024, 12, 31);

  /** Periods of at most 366 days inside 2024 (a leap year), open-ended sometimes. */
  static Gen<Period> shortPeriods() {
    return ValueGens.periods(WINDOW_START, WINDOW_END);
  }

  /** Mostly short periods in one window, so that they often overlap; wide ones sometimes. */
  static Gen<Period> periods() {
    return Gens.frequency(List.of(Map.entry(4, shortPeriods()), Map.entry(1, ValueGens.periods())));
  }

  /** The days to scan: the window with a margin, beyond every end of a short period. */
  private static List<LocalDate> scan() {
    return WINDOW_START.minusDays(3).datesUntil(WINDOW_END.plusDays(4)).toList();
  }

  private static final List<LocalDate> DAYS = scan();

  @Test
  void overlapsIsSymmetric() {
    Property.forAll(periods(), periods())
        .withTries(500)
        .check((p, q) -> assertEquals(p.overlaps(q), q.overlaps(p), p + " vs " + q));
  }

  @Test
  void enclosesIsReflexiveAndImpliesOverlaps() {
    Property.forAll(periods(), periods())
        .withTries(500)
        .check(
            (p, q) -> {
              assertTrue(p.encloses(p), p + " encloses itself");
              assertTrue(p.overlaps(p), p + " overlaps itself");
              if (p.encloses(q)) {
                assertTrue(p.overlaps(q), p + " encloses but does not overlap " + q);
                assertTrue(p.contains(q.start()), p + " encloses " + q + " but not its start");
                q.end().ifPresent(end -> assertTrue(p.contains(end), p + " encloses " + q + " but not its end"));
                if (q.isClosed() == false) {
                  assertFalse(p.isClosed(), "an open-ended period is enclosed only by an open-ended one");
                }
              }
              if (p.encloses(q) && q.encloses(p)) {
                assertEquals(p, q, "mutual enclosure means equality");
              }
            });
  }

  @Test
  void enclosesIsTransitive() {
    Property.forAll(shortPeriods().list(3, 3))
        .withTries(1000)
        .check(
            t -> {
              if (t.get(0).encloses(t.get(1)) && t.get(1).encloses(t.get(2))) {
                assertTrue(t.get(0).encloses(t.get(2)), t.toString());
              }
            });
  }

  @Test
  void containsItsStartAndItsEnd() {
    Property.forAll(periods())
        .withTries(300)
        .check(
            p -> {
              assertTrue(p.contains(p.start()));
              assertFalse(p.contains(p.start().minusDays(1)));
              p.end().ifPresent(end -> {
                assertTrue(p.contains(end));
                assertFalse(p.contains(end.plusDays(1)));
              });
              if (!p.isClosed()) {
                assertTrue(p.contains(LocalDate.of(9999, 12, 31)), "open-ended runs on");
              }
            });
  }

  @Test
  void lengthInDaysCountsTheDaysItContains() {
    Property.forAll(shortPeriods())
        .withTries(200)
        .check(
            p -> {
              long contained = DAYS.stream().filter(p::contains).count();
              if (p.isClosed()) {
                assertEquals(contained, p.lengthInDays().orElseThrow(), p.toString());
                assertTrue(p.lengthInDays().get() >= 1 && p.lengthInDays().get() <= 366);
              } else {
                assertTrue(p.lengthInDays().isEmpty());
                assertEquals(DAYS.stream().filter(d -> !d.isBefore(p.start())).count(), contained);
              }
            });
  }

  @Test
  void overlapsAndEnclosesAgreeWithTheDaysTheyContain() {
    Property.forAll(shortPeriods(), shortPeriods())
        .withTries(300)
        .check(
            (p, q) -> {
              // Within the scanned days; open-ended periods run past the window, which the scan
              // covers with a margin, so a shared day exists iff one exists in the scan.
              boolean shared = DAYS.stream().anyMatch(d -> p.contains(d) && q.contains(d));
              assertEquals(shared, p.overlaps(q), p + " vs " + q);
              boolean allInside = DAYS.stream().filter(q::contains).allMatch(p::contains);
              boolean expectedEncloses = allInside && (p.isClosed() ? q.isClosed() : true);
              assertEquals(expectedEncloses, p.encloses(q), p + " encloses " + q);
            });
  }
}
