package org.migov.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/** The streams a command works with, and whether it may show progress on standard error. */
final class Terminal {
  final InputStream in;
  final PrintWriter out;
  final PrintWriter err;
  final boolean progress;

  Terminal(InputStream in, PrintWriter out, PrintWriter err, boolean progress) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Whether the process's standard error is likely an interactive terminal. Java has no direct
   * test: a console exists only when standard input and output are terminals, and from Java 22
   * {@code Console.isTerminal()} says whether it is really one.
   */
  static boolean stderrIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
