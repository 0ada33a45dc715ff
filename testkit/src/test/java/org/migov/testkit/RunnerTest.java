package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The property runner and its shrinker, tested with deliberately broken properties. */
class RunnerTest {

  @Test
  void aTruePropertyRunsEveryTry() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Gens.integers(0, 10)).withTries(137).check(i -> runs.incrementAndGet());
    assertEquals(137, runs.get());
  }

  @Test
  void aPropertyFailingForListsOfThreeOrMoreReportsAListOfExactlyThreeZeros() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gens.lists(Gens.integers(0, 1000), 0, 20))
                    .withSeed(42L)
                    .check(list -> assertTrue(list.size() < 3, "too long")));
    assertEquals(List.of(0, 0, 0), failure.shrunk());
    assertTrue(((List<?>) failure.original()).size() >= 3);
  }

  @Test
  void aNumberThresholdShrinksToTheThresholdItself() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gens.integers(0, 1_000_000))
                    .withSeed(7L)
                    .withTries(500)
                    .check(i -> assertTrue(i < 1000)));
    assertEquals(1000, failure.shrunk());
  }

  @Test
  void theReportGivesTheSeedAndReplaysExactly() {
    Property<List<Integer>> property =
        Property.forAll(Gens.lists(Gens.integers(-50, 50), 0, 10)).withSeed(123456789L);
    Property.Check<List<Integer>> noNegativeSum = l -> assertTrue(l.stream().mapToInt(i -> i).sum() >= -20);
    PropertyFailure first = assertThrows(PropertyFailure.class, () -> property.check(noNegativeSum));
    assertEquals(123456789L, first.seed());
    String message = first.getMessage();
    assertTrue(message.contains("seed 123456789"), message);
    assertTrue(message.contains("-Dmigov.testkit.seed=123456789"), message);
    assertTrue(message.contains("original counterexample"), message);
    assertTrue(message.contains("shrunk counterexample"), message);
    assertTrue(message.contains("try " + first.tryNumber() + " of 100"), message);

    PropertyFailure replay =
        assertThrows(PropertyFailure.class, () -> Property.forAll(Gens.lists(Gens.integers(-50, 50), 0, 10))
            .withSeed(first.seed())
            .check(noNegativeSum));
    assertEquals(first.tryNumber(), replay.tryNumber());
    assertEquals(first.original(), replay.original());
    assertEquals(first.shrunk(), replay.shrunk());
  }

  @Test
  void systemPropertiesFixSeedAndTries() {
    String seedBefore = System.getProperty(Property.SEED_PROPERTY);
    String triesBefore = System.getProperty(Property.TRIES_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, "99");
      System.setProperty(Property.TRIES_PROPERTY, "17");
      AtomicInteger runs = new AtomicInteger();
      Property.forAll(Gens.integers(0, 10)).check(i -> runs.incrementAndGet());
      assertEquals(17, runs.get());
      PropertyFailure failure =
          assertThrows(PropertyFailure.class, () -> Property.forAll(Gens.integers(0, 10)).check(i -> assertTrue(i < 5)));
      assertEquals(99L, failure.seed());
      System.setProperty(Property.TRIES_PROPERTY, "zero");
      assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.integers(0, 1)).check(i -> {}));
    } finally {
      restore(Property.SEED_PROPERTY, seedBefore);
      restore(Property.TRIES_PROPERTY, triesBefore);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void theCauseIsTheShrunkValuesFailureOfTheSameClass() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gens.integers(0, 100))
                    .withSeed(3L)
                    .check(
                        i -> {
                          if (i > 10) {
                            throw new IllegalStateException("big " + i);
                          }
                        }));
    assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertEquals("big 11", failure.getCause().getMessage());
    assertEquals(11, failure.shrunk());
  }

  @Test
  void twoGeneratorsShrinkTogether() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gens.integers(0, 1000), Gens.strings(0, 10))
                    .withSeed(5L)
                    .check((i, s) -> assertFalse(i >= 10 && s.length() >= 2)));
    assertEquals(List.of(10, "aa"), failure.shrunk());
  }

  @Test
  void withoutShrinkBudgetTheOriginalIsReported() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gens.integers(0, 1_000_000))
                    .withSeed(11L)
                    .withShrinkBudget(0)
                    .check(i -> assertTrue(i < 1000)));
    assertEquals(failure.original(), failure.shrunk());
  }

  @Test
  void aFailingGeneratorIsReportedWithTheSeed() {
    GenerationException e =
        assertThrows(
            GenerationException.class,
            () -> Property.forAll(Gens.integers(0, 10).filter(i -> i > 100)).withSeed(8L).check(i -> {}));
    assertTrue(e.getMessage().contains("rejected 100 candidates"), e.getMessage());
    assertTrue(e.getMessage().contains("seed 8"), e.getMessage());
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.booleans()).withTries(0));
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.booleans()).withMaxSize(-1));
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.booleans()).withShrinkBudget(-1));
  }

  @Test
  void simplerMeansShorterThenLexicographicallySmaller() {
    assertTrue(Shrinker.simpler(List.of(9L), List.of(0L, 0L)));
    assertTrue(Shrinker.simpler(List.of(0L, 5L), List.of(1L, 0L)));
    assertFalse(Shrinker.simpler(List.of(1L, 0L), List.of(1L, 0L)));
    assertFalse(Shrinker.simpler(List.of(1L, 1L), List.of(1L, 0L)));
  }
}
