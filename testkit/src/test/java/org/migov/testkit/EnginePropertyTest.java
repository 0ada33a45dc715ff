package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The property runner: tries, sizes, seeds, shrinking and the failure report. */
class EnginePropertyTest {

  private static final Gen<List<Integer>> LISTS = Gens.lists(Gens.integers(0, 1000), 0, 20);
  private static final Gen<Integer> BIG_INTEGERS = Gens.integers(0, 1_000_000);

  private static void below1000(int x) {
    if (x >= 1000) {
      throw new AssertionError(x + " >= 1000");
    }
  }

  /** Runs with the two system properties set (or cleared when null), restoring them after. */
  private static <R> R withSystemProperties(String seed, String tries, Supplier<R> body) {
    String oldSeed = System.getProperty(Property.SEED_PROPERTY);
    String oldTries = System.getProperty(Property.TRIES_PROPERTY);
    try {
      set(Property.SEED_PROPERTY, seed);
      set(Property.TRIES_PROPERTY, tries);
      return body.get();
    } finally {
      set(Property.SEED_PROPERTY, oldSeed);
      set(Property.TRIES_PROPERTY, oldTries);
    }
  }

  private static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void aTruePropertyPassesOneHundredTries() {
    AtomicInteger runs = new AtomicInteger();
    withSystemProperties(null, null, () -> {
      Property.forAll(LISTS).check(l -> {
        runs.incrementAndGet();
        assertTrue(l.size() <= 20);
      });
      return null;
    });
    assertEquals(Property.DEFAULT_TRIES, runs.get());
  }

