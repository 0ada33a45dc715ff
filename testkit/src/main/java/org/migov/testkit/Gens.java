package org.migov.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Generators of numbers, strings, dates and collections, and the combinators that choose between
 * generators. Every generator shrinks toward its simplest value: zero (or the bound nearest to
 * it), the shortest collection, the first alternative, {@code "a"}.
 *
 * <p>Edge cases are mixed in on purpose: bounds of number ranges, one-element and maximum-size
 * collections, 29 February and year ends, decimals of large scale and precision, and naughty
 * Unicode (right-to-left scripts, combining marks, emoji and other supplementary characters,
 * zero-width joiners and direction marks).
 */
public final class Gens {
  private Gens() {}

  /** One draw in this many picks an edge case where a generator has them. */
  static final int EDGE_ONE_IN = 8;

  /**
   * Always the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  public static <T> Gen<T> constant(T value) {
    return choices -> value;
  }

  /**
   * One of the given values; shrinks toward the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /**
   * One of the given values; shrinks toward the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  public static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return choices -> copy.get(choices.drawInt(copy.size() - 1));
  }

  /**
   * Every constant of an enum, each as likely; shrinks toward the first.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return elements(type.getEnumConstants());
  }

  /**
   * One of the given generators, each as likely; shrinks toward the first.
   *
   * @param gens the generators, at least one
   * @param <T> the type of values
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return choices -> copy.get(choices.drawInt(copy.size() - 1)).generate(choices);
  }

  /**
   * One of the given generators, chosen with the given weights; shrinks toward the first.
   *
   * @param weighted weight to generator, in the order given (use a {@code LinkedHashMap} or
   *     {@code Map.entry} pairs through {@link #frequency(List)})
   * @param <T> the type of values
   * @return the generator
   */
  public static <T> Gen<T> frequency(Map<Gen<? extends T>, Integer> weighted) {
    List<Map.Entry<Integer, Gen<? extends T>>> entries = new ArrayList<>();
    weighted.forEach((gen, weight) -> entries.add(Map.entry(weight, gen)));
    return frequency(entries);
  }

