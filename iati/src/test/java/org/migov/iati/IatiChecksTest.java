package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checks of the reading pass, one IATI rule at a time, and their catalogue. */
class IatiChecksTest {
  private static final IatiReader READER = IatiReader.create().today(LocalDate.of(2026, 12, 1));

  /** A schema-complete activity around the given elements (which go after the activity dates). */
  private static String activity(String identifier, String extra) {
    return "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\" default-currency=\"EUR\">"
        + "<iati-identifier>" + identifier + "</iati-identifier>"
        + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"><narrative>IOM</narrative></reporting-org>"
        + "<title><narrative>T</narrative></title><description><narrative>D</narrative></description>"
        + "<participating-org role=\"2\" ref=\"XM-DAC-47066\"/><activity-status code=\"2\"/>"
        + "<activity-date type=\"2\" iso-date=\"2024-01-01\"/>" + extra + "</iati-activity></iati-activities>";
  }

  private static IatiRecord read(IatiReader reader, String xml) {
    try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      return records.findFirst().orElseThrow();
    }
  }

  private static List<IatiCheck> checks(String extra) {
    return read(READER, activity("XM-DAC-47066-1", extra)).diagnostics().stream().map(IatiDiagnostic::check).collect(Collectors.toList());
  }

  private static String budget(String start, String end) {
    return "<budget><period-start iso-date=\"" + start + "\"/><period-end iso-date=\"" + end + "\"/>"
        + "<value value-date=\"" + start + "\">10</value></budget>";
  }

  @Test
  void aCompleteActivityHasNoFinding() {
    assertEquals(List.of(), checks(""));
  }

  @Test
  void budgetPeriodsAreAtMostAYearAsIatiCountsIt() {
    assertEquals(List.of(), checks(budget("2023-01-01", "2024-01-01")), "365 days between the bounds: allowed");
    assertEquals(List.of(IatiCheck.BUDGET_LONGER_THAN_A_YEAR), checks(budget("2024-01-01", "2025-01-01")), "366 days, a leap year");
    assertEquals(List.of(IatiCheck.BUDGET_PERIOD_ORDER), checks(budget("2024-02-01", "2024-01-01")));
  }

  @Test
  void datesAreOrderedAndActualOnesNotInTheFuture() {
    assertEquals(List.of(IatiCheck.ACTUAL_DATES_ORDER), checks("<activity-date type=\"4\" iso-date=\"2023-06-30\"/>"));
    assertEquals(List.of(IatiCheck.ACTUAL_END_IN_FUTURE), checks("<activity-date type=\"4\" iso-date=\"2027-06-30\"/>"));
    assertEquals(List.of(), checks("<activity-date type=\"3\" iso-date=\"2027-06-30\"/>"), "a planned end may lie ahead");
    assertEquals(List.of(IatiCheck.TRANSACTION_IN_FUTURE), checks("<transaction><transaction-type code=\"3\"/>"
        + "<transaction-date iso-date=\"2026-12-02\"/><value value-date=\"2026-12-02\">1</value></transaction>"));
    List<IatiCheck> noStart = read(READER, activity("XM-DAC-47066-1", "").replace("type=\"2\"", "type=\"3\"")).diagnostics()
        .stream().map(IatiDiagnostic::check).collect(Collectors.toList());
    assertEquals(List.of(IatiCheck.NO_START_DATE), noStart);
  }

  @Test
  void percentagesAddUpPerVocabularyToFourDecimals() {
    assertEquals(List.of(), checks("<recipient-country code=\"SN\" percentage=\"33.33333\"/><recipient-country code=\"ML\" "
        + "percentage=\"33.33333\"/><recipient-country code=\"NE\" percentage=\"33.33334\"/>"));
    assertEquals(List.of(IatiCheck.COUNTRY_PERCENTAGE_SUM), checks("<recipient-country code=\"SN\" percentage=\"50\"/>"
        + "<recipient-country code=\"ML\" percentage=\"49.99\"/>"));
    assertEquals(List.of(IatiCheck.COUNTRY_PERCENTAGE_MISSING), checks("<recipient-country code=\"SN\" percentage=\"50\"/>"
        + "<recipient-country code=\"ML\"/>"));
    assertEquals(List.of(IatiCheck.SINGLE_COUNTRY_PERCENTAGE), checks("<recipient-country code=\"SN\" percentage=\"60\"/>"));
    assertEquals(List.of(IatiCheck.AREA_PERCENTAGE_RANGE), checks("<recipient-country code=\"SN\" percentage=\"101\"/>"));
    assertEquals(List.of(IatiCheck.DATATYPE), checks("<recipient-country code=\"SN\" percentage=\"1e2\"/>"),
        "xsd:decimal has no exponent");
    assertEquals(List.of(), checks("<recipient-country code=\"SN\" percentage=\"40\"/><recipient-region code=\"002\" vocabulary=\"2\""
        + " percentage=\"60\"/>"));
    assertEquals(List.of(IatiCheck.NOT_MAPPED, IatiCheck.SECTOR_PERCENTAGE_SUM), checks("<sector code=\"15190\" percentage=\"50\"/>"
        + "<sector code=\"15110\" percentage=\"40\"/>"));
  }

  @Test
  void identifiersFollowTheirReportingOrganisation() {
    assertEquals(List.of(IatiCheck.IDENTIFIER_PREFIX), read(READER, activity("GB-1", "")).diagnostics().stream()
        .map(IatiDiagnostic::check).collect(Collectors.toList()));
    assertEquals(List.of(IatiCheck.IDENTIFIER_IS_REPORTING_ORGANISATION), read(READER, activity("XM-DAC-47066", "")).diagnostics()
        .stream().map(IatiDiagnostic::check).collect(Collectors.toList()));
    assertEquals(List.of(IatiCheck.IDENTIFIER_SPACES, IatiCheck.IDENTIFIER_SYMBOLS), read(READER, activity(" XM-DAC-47066-1/2 ", ""))
        .diagnostics().stream().map(IatiDiagnostic::check).collect(Collectors.toList()));
  }

  @Test
  void aFileMayNotRepeatAnIdentifier() {
    String one = activity("XM-DAC-47066-1", "");
    String two = one.replace("</iati-activities>", "") + one.substring(one.indexOf("<iati-activity "));
    try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)))) {
      List<IatiRecord> read = records.collect(Collectors.toList());
      assertEquals(List.of(), read.get(0).diagnostics());
      assertEquals(List.of(IatiCheck.DUPLICATE_IDENTIFIER), read.get(1).diagnostics().stream().map(IatiDiagnostic::check)
          .collect(Collectors.toList()));
    }
  }

  @Test
  void activitiesWithErrorsAreReportedSkippedOrFailTheRead() {
    String bad = activity("XM-DAC-47066-1", budget("2024-01-01", "2025-06-01"));
    IatiRecord reported = read(READER, bad);
    assertTrue(reported.programme().isPresent());
    IatiRecord skipped = read(READER.onError(IatiReader.OnError.SKIP), bad);
    assertFalse(skipped.programme().isPresent());
    assertEquals(IatiCheck.ACTIVITY_SKIPPED, skipped.diagnostics().get(skipped.diagnostics().size() - 1).check());
    IatiException failed = assertThrows(IatiException.class, () -> read(READER.onError(IatiReader.OnError.FAIL), bad));
    assertTrue(failed.getMessage().contains("7.5.3") && failed.line() == 1, failed.getMessage());
  }

  @Test
  void theCodelistFilesCheckWhatTheFormAlone() {
    String sector = "<sector code=\"99999\"/>";
    assertEquals(List.of(IatiCheck.NOT_MAPPED), checks(sector), "five digits: a sector by form");
    IatiReader withLists = READER.withCodelists(IatiMaterial.file("codelists"));
    List<IatiCheck> found = read(withLists, activity("XM-DAC-47066-1", sector)).diagnostics().stream().map(IatiDiagnostic::check)
        .collect(Collectors.toList());
    assertEquals(List.of(IatiCheck.SECTOR_CODE, IatiCheck.NOT_MAPPED), found, "not on IATI's Sector list");
    List<IatiCheck> prefix = read(withLists, activity("XX-YY-1-2", "").replace("XM-DAC-47066", "XX-YY-1")).diagnostics().stream()
        .map(IatiDiagnostic::check).collect(Collectors.toList());
    assertEquals(List.of(IatiCheck.REPORTING_ORGANISATION_PREFIX), prefix, "XX-YY is no registration agency");
  }

  @Test
  void everyCheckHasAMessageInEachLanguageWithTheSameDetails() {
    Set<String> codes = new HashSet<>();
    for (IatiCheck check : IatiCheck.values()) {
      for (Locale language : IatiCheck.LANGUAGES) {
        String template = check.template(language);
        assertFalse(template.equals(check.name()), check + " has no " + language + " message");
        for (int i = 0; i < 4; i++) {
          assertEquals(check.template(Locale.ENGLISH).contains("{" + i + "}"), template.contains("{" + i + "}"),
              check + " in " + language + " and in English use different details");
        }
        if (language != Locale.ENGLISH) {
          assertFalse(template.equals(check.template(Locale.ENGLISH)), check + " in " + language + " is the English text");
        }
      }
      if (!check.isIatiRule()) {
        assertTrue(codes.add(check.code()), "migov's codes are each used once: " + check.code());
      }
    }
    IatiDiagnostic diagnostic = new IatiDiagnostic(IatiCheck.NOT_MAPPED, "a", 1, 1, "{1}\u202e", "2");
    assertEquals("{1}  is kept for the writer, not held by migov (2 in this activity)", diagnostic.message(),
        "details are put in once, never read as templates, and bidi controls are replaced");
  }
}
