package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  private static final String VALID = CliRun.resource("valid.json");
  private static final String INVALID = CliRun.resource("invalid.json");
  private static final String STREAM = CliRun.resource("stream.jsonl");
  private static final String TRUNCATED = CliRun.resource("truncated.json");

  private static List<String> lines(String text) {
    return text.lines().collect(Collectors.toList());
  }

  private static void assertNoStackTrace(CliRun run) {
    assertFalse(run.out.contains("\tat ") || run.err.contains("\tat "), run.toString());
    assertFalse(run.err.contains("Exception"), run.toString());
  }

  @Test
  void aValidDatasetWithAWarningExitsZero() {
    CliRun run = CliRun.of("validate", "--as-of", "2026-11-22", VALID);
    assertEquals(0, run.exitCode, run.toString());
    assertEquals(List.of(
        VALID + ":6: WARNING OFF-002 office iom-georgetown at /offices/0/location/country: "
            + "Office \"iom-georgetown\": the host country GY lies outside the area of responsibility.",
        "1 input, 4 entities: no error, 1 warning (reference date 2026-11-22)"), lines(run.out));
    assertEquals("", run.err);
  }

  @Test
  void everyDecodeErrorAndViolationOfADocumentIsReported() {
    CliRun run = CliRun.of("validate", "--as-of", "2026-11-22", INVALID);
    assertEquals(1, run.exitCode, run.toString());
    List<String> out = lines(run.out);
    assertTrue(out.contains(INVALID + ":6:65: ERROR JSON at /programmes/1/budget/currency: "
        + "expected an ISO 4217 currency code such as \"EUR\", found \"EURO\""), run.toString());
    // A violation is reported at the line where its entity starts.
    assertTrue(out.stream().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(INVALID)
        + ":[0-9]+: ERROR PRG-001 programme p1 at /programmes/0.*")), run.toString());
    assertTrue(out.stream().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(INVALID)
        + ":[0-9]+: ERROR DS-002 programme p3 at /programmes/2.*")), run.toString());
    assertEquals("1 input, 3 entities: 3 errors, no warning (reference date 2026-11-22)", out.get(out.size() - 1));
    assertNoStackTrace(run);
  }

  @Test
  void aJsonLinesStreamWithABadLineInTheMiddleIsStillValidated() {
    CliRun run = CliRun.of("validate", "--as-of", "2026-11-22", STREAM);
    assertEquals(1, run.exitCode, run.toString());
    List<String> out = lines(run.out);
    assertTrue(out.stream().anyMatch(l -> l.startsWith(STREAM + ":3: ERROR PRG-002 programme p1")), run.toString());
    assertTrue(out.stream().anyMatch(l -> l.startsWith(STREAM + ":4:") && l.contains("ERROR JSON")), run.toString());
    assertTrue(out.stream().anyMatch(l -> l.startsWith(STREAM + ":5:") && l.contains("ERROR JSON at /targetAreas/0/area/country")), run.toString());
    assertTrue(out.stream().anyMatch(l -> l.startsWith(STREAM + ":7: ERROR EVT-001 event e1")), run.toString());
    assertFalse(run.out.contains(" p3"), "line 6, after the bad lines, is valid: " + run);
    assertEquals("1 input, 5 entities: 4 errors, no warning (reference date 2026-11-22)", out.get(out.size() - 1));
  }

  @Test
  void standardInputIsReadWithADashOrNoFile() throws IOException {
    String json = Files.readString(Path.of(VALID), StandardCharsets.UTF_8);
    for (String[] args : List.of(new String[] {"validate", "-"}, new String[] {"validate"})) {
      CliRun run = CliRun.withInput(json, args);
      assertEquals(0, run.exitCode, run.toString());
      assertTrue(run.out.startsWith("-:6: WARNING OFF-002"), run.toString());
    }
    CliRun lines = CliRun.withInput(Files.readString(Path.of(STREAM), StandardCharsets.UTF_8), "validate", "-");
    assertEquals(1, lines.exitCode);
    assertTrue(lines.out.contains("-:4:"), lines.toString());
  }

  @Test
  void italianMessagesAndSummary() {
    CliRun run = CliRun.of("validate", "--lang", "it", "--as-of", "2026-11-22", VALID);
    assertEquals(0, run.exitCode);
    assertEquals(List.of(
        VALID + ":6: WARNING OFF-002 office iom-georgetown at /offices/0/location/country: "
            + "Ufficio \"iom-georgetown\": il paese ospitante GY è al di fuori dell'area di competenza.",
        "1 input, 4 entità: nessun errore, 1 avviso (data di riferimento 2026-11-22)"), lines(run.out));
  }

  @Test
  void decodeErrorsAreInTheChosenLanguage() {
    String currency = INVALID + ":6:65: ERROR JSON at /programmes/1/budget/currency: ";
    assertTrue(lines(CliRun.of("validate", "--lang", "it", "--as-of", "2026-11-22", INVALID).out)
        .contains(currency + "atteso: un codice valuta ISO 4217, come \"EUR\"; trovato: \"EURO\""));
    assertTrue(lines(CliRun.of("validate", "--lang", "fr", "--as-of", "2026-11-22", INVALID).out)
        .contains(currency + "attendu : un code de devise ISO 4217, comme \"EUR\" ; trouvé : \"EURO\""));
    assertTrue(lines(CliRun.of("validate", "--lang", "es", "--as-of", "2026-11-22", INVALID).out)
        .contains(currency + "se esperaba: un código de moneda ISO 4217, como \"EUR\"; se encontró: \"EURO\""));
    CliRun truncated = CliRun.of("validate", "--lang", "it", TRUNCATED);
    assertTrue(truncated.err.contains(": JSON non ben formato, o oltre i limiti di lettura di migov: l'input finisce"),
        truncated.toString());
  }

  @Test
  void frenchAndSpanishSummaries() {
    assertTrue(CliRun.of("validate", "--lang", "fr", "--as-of", "2026-11-22", VALID).out
        .contains("1 entrée, 4 entités : aucune erreur, 1 avertissement (date de référence 2026-11-22)"));
    assertTrue(CliRun.of("validate", "--lang", "es", "--as-of", "2026-11-22", VALID).out
        .contains("1 entrada, 4 entidades: ningún error, 1 advertencia (fecha de referencia 2026-11-22)"));
  }

  @Test
  void theReferenceDateChangesTheOutcome() {
    String programme = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[{\"id\":\"o\",\"name\":{\"en\":\"O\"},"
        + "\"founded\":\"2030\"}]}";
    assertEquals(1, CliRun.withInput(programme, "validate", "--as-of", "2026-11-22").exitCode);
    CliRun later = CliRun.withInput(programme, "validate", "--as-of", "2031-01-01");
    assertEquals(0, later.exitCode, later.toString());
  }

  @Test
  void jsonOutputIsOneDocumentWithEveryFinding() {
    CliRun run = CliRun.of("validate", "--format", "json", "--as-of", "2026-11-22", INVALID, VALID);
    assertEquals(1, run.exitCode);
    JsonNode report = JsonMapper.builder().build().readTree(run.out);
    assertEquals("2026-11-22", report.get("referenceDate").asString());
    assertEquals(3, report.get("errors").asInt());
    assertEquals(1, report.get("warnings").asInt());
    assertEquals(1, report.get("exitCode").asInt());
    JsonNode first = report.get("inputs").get(0);
    assertEquals("dataset", first.get("format").asString());
    JsonNode decode = null;
    for (JsonNode finding : first.get("findings")) {
      decode = "JSON".equals(finding.get("code").asString()) ? finding : decode;
    }
    assertEquals("JSON", decode.get("code").asString());
    assertEquals("/programmes/1/budget/currency", decode.get("pointer").asString());
    assertEquals(6, decode.get("line").asInt());
    JsonNode warning = report.get("inputs").get(1).get("findings").get(0);
    assertEquals("OFF-002", warning.get("code").asString());
    assertEquals("office", warning.get("entityKind").asString());
    assertEquals("iom-georgetown", warning.get("entityId").asString());
  }

  @Test
  void severalInputsGetALineEachAndTheWorstExitCode() {
    CliRun run = CliRun.of("validate", "--as-of", "2026-11-22", VALID, TRUNCATED);
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.out.contains(VALID + " (dataset document): 4 entities, no error, 1 warning"), run.toString());
    assertTrue(run.out.contains("2 inputs, 4 entities: 1 error, 1 warning"), run.toString());
  }

  @Test
  void truncatedOrNonJsonInputExitsTwoWithAReadableLine() {
    CliRun truncated = CliRun.of("validate", TRUNCATED);
    assertEquals(2, truncated.exitCode, truncated.toString());
    assertTrue(truncated.out.startsWith(TRUNCATED + ":1:"), truncated.toString());
    assertTrue(truncated.out.contains("ERROR INPUT"), truncated.toString());
    assertTrue(truncated.err.startsWith("migov: " + TRUNCATED + ":1:"), "standard error names the input and the place: " + truncated);
    assertTrue(truncated.err.contains(": not well-formed JSON"), truncated.toString());
    assertFalse(truncated.out.contains("Source:"), "no parser internals: " + truncated);
    assertNoStackTrace(truncated);
    for (String garbage : List.of("hello", "", "   ", "<xml/>", "{\"format\":\"migov\",,}")) {
      CliRun run = CliRun.withInput(garbage, "validate");
      assertEquals(2, run.exitCode, garbage + ": " + run);
      assertNoStackTrace(run);
    }
  }

  @Test
  void anInputThatIsNotUtf8ExitsTwo() {
    byte[] latin1 = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[{\"id\":\"o\",\"name\":{\"en\":\"caf\u00e9\"}}]}"
        .getBytes(StandardCharsets.ISO_8859_1);
    CliRun run = CliRun.withInput(latin1, "validate");
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("not UTF-8 text"), run.toString());
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    CliRun run = CliRun.withInput("\uFEFF{\"format\":\"migov\",\"version\":\"1.0\"}", "validate");
    assertEquals(0, run.exitCode, run.toString());
  }

  @Test
  void aMissingFileOrADirectoryExitsTwo(@TempDir Path dir) {
    CliRun missing = CliRun.of("validate", dir.resolve("nope.json").toString());
    assertEquals(2, missing.exitCode);
    assertEquals("migov: " + dir.resolve("nope.json") + ": cannot be read: no such file", missing.err.strip(), missing.toString());
    CliRun directory = CliRun.of("validate", dir.toString());
    assertEquals(2, directory.exitCode, directory.toString());
    assertTrue(directory.err.startsWith("migov: " + dir + ": cannot be read: "), directory.toString());
    assertNoStackTrace(missing);
    assertNoStackTrace(directory);
  }

  @Test
  void progressNeverReachesStandardOutput() {
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      stream.append("{\"entity\":\"organisation\",\"id\":\"o").append(i).append("\",\"name\":{\"en\":\"O\"}}\n");
    }
    byte[] input = stream.toString().getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = Migov.run(new String[] {"validate", "--as-of", "2026-11-22"}, new java.io.ByteArrayInputStream(input),
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8), true);
    assertEquals(0, code);
    assertEquals("1 input, 20,000 entities: no error, no warning (reference date 2026-11-22)\n",
        out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void wrongUsageExitsSixtyFour() {
    for (String[] args : List.of(
        new String[] {"validate", "--lang", "de", VALID},
        new String[] {"validate", "--format", "xml", VALID},
        new String[] {"validate", "--as-of", "yesterday", VALID},
        new String[] {"validate", "--no-such-option"},
        new String[] {"no-such-command"},
        new String[] {})) {
      CliRun run = CliRun.of(args);
      assertEquals(64, run.exitCode, String.join(" ", args) + ": " + run);
      assertEquals("", run.out, String.join(" ", args));
      assertTrue(run.err.startsWith("migov: "), run.toString());
      assertNoStackTrace(run);
    }
  }

  @Test
  void eachOfTwoEntitiesThatShareAnIdIsReportedAtItsOwnLine(@TempDir Path dir) throws IOException {
    Path document = dir.resolve("dup.json");
    Files.writeString(document, "{\"format\":\"migov\",\"version\":\"1.0\",\n\"programmes\":[\n"
        + "{\"id\":\"dup\",\"title\":{\"en\":\"A\"}},\n"
        + "{\"id\":\"dup\",\"title\":{\"en\":\"B\"},\"budget\":{\"amount\":-5,\"currency\":\"EUR\"}}]}\n");
    Path lines = dir.resolve("dup.jsonl");
    Files.writeString(lines, "{\"entity\":\"programme\",\"id\":\"dup\",\"title\":{\"en\":\"A\"}}\n"
        + "{\"entity\":\"programme\",\"id\":\"dup\",\"title\":{\"en\":\"B\"},\"budget\":{\"amount\":-5,\"currency\":\"EUR\"}}\n");
    List<String> out = lines(CliRun.of("validate", "--as-of", "2026-11-22", document.toString(), lines.toString()).out);
    assertTrue(out.contains(document + ":3: ERROR PRG-001 programme dup at /programmes/0/participants: "
        + "Programme \"dup\": no organisation in the funding role."), String.join("\n", out));
    assertTrue(out.contains(document + ":4: ERROR PRG-001 programme dup at /programmes/1/participants: "
        + "Programme \"dup\": no organisation in the funding role."), String.join("\n", out));
    assertTrue(out.stream().anyMatch(l -> l.startsWith(document + ":4: ERROR PRG-003 programme dup at /programmes/1/budget")));
    assertFalse(out.stream().anyMatch(l -> l.startsWith(document + ":3: ERROR PRG-003")), "the first has no budget");
    assertTrue(out.contains(lines + ":1: ERROR PRG-001 programme dup at /participants: "
        + "Programme \"dup\": no organisation in the funding role."), String.join("\n", out));
    assertTrue(out.stream().anyMatch(l -> l.startsWith(lines + ":2: ERROR PRG-003 programme dup at /budget")));
    assertFalse(out.stream().anyMatch(l -> l.startsWith(lines + ":1: ERROR PRG-003")), "the first has no budget");
  }
}
