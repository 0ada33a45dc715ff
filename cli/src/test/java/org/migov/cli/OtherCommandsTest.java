package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.migov.catalog.ReferenceCatalog;
import org.migov.json.MigovJson;
import org.migov.validation.Rule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OtherCommandsTest {

  @Test
  void catalogShowsTheSeedFactsAndItsValidationStatus() {
    CliRun run = CliRun.of("catalog", "--as-of", "2026-11-22");
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("migov reference catalog: 18 organisations, 5 offices, 4 agreements, 5 programmes, 9 events"), run.out);
    for (String expected : List.of(
        "Director General: António Vitorino, then Amy Pope",
        "IOM Coordination Office for the Caribbean, Georgetown, Guyana - coordination office, IOM  [iom-georgetown]",
        "intergovernmental organisation",
        "more than 170 offices (2025-07)",
        "about 19000 staff (2025-07)",
        "lineage: iom-unodc-new-cooperation-agreement -> iom-unodc-2024 -> iom-unodc-2012",
        "Ministry of Foreign Affairs and International Cooperation: EUR 10,750,000 (4 programmes)",
        "Libya + Niger (shared, no percentages given): EUR 5,000,000 (1 programme)",
        "2024-07-02 Signing of the IOM-UNODC partnership declaration")) {
      assertTrue(run.out.contains(expected), expected);
    }
    assertTrue(run.out.strip().endsWith(
        "Validation at 2026-11-22: no error, 2 warnings (OFF-002 iom-bangkok, OFF-002 iom-georgetown)" + System.lineSeparator()
            + "  OFF-002: " + Rule.OFF_002.summary(java.util.Locale.ENGLISH)), "each rule code with its meaning: " + run.out);
    assertTrue(run.out.indexOf("Organisations by kind") < run.out.indexOf("Offices and the areas they cover"));
    assertTrue(run.out.indexOf("Totals per funder") < run.out.indexOf("Events by date"));
  }

  @Test
  void catalogSpeaksItalian() {
    CliRun run = CliRun.of("catalog", "--lang", "it", "--as-of", "2026-11-22");
    assertEquals(0, run.exitCode);
    assertTrue(run.out.contains("Organizzazione Internazionale per le Migrazioni (OIM)"), run.out);
    assertTrue(run.out.contains("Ministero degli Affari Esteri e della Cooperazione Internazionale: EUR 10.750.000 (4 programmi)"), run.out);
    assertTrue(run.out.contains("Validazione al 2026-11-22: nessun errore, 2 avvisi"), run.out);
    assertTrue(run.out.contains("- ufficio di coordinamento, "), "codes are shown as labels in the reader's language: " + run.out);
    assertTrue(run.out.contains("organizzazione intergovernativa"), run.out);
    assertTrue(run.out.contains("oltre 170 uffici (2025-07)"), run.out);
    assertTrue(run.out.contains("(fondata nel 1951; "), run.out);
    assertTrue(run.out.contains("António Vitorino, poi Amy Pope"), run.out);
  }

  @Test
  void theCatalogInAnotherLanguageHasNoEnglishWordsAndExplainsItsRuleCodes() {
    List<String> english = List.of("founded", "UN system", ", then ", "through", "lineage", "part of", "without an amount");
    CliRun inEnglish = CliRun.of("catalog", "--as-of", "2026-11-22");
    for (String word : english) {
      assertTrue(inEnglish.out.contains(word), "the check looks for words the English catalog has: " + word);
    }
    for (String language : List.of("it", "fr", "es")) {
      CliRun run = CliRun.of("catalog", "--lang", language, "--as-of", "2026-11-22");
      assertEquals(0, run.exitCode, run.toString());
      for (String word : english) {
        assertTrue(!run.out.contains(word), language + " has the English \"" + word + "\": " + run.out);
      }
      String summary = Rule.OFF_002.summary(java.util.Locale.forLanguageTag(language));
      assertTrue(run.out.contains("  OFF-002" + (language.equals("fr") ? " : " : ": ") + summary), language + ": " + run.out);
    }
  }

  @Test
  void catalogAsJsonIsTheDataset() {
    CliRun run = CliRun.of("catalog", "--format", "json");
    assertEquals(0, run.exitCode);
    assertEquals(ReferenceCatalog.load(), MigovJson.create().readDataset(run.out));
  }

  @Test
  void rulesListsEveryRule() {
    CliRun run = CliRun.of("rules");
    assertEquals(0, run.exitCode);
    List<String> lines = run.out.lines().collect(java.util.stream.Collectors.toList());
    assertEquals(Rule.values().length, lines.size());
    assertTrue(lines.get(0).startsWith("ORG-001  ERROR    organisation  entity   "), lines.get(0));
    assertTrue(run.out.contains("OFF-002  WARNING  office        entity   host country outside"), run.out);
    assertTrue(run.out.contains("DS-002   ERROR    any           dataset  "), run.out);
  }

  @Test
  void rulesSpeakItalian() {
    CliRun run = CliRun.of("rules", "--lang", "it");
    assertEquals(0, run.exitCode);
    assertTrue(run.out.contains("OFF-002  WARNING  office        entity   paese ospitante al di fuori dell'area di competenza"
        + " dell'ufficio"), run.out);
  }

  @Test
  void schemaIsTheJsonSchema() {
    CliRun run = CliRun.of("schema");
    assertEquals(0, run.exitCode);
    assertEquals("https://json-schema.org/draft/2020-12/schema",
        JsonMapper.builder().build().readTree(run.out).get("$schema").asString());
  }

  @Test
  void helpAndVersionEverywhere() {
    for (String command : List.of("", "catalog", "validate", "rules", "schema")) {
      String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
      CliRun run = CliRun.of(help);
      assertEquals(0, run.exitCode, command);
      assertTrue(run.out.startsWith("Usage: migov"), run.out);
      String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
      CliRun v = CliRun.of(version);
      assertEquals(0, v.exitCode, command);
      assertTrue(v.out.startsWith("migov "), v.out);
    }
    CliRun top = CliRun.of("--help");
    for (String command : List.of("catalog", "validate", "rules", "schema")) {
      assertTrue(top.out.contains("  " + command + " "), top.out);
    }
    assertTrue(CliRun.of("validate", "--help").out.contains("--as-of=YYYY-MM-DD"));
  }

  @Test
  void theTopHelpGivesEachCommandAWholeSentence() {
    String top = CliRun.of("--help").out;
    String commands = top.substring(top.indexOf("Commands:") + "Commands:".length(), top.indexOf("Exit codes:"));
    java.util.Map<String, StringBuilder> summaries = new java.util.LinkedHashMap<>();
    String current = null;
    for (String line : commands.split("\\R")) {
      java.util.regex.Matcher entry = java.util.regex.Pattern.compile("^  (\\w+)\\s+(.*)$").matcher(line);
      if (entry.matches()) {
        current = entry.group(1);
        summaries.put(current, new StringBuilder(entry.group(2).strip()));
      } else if (current != null && !line.isBlank()) {
        summaries.get(current).append(' ').append(line.strip());
      }
    }
    assertEquals(List.of("catalog", "validate", "rules", "schema", "iati"), List.copyOf(summaries.keySet()), top);
    summaries.forEach((command, summary) -> assertTrue(summary.toString().endsWith("."), command + ": " + summary));
  }
}
