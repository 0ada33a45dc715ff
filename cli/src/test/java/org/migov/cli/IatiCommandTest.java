package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migov validate} on IATI XML (told by content), {@code migov iati import} and {@code export}. */
class IatiCommandTest {
  @TempDir
  Path dir;

  private static String activities(String budgetEnd) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
        + "<iati-activity xml:lang=\"en\" default-currency=\"EUR\">\n"
        + "<iati-identifier>XM-DAC-47066-P1</iati-identifier>\n"
        + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"><narrative>IOM</narrative></reporting-org>\n"
        + "<title><narrative>Safe migration</narrative></title><description><narrative>A programme</narrative></description>\n"
        + "<participating-org role=\"1\" ref=\"XI-IATI-EC_INTPA\"><narrative>European Commission</narrative></participating-org>\n"
        + "<participating-org role=\"4\" ref=\"XM-DAC-47066\"><narrative>IOM</narrative></participating-org>\n"
        + "<activity-status code=\"2\"/><activity-date type=\"2\" iso-date=\"2024-01-01\"/>\n"
        + "<activity-date type=\"3\" iso-date=\"2027-12-31\"/>\n"
        + "<recipient-country code=\"SN\"/><sector vocabulary=\"1\" code=\"15190\"/>\n"
        + "<tag vocabulary=\"99\" vocabulary-uri=\"urn:migov:codelist:ThematicArea\" code=\"borderManagement\"/>\n"
        + "<budget><period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"" + budgetEnd + "\"/>"
        + "<value value-date=\"2024-01-01\">100000</value></budget>\n"
        + "</iati-activity>\n</iati-activities>\n";
  }

  private Path file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNoStackTrace(CliRun run) {
    assertFalse(run.out.contains("\tat ") || run.err.contains("\tat ") || run.err.contains("Exception"), run.toString());
  }

  @Test
  void validateTellsIatiXmlByItsContentAndReportsItsRuleNumbers() throws IOException {
    Path misnamed = file("activities.json", activities("2025-06-30"));
    CliRun run = CliRun.of("validate", "--as-of", "2026-12-01", misnamed.toString());
    assertEquals(1, run.exitCode, run.toString());
    assertTrue(run.out.contains(misnamed + ":13:"), run.toString());
    assertTrue(run.out.contains("ERROR 7.5.3 programme XM-DAC-47066-P1: the budget period 2024-01-01 to 2025-06-30 is longer than one year"),
        run.toString());
    assertNoStackTrace(run);

    CliRun italian = CliRun.of("validate", "--as-of", "2026-12-01", "--lang", "it", misnamed.toString());
    assertTrue(italian.out.contains("il periodo di bilancio da 2024-01-01 a 2025-06-30 supera un anno"), italian.toString());

    CliRun clean = CliRun.withInput(activities("2024-12-31"), "validate", "--as-of", "2026-12-01", "-");
    assertTrue(clean.out.contains("1 input, 3 entities: no error"), clean.toString());
    assertEquals(0, clean.exitCode, clean.toString());
  }

  @Test
  void anIatiFileThatCannotBeReadIsExplainedInTheChosenLanguage() throws IOException {
    Path broken = file("broken.xml", activities("2024-12-31").replace("</iati-activities>", ""));
    CliRun italian = CliRun.of("validate", "--lang", "it", "--as-of", "2026-12-01", broken.toString());
    assertEquals(2, italian.exitCode, italian.toString());
    assertTrue(italian.out.contains("ERROR INPUT: atteso: XML ben formato entro i limiti di migov; trovato: il file finisce"
        + " prima di chiudere i suoi elementi"), italian.toString());
    CliRun imported = CliRun.of("iati", "import", "--lang", "es", broken.toString());
    assertTrue(imported.err.contains(": se esperaba: XML bien formado dentro de los límites de migov; se encontró: el archivo"
        + " termina antes de cerrar sus elementos"), imported.toString());
    assertNoStackTrace(imported);
  }

  @Test
  void migovsRulesOnIatiXmlGiveNoJsonPointer() throws IOException {
    String withoutImplementer = activities("2024-12-31")
        .replace("<participating-org role=\"4\" ref=\"XM-DAC-47066\"><narrative>IOM</narrative></participating-org>\n", "");
    Path file = file("no-implementer.xml", withoutImplementer);
    for (String mode : new String[] {"--as-of", "--together"}) {
      CliRun run = mode.equals("--as-of") ? CliRun.of("validate", "--as-of", "2026-12-01", file.toString())
          : CliRun.of("validate", "--together", "--as-of", "2026-12-01", file.toString());
      assertTrue(run.out.contains(file + ": ERROR PRG-002 programme XM-DAC-47066-P1: "), run.toString());
      assertFalse(run.out.contains(" at /"), "a JSON Pointer would point nowhere in an XML file: " + run);
    }
  }

  @Test
  void hostileXmlIsUnreadableWithWhereAndWhat() throws IOException {
    Path entities = file("bomb.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><iati-activities version=\"2.03\">"
        + "<iati-activity>&a;</iati-activity></iati-activities>");
    CliRun run = CliRun.of("validate", entities.toString());
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.out.contains("ERROR INPUT") && run.out.contains("no DTD and no entity reference"), run.toString());
    assertNoStackTrace(run);
    CliRun imported = CliRun.of("iati", "import", entities.toString(), "--to", dir.resolve("out.json").toString());
    assertEquals(2, imported.exitCode, imported.toString());
    assertNoStackTrace(imported);
  }

  @Test
  void importWritesMigovJsonAndSaysWhatItMappedAndLeftOut() throws IOException {
    Path xml = file("iom.xml", activities("2025-06-30"));
    Path lines = dir.resolve("iom.jsonl");
    CliRun run = CliRun.of("iati", "import", xml.toString(), "--to", lines.toString(), "--as-of", "2026-12-01");
    assertEquals(1, run.exitCode, "an activity with an error: " + run);
    assertTrue(run.err.contains(": 1 activities, 1 programmes, 2 organisations; 1 errors, 0 warnings"), run.toString());
    assertTrue(run.err.contains("7.5.3") && run.err.contains("sector") && run.err.contains("in 1 activities"), run.toString());
    assertEquals(3, Files.readAllLines(lines).size(), "a programme and two organisations, a line each");
    CliRun checked = CliRun.of("validate", "--as-of", "2026-12-01", lines.toString());
    assertTrue(checked.out.contains("1 input, 3 entities"), checked.toString());

    Path document = dir.resolve("iom.json");
    assertEquals(1, CliRun.of("iati", "import", xml.toString(), "--to", document.toString()).exitCode);
    CliRun exported = CliRun.of("iati", "export", document.toString(), "--reporting-org", "XM-DAC-47066");
    assertEquals(0, exported.exitCode, exported.toString());
    assertTrue(exported.out.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\""), exported.out);
    assertTrue(exported.out.contains("<iati-identifier>XM-DAC-47066-P1</iati-identifier>"), exported.out);
    assertTrue(exported.err.contains("1 programmes written, 0 not"), exported.toString());
    CliRun again = CliRun.withInput(exported.out, "validate", "--as-of", "2026-12-01", "-");
    assertTrue(again.out.contains("ERROR 7.5.3 programme XM-DAC-47066-P1"), "the export reads back with its finding: " + again);

    CliRun unknown = CliRun.of("iati", "export", document.toString(), "--reporting-org", "nobody");
    assertEquals(64, unknown.exitCode, unknown.toString());
    assertTrue(unknown.err.contains("no organisation nobody"), unknown.toString());
  }
}
