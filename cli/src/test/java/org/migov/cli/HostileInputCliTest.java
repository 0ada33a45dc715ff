package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migov validate} against inputs made to flood the report, hide where a problem is, forge
 * lines on a terminal or break one input among several.
 */
class HostileInputCliTest {
  /** What must never reach a terminal raw: controls but line feed, C1, format characters, separators. */
  private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\p{Cf}\\u2028\\u2029]");

  private static String organisation(String id, String acronym) {
    return "{\"id\":\"" + id + "\",\"name\":{\"en\":\"N\"},\"acronym\":{\"en\":\"" + acronym + "\"}}";
  }

  private static String envelope(String... organisations) {
    return "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[" + String.join(",", organisations) + "]}";
  }

  @Test
  void pastMaxFindingsTheRestIsCountedAndTheExitCodeStillSaysError() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      lines.append("{\"entity\":\"organisation\",\"id\":\"o").append(i).append("\"}\n");
    }
    CliRun run = CliRun.withInput(lines.toString(), "validate", "--max-findings", "3", "-");
    assertEquals(1, run.exitCode, run.toString());
    assertEquals(3, run.out.lines().filter(l -> l.startsWith("-:")).count(), run.toString());
    assertTrue(run.out.contains("7 more findings not shown (--max-findings 3)"), run.toString());
    assertTrue(run.out.contains("10 errors"), run.toString());
    CliRun json = CliRun.withInput(lines.toString(), "validate", "--max-findings", "0", "--format", "json", "-");
    assertEquals(1, json.exitCode, json.toString());
    assertTrue(json.out.contains("\"errors\":10"), json.toString());
    assertTrue(json.out.contains("\"omittedFindings\":10"), json.toString());
    assertTrue(json.out.contains("\"findings\":[]"), json.toString());
  }

  @Test
  void aNegativeMaxFindingsIsWrongUsage() {
    CliRun run = CliRun.withInput("", "validate", "--max-findings", "-1", "-");
    assertEquals(Migov.USAGE, run.exitCode, run.toString());
  }

  @Test
  void theViolationsOfADuplicatedEntityAreLocatedAtThatEntity(@TempDir Path dir) throws IOException {
    Path document = dir.resolve("dup.json");
    Files.writeString(document, envelope(organisation("x", "OK"), organisation("y", "OK"), organisation("x", "?")));
    CliRun run = CliRun.of("validate", document.toString());
    assertTrue(run.out.contains("DS-001 organisation x at /organisations/2/id"), run.toString());
    assertTrue(run.out.contains("ORG-001 organisation x at /organisations/2/acronym/en"), run.toString());
    assertFalse(run.out.contains("/organisations/0"), run.toString());
    String lines = "{\"entity\":\"organisation\"," + organisation("x", "OK").substring(1) + "\n"
        + "{\"entity\":\"organisation\"," + organisation("y", "OK").substring(1) + "\n"
        + "{\"entity\":\"organisation\"," + organisation("x", "?").substring(1) + "\n";
    CliRun stream = CliRun.withInput(lines, "validate", "-");
    assertTrue(stream.out.contains("-:3: ERROR ORG-001 organisation x at /acronym/en"), stream.toString());
    assertTrue(stream.out.contains("-:3: ERROR DS-001 organisation x at /id"), stream.toString());
  }

  @Test
  void controlFormatAndSeparatorCharactersAreEscapedEverywhere(@TempDir Path dir) throws IOException {
    // A property name with CR LF and ESC, a bidi override in a value and in a name, an id with U+202E.
    String key = "\\u000d\\u000aforged: ERROR\\u001b[2J\\u202e";
    Path file = dir.resolve("in\u001b[31m\u202efile.json");
    Files.writeString(file, envelope(
        "{\"id\":\"a\",\"name\":{\"en\":\"N\"},\"" + key + "\":1}",
        "{\"id\":\"iom-\\u202eevil\\u202c-office\",\"name\":{\"en\":\"N\"}}",
        "{\"id\":\"b\",\"name\":{\"en\":\"N\",\"x\\u2028y\":\"t\"}}"));
    for (String format : new String[] {"text", "json"}) {
      CliRun run = CliRun.of("validate", "--format", format, file.toString(), dir.resolve("missing\u2028\u0007.json").toString());
      assertFalse(UNSAFE.matcher(run.out).find(), format + ": " + visible(run.out));
      assertFalse(UNSAFE.matcher(run.err).find(), format + ": " + visible(run.err));
      assertFalse(run.out.contains("\r"), format);
      assertTrue(run.out.contains("\\u202e") || run.out.contains("\\u202E"), visible(run.out));
      assertEquals(2, run.exitCode, run.toString());
    }
  }

  @Test
  void oneInputThatFailsInsideMigovDoesNotLoseTheOthers(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(good, envelope(organisation("x", "?")));
    InputStream failing = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("a bug\u001b[2J");
      }
    };
    CliRun run = CliRun.withInput(failing, "validate", "-", good.toString());
    assertEquals(Migov.SOFTWARE, run.exitCode, run.toString());
    assertTrue(run.out.contains("-: ERROR INTERNAL: internal error, please report it"), run.toString());
    assertTrue(run.out.contains(good + ":1: ERROR ORG-001 organisation x"), run.toString());
    assertTrue(run.out.contains("2 inputs"), run.toString());
    assertTrue(run.err.contains("migov: -: internal error, please report it"), run.toString());
    assertFalse(UNSAFE.matcher(run.err).find(), visible(run.err));
  }

  @Test
  void maxFindingsCountsUnreadableInputsToo(@TempDir Path dir) {
    CliRun none = CliRun.of("validate", "--max-findings", "0", dir.resolve("a").toString(), dir.resolve("b").toString());
    assertEquals(Migov.UNREADABLE, none.exitCode, none.toString());
    assertFalse(none.out.contains("ERROR INPUT"), none.toString());
    assertTrue(none.out.contains("2 more findings not shown (--max-findings 0)"), none.toString());
    assertTrue(none.err.contains("cannot be read"), "standard error still says why: " + none);
    CliRun one = CliRun.of("validate", "--max-findings", "1", dir.resolve("a").toString(), dir.resolve("b").toString());
    assertEquals(1, one.out.lines().filter(l -> l.contains("ERROR INPUT")).count(), one.toString());
    assertTrue(one.out.contains("1 more finding not shown (--max-findings 1)"), one.toString());
  }

  @Test
  void deleteIsEscapedInJsonOutput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("del\u007f.json");
    Files.writeString(file, envelope("{\"id\":\"a\",\"name\":{\"en\":\"N\"},\"z\u007fz\":1}"));
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    assertFalse(UNSAFE.matcher(run.out).find(), visible(run.out));
    assertTrue(run.out.contains("z\\u007Fz") || run.out.contains("z\\u007fz"), run.out);
  }

  @Test
  void usageErrorsAreEscaped() {
    for (String[] args : new String[][] {
        {"validate", "--max-findings", "1\u001b[31m\u202e", "x"},
        {"validate", "--as-of", "2020\u001b[2J", "x"},
        {"validate", "--bogus\u001b]0;pwn\u0007"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(Migov.USAGE, run.exitCode, run.toString());
      assertFalse(UNSAFE.matcher(run.err).find(), visible(run.err));
      assertFalse(UNSAFE.matcher(run.out).find(), visible(run.out));
    }
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0 || Character.getType(c) == Character.FORMAT
        ? String.format("<%04x>", c) : new String(Character.toChars(c))));
    return out.toString();
  }

}