  @Test
  void sizesGrowFromZeroToTheMaximum() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll(Choices::size).withSeed(1).withTries(11).withMaxSize(10).check(sizes::add);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), sizes);
    List<Integer> single = new ArrayList<>();
    Property.forAll(Choices::size).withSeed(1).withTries(1).withMaxSize(33).check(single::add);
    assertEquals(List.of(33), single);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 42, 1234, -7, Long.MAX_VALUE})
  void aListOfThreeOrMoreShrinksToThreeZeros(long seed) {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).withSeed(seed).check(l -> assertTrue(l.size() < 3)));
    assertEquals(List.of(0, 0, 0), failure.shrunk());
    assertTrue(((List<?>) failure.original()).size() >= 3);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void anIntegerOfAtLeastOneThousandShrinksToExactlyOneThousand(long seed) {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(BIG_INTEGERS).withSeed(seed).check(EnginePropertyTest::below1000));
    assertEquals(1000, failure.shrunk());
    assertTrue((Integer) failure.original() >= 1000);
  }

  @Test
  void anEdgeCaseCounterexampleAlsoShrinksToOneThousand() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(BIG_INTEGERS).withSeed(57).check(EnginePropertyTest::below1000));
    assertEquals(1_000_000, failure.original());
    assertEquals(1000, failure.shrunk());
  }

  @Test
  void integersShrinkToOneThousandForEverySeed() {
    List<Long> stuck = new ArrayList<>();
    for (long seed = 0; seed < 300; seed++) {
      long s = seed;
      PropertyFailure failure = assertThrows(PropertyFailure.class,
          () -> Property.forAll(BIG_INTEGERS).withSeed(s).check(EnginePropertyTest::below1000));
      if (!Integer.valueOf(1000).equals(failure.shrunk())) {
        stuck.add(seed);
      }
    }
    assertEquals(List.of(), stuck, "seeds that did not shrink to 1000");
  }

  @Test
  void theMessageGivesSeedTryCounterexamplesAndHowToReplay() {
    PropertyFailure failure = withSystemProperties(null, null, () -> assertThrows(PropertyFailure.class,
        () -> Property.forAll(BIG_INTEGERS).withSeed(424242L).check(EnginePropertyTest::below1000)));
    String message = failure.getMessage();
    assertEquals(424242L, failure.seed());
    assertTrue(failure.tryNumber() >= 1);
    assertTrue(message.contains("seed 424242"), message);
    assertTrue(message.contains("try " + failure.tryNumber() + " of 100"), message);
    assertTrue(message.contains("original counterexample: " + failure.original()), message);
    assertTrue(message.contains("shrunk counterexample"), message);
    assertTrue(message.contains(": 1000\n"), message);
    assertTrue(message.contains("-Dmigov.testkit.seed=424242"), message);
    assertTrue(message.contains(".withSeed(424242L)"), message);
  }

  @Test
  void aLongCounterexampleIsCutInTheMessage() {
    Gen<String> huge = Gens.constant("x".repeat(PropertyFailure.MAX_RENDERED * 2));
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(huge).withSeed(1).check(s -> assertTrue(s.isEmpty())));
    assertTrue(failure.getMessage().contains("...(" + PropertyFailure.MAX_RENDERED * 2 + " chars)"));
    assertTrue(failure.getMessage().length() < PropertyFailure.MAX_RENDERED * 3);
  }

  @Test
  void theSeedOfARandomRunReplaysTheSameFailure() {
    Property.Check<Integer> property = x -> assertNotEquals(3, x % 7);
    PropertyFailure first = withSystemProperties(null, null, () -> assertThrows(PropertyFailure.class,
        () -> Property.forAll(BIG_INTEGERS).check(property)));
    PropertyFailure again = assertThrows(PropertyFailure.class,
        () -> Property.forAll(BIG_INTEGERS).withSeed(first.seed()).check(property));
    assertEquals(first.seed(), again.seed());
    assertEquals(first.tryNumber(), again.tryNumber());
    assertEquals(first.original(), again.original());
    assertEquals(first.shrunk(), again.shrunk());
    assertEquals(3, (Integer) first.shrunk() % 7);
  }

  @Test
  void randomRunsUseDifferentSeeds() {
    List<Long> seeds = withSystemProperties(null, null, () -> {
      List<Long> out = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        out.add(assertThrows(PropertyFailure.class,
            () -> Property.forAll(Gens.integers(0, 9)).withTries(1).withShrinkBudget(0).check(x -> {
              throw new AssertionError();
            })).seed());
      }
      return out;
    });
    assertTrue(seeds.stream().distinct().count() > 1, seeds::toString);
  }

  @Test
  void theSeedSystemPropertyIsHonored() {
    withSystemProperties(" 987654 ", null, () -> {
      PropertyFailure failure = assertThrows(PropertyFailure.class,
          () -> Property.forAll(BIG_INTEGERS).check(EnginePropertyTest::below1000));
      assertEquals(987654L, failure.seed());
      PropertyFailure explicit = assertThrows(PropertyFailure.class,
          () -> Property.forAll(BIG_INTEGERS).withSeed(5).check(EnginePropertyTest::below1000));
      assertEquals(5L, explicit.seed(), "withSeed wins over the system property");
      return null;
    });
  }

  @Test
  void theTriesSystemPropertyIsHonored() {
    AtomicInteger runs = new AtomicInteger();
    withSystemProperties(null, "7", () -> {
      Property.forAll(BIG_INTEGERS).check(x -> runs.incrementAndGet());
      return null;
    });
    assertEquals(7, runs.get());
    runs.set(0);
    withSystemProperties(null, "7", () -> {
      Property.forAll(BIG_INTEGERS).withTries(3).check(x -> runs.incrementAndGet());
      return null;
    });
    assertEquals(3, runs.get(), "withTries wins over the system property");
  }

  @Test
  void badSystemPropertiesAreRefused() {
    for (String[] bad : new String[][] {{"not-a-long", null}, {"1", "0"}, {"1", "many"}}) {
      withSystemProperties(bad[0], bad[1], () -> assertThrows(IllegalArgumentException.class,
          () -> Property.forAll(BIG_INTEGERS).check(x -> { })));
    }
  }

  @Test
  void theCauseIsTheShrunkValuesFailureOfTheSameKind() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(BIG_INTEGERS).withSeed(3).check(x -> {
          if (x >= 1000) {
            throw new IllegalStateException("too big: " + x);
          }
          if (x >= 500) {
            throw new IllegalArgumentException("big: " + x);
          }
        }));
    assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertEquals("too big: 1000", failure.getCause().getMessage());
    assertEquals(1000, failure.shrunk());
  }

  @Test
  void aGenerationExceptionIsRethrownWithTheSeed() {
    Gen<Integer> impossible = Gens.integers(0, 10).filter(x -> x > 10);
    GenerationException e = assertThrows(GenerationException.class,
        () -> Property.forAll(impossible).withSeed(31337L).check(x -> { }));
    assertTrue(e.getMessage().contains("seed 31337"), e.getMessage());
    assertTrue(e.getMessage().contains("try 1"), e.getMessage());
    assertTrue(e.getMessage().contains("rejected 100 candidates"), e.getMessage());
    assertInstanceOf(GenerationException.class, e.getCause());
  }

  @Test
  void twoGeneratorsWorkTogetherAndBothShrink() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Gens.integers(0, 9), Gens.strings(0, 5)).withSeed(8).withTries(50).check((x, s) -> {
      runs.incrementAndGet();
      assertTrue(x >= 0 && x <= 9);
      assertTrue(s.codePointCount(0, s.length()) <= 5);
    });
    assertEquals(50, runs.get());

    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.integers(0, 1000), Gens.integers(0, 1000)).withSeed(1).check((x, y) -> {
          if (x >= 10 && y >= 20) {
            throw new AssertionError(x + ", " + y);
          }
        }));
    assertEquals(List.of(10, 20), failure.shrunk());
    List<?> original = (List<?>) failure.original();
    assertTrue((Integer) original.get(0) >= 10 && (Integer) original.get(1) >= 20, original::toString);
    assertTrue(failure.getMessage().contains("[10, 20]"), failure.getMessage());
  }

  @Test
  void anIntegerAndAStringShrinkTogether() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(Gens.integers(0, 1000), Gens.strings(0, 10))
            .withSeed(5L)
            .check((i, s) -> assertFalse(i >= 10 && s.length() >= 2)));
    assertEquals(List.of(10, "aa"), failure.shrunk());
  }

  @Test
  void refusesBadSettings() {
    Property<Integer> p = Property.forAll(BIG_INTEGERS);
    assertThrows(IllegalArgumentException.class, () -> p.withTries(0));
    assertThrows(IllegalArgumentException.class, () -> p.withTries(-1));
    assertThrows(IllegalArgumentException.class, () -> p.withMaxSize(-1));
    assertThrows(IllegalArgumentException.class, () -> p.withShrinkBudget(-1));
    assertThrows(IllegalArgumentException.class,
        () -> Property.forAll(Gens.booleans(), Gens.booleans()).withTries(0));
    assertThrows(NullPointerException.class, () -> Property.forAll(null));
    assertThrows(NullPointerException.class, () -> p.check(null));
  }

  @Test
  void aZeroShrinkBudgetReportsTheOriginal() {
    PropertyFailure failure = assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).withSeed(2).withShrinkBudget(0).check(l -> assertTrue(l.size() < 3)));
    assertSame(failure.original(), failure.shrunk());
    assertTrue(failure.getMessage().contains("(0 shrink steps)"), failure.getMessage());
  }

  @Test
  void theShrinkBudgetBoundsPropertyRuns() {
    AtomicInteger runs = new AtomicInteger();
    assertThrows(PropertyFailure.class,
        () -> Property.forAll(LISTS).withSeed(2).withTries(1).withShrinkBudget(25).check(l -> {
          runs.incrementAndGet();
          assertTrue(l.size() < 3);
        }));
    assertTrue(runs.get() >= 2 && runs.get() <= 1 + 25, "1 try + at most 25 shrink runs, was " + runs.get());
  }
}
