package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same seed or the same recorded choices give the same values. */
class EngineReproducibilityTest {

  static Stream<Arguments> seededGenerators() {
    return Stream.of(
        Arguments.of("integers", Gens.integers(-1_000_000, 1_000_000)),
        Arguments.of("longs", Gens.longs(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2)),
        Arguments.of("strings", Gens.strings(0, 30)),
        Arguments.of("lists", Gens.lists(Gens.integers(0, 1000), 0, 20)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seededGenerators")
  void samplesAreEqualForTheSameSeedAndDifferForAnother(String name, Gen<?> gen) {
    List<?> first = gen.samples(42L, 50, 60);
    List<?> again = gen.samples(42L, 50, 60);
    List<?> other = gen.samples(43L, 50, 60);
    assertEquals(50, first.size());
    assertEquals(first, again, name + ": same seed, same values");
    assertNotEquals(first, other, name + ": another seed, other values");
  }

  enum Colour { RED, GREEN, BLUE }

  static Stream<Arguments> compositeGenerators() {
    Map<Gen<? extends String>, Integer> weighted = new LinkedHashMap<>();
    weighted.put(Gens.constant("rare"), 1);
    weighted.put(Gens.strings(1, 5), 3);
    return Stream.of(
        Arguments.of("map", Gens.integers(-50, 50).map(i -> "#" + i * 2)),
        Arguments.of("flatMap", Gens.integers(0, 6).flatMap(n -> Gens.lists(Gens.integers(0, 9), n, n))),
        Arguments.of("lists of lists", Gens.lists(Gens.lists(Gens.booleans(), 0, 4), 0, 8)),
        Arguments.of("sets", Gens.sets(Gens.integers(0, 40), 0, 10)),
        Arguments.of("optionals", Gens.optionals(Gens.strings(0, 6))),
        Arguments.of("frequency map", Gens.frequency(weighted)),
        Arguments.of("frequency list", Gens.frequency(List.of(
            Map.entry(5, Gens.integers(0, 9)), Map.entry(1, Gens.integers(100, 200))))),
        Arguments.of("oneOf", Gens.oneOf(Gens.constant(-1), Gens.integers(0, 99))),
        Arguments.of("strings", Gens.strings(0, 25)),
        Arguments.of("decimals", Gens.decimals(12, 6, true)),
        Arguments.of("dates", Gens.dates(LocalDate.of(1999, Month.JANUARY, 1), LocalDate.of(2031, Month.JUNE, 30))),
        Arguments.of("enums", Gens.enumValues(Colour.class).list(0, 5)),
        Arguments.of("filter", Gens.integers(0, 1000).filter(i -> i % 3 == 0)),
        Arguments.of("zip", Gens.zip(Gens.strings(0, 3), Gens.decimals(4, 2, false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compositeGenerators")
  void replayingRecordedChoicesReproducesTheValue(String name, Gen<?> gen) {
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 200; i++) {
      int size = i % 101;
      Choices recording = Choices.random(random, size);
      Object value = gen.generate(recording);
      List<Long> recorded = List.copyOf(recording.recorded());

      Choices replay = Choices.replay(recorded, size, Integer.MAX_VALUE);
      assertEquals(value, gen.generate(replay), name + " replay of " + recorded);
      assertEquals(recorded, replay.recorded(), name + ": a replay records the same choices");
    }
  }

  @Test
  void randomChoicesAreRecordedInOrderAndWithinBounds() {
    Choices choices = Choices.random(new SplittableRandom(1L), 10);
    List<Long> drawn = new ArrayList<>();
    for (long bound = 0; bound < 50; bound++) {
      long value = choices.draw(bound);
      assertTrue(value >= 0 && value <= bound, value + " within 0.." + bound);
      drawn.add(value);
    }
    assertEquals(drawn, choices.recorded());
    assertEquals(10, choices.size());
    assertTrue(choices.draw(Long.MAX_VALUE) >= 0);
  }

  @Test
  void replayClampsToTheBoundAndAnswersZeroPastItsEnd() {
    Choices choices = Choices.replay(List.of(9L, 2L), 0, 10);
    assertEquals(4L, choices.draw(4));
    assertEquals(2L, choices.draw(4));
    assertEquals(0L, choices.draw(1000));
    assertEquals(0L, choices.draw(1000));
    assertEquals(List.of(4L, 2L, 0L, 0L), choices.recorded());
  }

  @Test
  void replayRefusesMoreChoicesThanAllowed() {
    Choices choices = Choices.replay(List.of(), 0, 3);
    choices.draw(1);
    choices.draw(1);
    choices.draw(1);
    GenerationException e = assertThrows(GenerationException.class, () -> choices.draw(1));
    assertTrue(e.getMessage().contains("more than 3 choices"), e.getMessage());
  }

  @Test
  void sampleFromAPlainRandomIsReproducible() {
    Gen<List<BigDecimal>> gen = Gens.lists(Gens.decimals(6, 3, true), 0, 10);
    assertEquals(gen.sample(new SplittableRandom(99L), 40), gen.sample(new SplittableRandom(99L), 40));
  }
}
