package org.migov.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.migov.core.organisation.Tenure;
import org.migov.core.time.PartialDate;

/**
 * Which tenures of one post certainly overlap another, found in time n log n in the post's
 * tenures (sorts and binary searches, never a comparison of every pair).
 *
 * <p>Two tenures certainly overlap when each certainly starts before the other ends (see
 * {@link OrganisationRules#certainlyOverlap}). In days: with {@code s} the latest day a tenure's
 * start can be and {@code e} the earliest day its end can be (none without an end), tenures
 * {@code a} and {@code b} overlap when {@code s(a) < e(b)} and {@code s(b) < e(a)}. A tenure
 * with {@code s < e} is a span; one with {@code s >= e} (a start known to the year, an end to the
 * month of that year) is "crossed": it overlaps a span that starts before its {@code e} and ends
 * after its {@code s}, and never another crossed tenure.
 */
final class TenureOverlaps {
  /** Days as epoch days; a tenure without an end runs on. */
  private static final long OPEN = Long.MAX_VALUE;

  private final List<Tenure> tenures;
  private final long[] start;
  private final long[] end;
  private final boolean[] overlapping;

  private TenureOverlaps(List<Tenure> tenures) {
    this.tenures = tenures;
    int n = tenures.size();
    start = new long[n];
    end = new long[n];
    overlapping = new boolean[n];
    List<Integer> spans = new ArrayList<>();
    List<Integer> crossed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Tenure tenure = tenures.get(i);
      if (tenure.start().isEmpty()) {
        continue;
      }
      start[i] = tenure.start().get().latestDay().toEpochDay();
      end[i] = tenure.end().map(PartialDate::earliestDay).map(d -> d.toEpochDay()).orElse(OPEN);
      (start[i] < end[i] ? spans : crossed).add(i);
    }
    Integer[] byStart = spans.toArray(new Integer[0]);
    Arrays.sort(byStart, Comparator.comparingLong((Integer i) -> start[i]).thenComparing(i -> i));
    Integer[] byEnd = crossed.toArray(new Integer[0]);
    Arrays.sort(byEnd, Comparator.comparingLong((Integer i) -> end[i]).thenComparing(i -> i));
    markSpans(byStart, byEnd);
    markCrossed(byStart, byEnd);
  }

  /**
   * The overlaps of a post's tenures.
   *
   * @param tenures the tenures, in the post's order
   * @return the overlaps
   */
  static TenureOverlaps of(List<Tenure> tenures) {
    return new TenureOverlaps(tenures);
  }

  /** How many tenures certainly overlap at least one other. */
  int count() {
    int count = 0;
    for (boolean b : overlapping) {
      count += b ? 1 : 0;
    }
    return count;
  }

  /** The first overlapping pair by position (the first tenure that overlaps, and its first partner). */
  Optional<int[]> firstPair() {
    for (int i = 0; i < overlapping.length; i++) {
      if (overlapping[i]) {
        for (int j = 0; j < overlapping.length; j++) {
          if (j != i && OrganisationRules.certainlyOverlap(tenures.get(i), tenures.get(j))) {
            return Optional.of(new int[] {Math.min(i, j), Math.max(i, j)});
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A span overlaps an earlier span, the next span, or a crossed tenure it encloses. */
  private void markSpans(Integer[] byStart, Integer[] crossedByEnd) {
    long[] minCrossedStartFrom = suffixMinimumOfStarts(crossedByEnd);
    long latestEnd = Long.MIN_VALUE;
    for (int k = 0; k < byStart.length; k++) {
      int i = byStart[k];
      boolean earlier = latestEnd > start[i];
      boolean next = k + 1 < byStart.length && start[byStart[k + 1]] < end[i];
      int firstCrossed = firstWithEndAfter(crossedByEnd, start[i]);
      boolean encloses = firstCrossed < crossedByEnd.length && minCrossedStartFrom[firstCrossed] < end[i];
      overlapping[i] |= earlier || next || encloses;
      latestEnd = Math.max(latestEnd, end[i]);
    }
  }

  /** A crossed tenure overlaps when some span starting before its end ends after its start. */
  private void markCrossed(Integer[] spansByStart, Integer[] byEnd) {
    long[] latestEndUpTo = new long[spansByStart.length];
    for (int k = 0; k < spansByStart.length; k++) {
      latestEndUpTo[k] = Math.max(k == 0 ? Long.MIN_VALUE : latestEndUpTo[k - 1], end[spansByStart[k]]);
    }
    for (int i : byEnd) {
      int before = firstWithStartFrom(spansByStart, end[i]);
      overlapping[i] |= before > 0 && latestEndUpTo[before - 1] > start[i];
    }
  }

  private long[] suffixMinimumOfStarts(Integer[] sorted) {
    long[] minimum = new long[sorted.length + 1];
    minimum[sorted.length] = Long.MAX_VALUE;
    for (int k = sorted.length - 1; k >= 0; k--) {
      minimum[k] = Math.min(minimum[k + 1], start[sorted[k]]);
    }
    return minimum;
  }

  /** The first index of tenures sorted by end whose end is after a day. */
  private int firstWithEndAfter(Integer[] byEnd, long day) {
    return firstFrom(byEnd, end, day + 1);
  }

  /** The first index of tenures sorted by start whose start is on or after a day. */
  private int firstWithStartFrom(Integer[] byStart, long day) {
    return firstFrom(byStart, start, day);
  }

  /** The first index of positions sorted by a value whose value is at least a bound (binary search). */
  private static int firstFrom(Integer[] sorted, long[] values, long bound) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (values[sorted[middle]] >= bound) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
