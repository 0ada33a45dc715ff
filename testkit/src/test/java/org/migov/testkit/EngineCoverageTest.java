package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Coverage}, the counting of classes of generated values (GeneratorCoverageTest applies it
 * to migov's generators).
 */
class EngineCoverageTest {

  @Test
  void countsOfOneClassPerValueAddUpToTheSamples() {
    Coverage<Integer> coverage = Coverage.of(Gens.integers(0, 4), x -> x, 500, 7L);
    assertEquals(500L, coverage.counts().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(Set.of(0, 1, 2, 3, 4), coverage.counts().keySet());
    assertEquals(1.0, coverage.counts().keySet().stream().mapToDouble(coverage::share).sum(), 1e-9);
  }

  @Test
  void countsOfSeveralClassesPerValueCountEachClass() {
    Coverage<Integer> coverage = Coverage.ofEach(Gens.lists(Gens.integers(0, 3), 2, 2), l -> l, 300, 7L);
    assertEquals(600L, coverage.counts().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void assertCoversPassesWhenEveryClassAppears() {
    Coverage<DayOfWeek> coverage = Coverage.of(Gens.enumValues(DayOfWeek.class), d -> d, 200, 11L);
    assertSame(coverage, coverage.assertCovers(EnumSet.allOf(DayOfWeek.class)));
  }

  @Test
  void assertCoversNamesTheMissingClass() {
    Coverage<String> coverage = Coverage.of(Gens.integers(0, 2), x -> "class-" + x, 200, 11L);
    AssertionError e = assertThrows(AssertionError.class,
        () -> coverage.assertCovers(List.of("class-0", "class-7", "class-2")));
    assertTrue(e.getMessage().contains("never generated [class-7]"), e.getMessage());
  }

  @Test
  void assertShareAtLeastChecksTheShare() {
    Coverage<Boolean> coverage = Coverage.of(Gens.booleans(), b -> b, 1000, 3L);
    double share = coverage.share(true);
    assertTrue(share > 0.4 && share < 0.6, "share " + share);
    assertSame(coverage, coverage.assertShareAtLeast(true, 0.4));
    AssertionError e = assertThrows(AssertionError.class, () -> coverage.assertShareAtLeast(true, 0.9));
    assertTrue(e.getMessage().contains("true has a share of"), e.getMessage());
    Coverage<Integer> ints = Coverage.of(Gens.integers(0, 1), x -> x, 100, 3L);
    assertEquals(0.0, ints.share(5));
    assertThrows(AssertionError.class, () -> ints.assertShareAtLeast(5, 0.01));
  }

  @Test
  void theSameSeedGivesTheSameCounts() {
    Gen<List<Integer>> gen = Gens.lists(Gens.integers(0, 9), 0, 10);
    Coverage<Integer> a = Coverage.of(gen, List::size, 400, 99L);
    Coverage<Integer> b = Coverage.of(gen, List::size, 400, 99L);
    Coverage<Integer> c = Coverage.of(gen, List::size, 400, 100L);
    assertEquals(a.counts(), b.counts());
    assertEquals(a.toString(), b.toString());
    assertNotEquals(a.counts(), c.counts());
  }

  @Test
  void countsAreUnmodifiableAndSamplesMustBePositive() {
    Coverage<Integer> coverage = Coverage.of(Gens.integers(0, 1), x -> x, 10, 1L);
    assertThrows(UnsupportedOperationException.class, () -> coverage.counts().put(3, 1L));
    assertThrows(IllegalArgumentException.class, () -> Coverage.of(Gens.integers(0, 1), x -> x, 0, 1L));
  }

  @Test
  void samplesSpreadSizesFromZeroToTheDefaultMaximum() {
    Coverage<Integer> sizes = Coverage.of(Choices::size, s -> s, 101, 1L);
    assertEquals(101, sizes.counts().size());
    assertTrue(sizes.counts().containsKey(0) && sizes.counts().containsKey(Property.DEFAULT_MAX_SIZE));
  }
}
