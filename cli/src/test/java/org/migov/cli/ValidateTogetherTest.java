package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migov validate --together}: several inputs as one dataset, each finding still in its own
 * file; and the extension choosing between a dataset document and JSON Lines.
 */
class ValidateTogetherTest {
  private static final String IOM = "{\"format\": \"migov\", \"version\": \"1.1\", \"organisations\": [\n"
      + "  {\"id\": \"iom\", \"name\": {\"en\": \"IOM\"}, \"kinds\": [\"intergovernmentalOrganisation\"]}\n]}\n";
  private static final String OFFICE = "{\"entity\": \"office\", \"id\": \"iom-rome\", \"organisation\": \"iom\","
      + " \"kind\": \"countryOffice\", \"name\": {\"en\": \"IOM Rome\"}, \"location\": {\"locality\": \"Rome\", \"country\": \"IT\"}}";
  private static final String DANGLING = "{\"entity\": \"office\", \"id\": \"unodc-vienna\", \"organisation\": \"unodc\","
      + " \"kind\": \"countryOffice\", \"name\": {\"en\": \"UNODC Vienna\"}, \"location\": {\"locality\": \"Vienna\", \"country\": \"AT\"}}";
  private static final String ORGANISATION_LINE = "{\"entity\": \"organisation\", \"id\": \"iom\", \"name\": {\"en\": \"IOM again\"},"
      + " \"kinds\": [\"intergovernmentalOrganisation\"]}";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aloneEachInputIsItsOwnDatasetTogetherTheirReferencesResolve() throws IOException {
    Path organisations = file("organisations.json", IOM);
    Path offices = file("offices.jsonl", OFFICE + "\n" + DANGLING + "\n");

    CliRun alone = CliRun.of("validate", organisations.toString(), offices.toString());
    assertEquals(1, alone.exitCode, alone.toString());
    assertTrue(alone.out.contains(offices + ":1: ERROR DS-002 office iom-rome"), alone.toString());

    CliRun together = CliRun.of("validate", "--together", organisations.toString(), offices.toString());
    assertEquals(1, together.exitCode, together.toString());
    assertFalse(together.out.contains("DS-002 office iom-rome"), "iom is in the other file: " + together);
    assertTrue(together.out.contains(offices + ":2: ERROR DS-002 office unodc-vienna at /organisation: "), together.toString());
    assertTrue(together.out.contains(offices + " (JSON Lines): 2 entities, 1 error, no warning"), together.toString());
    assertTrue(together.out.contains(organisations + " (dataset document): 1 entity, no error, no warning"), together.toString());
    assertTrue(together.out.contains("2 inputs, 3 entities: 1 error, no warning"), together.toString());
  }

  @Test
  void anIdRepeatedAcrossInputsIsReportedInTheInputThatRepeatsIt() throws IOException {
    Path first = file("first.json", IOM);
    Path second = file("second.jsonl", OFFICE + "\n" + ORGANISATION_LINE + "\n");
    CliRun run = CliRun.of("validate", "--together", "--format", "json", first.toString(), second.toString());
    assertEquals(1, run.exitCode, run.toString());
    assertTrue(run.out.contains("\"code\":\"DS-001\""), run.toString());
    int secondInput = run.out.indexOf("\"input\":\"" + second + "\"");
    assertTrue(secondInput > 0 && run.out.indexOf("\"code\":\"DS-001\"") > secondInput,
        "the repeat is the second file's: " + run);
    assertTrue(run.out.contains("\"line\":2"), run.toString());
  }

  @Test
  void anUnreadableInputDoesNotStopTheOthersBeingValidatedTogether() throws IOException {
    Path organisations = file("organisations.json", IOM);
    Path offices = file("offices.jsonl", OFFICE + "\n");
    Path missing = dir.resolve("missing.json");
    CliRun run = CliRun.of("validate", "--together", missing.toString(), organisations.toString(), offices.toString());
    assertEquals(2, run.exitCode, run.toString());
    assertEquals("migov: " + missing + ": cannot be read: no such file", run.err.strip(), run.toString());
    assertFalse(run.out.contains("DS-002"), run.toString());
    assertTrue(run.out.contains("3 inputs, 2 entities: 1 error, no warning"), run.toString());
  }

  @Test
  void theExtensionChoosesJsonLinesEvenWhenTheFirstLineIsBad() throws IOException {
    Path lines = file("offices.jsonl", "{\"entity\": \"office\", \"id\": 7}\n" + OFFICE + "\n" + "{\"entity\": \"office\"}\n");
    CliRun run = CliRun.of("validate", lines.toString());
    assertEquals(1, run.exitCode, run.toString());
    assertTrue(run.out.contains(lines + ":1:"), run.toString());
    assertTrue(run.out.contains(lines + ":3:"), "every line is checked: " + run);

    Path document = file("dataset.json", "{\"organisations\": []}\n{\"entity\": \"office\"}\n");
    CliRun asDocument = CliRun.of("validate", document.toString());
    assertEquals(1, asDocument.exitCode, asDocument.toString());
    assertTrue(asDocument.out.contains(document + ":1:21: ERROR JSON: expected the property \"format\" in a migov dataset envelope"),
        "a .json file is a document, however it looks: " + asDocument);
  }

  @Test
  void theCommandsOwnMessagesAreInTheChosenLanguage() {
    Path missing = dir.resolve("missing.json");
    CliRun italian = CliRun.of("validate", "--lang", "it", missing.toString());
    assertEquals("migov: " + missing + ": non leggibile: file inesistente", italian.err.strip(), italian.toString());
    CliRun empty = CliRun.withInput("  ", "validate", "--lang", "es");
    assertEquals("migov: -: vacío: no contiene JSON", empty.err.strip(), empty.toString());
  }
}
