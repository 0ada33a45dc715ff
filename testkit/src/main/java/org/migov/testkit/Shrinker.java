package org.migov.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing run by simplifying its recorded choices: deleting runs of choices, zeroing
 * them, lowering each one by binary search, and moving a value from one choice to the next, for as long as the property still fails the same
 * way. Choices only ever get simpler (fewer, or the same number and lexicographically smaller),
 * so shrinking ends; a budget of property runs bounds its time.
 */
final class Shrinker<T> {

  /** The outcome of one run: the choices it consumed, the value, and the failure if any. */
  static final class Run<T> {
    final List<Long> choices;
    final T value;
    final Throwable failure;

    Run(List<Long> choices, T value, Throwable failure) {
      this.choices = choices;
      this.value = value;
      this.failure = failure;
    }
  }

  private final Function<List<Long>, Run<T>> replay;
  private final int budget;
  private int runs;
  private int steps;
  private Run<T> best;

  Shrinker(Run<T> failing, Function<List<Long>, Run<T>> replay, int budget) {
    this.best = failing;
    this.replay = replay;
    this.budget = budget;
  }

  Run<T> shrink() {
    boolean improved = true;
    while (improved && runs < budget) {
      improved = deleteRuns() | zeroRuns() | lowerEach() | redistribute();
    }
    return best;
  }

  int steps() {
    return steps;
  }

  /** How many property runs shrinking used. */
  int runs() {
    return runs;
  }

  private boolean deleteRuns() {
    boolean improved = false;
    for (int k = 8; k >= 1; k /= 2) {
      for (int i = best.choices.size() - k; i >= 0 && runs < budget; i--) {
        if (i + k > best.choices.size()) {
          continue;
        }
        List<Long> candidate = new ArrayList<>(best.choices.subList(0, i));
        candidate.addAll(best.choices.subList(i + k, best.choices.size()));
        improved |= tryCandidate(candidate);
      }
    }
    return improved;
  }

  private boolean zeroRuns() {
    boolean improved = false;
    for (int k = 8; k >= 1; k /= 2) {
      for (int i = 0; i + k <= best.choices.size() && runs < budget; i++) {
        List<Long> candidate = new ArrayList<>(best.choices);
        boolean changed = false;
        for (int j = i; j < i + k; j++) {
          changed |= candidate.set(j, 0L) != 0L;
        }
        if (changed) {
          improved |= tryCandidate(candidate);
        }
      }
    }
    return improved;
  }

  private boolean lowerEach() {
    boolean improved = false;
    for (int i = 0; i < best.choices.size() && runs < budget; i++) {
      long current = best.choices.get(i);
      long low = 0;
      long high = current;
      while (low < high && runs < budget && i < best.choices.size()) {
        long mid = low + (high - low) / 2;
        List<Long> candidate = new ArrayList<>(best.choices);
        candidate.set(i, mid);
        if (tryCandidate(candidate)) {
          improved = true;
          high = i < best.choices.size() ? Math.min(mid, best.choices.get(i)) : 0;
        } else {
          low = mid + 1;
        }
      }
    }
    return improved;
  }

  /**
   * Zeroes a choice while raising the next one to its largest value. A value reached through
   * one choice (say, "take an edge case") can often be reached through the next one instead
   * ("draw uniformly"): this step makes that move, after which lowering the next choice finds the
   * boundary.
   */
  private boolean redistribute() {
    boolean improved = false;
    for (int i = 0; i + 1 < best.choices.size() && runs < budget; i++) {
      if (best.choices.get(i) == 0L) {
        continue;
      }
      List<Long> candidate = new ArrayList<>(best.choices);
      candidate.set(i, 0L);
      candidate.set(i + 1, Long.MAX_VALUE);
      improved |= tryCandidate(candidate);
    }
    return improved;
  }

  private boolean tryCandidate(List<Long> candidate) {
    runs++;
    Run<T> run = replay.apply(candidate);
    if (run == null
        || run.failure == null
        || run.failure.getClass() != best.failure.getClass()
        || !simpler(run.choices, best.choices)) {
      return false;
    }
    best = run;
    steps++;
    return true;
  }

  static boolean simpler(List<Long> a, List<Long> b) {
    if (a.size() != b.size()) {
      return a.size() < b.size();
    }
    for (int i = 0; i < a.size(); i++) {
      int c = Long.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c < 0;
      }
    }
    return false;
  }
}
