package org.migov.validation;

/** Searches in sorted arrays of epoch days, for the rules that sweep periods in n log n. */
final class SortedDays {
  private SortedDays() {}

  /**
   * How many days of a sorted array are not after a day: the length of the prefix of days on or
   * before it, by binary search.
   */
  static int countNotAfter(long[] sorted, long day) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
