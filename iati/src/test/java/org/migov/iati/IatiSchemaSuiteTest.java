package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * IATI's own schema test suite (233 should-pass and 454 should-fail files, read where they are):
 * the activity files through the reader, with and without the official XSD, and the should-pass
 * ones through the writer and back.
 */
class IatiSchemaSuiteTest {
  /** migov's own checks of the schema's structure. */
  private static final Set<IatiCheck> STRUCTURE = EnumSet.of(IatiCheck.MISSING_ELEMENT, IatiCheck.ELEMENT_ORDER,
      IatiCheck.REPEATED_ELEMENT, IatiCheck.UNKNOWN_ELEMENT, IatiCheck.TEXT_NOT_ALLOWED, IatiCheck.MISSING_ATTRIBUTE,
      IatiCheck.DATATYPE);

  /** Elements migov does not read, so that its own checks do not see their faults (the XSD does). */
  private static final Pattern NOT_READ = Pattern.compile("/(capital-spend|collaboration-type|conditions|contact-info"
      + "|country-budget-items|crs-add|default-[a-z-]+|fss|humanitarian|legacy-data|location|other-identifier"
      + "|planned-disbursement|policy-marker|result)/|/transaction/[^/]*(disbursement-channel|tied-status|aid-type|finance-type"
      + "|flow-type|recipient-region|recipient-country|sector)[^/]*$|/0[34]-[a-z-]*extensibility");

  /** The 2.03 suite's classes of failure, by file name, and the Xerces code each stands for. */
  private static final Map<String, String> REASONS = Map.of("missing-required-element", "cvc-complex-type.2.4",
      "missing-attribute", "cvc-complex-type.4", "forbidden-attribute", "cvc-complex-type.3.2.2",
      "incorrect-datatype", "cvc-datatype-valid");

  private static final IatiReader OWN = IatiReader.create().today(LocalDate.of(2026, 12, 1));

  private static List<Path> activityFiles(String outcome) throws IOException {
    return files(outcome, false);
  }

  private static List<Path> files(String outcome, boolean organisations) throws IOException {
    Path suite = IatiMaterial.file("schema-tests");
    try (Stream<Path> files = Files.walk(suite)) {
      return files.filter(file -> file.toString().endsWith(".xml"))
          .filter(file -> file.toString().contains("/" + outcome + "/") && file.toString().contains("organisation") == organisations)
          .sorted().collect(Collectors.toList());
    }
  }

