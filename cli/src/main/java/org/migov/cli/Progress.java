package org.migov.cli;

import java.io.PrintWriter;
import org.migov.core.InvalidValueException;

/**
 * Entities read so far and their rate, redrawn on one line of standard error at most once a
 * second, and only when standard error is a terminal; never on standard output.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final String input;
  private final long start = System.nanoTime();
  private long last = start;
  private long count;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled, String input) {
    this.err = err;
    this.enabled = enabled;
    this.input = InvalidValueException.escape(input);
  }

  /** Counts one more entity. */
  void entity() {
    count++;
    if (enabled && (count & 0x3FF) == 0) {
      long now = System.nanoTime();
      if (now - last >= INTERVAL_NANOS) {
        last = now;
        shown = true;
        err.print("\r" + input + ": " + count + " entities, " + rate(now) + " entities/s   ");
        err.flush();
      }
    }
  }

  /** Clears the progress line, if one was drawn. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(input.length() + 60) + "\r");
      err.flush();
    }
  }

  private long rate(long now) {
    double seconds = (now - start) / 1e9;
    return seconds <= 0 ? count : Math.round(count / seconds);
  }
}
