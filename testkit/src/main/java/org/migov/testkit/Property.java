package org.migov.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Runs a property over generated values, from any test framework:
 *
 * <pre>{@code
 * Property.forAll(EntityGens.programmes())
 *     .withTries(200)
 *     .check(programme -> assertFalse(programme.title().languages().isEmpty()));
 * }</pre>
 *
 * <p>Each try draws from its own stream, derived from one seed, with a size growing from 0 to
 * {@link #withMaxSize(int) the maximum size}. The property fails when it throws (an assertion
 * error or any other exception). The runner then shrinks the counterexample, replaying simpler
 * choices while the property still fails the same way, then tries the simpler values the
 * generator proposes for it ({@link Gen#simpler}: whole entities of a dataset dropped first), each
 * phase within {@link #withShrinkBudget(int) the shrinking budget}, and
 * throws a {@link PropertyFailure} giving the seed, the try, the original and the shrunk
 * counterexample.
 *
 * <p>The seed is random unless fixed with {@link #withSeed(long)} or the system property
 * {@value #SEED_PROPERTY}; the number of tries is {@value #DEFAULT_TRIES} unless set with
 * {@link #withTries(int)} or the system property {@value #TRIES_PROPERTY}. The same seed replays
 * a run exactly.
 *
 * <p>Instances are immutable and thread-safe; {@code with*} methods return copies.
 *
 * @param <T> the type of generated values
 */
public final class Property<T> {
  /** The system property that fixes the seed of every run. */
  public static final String SEED_PROPERTY = "migov.testkit.seed";

  /** The system property that sets the number of tries of every run. */
  public static final String TRIES_PROPERTY = "migov.testkit.tries";

  /** Tries per run unless configured. */
  public static final int DEFAULT_TRIES = 100;

  /** The largest size unless configured. */
  public static final int DEFAULT_MAX_SIZE = 100;

  /** Property runs allowed for shrinking unless configured. */
  public static final int DEFAULT_SHRINK_BUDGET = 2000;

  /**
   * A property of one value: holds unless it throws.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks the property for one value.
     *
     * @param value the generated value
     * @throws Throwable when the property does not hold
     */
    void check(T value) throws Throwable;
  }

  /**
   * A property of two values: holds unless it throws.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   */
  @FunctionalInterface
  public interface Check2<A, B> {
    /**
     * Checks the property for two values.
     *
     * @param first the first generated value
     * @param second the second generated value
     * @throws Throwable when the property does not hold
     */
    void check(A first, B second) throws Throwable;
  }

  private final Gen<T> gen;
  private final Long seed;
  private final Integer tries;
  private final int maxSize;
  private final int shrinkBudget;

  private Property(Gen<T> gen, Long seed, Integer tries, int maxSize, int shrinkBudget) {
    this.gen = gen;
    this.seed = seed;
    this.tries = tries;
    this.maxSize = maxSize;
    this.shrinkBudget = shrinkBudget;
  }

  /**
   * A property over the values of one generator.
   *
   * @param gen the generator
   * @param <T> the type of values
   * @return the property, ready to {@link #check(Check)}
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), null, null, DEFAULT_MAX_SIZE, DEFAULT_SHRINK_BUDGET);
  }

  /**
   * A property over pairs of values of two generators; values are reported as {@code [a, b]}.
   *
   * @param first the first generator
   * @param second the second generator
   * @param <A> the first type
   * @param <B> the second type
   * @return the property, ready to {@link Pair#check(Check2)}
   */
  public static <A, B> Pair<A, B> forAll(Gen<A> first, Gen<B> second) {
    return new Pair<>(forAll(Gens.zip(first, second)));
  }

  /**
   * A copy with a fixed seed, to replay a run.
   *
   * @param newSeed the seed
   * @return the copy
   */
  public Property<T> withSeed(long newSeed) {
    return new Property<>(gen, newSeed, tries, maxSize, shrinkBudget);
  }

  /**
   * A copy with another number of tries.
   *
   * @param newTries the number of tries, 1 or more
   * @return the copy
   */
  public Property<T> withTries(int newTries) {
    if (newTries < 1) {
      throw new IllegalArgumentException("tries must be >= 1, was " + newTries);
    }
    return new Property<>(gen, seed, newTries, maxSize, shrinkBudget);
  }

  /**
   * A copy with another largest size; sizes grow from 0 to it over the tries.
   *
   * @param newMaxSize the largest size, 0 or more
   * @return the copy
   */
  public Property<T> withMaxSize(int newMaxSize) {
    if (newMaxSize < 0) {
      throw new IllegalArgumentException("max size must be >= 0, was " + newMaxSize);
    }
    return new Property<>(gen, seed, tries, newMaxSize, shrinkBudget);
  }

  /**
   * A copy with another shrinking budget.
   *
   * @param runs how many property runs shrinking may use, 0 to not shrink
   * @return the copy
   */
  public Property<T> withShrinkBudget(int runs) {
    if (runs < 0) {
      throw new IllegalArgumentException("shrink budget must be >= 0, was " + runs);
    }
    return new Property<>(gen, seed, tries, maxSize, runs);
  }

  /**
   * Runs the property.
   *
   * @param property the property: holds unless it throws
   * @throws PropertyFailure when a try fails, after shrinking
   * @throws GenerationException when the generator cannot produce a value or throws; the message
   *     gives the seed and the cause is the generator's exception
   */
  public void check(Check<? super T> property) {
    Objects.requireNonNull(property, "property");
    long runSeed = seed != null ? seed : seedFromSystem();
    int runTries = tries != null ? tries : triesFromSystem();
    SplittableRandom master = new SplittableRandom(runSeed);
    for (int i = 0; i < runTries; i++) {
      int size = runTries == 1 ? maxSize : (int) ((long) maxSize * i / (runTries - 1));
      Choices choices = Choices.random(master.split(), size);
      T value;
      try {
        value = gen.generate(choices);
      } catch (RuntimeException e) {
        GenerationException withSeed =
            new GenerationException(
                "the generator failed: " + e.getMessage() + " (seed " + runSeed + ", try " + (i + 1) + ")");
        withSeed.initCause(e);
        throw withSeed;
      }
      Throwable failure = run(property, value);
      if (failure != null) {
        Shrinker.Run<T> original = new Shrinker.Run<>(List.copyOf(choices.recorded()), value, failure);
        int shrinkSize = size;
        int maxChoices = original.choices.size() * 2 + 16;
        Shrinker<T> shrinker =
            new Shrinker<>(original, candidate -> replay(property, candidate, shrinkSize, maxChoices), shrinkBudget);
        Shrinker.Run<T> shrunk = shrinker.shrink();
        T simplest = shrunk.value;
        Throwable simplestFailure = shrunk.failure;
        int steps = shrinker.steps();
        int runs = 0;
        // Then the generator's own simplifications of the value, while the property fails the same
        // way, with a budget of their own.
        boolean improved = true;
        while (improved && runs < shrinkBudget) {
          improved = false;
          for (T candidate : gen.simpler(simplest)) {
            if (runs++ >= shrinkBudget) {
              break;
            }
            Throwable candidateFailure = run(property, candidate);
            if (candidateFailure != null && candidateFailure.getClass() == simplestFailure.getClass()) {
              simplest = candidate;
              simplestFailure = candidateFailure;
              steps++;
              improved = true;
              break;
            }
          }
        }
        throw new PropertyFailure(runSeed, i + 1, runTries, size, value, simplest, steps, simplestFailure);
      }
    }
  }

  private Shrinker.Run<T> replay(Check<? super T> property, List<Long> candidate, int size, int maxChoices) {
    Choices choices = Choices.replay(candidate, size, maxChoices);
    T value;
    try {
      value = gen.generate(choices);
    } catch (RuntimeException e) {
      return null;
    }
    return new Shrinker.Run<>(List.copyOf(choices.recorded()), value, run(property, value));
  }

  private static <T> Throwable run(Check<? super T> property, T value) {
    try {
      property.check(value);
      return null;
    } catch (Throwable failure) {
      if (failure instanceof VirtualMachineError) {
        throw (VirtualMachineError) failure;
      }
      return failure;
    }
  }

  private static long seedFromSystem() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      try {
        return Long.parseLong(fixed.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SEED_PROPERTY + " must be a long, was " + fixed, e);
      }
    }
    return new SplittableRandom().nextLong();
  }

  private static int triesFromSystem() {
    String configured = System.getProperty(TRIES_PROPERTY);
    if (configured == null || configured.isBlank()) {
      return DEFAULT_TRIES;
    }
    try {
      int value = Integer.parseInt(configured.strip());
      if (value < 1) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + " must be a positive int, was " + configured, e);
    }
  }

  /**
   * A property over pairs of values of two generators.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @param <A> the first type
   * @param <B> the second type
   */
  public static final class Pair<A, B> {
    private final Property<List<Object>> property;

    private Pair(Property<List<Object>> property) {
      this.property = property;
    }

    /**
     * A copy with a fixed seed.
     *
     * @param seed the seed
     * @return the copy
     */
    public Pair<A, B> withSeed(long seed) {
      return new Pair<>(property.withSeed(seed));
    }

    /**
     * A copy with another number of tries.
     *
     * @param tries the number of tries, 1 or more
     * @return the copy
     */
    public Pair<A, B> withTries(int tries) {
      return new Pair<>(property.withTries(tries));
    }

    /**
     * Runs the property.
     *
     * @param check the property: holds unless it throws
     * @throws PropertyFailure when a try fails, after shrinking
     */
    @SuppressWarnings("unchecked")
    public void check(Check2<? super A, ? super B> check) {
      property.check(pair -> check.check((A) pair.get(0), (B) pair.get(1)));
    }
  }
}
