package org.migov.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values of type {@code T}, drawing from {@link Choices}.
 *
 * <p>A generator is a pure function of its choices: the same choices give the same value, so a
 * seed replays a run exactly and the {@link Property} runner can shrink a counterexample by
 * replaying simpler choices. Generators are immutable and can be shared across threads; each run
 * uses its own {@link Choices}.
 *
 * <p>Any property engine can drive a generator through {@link #sample(RandomGenerator, int)}.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many candidates {@link #filter(Predicate)} tries before it gives up. */
  int DEFAULT_FILTER_TRIES = 100;

  /**
   * Generates a value.
   *
   * @param choices where to draw from
   * @return the value
   * @throws GenerationException if no value can be generated from these choices
   */
  T generate(Choices choices);

  /**
   * Values simpler than a failing one, for the {@link Property} runner to try once it has shrunk
   * the choices: a generator that knows its values' structure (such as
   * {@link DatasetGens#valid(java.time.LocalDate)}, which drops whole entities) proposes them here;
   * each must be a value the generator could give. By default there are none; the generators that
   * {@link #map} and the other combinators return have none either.
   *
   * @param value a value of this generator on which a property failed
   * @return candidates, simplest first; possibly empty
   */
  default List<T> simpler(T value) {
    return List.of();
  }

  /**
   * Generates a value from a plain random generator, for use from any property engine.
   *
   * @param random the randomness
   * @param size how big the value may get, 0 or more
   * @return the value
   */
  default T sample(RandomGenerator random, int size) {
    return generate(Choices.random(random, size));
  }

  /**
   * Generates values reproducibly: the same seed gives the same values.
   *
   * @param seed the seed
   * @param count how many values
   * @param size how big they may get
   * @return the values, in order
   */
  default List<T> samples(long seed, int count, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(sample(random, size));
    }
    return values;
  }

  /**
   * Transforms each value.
   *
   * @param mapper the transformation
   * @param <R> the type of transformed values
   * @return the new generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return choices -> mapper.apply(generate(choices));
  }

  /**
   * Uses each value to choose the next generator.
   *
   * @param mapper from a value to the generator to draw from next
   * @param <R> the type of generated values
   * @return the new generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return choices -> mapper.apply(generate(choices)).generate(choices);
  }

  /**
   * Keeps only values that pass a test, trying up to {@value #DEFAULT_FILTER_TRIES} candidates.
   *
   * @param predicate the test
   * @return the new generator
   * @see #filter(Predicate, int)
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, DEFAULT_FILTER_TRIES);
  }

  /**
   * Keeps only values that pass a test. Prefer generating valid values directly: a filter that
   * rejects most candidates wastes time, and one that rejects all fails.
   *
   * @param predicate the test
   * @param maxTries how many candidates to try for one value, 1 or more
   * @return the new generator
   * @throws GenerationException from the generator, when {@code maxTries} candidates in a row
   *     are rejected
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be >= 1, was " + maxTries);
    }
    return choices -> {
      for (int i = 0; i < maxTries; i++) {
        T candidate = generate(choices);
        if (predicate.test(candidate)) {
          return candidate;
        }
      }
      throw new GenerationException(
          "the filter rejected " + maxTries + " candidates in a row: generate valid values directly");
    };
  }

  /**
   * Lists of this generator's values.
   *
   * @param minSize the fewest elements, 0 or more
   * @param maxSize the most elements
   * @return the list generator
   */
  default Gen<List<T>> list(int minSize, int maxSize) {
    return Gens.lists(this, minSize, maxSize);
  }

  /**
   * Sets of distinct values of this generator.
   *
   * @param minSize the fewest elements, 0 or more
   * @param maxSize the most elements
   * @return the set generator
   */
  default Gen<Set<T>> set(int minSize, int maxSize) {
    return Gens.sets(this, minSize, maxSize);
  }

  /**
   * Optional values: empty about one time in four, and empty when shrunk.
   *
   * @return the optional generator
   */
  default Gen<Optional<T>> optional() {
    return Gens.optionals(this);
  }
}