  private static List<IatiOrganisationRecord> organisations(IatiReader reader, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); Stream<IatiOrganisationRecord> records = reader.readOrganisations(in)) {
      return records.collect(Collectors.toList());
    }
  }

  private static List<IatiDiagnostic> organisationErrors(List<IatiOrganisationRecord> records) {
    return records.stream().flatMap(record -> record.diagnostics().stream())
        .filter(d -> d.severity() == IatiSeverity.ERROR).collect(Collectors.toList());
  }

  @Test
  void organisationFilesPassAndFailAsTheSuiteSaysAndComeBackThroughTheWriter() throws IOException {
    List<Path> passing = files("should-pass", true);
    List<Path> failing = files("should-fail", true);
    assertTrue(passing.size() > 15 && failing.size() > 100, passing.size() + " and " + failing.size() + " organisation files");
    IatiReader validating = validating();
    IatiWriter writer = IatiWriter.builder().generatedAt(Instant.parse("2026-12-02T10:00:00Z")).build();
    for (Path file : passing) {
      List<IatiOrganisationRecord> records = organisations(OWN, file);
      assertEquals(List.of(), organisationErrors(records).stream().filter(d -> STRUCTURE.contains(d.check())).collect(Collectors.toList()),
          file.toString());
      assertEquals(List.of(), organisationErrors(organisations(validating, file)).stream().filter(d -> d.check() == IatiCheck.SCHEMA)
          .collect(Collectors.toList()), file.toString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (IatiWriter.OrganisationDocument document = writer.openOrganisations(out)) {
        records.stream().filter(record -> record.organisation().isPresent()).forEach(document::write);
      }
      if (records.stream().anyMatch(record -> record.organisation().isPresent())) {
        assertEquals(List.of(), IatiMaterial.schemaErrors(out.toByteArray(), "iati-organisations-schema.xsd"), file + " written back");
      }
    }
    for (Path file : failing) {
      try {
        List<IatiDiagnostic> errors = organisationErrors(organisations(validating, file));
        assertTrue(errors.stream().anyMatch(d -> d.line() > 0 && (STRUCTURE.contains(d.check()) || d.check() == IatiCheck.SCHEMA)),
            file + " gives no located schema error: " + errors);
      } catch (IatiException e) {
        assertTrue(e.line() > 0, file + ": " + e.getMessage());
      }
    }
  }

  private static List<IatiRecord> read(IatiReader reader, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); Stream<IatiRecord> records = reader.read(in)) {
      return records.collect(Collectors.toList());
    }
  }

  private static List<IatiRecord> read(IatiReader reader, byte[] xml) {
    try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(xml))) {
      return records.collect(Collectors.toList());
    }
  }

  private static IatiReader validating() {
    return OWN.validatingSchema(IatiMaterial.file("schemas"));
  }

  private static List<IatiDiagnostic> errors(List<IatiRecord> records) {
    return records.stream().flatMap(record -> record.diagnostics().stream())
        .filter(d -> d.severity() == IatiSeverity.ERROR).collect(Collectors.toList());
  }

  @Test
  void shouldPassFilesHaveNoStructuralOrSchemaErrorAndComeBackThroughTheWriter() throws IOException {
    List<Path> files = activityFiles("should-pass");
    assertTrue(files.size() > 100, "the suite's activity files: " + files.size());
    IatiReader validating = validating();
    IatiWriter writer = IatiWriter.builder().generatedAt(Instant.parse("2026-12-02T10:00:00Z")).build();
    for (Path file : files) {
      List<IatiRecord> records = read(OWN, file);
      List<IatiDiagnostic> structural = errors(records).stream().filter(d -> STRUCTURE.contains(d.check())).collect(Collectors.toList());
      assertEquals(List.of(), structural, file.toString());
      List<IatiDiagnostic> schema = errors(read(validating, file)).stream().filter(d -> d.check() == IatiCheck.SCHEMA)
          .collect(Collectors.toList());
      assertEquals(List.of(), schema, file.toString());

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (IatiWriter.Document document = writer.open(out)) {
        records.forEach(document::write);
      }
      assertEquals(List.of(), IatiMaterial.schemaErrors(out.toByteArray()), file + " written back");
      List<IatiRecord> again = read(OWN, out.toByteArray());
      assertEquals(records.stream().map(IatiRecord::programme).collect(Collectors.toList()),
          again.stream().map(IatiRecord::programme).collect(Collectors.toList()), file.toString());
      assertEquals(records.stream().map(IatiRecord::unmapped).collect(Collectors.toList()),
          again.stream().map(IatiRecord::unmapped).collect(Collectors.toList()), file.toString());
    }
  }

  @Test
  void everyShouldFailFileGivesALocatedErrorUnderTheSchemaAndNeverAnotherException() throws IOException {
    List<Path> files = activityFiles("should-fail");
    assertTrue(files.size() > 300, "the suite's activity files: " + files.size());
    IatiReader validating = validating();
    List<String> uncaught = new ArrayList<>();
    for (Path file : files) {
      for (IatiReader reader : List.of(OWN, validating)) {
        try {
          List<IatiDiagnostic> errors = errors(read(reader, file));
          boolean located = errors.stream().anyMatch(d -> d.line() > 0 && (STRUCTURE.contains(d.check()) || d.check() == IatiCheck.SCHEMA));
          if (reader == validating) {
            assertTrue(located, file + " gives no located schema error: " + errors);
          } else if (!located && !NOT_READ.matcher(file.toString()).find()) {
            uncaught.add(file.toString());
          }
        } catch (IatiException e) {
          assertTrue(e.line() > 0, file + ": " + e.getMessage());
        }
      }
    }
    assertEquals(List.of(), uncaught, "faults in what migov reads that its own checks miss");
  }

  @Test
  void theFailuresOfThe203SuiteAreForTheReasonTheirNamesState() throws IOException {
    IatiReader validating = validating();
    int named = 0;
    for (Path file : activityFiles("should-fail")) {
      String name = file.getFileName().toString();
      if (!file.toString().contains("/should-fail/iati-activities/")) {
        continue;
      }
      for (Map.Entry<String, String> reason : REASONS.entrySet()) {
        if (name.contains(reason.getKey())) {
          named++;
          List<String> codes = errors(read(validating, file)).stream().filter(d -> d.check() == IatiCheck.SCHEMA)
              .map(d -> d.details().get(0)).collect(Collectors.toList());
          if (codes.stream().noneMatch(message -> message.startsWith(reason.getValue()))) {
            fail(file + " fails for " + codes + ", not for " + reason.getKey());
          }
        }
      }
    }
    assertTrue(named > 90, "files named for their reason: " + named);
  }
}
