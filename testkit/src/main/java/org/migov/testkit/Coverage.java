package org.migov.testkit;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How often each class of value comes out of a generator: checks that a generator explores the
 * space, such as every programme status or organisation kind appearing.
 *
 * <pre>{@code
 * Coverage.of(EntityGens.programmes(), p -> p.status(), 1000, 42L)
 *     .assertCovers(List.of(Optional.empty(), Optional.of(ProgrammeStatus.CLOSED)));
 * }</pre>
 *
 * <p>Samples are drawn reproducibly from the seed, with sizes spread from 0 to
 * {@value Property#DEFAULT_MAX_SIZE}. Instances are immutable and thread-safe.
 *
 * @param <K> the type of the classes
 */
public final class Coverage<K> {
  private final Map<K, Long> counts;
  private final int samples;

  private Coverage(Map<K, Long> counts, int samples) {
    this.counts = Collections.unmodifiableMap(counts);
    this.samples = samples;
  }

  /**
   * Classifies generated values, one class per value.
   *
   * @param gen the generator
   * @param classifier from a value to its class
   * @param samples how many values to draw, 1 or more
   * @param seed the seed
   * @param <T> the type of values
   * @param <K> the type of classes
   * @return the counts per class
   */
  public static <T, K> Coverage<K> of(Gen<T> gen, Function<? super T, ? extends K> classifier, int samples, long seed) {
    return ofEach(gen, value -> List.of(classifier.apply(value)), samples, seed);
  }

  /**
   * Classifies generated values, any number of classes per value (such as the kinds of an
   * organisation).
   *
   * @param gen the generator
   * @param classifier from a value to its classes
   * @param samples how many values to draw, 1 or more
   * @param seed the seed
   * @param <T> the type of values
   * @param <K> the type of classes
   * @return the counts per class
   */
  public static <T, K> Coverage<K> ofEach(
      Gen<T> gen, Function<? super T, ? extends Collection<? extends K>> classifier, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, was " + samples);
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<K, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < samples; i++) {
      int size = samples == 1 ? Property.DEFAULT_MAX_SIZE : Property.DEFAULT_MAX_SIZE * i / (samples - 1);
      for (K key : classifier.apply(gen.sample(random, size))) {
        counts.merge(key, 1L, Long::sum);
      }
    }
    return new Coverage<>(counts, samples);
  }

  /**
   * The number of values in each class.
   *
   * @return class to count, in order of first appearance, unmodifiable
   */
  public Map<K, Long> counts() {
    return counts;
  }

  /**
   * The share of values in a class.
   *
   * @param key the class
   * @return the share, from 0 to 1
   */
  public double share(K key) {
    return counts.getOrDefault(key, 0L) / (double) samples;
  }

  /**
   * Asserts that every expected class appeared at least once.
   *
   * @param expected the classes
   * @return this, for chaining
   * @throws AssertionError naming the missing classes and the counts seen
   */
  public Coverage<K> assertCovers(Collection<? extends K> expected) {
    List<K> missing = expected.stream().filter(k -> !counts.containsKey(k)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new AssertionError("never generated " + missing + " in " + samples + " samples; seen " + this);
    }
    return this;
  }

  /**
   * Asserts that a class has at least a minimum share.
   *
   * @param key the class
   * @param minimumShare the minimum share, from 0 to 1
   * @return this, for chaining
   * @throws AssertionError when the share is lower
   */
  public Coverage<K> assertShareAtLeast(K key, double minimumShare) {
    Objects.requireNonNull(key, "key");
    if (share(key) < minimumShare) {
      throw new AssertionError(
          key + " has a share of " + share(key) + ", below " + minimumShare + "; seen " + this);
    }
    return this;
  }

  /**
   * The counts, sorted by class name.
   *
   * @return a readable table
   */
  @Override
  public String toString() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(String.valueOf(k), v));
    return sorted.toString();
  }
}
