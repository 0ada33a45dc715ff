package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.geography.Country;
import org.migov.core.programme.BudgetKind;
import org.migov.core.programme.BudgetStatus;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.time.DateRange;

/** The reader on real IOM activities (read where they are, never copied) and on hostile XML. */
class IatiReaderTest {
  /** IATI's material beside the clone; tests that need it are skipped, with a message, where it is absent. */
  private static final Path IATI = Path.of("..", "..", "shared", "data", "iati");
  private static final IatiReader READER = IatiReader.create();

  private static Path material(String path) {
    Path file = IATI.resolve(path);
    assumeTrue(Files.exists(file), "IATI material not found at " + file.toAbsolutePath() + ": test skipped");
    return file;
  }

  private static List<IatiRecord> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); Stream<IatiRecord> records = READER.read(in)) {
      return records.collect(Collectors.toList());
    }
  }

  private static List<IatiRecord> read(String xml) {
    try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      return records.collect(Collectors.toList());
    }
  }

  @Test
  void theRealIomActivitiesReadIntoProgrammes() throws IOException {
    int activities = 0;
    int byIom = 0;
    for (String page : List.of("dportal_117.xml", "dportal_118.xml", "dportal_119.xml")) {
      for (IatiRecord record : read(material("real/iom/" + page))) {
        activities++;
        Programme programme = record.programme().orElseThrow(() -> new AssertionError(record.diagnostics().toString()));
        assertEquals(record.identifier(), IatiIds.identifier(programme.id().value()));
        assertTrue(!programme.participants().isEmpty() && programme.period().isPresent() && programme.status().isPresent(),
            record.identifier());
        assertTrue(record.organisations().stream().anyMatch(o -> !o.identifiers().isEmpty()), "the reporting organisation, by its ref");
        byIom += record.identifier().startsWith("XM-DAC-47066-") ? 1 : 0;
      }
    }
    assertEquals(300, activities, "three pages of 100");
    assertTrue(byIom >= 57, byIom + " activities of IOM itself (the pages hold others' activities with IOM too)");
  }

  @Test
  void oneIomActivityMapsAsItsXmlSays() throws IOException {
    List<IatiRecord> records = read(material("real/iom/diterator-activity-01-XM-DAC-47066-DP.2154.xml"));
    assertEquals(1, records.size());
    IatiRecord record = records.get(0);
    Programme programme = record.programme().orElseThrow();
    assertEquals("XM-DAC-47066-DP.2154", record.identifier());
    assertEquals("XM-DAC-47066-DP.2154", programme.id().value());
    assertEquals(List.of(), programme.identifiers(), "the identifier is the id: no external identifier repeats it");
    assertTrue(programme.title().get(Locale.ENGLISH).startsWith("Promotion of Human Security through Comprehensive Health"));
    assertEquals(ProgrammeStatus.IMPLEMENTATION, programme.status().orElseThrow());
    assertEquals(DateRange.parse("2020-03-15/2021-03-14"), programme.period().orElseThrow(), "actual start, planned end");
    assertEquals(List.of("XM-DAC-701-2"), programme.funders().stream().map(o -> o.value()).collect(Collectors.toList()));
    assertEquals(List.of("XM-DAC-47066"), programme.participants(ParticipantRole.ACCOUNTABLE).stream().map(o -> o.value())
        .collect(Collectors.toList()));
    assertEquals(List.of(Country.of("SO")), programme.targetAreas().stream().map(t -> t.area()).collect(Collectors.toList()));
    assertEquals(BudgetKind.ORIGINAL, programme.budgets().get(0).kind());
    assertEquals(BudgetStatus.COMMITTED, programme.budgets().get(0).status());
    assertTrue(record.diagnostics().stream().allMatch(d -> d.code().equals("IATI-001")), record.diagnostics().toString());
  }

  @Test
  void iati1IsRefusedClearly() {
    Path legacy = material("real/legacy/iati-schemas-worldbank-1.0.xml");
    IatiException e = assertThrows(IatiException.class, () -> read(legacy));
    assertTrue(e.getMessage().contains("IATI 1.0 is not supported"), e.getMessage());
    assertEquals(2, e.line());
  }

  @Test
  void entitiesAndDtdsAreRefusedNeverResolved() {
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
        + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity></iati-activities>";
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&x;</iati-identifier></iati-activity></iati-activities>";
    String parserBug = "<?xml version=\"1.0\"?><!DOCTYPE a [<!EN\u001aTITY x \"x\">]><iati-activities version=\"2.03\"/>";
    for (String xml : List.of(laughs, xxe, parserBug)) {
      IatiException e = assertThrows(IatiException.class, () -> read(xml), "the JDK parser's own MissingResourceException too");
      assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd in the message: " + e.getMessage());
    }
  }

  @Test
  void deepNestingAndLongTextsAreRefused() {
    String deep = "<iati-activities version=\"2.03\"><iati-activity><result>" + "<x>".repeat(200) + "</x>".repeat(200)
        + "</result></iati-activity></iati-activities>";
    assertTrue(assertThrows(IatiException.class, () -> read(deep)).getMessage().contains("nested deeper than"));
    String longText = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>" + "a".repeat(IatiReader.MAX_TEXT + 1)
        + "</iati-identifier></iati-activity></iati-activities>";
    assertTrue(assertThrows(IatiException.class, () -> read(longText)).getMessage().contains("longer than"));
  }

  @Test
  void malformedXmlAndOtherRootsGiveWhereAndWhat() {
    IatiException e = assertThrows(IatiException.class, () -> read("<iati-activities version=\"2.03\"><iati-activity>"));
    assertTrue(e.getMessage().startsWith("expected well-formed XML"), e.getMessage());
    assertTrue(assertThrows(IatiException.class, () -> read("<dataset/>")).getMessage().contains("an IATI activity file"));
  }

  @Test
  void unknownCodesAreDiagnosedAndTheActivityStillReads() {
    List<IatiRecord> records = read("<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\">"
        + "<iati-identifier>XI-IATI-EC_INTPA-2021/429-054</iati-identifier><title><narrative>T</narrative></title>"
        + "<activity-status code=\"9\"/><recipient-country code=\"ZZ\"/><sector code=\"15190\"/><sector code=\"15110\"/>"
        + "<participating-org role=\"1\"><narrative>A donor</narrative></participating-org>"
        + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2022-01-05\"/><value>10.5</value></transaction>"
        + "</iati-activity></iati-activities>");
    IatiRecord record = records.get(0);
    Programme programme = record.programme().orElseThrow();
    assertEquals("XI-IATI-EC_INTPA-2021%2F429-054", programme.id().value());
    assertEquals(List.of(ExternalIdentifier.of(IdentifierScheme.IATI_ACTIVITY, "XI-IATI-EC_INTPA-2021/429-054")), programme.identifiers(),
        "an identifier that the id escapes is kept verbatim");
    List<IatiCheck> found = record.diagnostics().stream().map(IatiDiagnostic::check).collect(Collectors.toList());
    assertTrue(found.containsAll(List.of(IatiCheck.ACTIVITY_STATUS_CODE, IatiCheck.COUNTRY_CODE, IatiCheck.NOT_MAPPED,
        IatiCheck.SECTOR_PERCENTAGE_MISSING, IatiCheck.IDENTIFIER_SYMBOLS, IatiCheck.NO_LANGUAGE)), found.toString());
    IatiDiagnostic sectors = record.diagnostics().stream().filter(d -> d.check() == IatiCheck.NOT_MAPPED).findFirst().orElseThrow();
    assertEquals("sector is kept for the writer, not held by migov (2 in this activity)", sectors.message());
    assertEquals("sector è conservato per la scrittura, migov non lo rappresenta (2 in questa attività)", sectors.message(Locale.ITALIAN));
    assertEquals("activity-status \"9\" is not an ActivityStatus code (1 to 6)",
        record.diagnostics().stream().filter(d -> d.check() == IatiCheck.ACTIVITY_STATUS_CODE).findFirst().orElseThrow().message());
    assertEquals("name:A%20donor", programme.funders().get(0).value(), "minted from the name, reproducibly");
    assertEquals("EUR 10.5", programme.transactions().get(0).value().toString());
  }

  @Test
  void idsAreMadeReversibly() {
    for (String identifier : List.of("XM-DAC-47066-DP.2154", "XI-IATI-EC_INTPA-2021/429-054", "a b%c&d|e?f", "ü/ß")) {
      assertEquals(identifier, IatiIds.identifier(IatiIds.id(identifier)));
    }
    assertThrows(IllegalArgumentException.class, () -> IatiIds.identifier("a%2"));
  }

  @Test
  void aFileCutAtAnyByteOrWithBadBytesGivesRecordsOrAnIatiExceptionOnly() {
    byte[] whole = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><iati-activities version=\"2.03\"><iati-activity xml:lang=\"fr\">"
        + "<iati-identifier>XM-DAC-47066-1</iati-identifier><title><narrative>Migrations sûres</narrative></title>"
        + "<activity-date type=\"2\" iso-date=\"2024-01-01\"/><budget type=\"1\" status=\"1\"><period-start iso-date=\"2024-01-01\"/>"
        + "<period-end iso-date=\"2024-12-31\"/><value currency=\"EUR\">10</value></budget></iati-activity></iati-activities>")
        .getBytes(StandardCharsets.UTF_8);
    for (int length = 0; length <= whole.length; length++) {
      byte[] cut = java.util.Arrays.copyOf(whole, length);
      try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(cut))) {
        records.forEach(r -> { });
      } catch (IatiException expected) {
        assertTrue(expected.getMessage().startsWith("expected "), expected.getMessage());
      }
    }
    byte[] bad = whole.clone();
    bad[whole.length / 2] = (byte) 0xC3;
    bad[whole.length / 2 + 1] = (byte) 0x28;
    assertThrows(IatiException.class, () -> {
      try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(bad))) {
        records.forEach(r -> { });
      }
    });
    assertEquals("Migrations sûres", read(new String(whole, StandardCharsets.UTF_8)).get(0).programme().orElseThrow()
        .title().get(Locale.FRENCH));
  }

  @Test
  void regionsParentsSdgTargetsAndDocumentsMapWhereMigovHoldsThem() {
    IatiRecord record = read("<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\" default-currency=\"EUR\">"
        + "<iati-identifier>XM-DAC-47066-2</iati-identifier><title><narrative>A project</narrative></title>"
        + "<recipient-region code=\"15\" vocabulary=\"2\" percentage=\"60\"/><recipient-region code=\"289\" percentage=\"40\"/>"
        + "<sector vocabulary=\"8\" code=\"10.7\"/><sector vocabulary=\"1\" code=\"15190\"/><tag vocabulary=\"3\" code=\"8.7\"/>"
        + "<document-link url=\"https://example.org/report.pdf\" format=\"application/pdf\"><title><narrative>Report</narrative></title>"
        + "<category code=\"A01\"/><language code=\"EN\"/><document-date iso-date=\"2024-05-01\"/></document-link>"
        + "<related-activity ref=\"XM-DAC-47066-1\" type=\"1\"/><related-activity ref=\"XM-DAC-47066-3\" type=\"2\"/>"
        + "</iati-activity></iati-activities>").get(0);
    Programme programme = record.programme().orElseThrow();
    assertEquals(org.migov.core.geography.M49Region.of("015"), programme.targetAreas().get(0).area(), "M49 codes padded");
    assertEquals(1, programme.targetAreas().size(), "the DAC region is reported, not a target area");
    assertEquals("XM-DAC-47066-1", programme.parent().orElseThrow().value());
    assertEquals(java.util.Set.of(org.migov.core.taxonomy.SdgTarget.TARGET_10_7, org.migov.core.taxonomy.SdgTarget.TARGET_8_7),
        programme.sdgTargets());
    org.migov.core.source.Source source = programme.sources().get(0);
    assertEquals("Report", source.title());
    assertEquals("https://example.org/report.pdf", source.url().orElseThrow().toString());
    assertEquals("2024-05-01", source.date().orElseThrow().toString());
    assertEquals("en", source.language().orElseThrow());
    assertEquals(List.of("IATI-005 XM-DAC-47066-2", "IATI-006 XM-DAC-47066-2", "IATI-001 XM-DAC-47066-2"),
        record.diagnostics().stream().filter(d -> d.severity() == IatiSeverity.INFO).map(d -> d.code() + " " + d.activity())
            .collect(Collectors.toList()),
        "the DAC region, the child relation and the DAC sector: " + record.diagnostics());
    assertEquals(List.of(IatiCheck.MISSING_ELEMENT, IatiCheck.SINGLE_REGION_PERCENTAGE), record.diagnostics().stream()
        .filter(d -> d.severity() == IatiSeverity.ERROR).map(IatiDiagnostic::check).distinct().collect(Collectors.toList()),
        "the elements the snippet leaves out, and each region vocabulary's lone region at less than 100%: " + record.diagnostics());
  }

  @Test
  void aWholeFileReadsIntoOneDatasetWithEachOrganisationOnce() throws IOException {
    Path page = material("real/iom/dportal_117.xml");
    IatiImport imported;
    try (InputStream in = Files.newInputStream(page)) {
      imported = READER.readAll(in);
    }
    assertEquals(100, imported.activities());
    assertEquals(100, imported.dataset().programmes().size());
    assertEquals(imported.dataset().organisations().size(),
        imported.dataset().organisations().stream().map(o -> o.id()).distinct().count(), "each organisation once");
    assertTrue(imported.dataset().organisation(org.migov.core.organisation.OrganisationId.of("XM-DAC-47066")).isPresent());
    assertEquals(read(page).stream().mapToInt(r -> r.diagnostics().size()).sum(), imported.diagnostics().size());
  }
}
