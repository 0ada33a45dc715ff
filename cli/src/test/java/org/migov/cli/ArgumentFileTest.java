package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** picocli's {@code @FILE} expansion is off: {@code @x} is the name of an input, like any other. */
class ArgumentFileTest {
  private static final String VALID = CliRun.resource("valid.json");

  private static void assertUnreadable(CliRun run, String input) {
    assertEquals(Migov.UNREADABLE, run.exitCode, run.toString());
    assertEquals("migov: " + input + ": cannot be read: no such file", run.err.strip(), run.toString());
    assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), run.toString());
  }

  @Test
  void anArgumentFileIsNotExpanded(@TempDir Path dir) throws IOException {
    // Expanded, this file would name a valid input, and the exit code would be 0.
    Path arguments = Files.writeString(dir.resolve("arguments"), VALID + "\n");
    String input = "@" + arguments;
    assertUnreadable(CliRun.of("validate", "--as-of", "2026-11-22", input), input);
  }

  @Test
  void anAtDirectoryIsAnUnreadableInput(@TempDir Path dir) {
    String input = "@" + dir;
    assertUnreadable(CliRun.of("validate", input), input);
  }

  @Test
  void atDevZeroReturnsPromptly() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of("validate", "@/dev/zero"));
    assertUnreadable(run, "@/dev/zero");
  }
}
