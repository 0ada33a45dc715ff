package org.migov.core.time;

/**
 * The honest answer to "does this date come before that one?" when dates may be partial.
 *
 * <p>A partial date stands for every day it may be: {@code 1951} for any day of 1951. Two
 * dates are in a certain order only when every day of one precedes every day of the other;
 * otherwise the answer is {@link #UNDETERMINED}. Rules fire only on certain answers.
 */
public enum DateOrder {
  /** Every day the first date may be precedes every day the second may be. */
  BEFORE,
  /** Every day the first date may be follows every day the second may be. */
  AFTER,
  /**
   * The dates share at least one possible day: either order is possible, or both are the same
   * known day. {@code 1951} against {@code 1951-06-01} is undetermined, and so is
   * {@code 2024-07-02} against itself.
   */
  UNDETERMINED
}