  /**
   * One of the given generators, chosen with the given weights; shrinks toward the first.
   *
   * @param weighted pairs of a positive weight and a generator, such as
   *     {@code List.of(Map.entry(9, common), Map.entry(1, rare))}
   * @param <T> the type of values
   * @return the generator
   */
  public static <T> Gen<T> frequency(List<? extends Map.Entry<Integer, ? extends Gen<? extends T>>> weighted) {
    List<Map.Entry<Integer, ? extends Gen<? extends T>>> copy = List.copyOf(weighted);
    long total = 0;
    for (Map.Entry<Integer, ? extends Gen<? extends T>> entry : copy) {
      if (entry.getKey() < 1) {
        throw new IllegalArgumentException("weights must be >= 1, was " + entry.getKey());
      }
      total += entry.getKey();
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("frequency needs at least one generator");
    }
    long bound = total - 1;
    return choices -> {
      long pick = choices.draw(bound);
      for (Map.Entry<Integer, ? extends Gen<? extends T>> entry : copy) {
        pick -= entry.getKey();
        if (pick < 0) {
          return entry.getValue().generate(choices);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /**
   * Mostly values of a generator, with its edge cases mixed in about one time in eight.
   *
   * @param gen the ordinary generator
   * @param edgeCases values worth trying often
   * @param <T> the type of values
   * @return the generator
   */
  @SafeVarargs
  public static <T> Gen<T> withEdgeCases(Gen<T> gen, T... edgeCases) {
    if (edgeCases.length == 0) {
      return gen;
    }
    Gen<T> edges = elements(edgeCases);
    return choices -> choices.drawTrueOneIn(EDGE_ONE_IN) ? edges.generate(choices) : gen.generate(choices);
  }

  /**
   * True or false; shrinks toward false.
   *
   * @return the generator
   */
  public static Gen<Boolean> booleans() {
    return choices -> choices.draw(1) == 1;
  }

  /**
   * Integers from min to max, both included, with both bounds and the values around zero as
   * edge cases; shrinks toward zero, or the bound nearest to it.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   */
  public static Gen<Integer> integers(int min, int max) {
    return longs(min, max).map(Math::toIntExact);
  }

  /**
   * Longs from min to max, both included, with both bounds and the values around zero as edge
   * cases; shrinks toward zero, or the bound nearest to it.
   *
   * @param min the smallest value
   * @param max the largest value; {@code max - min} must not overflow
   * @return the generator
   */
  public static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " < min " + min);
    }
    long range;
    try {
      range = Math.subtractExact(max, min);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the range " + min + ".." + max + " is too wide");
    }
    long origin = Math.max(min, Math.min(max, 0));
    Gen<Long> uniform = choices -> towards(origin, min, max, choices.draw(range));
    List<Long> edges = new ArrayList<>(List.of(min, max, origin));
    if (origin < max) {
      edges.add(origin + 1);
    }
    if (origin > min) {
      edges.add(origin - 1);
    }
    return withEdgeCases(uniform, edges.toArray(new Long[0]));
  }

  /** Maps 0, 1, 2, 3... to origin, origin+1, origin-1, origin+2... within [min, max]. */
  static long towards(long origin, long min, long max, long k) {
    long below = origin - min;
    long above = max - origin;
    long shorter = Math.min(below, above);
    if (k <= 2 * shorter) {
      return k % 2 == 1 ? origin + (k + 1) / 2 : origin - k / 2;
    }
    long beyond = k - 2 * shorter;
    return above > below ? origin + shorter + beyond : origin - shorter - beyond;
  }

  /**
   * Lists with min to max elements. Lengths grow with the size; one-element and maximum-size
   * lists are mixed in. Shrinks toward shorter lists of simpler elements.
   *
   * @param element the element generator
   * @param minSize the fewest elements, 0 or more
   * @param maxSize the most elements
   * @param <T> the element type
   * @return the generator of unmodifiable lists
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    checkSizes(minSize, maxSize);
    Objects.requireNonNull(element, "element");
    return choices -> {
      int target = targetLength(choices, minSize, maxSize);
      List<T> out = new ArrayList<>(Math.min(maxSize, 64));
      while (out.size() < minSize || (out.size() < maxSize && more(choices, out.size(), target))) {
        out.add(element.generate(choices));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * Sets of min to max distinct elements, in the order generated. Fails with a
   * {@link GenerationException} when the element generator cannot give enough distinct values.
   *
   * @param element the element generator
   * @param minSize the fewest elements, 0 or more
   * @param maxSize the most elements
   * @param <T> the element type
   * @return the generator of unmodifiable sets
   */
  public static <T> Gen<Set<T>> sets(Gen<T> element, int minSize, int maxSize) {
    checkSizes(minSize, maxSize);
    Objects.requireNonNull(element, "element");
    return choices -> {
      int target = targetLength(choices, minSize, maxSize);
      Set<T> out = new LinkedHashSet<>();
      int misses = 0;
      while (out.size() < minSize || (out.size() < maxSize && more(choices, out.size(), target))) {
        if (!out.add(element.generate(choices)) && ++misses > 10L * maxSize + 100) {
          if (out.size() >= minSize) {
            break;
          }
          throw new GenerationException(
              "could not find " + minSize + " distinct values, only " + out.size());
        }
      }
      return Collections.unmodifiableSet(out);
    };
  }

  private static void checkSizes(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max, were " + minSize + ".." + maxSize);
    }
  }

  /** Picks an average length: usually scaled by size, sometimes one element or the maximum. */
  private static int targetLength(Choices choices, int minSize, int maxSize) {
    long mode = choices.draw(EDGE_ONE_IN * 2 - 1);
    if (mode == EDGE_ONE_IN * 2 - 1 && maxSize <= 1000) {
      return maxSize;
    }
    if (mode == EDGE_ONE_IN * 2 - 2) {
      return Math.max(minSize, Math.min(1, maxSize));
    }
    return Math.min(maxSize, minSize + 1 + choices.size() / 4);
  }

  /** Whether to add one more element: stops on 0, the simplest choice. */
  private static boolean more(Choices choices, int length, int target) {
    if (length >= target) {
      return choices.drawTrueOneIn(20);
    }
    return choices.draw(target) != 0;
  }

