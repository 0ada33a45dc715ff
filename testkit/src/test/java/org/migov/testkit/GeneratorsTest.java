package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generic generators: bounds, edge cases, reproducibility, replay. */
class GeneratorsTest {

  @Test
  void sameSeedSameValuesAndReplayReproduces() {
    Gen<List<String>> gen = Gens.lists(Gens.strings(0, 8), 0, 6);
    assertEquals(gen.samples(1L, 50, 30), gen.samples(1L, 50, 30));
    assertNotEquals(gen.samples(1L, 50, 30), gen.samples(2L, 50, 30));

    Gen<Object> composite =
        Gens.oneOf(
            Gens.decimals(20, 6, true).map(d -> (Object) d),
            Gens.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1)).optional().map(o -> (Object) o),
            Gens.sets(Gens.integers(0, 50), 0, 5).flatMap(s -> Gens.constant((Object) s)));
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 200; i++) {
      Choices choices = Choices.random(random, i % 100);
      Object value = composite.generate(choices);
      assertEquals(value, composite.generate(Choices.replay(choices.recorded(), i % 100, Integer.MAX_VALUE)));
    }
  }

  @Test
  void integersStayInBoundsAndHitTheEdges() {
    List<Integer> values = Gens.integers(-5, 5).samples(3L, 2000, 50);
    assertTrue(values.stream().allMatch(v -> v >= -5 && v <= 5));
    assertTrue(values.containsAll(List.of(-5, 0, 5)));
    List<Integer> positive = Gens.integers(10, 20).samples(3L, 500, 50);
    assertTrue(positive.stream().allMatch(v -> v >= 10 && v <= 20));
  }

  @Test
  void towardsIsABijectionStartingNearestZero() {
    long[][] ranges = {{-5, 5}, {3, 9}, {-9, -3}, {-2, 7}, {0, 0}};
    for (long[] r : ranges) {
      long origin = Math.max(r[0], Math.min(r[1], 0));
      Set<Long> seen = new HashSet<>();
      for (long k = 0; k <= r[1] - r[0]; k++) {
        long v = Gens.towards(origin, r[0], r[1], k);
        assertTrue(v >= r[0] && v <= r[1], "out of range " + v);
        assertTrue(seen.add(v), "repeated " + v);
      }
      assertEquals(origin, Gens.towards(origin, r[0], r[1], 0));
    }
  }

  @Test
  void listsRespectBoundsAndIncludeOneElementAndFullLists() {
    List<List<Integer>> lists = Gens.lists(Gens.integers(0, 9), 0, 5).samples(4L, 1000, 40);
    assertTrue(lists.stream().allMatch(l -> l.size() <= 5));
    Set<Integer> sizes = lists.stream().map(List::size).collect(Collectors.toSet());
    assertTrue(sizes.containsAll(Set.of(0, 1, 5)), sizes.toString());
    assertThrows(UnsupportedOperationException.class, () -> lists.get(0).add(1));
    assertTrue(Gens.lists(Gens.integers(0, 9), 2, 3).samples(4L, 200, 40).stream().allMatch(l -> l.size() >= 2 && l.size() <= 3));
  }

  @Test
  void setsAreDistinctAndFailClearlyWhenTheyCannotBe() {
    List<Set<Integer>> sets = Gens.sets(Gens.integers(0, 3), 0, 4).samples(5L, 300, 40);
    assertTrue(sets.stream().allMatch(s -> s.size() <= 4));
    GenerationException e =
        assertThrows(GenerationException.class, () -> Gens.sets(Gens.integers(0, 1), 3, 3).samples(5L, 1, 10));
    assertTrue(e.getMessage().contains("distinct"), e.getMessage());
  }

  @Test
  void datesIncludeLeapDaysAndYearEnds() {
    List<LocalDate> dates = Gens.dates(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 1)).samples(6L, 3000, 50);
    assertTrue(dates.stream().allMatch(d -> !d.isBefore(LocalDate.of(2023, 6, 1)) && !d.isAfter(LocalDate.of(2025, 6, 1))));
    assertTrue(dates.contains(LocalDate.of(2024, 2, 29)));
    assertTrue(dates.contains(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void decimalsRespectPrecisionAndScaleAndReachTheMaximum() {
    List<BigDecimal> decimals = Gens.decimals(30, 12, true).samples(7L, 1000, 60);
    assertTrue(decimals.stream().allMatch(d -> d.precision() <= 30 && d.scale() <= 12 && d.scale() >= 0));
    assertTrue(decimals.stream().anyMatch(d -> d.scale() == 12));
    assertTrue(decimals.stream().anyMatch(d -> d.signum() < 0));
  }

  @Test
  void stringsCountCodePointsAndCarryNaughtyUnicode() {
    List<String> strings = Gens.strings(0, 12).samples(8L, 3000, 100);
    assertTrue(strings.stream().allMatch(s -> s.codePointCount(0, s.length()) <= 12));
    String all = String.join("", strings);
    assertTrue(all.codePoints().anyMatch(Character::isSupplementaryCodePoint), "emoji");
    assertTrue(all.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK), "combining marks");
    assertTrue(
        all.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC),
        "right to left");
    assertTrue(all.indexOf('\u200D') >= 0, "zero-width joiner");
  }

  @Test
  void choosersUseEveryAlternative() {
    assertEquals(Set.of("a", "b", "c"), new HashSet<>(Gens.elements("a", "b", "c").samples(1L, 200, 10)));
    assertEquals(
        Set.of(1, 2),
        new HashSet<>(Gens.frequency(List.of(java.util.Map.entry(9, Gens.constant(1)), java.util.Map.entry(1, Gens.constant(2)))).samples(1L, 500, 10)));
    Set<Optional<Integer>> optionals = new HashSet<>(Gens.integers(0, 0).optional().samples(1L, 100, 10));
    assertEquals(Set.of(Optional.empty(), Optional.of(0)), optionals);
  }

  @Test
  void filterKeepsMatchesAndGivesUpClearly() {
    assertTrue(Gens.integers(0, 100).filter(i -> i % 2 == 0).samples(1L, 200, 10).stream().allMatch(i -> i % 2 == 0));
    GenerationException e =
        assertThrows(GenerationException.class, () -> Gens.integers(0, 10).filter(i -> false, 7).samples(1L, 1, 1));
    assertTrue(e.getMessage().contains("rejected 7 candidates"), e.getMessage());
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Gens.integers(5, 4));
    assertThrows(IllegalArgumentException.class, () -> Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> Gens.lists(Gens.booleans(), 3, 2));
    assertThrows(IllegalArgumentException.class, () -> Gens.elements(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Choices.random(new SplittableRandom(), -1));
  }
}
