package org.migov.testkit;

/**
 * Thrown when a generator cannot produce a value: a filter rejected too many candidates, a set
 * could not find enough distinct elements, or a bound is inconsistent.
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be generated, and why
   */
  public GenerationException(String message) {
    super(message);
  }
}