  /**
   * Optional values: empty about one time in four; shrinks toward empty.
   *
   * @param gen the generator of present values
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return choices -> choices.draw(3) == 0 ? Optional.empty() : Optional.of(gen.generate(choices));
  }

  /**
   * Dates from min to max, both included, with the bounds, 29 February, 1 January and 31
   * December as edge cases; shrinks toward min.
   *
   * @param min the earliest date
   * @param max the latest date
   * @return the generator
   */
  public static Gen<LocalDate> dates(LocalDate min, LocalDate max) {
    if (max.isBefore(min)) {
      throw new IllegalArgumentException("max " + max + " is before min " + min);
    }
    long first = min.toEpochDay();
    long range = max.toEpochDay() - first;
    Gen<LocalDate> uniform = choices -> LocalDate.ofEpochDay(first + choices.draw(range));
    List<LocalDate> edges = new ArrayList<>(List.of(min, max));
    for (int year = min.getYear(); year <= max.getYear() && edges.size() < 40; year++) {
      for (LocalDate edge : List.of(
          LocalDate.of(year, Month.JANUARY, 1),
          LocalDate.of(year, Month.DECEMBER, 31),
          LocalDate.of(year, Month.FEBRUARY, 28).plusDays(LocalDate.of(year, 1, 1).isLeapYear() ? 1 : 0))) {
        if (!edge.isBefore(min) && !edge.isAfter(max)) {
          edges.add(edge);
        }
      }
    }
    return withEdgeCases(uniform, edges.toArray(new LocalDate[0]));
  }

  /**
   * Decimals with up to {@code maxPrecision} digits and a scale from 0 to {@code maxScale};
   * large precision and scale are mixed in as edge cases. Shrinks toward zero.
   *
   * @param maxPrecision the most significant digits, 1 or more
   * @param maxScale the largest scale, 0 or more
   * @param allowNegative whether negative values may come
   * @return the generator
   */
  public static Gen<BigDecimal> decimals(int maxPrecision, int maxScale, boolean allowNegative) {
    if (maxPrecision < 1 || maxScale < 0) {
      throw new IllegalArgumentException("need maxPrecision >= 1 and maxScale >= 0");
    }
    return choices -> {
      boolean extreme = choices.drawTrueOneIn(EDGE_ONE_IN);
      int digits = extreme ? maxPrecision : 1 + choices.drawInt(Math.min(maxPrecision - 1, 2 + choices.size() / 5));
      StringBuilder unscaled = new StringBuilder(digits);
      for (int i = 0; i < digits; i++) {
        unscaled.append((char) ('0' + choices.drawInt(9)));
      }
      int scale = extreme ? maxScale : choices.drawInt(Math.min(maxScale, 4));
      BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), scale);
      return allowNegative && choices.draw(1) == 1 ? value.negate() : value;
    };
  }

  /**
   * Strings of min to max code points (not chars): mostly ASCII letters, with digits, spaces,
   * punctuation, accented Latin, right-to-left scripts, combining marks, emoji, zero-width
   * joiners and direction marks mixed in. Shrinks toward shorter strings of {@code a}.
   *
   * @param minLength the fewest code points, 0 or more
   * @param maxLength the most code points
   * @return the generator
   */
  public static Gen<String> strings(int minLength, int maxLength) {
    return lists(codePoints(), minLength, maxLength).map(Gens::fromCodePoints);
  }

  /**
   * Code points from a mix of alphabets, naughty ones included; shrinks toward {@code a}.
   *
   * @return the generator
   */
  public static Gen<Integer> codePoints() {
    return frequency(
        List.of(
            Map.entry(12, range('a', 'z')),
            Map.entry(3, range('A', 'Z')),
            Map.entry(2, range('0', '9')),
            Map.entry(2, elements((int) ' ', (int) '-', (int) '.', (int) '\'', (int) '&', (int) '"', (int) '\\', (int) '/')),
            Map.entry(2, range(0x00C0, 0x017F)),
            Map.entry(1, range(0x0621, 0x064A)),
            Map.entry(1, range(0x05D0, 0x05EA)),
            Map.entry(1, range(0x0300, 0x036F)),
            Map.entry(1, range(0x1F300, 0x1F64F)),
            Map.entry(1, elements(0x200D, 0x200C, 0x200F, 0x200E, 0x202E, 0xFEFF, 0x00A0)),
            Map.entry(1, range(0x4E00, 0x9FFF))));
  }

  private static Gen<Integer> range(int first, int last) {
    return choices -> first + choices.drawInt(last - first);
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder out = new StringBuilder(codePoints.size() * 2);
    codePoints.forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Pairs of values from two generators.
   *
   * @param first the first generator
   * @param second the second generator
   * @param <A> the first type
   * @param <B> the second type
   * @return the generator of two-element lists {@code [a, b]}
   */
  static <A, B> Gen<List<Object>> zip(Gen<A> first, Gen<B> second) {
    return choices -> Arrays.asList(first.generate(choices), second.generate(choices));
  }
}
