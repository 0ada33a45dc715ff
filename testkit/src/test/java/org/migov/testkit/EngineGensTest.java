package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each generator of {@link Gens} produces: ranges, sizes, edge cases, errors. */
class EngineGensTest {
  private static final long SEED = 20240229L;

  private static <T> List<T> many(Gen<T> gen, int count) {
    return gen.samples(SEED, count, 100);
  }

  private static <T> T simplest(Gen<T> gen) {
    return gen.generate(Choices.replay(List.of(), 0, 100_000));
  }

  private static <T> Map<T, Long> count(List<T> values) {
    return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  // ---- numbers ----

  @Test
  void integersStayInRangeAndHitBothBoundsAndZero() {
    List<Integer> values = many(Gens.integers(-5, 5), 2000);
    assertTrue(values.stream().allMatch(v -> v >= -5 && v <= 5), values::toString);
    assertEquals(new TreeSet<>(List.of(-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5)), new TreeSet<>(values));
  }

  @ParameterizedTest
  @CsvSource({"-2147483648, 2147483647", "1000, 1000000", "-1000000, -1000", "7, 7", "-1, 0"})
  void integersHitBothBoundsOfAnyRange(int min, int max) {
    List<Integer> values = many(Gens.integers(min, max), 1000);
    assertTrue(values.stream().allMatch(v -> v >= min && v <= max), values::toString);
    assertTrue(values.contains(min), "min " + min + " never generated");
    assertTrue(values.contains(max), "max " + max + " never generated");
  }

  @ParameterizedTest
  @CsvSource({
    "-9223372036854775808, -1",
    "0, 9223372036854775807",
    "-4611686018427387904, 4611686018427387903",
    "-3, 1000000000000"
  })
  void longsStayInRangeAndHitBothBoundsAndTheValueNearestZero(long min, long max) {
    List<Long> values = many(Gens.longs(min, max), 1000);
    assertTrue(values.stream().allMatch(v -> v >= min && v <= max), values::toString);
    assertTrue(values.contains(min), "min never generated");
    assertTrue(values.contains(max), "max never generated");
    assertTrue(values.contains(Math.max(min, Math.min(max, 0))), "the value nearest zero never generated");
  }

  @Test
  void tooWideLongRangesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> Gens.longs(-1, Long.MAX_VALUE));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "0, 5", "3, 9", "-9, -3", "-5, 5", "-5, 2", "-2, 5", "-1, 0", "0, 1", "-7, 7", "-100, 1"})
  void towardsIsABijectionOntoTheRangeMovingAwayFromTheValueNearestZero(long min, long max) {
    long origin = Math.max(min, Math.min(max, 0));
    List<Long> mapped = LongStream.rangeClosed(0, max - min)
        .mapToObj(k -> Gens.towards(origin, min, max, k))
        .collect(Collectors.toList());
    assertEquals(LongStream.rangeClosed(min, max).boxed().collect(Collectors.toSet()), new HashSet<>(mapped));
    assertEquals(mapped.size(), new HashSet<>(mapped).size(), "no value twice: " + mapped);
    long nearestZero = LongStream.rangeClosed(min, max).boxed()
        .min((a, b) -> Long.compare(Math.abs(a), Math.abs(b))).orElseThrow();
    assertEquals(nearestZero, mapped.get(0));
    for (int k = 1; k < mapped.size(); k++) {
      assertTrue(Math.abs(mapped.get(k) - origin) >= Math.abs(mapped.get(k - 1) - origin),
          "distance from the origin never decreases: " + mapped);
    }
  }

  @Test
  void theSimplestChoicesGiveZeroOrTheBoundNearestIt() {
    assertEquals(0, simplest(Gens.integers(-5, 5)));
    assertEquals(10, simplest(Gens.integers(10, 20)));
    assertEquals(-10, simplest(Gens.integers(-20, -10)));
    assertEquals(0L, simplest(Gens.longs(Long.MIN_VALUE + 1, 0)));
    assertEquals(BigDecimal.ZERO, simplest(Gens.decimals(8, 3, true)));
    assertEquals(false, simplest(Gens.booleans()));
  }

  // ---- collections ----

  @Test
  void listsRespectSizesAndMixInOneElementAndMaximumSize() {
    List<List<Integer>> lists = many(Gens.lists(Gens.integers(0, 9), 0, 5), 2000);
    Set<Integer> lengths = lists.stream().map(List::size).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of(0, 1, 2, 3, 4, 5)), lengths);
    assertTrue(lists.stream().flatMap(List::stream).allMatch(v -> v >= 0 && v <= 9));
  }

  @Test
  void listsRespectAMinimumSizeAtEverySize() {
    Gen<List<String>> gen = Gens.strings(0, 3).list(2, 4);
    for (int size = 0; size <= 100; size += 10) {
      for (List<String> list : gen.samples(SEED + size, 100, size)) {
        assertTrue(list.size() >= 2 && list.size() <= 4, "size " + size + ": " + list);
      }
    }
    assertEquals(List.of("", ""), simplest(gen));
  }

  @Test
  void largeMaximumSizesAndOneElementListsAreMixedIn() {
    List<List<Boolean>> lists = many(Gens.lists(Gens.booleans(), 0, 1000), 300);
    assertTrue(lists.stream().allMatch(l -> l.size() <= 1000));
    assertTrue(lists.stream().anyMatch(l -> l.size() == 1000), "a maximum-size list");
    assertTrue(lists.stream().anyMatch(l -> l.size() == 1), "a one-element list");
  }

  @Test
  void listsAreUnmodifiable() {
    List<Integer> list = Gens.lists(Gens.integers(0, 9), 1, 3).samples(1, 1, 10).get(0);
    assertThrows(UnsupportedOperationException.class, () -> list.add(1));
  }

  @Test
  void theSimplestChoicesGiveEmptyOrShortestCollections() {
    assertEquals(List.of(), simplest(Gens.lists(Gens.integers(0, 9), 0, 5)));
    assertEquals(Set.of(), simplest(Gens.sets(Gens.integers(0, 9), 0, 5)));
    assertEquals(Optional.empty(), simplest(Gens.optionals(Gens.integers(0, 9))));
    assertEquals("", simplest(Gens.strings(0, 5)));
    assertEquals("aaa", simplest(Gens.strings(3, 5)));
  }

  @Test
  void setsRespectSizesAndDropDuplicates() {
    AtomicInteger generated = new AtomicInteger();
    Gen<Integer> counting = Gens.integers(0, 30).map(i -> {
      generated.incrementAndGet();
      return i;
    });
    List<Set<Integer>> sets = many(Gens.sets(counting, 1, 6), 2000);
    Set<Integer> sizes = sets.stream().map(Set::size).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6)), sizes);
    assertTrue(sets.stream().flatMap(Set::stream).allMatch(v -> v >= 0 && v <= 30));
    int kept = sets.stream().mapToInt(Set::size).sum();
    assertTrue(generated.get() > kept, "some duplicates were generated and dropped");
  }

  @Test
  void setsTakeEveryValueWhenMinSizeNeedsThemAll() {
    for (Set<Integer> set : many(Gens.sets(Gens.integers(0, 2), 3, 3), 200)) {
      assertEquals(Set.of(0, 1, 2), set);
    }
  }

  @Test
  void setsStopAtTheDistinctValuesThereAreWhenMinSizeAllows() {
    for (Set<Integer> set : many(Gens.sets(Gens.integers(0, 1), 0, 5), 500)) {
      assertTrue(set.size() <= 2, set::toString);
    }
  }

  @Test
  void setsThatCannotReachMinSizeThrowGenerationException() {
    Gen<Set<Integer>> gen = Gens.sets(Gens.elements(1, 2), 3, 5);
    GenerationException e = assertThrows(GenerationException.class, () -> gen.samples(SEED, 1, 10));
    assertTrue(e.getMessage().contains("could not find 3 distinct values, only 2"), e.getMessage());
  }

  @Test
  void setsWithAHugeMaximumSizeStillReachTheirMinimum() {
    for (Set<Integer> set : Gens.sets(Gens.integers(0, 1), 2, 300_000_000).samples(0L, 50, 10)) {
      assertEquals(Set.of(0, 1), set);
    }
  }

  // ---- dates and decimals ----

  @Test
  void datesStayInRangeAndHitLeapDaysYearEndsAndBounds() {
    LocalDate min = LocalDate.of(2019, Month.NOVEMBER, 3);
    LocalDate max = LocalDate.of(2021, Month.JANUARY, 15);
    List<LocalDate> dates = many(Gens.dates(min, max), 2000);
    assertTrue(dates.stream().noneMatch(d -> d.isBefore(min) || d.isAfter(max)));
    for (LocalDate expected : List.of(
        min, max, LocalDate.of(2020, 2, 29), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31),
        LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))) {
      assertTrue(dates.contains(expected), expected + " never generated");
    }
    assertEquals(min, simplest(Gens.dates(min, max)));
  }

  @Test
  void datesOfOneDayAreThatDay() {
    LocalDate day = LocalDate.of(2024, 2, 29);
    assertEquals(Set.of(day), new HashSet<>(many(Gens.dates(day, day), 100)));
  }

  @Test
  void datesWithoutALeapYearHitTheTwentyEighthOfFebruary() {
    LocalDate min = LocalDate.of(2021, 1, 1);
    LocalDate max = LocalDate.of(2023, 12, 31);
    List<LocalDate> dates = many(Gens.dates(min, max), 2000);
    assertTrue(dates.stream().noneMatch(d -> d.isBefore(min) || d.isAfter(max)));
    assertTrue(dates.contains(LocalDate.of(2022, 2, 28)));
    assertTrue(dates.contains(LocalDate.of(2022, 12, 31)));
  }

  @ParameterizedTest
  @CsvSource({"5, 2, true", "1, 0, false", "18, 6, true", "3, 7, false"})
  void decimalsRespectPrecisionAndScaleAndReachTheMaximum(int maxPrecision, int maxScale, boolean negative) {
    List<BigDecimal> values = many(Gens.decimals(maxPrecision, maxScale, negative), 2000);
    assertTrue(values.stream().allMatch(d -> d.precision() <= maxPrecision), "precision");
    assertTrue(values.stream().allMatch(d -> d.scale() >= 0 && d.scale() <= maxScale), "scale");
    assertTrue(values.stream().anyMatch(d -> d.precision() == maxPrecision), "max precision never reached");
    assertTrue(values.stream().anyMatch(d -> d.scale() == maxScale), "max scale never reached");
    assertEquals(negative, values.stream().anyMatch(d -> d.signum() < 0), "negatives");
  }

  // ---- strings ----

  @Test
  void stringsRespectCodePointLengthsAndAreWellFormed() {
    for (int[] bounds : new int[][] {{0, 10}, {3, 3}, {1, 40}, {0, 0}}) {
      for (String s : Gens.strings(bounds[0], bounds[1]).samples(SEED, 500, 100)) {
        int length = s.codePointCount(0, s.length());
        assertTrue(length >= bounds[0] && length <= bounds[1], length + " code points: " + s);
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (Character.isHighSurrogate(c)) {
            assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "lone surrogate");
            i++;
          } else {
            assertFalse(Character.isLowSurrogate(c), "lone low surrogate");
          }
        }
      }
    }
  }

  @Test
  void stringsContainNaughtyUnicode() {
    List<String> strings = many(Gens.strings(0, 20), 1000);
    assertTrue(strings.stream().anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint)),
        "a supplementary character");
    assertTrue(strings.stream().anyMatch(
        s -> s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)),
        "a combining mark");
    assertTrue(strings.stream().anyMatch(s -> s.codePoints().anyMatch(cp -> {
      byte d = Character.getDirectionality(cp);
      return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    })), "a right-to-left character");
    assertTrue(strings.stream().anyMatch(s -> s.codePoints()
        .anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)),
        "an Arabic letter (right to left, and shaped by its neighbours)");
    assertTrue(strings.stream().anyMatch(s -> s.indexOf('\u200D') >= 0), "a zero-width joiner");
    assertTrue(strings.stream().anyMatch(s -> s.length() > 3 && s.chars().allMatch(c -> c >= 'a' && c <= 'z')),
        "plain lowercase strings too");
  }

  // ---- choosing ----

  @Test
  void enumValuesCoverEveryConstant() {
    Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
    seen.addAll(many(Gens.enumValues(DayOfWeek.class), 300));
    assertEquals(EnumSet.allOf(DayOfWeek.class), seen);
    assertEquals(DayOfWeek.MONDAY, simplest(Gens.enumValues(DayOfWeek.class)));
  }

  @Test
  void elementsUseEveryValueAndTheFirstIsSimplest() {
    assertEquals(Set.of("x", "y", "z"), new HashSet<>(many(Gens.elements(List.of("x", "y", "z")), 200)));
    assertEquals("x", simplest(Gens.elements("x", "y", "z")));
  }

  @Test
  void oneOfUsesEveryAlternativeAboutEquallyOften() {
    Gen<String> gen = Gens.oneOf(Gens.constant("a"), Gens.constant("b"), Gens.strings(5, 5).map(s -> "c"));
    Map<String, Long> counts = count(many(gen, 900));
    assertEquals(Set.of("a", "b", "c"), counts.keySet());
    counts.values().forEach(n -> assertTrue(n > 200, "each about a third: " + counts));
    assertEquals("a", simplest(gen));
  }

  @Test
  void frequencyUsesEveryAlternativeInProportion() {
    Gen<String> gen = Gens.frequency(List.of(
        Map.entry(1, Gens.constant("rare")), Map.entry(9, Gens.constant("common"))));
    Map<String, Long> counts = count(many(gen, 2000));
    assertEquals(Set.of("rare", "common"), counts.keySet());
    assertTrue(counts.get("rare") > 100 && counts.get("rare") < 320, counts::toString);
    assertEquals("rare", simplest(gen));
  }

  @Test
  void frequencyFromAMapUsesEveryAlternativeInOrder() {
    Map<Gen<? extends Integer>, Integer> weighted = new LinkedHashMap<>();
    weighted.put(Gens.constant(1), 2);
    weighted.put(Gens.constant(2), 1);
    weighted.put(Gens.constant(3), 1);
    Gen<Integer> gen = Gens.frequency(weighted);
    assertEquals(Set.of(1, 2, 3), new HashSet<>(many(gen, 300)));
    assertEquals(1, simplest(gen));
  }

  @Test
  void optionalsAreSometimesEmptyAndSometimesPresent() {
    List<Optional<Integer>> values = many(Gens.integers(1, 3).optional(), 2000);
    long empty = values.stream().filter(Optional::isEmpty).count();
    assertTrue(empty > 300 && empty < 700, "about one in four empty: " + empty);
    assertTrue(values.stream().filter(Optional::isPresent).map(Optional::get).allMatch(v -> v >= 1 && v <= 3));
  }

  @Test
  void withEdgeCasesMixesThemIn() {
    Map<Integer, Long> counts = count(many(Gens.withEdgeCases(Gens.constant(5), 1, 2), 1600));
    assertEquals(Set.of(1, 2, 5), counts.keySet());
    assertTrue(counts.get(5) > 1200, counts::toString);
    Gen<Integer> plain = Gens.constant(5);
    assertSame(plain, Gens.withEdgeCases(plain));
  }

  @Test
  void flatMapFeedsTheValueToTheNextGenerator() {
    Gen<List<Integer>> gen = Gens.integers(0, 8).flatMap(n -> Gens.lists(Gens.constant(n), n, n));
    for (List<Integer> list : many(gen, 300)) {
      assertTrue(list.stream().allMatch(v -> v == list.size()), list::toString);
    }
  }

  // ---- filter ----

  @Test
  void filterPassesOnlyMatchingValues() {
    List<Integer> values = many(Gens.integers(0, 1000).filter(i -> i % 7 == 0), 500);
    assertTrue(values.stream().allMatch(i -> i % 7 == 0));
    assertTrue(new HashSet<>(values).size() > 50);
  }

  @Test
  void filterRejectingEverythingGivesUpAfterOneHundredCandidates() {
    AtomicInteger tested = new AtomicInteger();
    Gen<Integer> gen = Gens.integers(0, 10).filter(i -> {
      tested.incrementAndGet();
      return false;
    });
    GenerationException e = assertThrows(GenerationException.class, () -> gen.samples(SEED, 1, 10));
    assertTrue(e.getMessage().contains("rejected 100 candidates"), e.getMessage());
    assertEquals(Gen.DEFAULT_FILTER_TRIES, tested.get());
  }

  @Test
  void filterHonorsItsMaximumTries() {
    AtomicInteger tested = new AtomicInteger();
    Gen<Integer> gen = Gens.integers(0, 10).filter(i -> {
      tested.incrementAndGet();
      return false;
    }, 7);
    GenerationException e = assertThrows(GenerationException.class, () -> gen.samples(SEED, 1, 10));
    assertTrue(e.getMessage().contains("rejected 7 candidates"), e.getMessage());
    assertEquals(7, tested.get());
    assertThrows(IllegalArgumentException.class, () -> Gens.integers(0, 1).filter(i -> true, 0));
  }

  // ---- bad arguments ----

  @Test
  void badArgumentsAreRefused() {
    Gen<Integer> g = Gens.integers(0, 9);
    List<Runnable> bad = List.of(
        () -> Gens.integers(5, 4),
        () -> Gens.longs(0, -1),
        () -> Gens.lists(g, -1, 3),
        () -> Gens.lists(g, 3, 2),
        () -> g.list(-2, -1),
        () -> Gens.sets(g, -1, 0),
        () -> Gens.sets(g, 2, 1),
        () -> Gens.strings(-1, 3),
        () -> Gens.strings(5, 4),
        () -> Gens.elements(),
        () -> Gens.elements(List.of()),
        () -> Gens.oneOf(),
        () -> Gens.frequency(List.of()),
        () -> Gens.frequency(List.of(Map.entry(0, g))),
        () -> Gens.frequency(List.of(Map.entry(1, g), Map.entry(-3, g))),
        () -> Gens.dates(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)),
        () -> Gens.decimals(0, 2, true),
        () -> Gens.decimals(3, -1, true),
        () -> Choices.random(new SplittableRandom(1), -1),
        () -> Choices.random(new SplittableRandom(1), 0).draw(-1),
        () -> Choices.random(new SplittableRandom(1), 0).drawTrueOneIn(0),
        () -> g.samples(1, 1, -1));
    for (int i = 0; i < bad.size(); i++) {
      assertThrows(IllegalArgumentException.class, bad.get(i)::run, "bad argument #" + i);
    }
  }
}
