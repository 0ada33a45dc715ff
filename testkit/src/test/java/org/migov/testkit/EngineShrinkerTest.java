package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shrinker's order of simplicity, its budget, and which candidates it accepts. */
class EngineShrinkerTest {

  @Test
  void shorterIsSimpler() {
    assertTrue(Shrinker.simpler(List.of(), List.of(0L)));
    assertTrue(Shrinker.simpler(List.of(9L, 9L), List.of(0L, 0L, 0L)));
    assertFalse(Shrinker.simpler(List.of(0L, 0L, 0L), List.of(9L, 9L)));
  }

  @Test
  void sameLengthIsLexicographic() {
    assertTrue(Shrinker.simpler(List.of(0L, 1L), List.of(0L, 2L)));
    assertFalse(Shrinker.simpler(List.of(0L, 2L), List.of(0L, 1L)));
    assertTrue(Shrinker.simpler(List.of(0L, 9L, 9L), List.of(1L, 0L, 0L)));
    assertFalse(Shrinker.simpler(List.of(1L, 0L, 0L), List.of(0L, 9L, 9L)));
    assertTrue(Shrinker.simpler(List.of(3L, 4L, 5L), List.of(3L, 4L, 6L)));
    assertFalse(Shrinker.simpler(List.of(1L, 0L), List.of(1L, 0L)), "a sequence is not simpler than itself");
  }

  @Test
  void nothingIsSimplerThanItself() {
    assertFalse(Shrinker.simpler(List.of(), List.of()));
    assertFalse(Shrinker.simpler(List.of(4L, 2L), List.of(4L, 2L)));
    assertFalse(Shrinker.simpler(List.of(Long.MAX_VALUE), List.of(Long.MAX_VALUE)));
  }

  @Test
  void largeChoicesCompareAsNumbers() {
    assertTrue(Shrinker.simpler(List.of(Long.MAX_VALUE - 1), List.of(Long.MAX_VALUE)));
    assertFalse(Shrinker.simpler(List.of(Long.MAX_VALUE), List.of(0L)));
  }

  /** A replay where every candidate still fails the same way. */
  private static Shrinker.Run<List<Long>> alwaysFails(List<Long> choices) {
    return new Shrinker.Run<>(choices, choices, new AssertionError());
  }

  @Test
  void whenEverythingFailsAnUnlimitedBudgetShrinksToNoChoices() {
    List<Long> start = List.of(5L, 9L, 3L, 7L, 1L, 8L, 2L, 6L, 4L, 0L, 3L);
    Shrinker<List<Long>> shrinker = new Shrinker<>(alwaysFails(start), EngineShrinkerTest::alwaysFails, 10_000);
    assertEquals(List.of(), shrinker.shrink().choices);
    assertTrue(shrinker.steps() > 0);
  }

  @Test
  void theBudgetBoundsReplays() {
    List<Long> start = List.of(5L, 9L, 3L, 7L, 1L, 8L, 2L, 6L, 4L, 0L, 3L);
    for (int budget : new int[] {0, 1, 2, 5, 13}) {
      AtomicInteger replays = new AtomicInteger();
      Shrinker<List<Long>> shrinker = new Shrinker<>(alwaysFails(start), candidate -> {
        replays.incrementAndGet();
        return alwaysFails(candidate);
      }, budget);
      shrinker.shrink();
      assertTrue(replays.get() <= budget, "budget " + budget + ", replays " + replays.get());
      assertTrue(shrinker.steps() <= budget);
    }
  }

  @Test
  void aDifferentFailureOrAPassOrAnUnreplayableCandidateIsNotAccepted() {
    Shrinker.Run<String> original = new Shrinker.Run<>(List.of(3L, 3L), "original", new IllegalStateException());
    AtomicInteger replays = new AtomicInteger();
    Shrinker<String> shrinker = new Shrinker<>(original, candidate -> {
      switch (replays.getAndIncrement() % 3) {
        case 0:
          return new Shrinker.Run<>(candidate, "other", new IllegalArgumentException());
        case 1:
          return new Shrinker.Run<>(candidate, "passes", null);
        default:
          return null;
      }
    }, 500);
    assertSame(original, shrinker.shrink());
    assertEquals(0, shrinker.steps());
    assertTrue(replays.get() > 0);
  }

  @Test
  void aCandidateThatRecordsMoreChoicesIsNotAccepted() {
    Shrinker.Run<String> original = new Shrinker.Run<>(List.of(1L, 1L), "original", new AssertionError());
    Shrinker<String> shrinker = new Shrinker<>(original,
        candidate -> new Shrinker.Run<>(List.of(0L, 0L, 0L), "longer", new AssertionError()), 500);
    assertSame(original, shrinker.shrink());
  }

  @Test
  void lowersAChoiceToTheSmallestThatStillFails() {
    Shrinker.Run<Long> original = new Shrinker.Run<>(List.of(1_000_000L), 1_000_000L, new AssertionError());
    Shrinker<Long> shrinker = new Shrinker<>(original, candidate -> {
      long value = candidate.isEmpty() ? 0 : candidate.get(0);
      return new Shrinker.Run<>(List.of(value), value, value >= 777 ? new AssertionError() : null);
    }, 10_000);
    assertEquals(777L, shrinker.shrink().value);
  }
}
