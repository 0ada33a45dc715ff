package org.migov.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The source a {@link Gen} draws from: a sequence of choices, each a number from 0 to a bound,
 * plus a size that scales how big generated values get.
 *
 * <p>Every choice is recorded. Shrinking replays a simplified record (fewer choices, smaller
 * numbers), so every generator, however it is composed, shrinks for free: by convention choice 0
 * is the simplest outcome (the shortest list, the smallest number, the first alternative). A
 * replayed record that runs out answers 0.
 *
 * <p>Instances are mutable and confined to one thread: a generator run uses its own.
 */
public final class Choices {
  private final RandomGenerator random;
  private final List<Long> replay;
  private final List<Long> recorded = new ArrayList<>();
  private final int size;
  private final int maxChoices;

  private Choices(RandomGenerator random, List<Long> replay, int size, int maxChoices) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.random = random;
    this.replay = replay;
    this.size = size;
    this.maxChoices = maxChoices;
  }

  /**
   * Choices drawn from a random generator, such as {@code new SplittableRandom(seed)} or a
   * property engine's own source.
   *
   * @param random where the randomness comes from
   * @param size how big generated values may get, 0 or more (the runner uses 0 to 100)
   * @return fresh choices
   */
  public static Choices random(RandomGenerator random, int size) {
    return new Choices(Objects.requireNonNull(random, "random"), null, size, Integer.MAX_VALUE);
  }

  /** Replays recorded choices; 0 past their end. Used by the shrinker. */
  static Choices replay(List<Long> choices, int size, int maxChoices) {
    return new Choices(null, choices, size, maxChoices);
  }

  /**
   * The size: how big generated values may get.
   *
   * @return the size, 0 or more
   */
  public int size() {
    return size;
  }

  /**
   * Draws a number from 0 to {@code bound}, both included; 0 is the simplest outcome.
   *
   * @param bound the largest number, 0 or more
   * @return the number drawn
   * @throws IllegalArgumentException if the bound is negative
   * @throws GenerationException if a replay makes more choices than allowed
   */
  public long draw(long bound) {
    if (bound < 0) {
      throw new IllegalArgumentException("bound must be >= 0, was " + bound);
    }
    if (recorded.size() >= maxChoices) {
      throw new GenerationException("a replay made more than " + maxChoices + " choices");
    }
    long value;
    if (replay == null) {
      value = bound == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(bound + 1);
    } else {
      int index = recorded.size();
      value = index < replay.size() ? Math.min(replay.get(index), bound) : 0;
    }
    recorded.add(value);
    return value;
  }

  /**
   * Draws a number from 0 to {@code bound}, both included.
   *
   * @param bound the largest number, 0 or more
   * @return the number drawn
   */
  public int drawInt(int bound) {
    return (int) draw(bound);
  }

  /**
   * Draws true with about the given odds; false is the simpler outcome.
   *
   * @param oneIn true comes once in this many draws, 1 or more (1 is always true)
   * @return the outcome
   */
  public boolean drawTrueOneIn(int oneIn) {
    if (oneIn < 1) {
      throw new IllegalArgumentException("oneIn must be >= 1, was " + oneIn);
    }
    long value = draw(oneIn - 1L);
    return oneIn == 1 ? value == 0 : value == oneIn - 1L;
  }

  /** The choices made so far. */
  List<Long> recorded() {
    return Collections.unmodifiableList(recorded);
  }
}
