package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A standard output that fails, at once or part way, is an error for every command: exit 74, one line. */
class OutputFailureTest {
  private static final String VALID = CliRun.resource("valid.json");
  private static final String INVALID = CliRun.resource("invalid.json");

  /** Every kind of output, with the exit code each has when the output gets through. */
  private static final List<String[]> COMMANDS = List.of(
      new String[] {"catalog", "--as-of", "2026-11-22"},
      new String[] {"catalog", "--format", "json"},
      new String[] {"validate", "--as-of", "2026-11-22", VALID},
      new String[] {"validate", "--as-of", "2026-11-22", "--format", "json", INVALID},
      new String[] {"rules"},
      new String[] {"rules", "--lang", "it"},
      new String[] {"schema"},
      new String[] {"--help"},
      new String[] {"catalog", "--help"},
      new String[] {"validate", "--help"},
      new String[] {"rules", "--help"},
      new String[] {"schema", "--help"},
      new String[] {"--version"},
      new String[] {"validate", "--version"});

  /** An output stream that takes a number of bytes, then throws on every write (or only once). */
  private static final class Failing extends OutputStream {
    final ByteArrayOutputStream taken = new ByteArrayOutputStream();
    private final int capacity;
    private final String message;
    private final boolean once;
    private boolean failed;

    Failing(int capacity, String message, boolean once) {
      this.capacity = capacity;
      this.message = message;
      this.once = once;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (once && failed) {
        taken.write(b, off, len);
        return;
      }
      int room = Math.max(0, capacity - taken.size());
      taken.write(b, off, Math.min(room, len));
      if (len > room) {
        failed = true;
        throw new IOException(message);
      }
    }
  }

  private static void assertOneLineNoStackTrace(CliRun run) {
    assertEquals(1, run.err.lines().count(), run.toString());
    assertTrue(run.err.startsWith("migov: "), run.toString());
    assertTrue(run.err.endsWith("\n"), run.toString());
    assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), run.toString());
  }

  @Test
  void everyCommandFailsWithExit74WhenStandardOutputFails() {
    for (String[] args : COMMANDS) {
      CliRun normal = CliRun.of(args);
      byte[] expected = normal.out.getBytes(StandardCharsets.UTF_8);
      assertTrue(expected.length > 20, Arrays.toString(args) + ": " + normal);
      for (int capacity : new int[] {0, 10, expected.length / 2, expected.length - 1}) {
        String what = Arrays.toString(args) + " into " + capacity + " of " + expected.length + " bytes";
        Failing stdout = new Failing(capacity, "No space left on device", false);
        CliRun run = CliRun.writingTo(new PrintStream(stdout, true, StandardCharsets.UTF_8), args);
        assertEquals(Migov.IO_ERROR, run.exitCode, what + "\n" + run);
        assertEquals("migov: cannot write the output\n", run.err.replace(System.lineSeparator(), "\n"), what);
        assertOneLineNoStackTrace(run);
        assertArrayEquals(Arrays.copyOf(expected, capacity), stdout.taken.toByteArray(), what);
      }
    }
  }

  @Test
  void anOutputThatFitsExactlyIsNoFailure() {
    for (String[] args : COMMANDS) {
      CliRun normal = CliRun.of(args);
      byte[] expected = normal.out.getBytes(StandardCharsets.UTF_8);
      Failing stdout = new Failing(expected.length, "No space left on device", false);
      CliRun run = CliRun.writingTo(new PrintStream(stdout, true, StandardCharsets.UTF_8), args);
      assertEquals(normal.exitCode, run.exitCode, Arrays.toString(args) + "\n" + run);
      assertEquals(normal.err, run.err, Arrays.toString(args));
      assertArrayEquals(expected, stdout.taken.toByteArray(), Arrays.toString(args));
    }
  }

  @Test
  void theFailureOfAPlainStreamIsNamed() {
    for (String[] args : COMMANDS) {
      for (int capacity : new int[] {0, 10}) {
        Failing stdout = new Failing(capacity, "No space left on device", false);
        CliRun run = CliRun.writingTo(stdout, args);
        assertEquals(Migov.IO_ERROR, run.exitCode, Arrays.toString(args) + "\n" + run);
        assertEquals("migov: cannot write the output: No space left on device\n",
            run.err.replace(System.lineSeparator(), "\n"), Arrays.toString(args));
        assertOneLineNoStackTrace(run);
      }
    }
  }

  @Test
  void theFailureMessageIsEscaped() {
    Failing stdout = new Failing(0, "disk full\u001b[2J\nmigov: all good\u202e", false);
    CliRun run = CliRun.writingTo(stdout, "schema");
    assertEquals(Migov.IO_ERROR, run.exitCode, run.toString());
    assertEquals("migov: cannot write the output: disk full\\u001b[2J\\u000amigov: all good\\u202e",
        run.err.strip(), run.toString());
    assertOneLineNoStackTrace(run);
  }

  @Test
  void afterAFailureNothingMoreIsWritten() {
    // The stream fails once, then would take everything again: the output must not go on past the hole.
    Failing stdout = new Failing(100, "Resource temporarily unavailable", true);
    CliRun run = CliRun.writingTo(stdout, "catalog", "--format", "json");
    assertEquals(Migov.IO_ERROR, run.exitCode, run.toString());
    assertEquals(100, stdout.taken.size());
    assertOneLineNoStackTrace(run);
  }

  @Test
  void theExitCodeIsDocumented() {
    assertTrue(CliRun.of("--help").out.contains("74 cannot write the output"));
  }
}
