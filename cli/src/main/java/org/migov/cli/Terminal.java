package org.migov.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The streams a command works with, and whether it may show progress on standard error.
 *
 * <p>A {@link PrintWriter} never throws: it keeps an {@link IOException} to itself. So the
 * terminal writes standard output through a {@link Watched} stream that remembers the first
 * failure, and {@link #outputFailure()} tells, after a last flush, whether everything got through.
 */
final class Terminal {
  final InputStream in;
  final PrintWriter out;
  final PrintWriter err;
  final boolean progress;
  private final Watched stdout;

  Terminal(InputStream in, OutputStream out, PrintWriter err, boolean progress) {
    this.in = in;
    this.stdout = new Watched(out);
    // Standard output stays open to the end of the run: closing it (a JSON generator closes its
    // target) only flushes it, so what comes after is still written, and failures still seen.
    this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true) {
      @Override
      public void close() {
        flush();
      }
    };
    this.err = err;
    this.progress = progress;
  }

  /**
   * Flushes standard output, then tells whether everything written to it got through.
   *
   * @return empty if it did; else why not: the message of the first failure, empty when the
   *     stream does not say (a {@link PrintStream} only tells that something failed)
   */
  Optional<String> outputFailure() {
    out.flush();
    if (stdout.failure != null) {
      return Optional.of(Optional.ofNullable(stdout.failure.getMessage()).orElse(""));
    }
    if (out.checkError() || (stdout.target instanceof PrintStream && ((PrintStream) stdout.target).checkError())) {
      return Optional.of("");
    }
    return Optional.empty();
  }

  /**
   * Standard output as bytes, for output that is not text of this terminal's (an XML file): what
   * the text writer holds is flushed first, failures are remembered as for text, and closing it
   * only flushes it.
   */
  OutputStream bytes() {
    out.flush();
    return new FilterOutputStream(stdout) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        stdout.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
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

  /**
   * An output stream that remembers its first failure and, from then on, writes nothing more:
   * an output with a hole in the middle would be worse than a cut one.
   */
  private static final class Watched extends FilterOutputStream {
    final OutputStream target;
    IOException failure;

    Watched(OutputStream target) {
      super(target);
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      check();
      try {
        target.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check();
      try {
        target.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      check();
      try {
        target.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }

    private IOException failed(IOException e) {
      failure = e;
      return e;
    }
  }
}
