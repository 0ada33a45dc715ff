package org.migov.testkit;

/**
 * A property that did not hold: the seed that replays the run, the try that failed, the original
 * counterexample and the shrunk one. The cause is the failure of the shrunk counterexample.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  /** The longest rendering of a counterexample kept in the message, in chars. */
  static final int MAX_RENDERED = 4000;

  /** The seed of the run. */
  private final long seed;

  /** The failing try, from 1. */
  private final int tryNumber;

  /** The counterexample as first found. */
  private final transient Object original;

  /** The counterexample after shrinking. */
  private final transient Object shrunk;

  PropertyFailure(
      long seed, int tryNumber, int tries, int size, Object original, Object shrunk, int shrinkSteps, Throwable cause) {
    super(message(seed, tryNumber, tries, size, original, shrunk, shrinkSteps, cause), cause);
    this.seed = seed;
    this.tryNumber = tryNumber;
    this.original = original;
    this.shrunk = shrunk;
  }

  private static String message(
      long seed, int tryNumber, int tries, int size, Object original, Object shrunk, int steps, Throwable cause) {
    return "Property failed on try "
        + tryNumber
        + " of "
        + tries
        + " (seed "
        + seed
        + ", size "
        + size
        + ")\n  original counterexample: "
        + render(original)
        + "\n  shrunk counterexample ("
        + steps
        + " shrink steps): "
        + render(shrunk)
        + "\n  failure: "
        + cause
        + "\n  replay with -D"
        + Property.SEED_PROPERTY
        + "="
        + seed
        + " or .withSeed("
        + seed
        + "L)";
  }

  private static String render(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_RENDERED
        ? text
        : text.substring(0, MAX_RENDERED) + "...(" + text.length() + " chars)";
  }

  /**
   * The seed that replays the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The try that failed, counting from 1.
   *
   * @return the try number
   */
  public int tryNumber() {
    return tryNumber;
  }

  /**
   * The counterexample as first found.
   *
   * @return the original value (a list {@code [a, b]} for two generators)
   */
  public Object original() {
    return original;
  }

  /**
   * The counterexample after shrinking.
   *
   * @return the shrunk value (a list {@code [a, b]} for two generators)
   */
  public Object shrunk() {
    return shrunk;
  }
}
