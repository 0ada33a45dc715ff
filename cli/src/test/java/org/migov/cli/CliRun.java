package org.migov.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of {@code migov}: its exit code, standard output and standard error. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliRun of(String... args) {
    return withInput(new byte[0], args);
  }

  static CliRun withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun withInput(byte[] stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin), args);
  }

  static CliRun withInput(java.io.InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Migov.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A run through {@link Migov#run(String[], java.io.InputStream, PrintStream, PrintStream, boolean)} whose
   * standard output is {@code stdout}; {@link #out} is then empty. */
  static CliRun writingTo(PrintStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Migov.run(args, new ByteArrayInputStream(new byte[0]), stdout,
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
  }

  /** A run whose standard output is {@code stdout}, a plain stream as {@code main} has; {@link #out} is then empty. */
  static CliRun writingTo(OutputStream stdout, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Migov.run(args, new ByteArrayInputStream(new byte[0]), stdout,
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
  }

  /** The path of a test resource of this package. */
  static String resource(String name) {
    try {
      return Path.of(CliRun.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
