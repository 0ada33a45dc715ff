package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.programme.Programme;
import org.migov.core.text.MultilingualText;

/** Corners that a review of the reader and the writer found: each once wrong, each a test now. */
class IatiCornersTest {
  private static final IatiReader READER = IatiReader.create().today(LocalDate.of(2026, 12, 1));
  private static final IatiWriter WRITER = IatiWriter.builder().generatedAt(Instant.parse("2026-12-02T10:00:00Z")).build();

  private static final String HEAD = "<iati-identifier>XM-DAC-47066-1</iati-identifier>"
      + "<reporting-org ref=\"XM-DAC-47066\" type=\"40\"><narrative>IOM</narrative></reporting-org>"
      + "<title><narrative>T</narrative></title><description><narrative>D</narrative></description>"
      + "<participating-org role=\"2\" ref=\"XM-DAC-47066\"/><activity-status code=\"2\"/>"
      + "<activity-date type=\"2\" iso-date=\"2024-01-01\"/>";

  private static List<IatiRecord> read(IatiReader reader, String xml) {
    try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      return records.collect(Collectors.toList());
    }
  }

  private static byte[] written(List<IatiRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IatiWriter.Document document = WRITER.open(out)) {
      records.forEach(document::write);
    }
    return out.toByteArray();
  }

  private static List<IatiCheck> checks(IatiRecord record) {
    return record.diagnostics().stream().map(IatiDiagnostic::check).collect(Collectors.toList());
  }

  @Test
  void anEmptyDefaultNamespaceIsKeptNotACrash() {
    List<IatiRecord> records = read(READER, "<iati-activities version=\"2.03\"><iati-activity xmlns=\"\" xml:lang=\"en\">" + HEAD
        + "<location xmlns=\"\"><x xmlns=\"\"/></location></iati-activity></iati-activities>");
    assertEquals("XM-DAC-47066-1", records.get(0).programme().orElseThrow().id().value());
    assertEquals(1, read(READER, new String(written(records), StandardCharsets.UTF_8)).size());
  }

  @Test
  void charsThatXml10CannotCarryAreRefusedOnBothSides() {
    assertThrows(IatiException.class, () -> read(READER, "<?xml version=\"1.1\"?><iati-activities version=\"2.03\"><iati-activity>"
        + "<iati-identifier>A&#1;B</iati-identifier></iati-activity></iati-activities>"));
    IatiRecord record = read(READER, "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\">" + HEAD
        + "</iati-activity></iati-activities>").get(0);
    Programme bad = Programme.builder().from(record.programme().orElseThrow()).title(MultilingualText.of("en", "a\u0001b")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IatiWriter.Document document = WRITER.open(out)) {
      IatiException refused = assertThrows(IatiException.class, () -> document.write(record.withProgramme(bad)));
      assertTrue(refused.getMessage().startsWith("expected text XML 1.0 can carry"), refused.getMessage());
    }
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("iati-activity>"), "nothing of it written");
  }

  @Test
  void prefixesDeclaredOnTheRootAreDeclaredOnTheActivityWrittenBack() {
    List<IatiRecord> records = read(READER, "<iati-activities version=\"2.03\" xmlns:iati-extra=\"http://datastore.iatistandard.org/ns\">"
        + "<iati-activity iati-extra:version=\"2.03\" xml:lang=\"en\">" + HEAD + "</iati-activity></iati-activities>");
    String xml = new String(written(records), StandardCharsets.UTF_8);
    assertTrue(xml.contains("xmlns:iati-extra=\"http://datastore.iatistandard.org/ns\""), xml);
    assertEquals(records.get(0).programme(), read(READER, xml).get(0).programme());
  }

  @Test
  void elementsOfAnotherNamespaceAreKeptNeverMappedAndWrittenLast() {
    List<IatiRecord> records = read(READER, "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\">" + HEAD
        + "<acme:iati-identifier xmlns:acme=\"urn:a\">Z</acme:iati-identifier>"
        + "<acme:budget xmlns:acme=\"urn:a\"><period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/><value>1</value></acme:budget>"
        + "</iati-activity></iati-activities>");
    Programme programme = records.get(0).programme().orElseThrow();
    assertEquals("XM-DAC-47066-1", programme.id().value());
    assertEquals(List.of(), programme.budgets());
    String xml = new String(written(records), StandardCharsets.UTF_8);
    assertTrue(xml.indexOf("acme:iati-identifier") > xml.indexOf("activity-date"), xml);
    assertTrue(checks(records.get(0)).contains(IatiCheck.NOT_MAPPED));
  }

  @Test
  void manyNarrativesOfOneLanguageAreBoundedTogether() {
    String half = "x".repeat(600_000);
    IatiException e = assertThrows(IatiException.class, () -> read(READER.retainingUnmapped(false), "<iati-activities version=\"2.03\">"
        + "<iati-activity><iati-identifier>A</iati-identifier><title><narrative>" + half + "</narrative><narrative>" + half
        + "</narrative></title></iati-activity></iati-activities>"));
    assertTrue(e.getMessage().contains("narratives of one language longer than"), e.getMessage());
  }

  @Test
  void theSchemaErrorsAfterTheLastActivityGoOnTheLastRecord() {
    IatiReader validating = READER.validatingSchema(IatiMaterial.file("schemas"));
    List<IatiRecord> records = read(validating, "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\">" + HEAD
        + "</iati-activity>stray text</iati-activities>");
    assertTrue(checks(records.get(records.size() - 1)).contains(IatiCheck.SCHEMA), records.get(0).diagnostics().toString());
  }

  @Test
  void oddAttributeValuesAreReportedNotGuessed() {
    IatiRecord record = read(READER, "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"\" default-currency=\" EUR\">"
        + HEAD.replace("role=\"2\"", "role=\"-1\"") + "<recipient-country code=\"SN\" percentage=\"\"/>"
        + "<budget type=\"\"><period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/>"
        + "<value value-date=\"2024-01-01\">5</value></budget>"
        + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2024-02-01\"/>"
        + "<value value-date=\"2024-02-01\">5</value></transaction></iati-activity></iati-activities>").get(0);
    List<IatiCheck> found = checks(record);
    assertTrue(found.containsAll(List.of(IatiCheck.ORGANISATION_ROLE, IatiCheck.DATATYPE, IatiCheck.BUDGET_TYPE, IatiCheck.NO_LANGUAGE)),
        found.toString());
    Programme programme = record.programme().orElseThrow();
    assertEquals("T", programme.title().asMap().values().iterator().next(), "a blank default language is none");
    assertEquals("EUR 5", programme.transactions().get(0).value().toString(), "the default currency, stripped once");
  }

  @Test
  void keptElementsAreTheFilesOwnTextWithTheirOuterPrefixesDeclared() {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<iati-activities version=\"2.03\" xmlns:x=\"urn:x\">"
        + "<iati-activity xml:lang=\"fr\">" + HEAD.replace("<narrative>T</narrative>", "<narrative>Migrations s\u00fbres</narrative>")
        + "<location ref=\"a>b\"><!-- a <comment> --><name><narrative><![CDATA[Dakar <centre>]]></narrative></name><?pi here?></location>"
        + "<x:ext x:a=\"1\"/></iati-activity></iati-activities>";
    IatiRecord record;
    try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)))) {
      record = records.findFirst().orElseThrow();
    }
    assertEquals("Migrations s\u00fbres", record.programme().orElseThrow().title().asMap().get("fr"), "decoded as the declaration says");
    assertEquals(List.of("<location ref=\"a>b\"><!-- a <comment> --><name><narrative><![CDATA[Dakar <centre>]]></narrative></name>"
        + "<?pi here?></location>", "<x:ext xmlns:x=\"urn:x\" x:a=\"1\"/>"), record.unmapped(), "as the file wrote them");
    List<IatiRecord> again = read(READER, new String(written(List.of(record)), StandardCharsets.UTF_8));
    assertEquals(record.unmapped(), again.get(0).unmapped());
    assertEquals(record.programme(), again.get(0).programme());
  }

  @Test
  void utf16FilesAreKeptAsTheyWroteThemAcrossReadsAndSurrogatePairs() {
    String location = "<location><name><narrative>Gen\u00e8ve \ud83c\udf0d " + "x".repeat(70_000) + "</narrative></name></location>";
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><iati-activities version=\"2.03\"><iati-activity xml:lang=\"fr\">"
        + HEAD + location + "</iati-activity></iati-activities>";
    for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16)) {
      IatiRecord record;
      try (Stream<IatiRecord> records = READER.read(new ByteArrayInputStream(xml.getBytes(charset)))) {
        record = records.findFirst().orElseThrow();
      }
      assertEquals(List.of(location), record.unmapped(), charset.toString());
    }
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedInBothModesAndNothingIsPrinted() {
    String head = "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"fr\">" + HEAD + "<location><name><narrative>";
    String tail = "</narrative></name></location></iati-activity></iati-activities>";
    java.io.PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82})) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(bad);
        if (bad.length != 2 || bad[0] != (byte) 0xE2) {
          file.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        }
        for (IatiReader reader : List.of(READER, READER.retainingUnmapped(false))) {
          IatiException e = assertThrows(IatiException.class, () -> {
            try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(file.toByteArray()))) {
              records.forEach(r -> { });
            }
          });
          assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
        }
      }
    } finally {
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "the parser printed nothing");
  }

  @Test
  void bytesOfNoCharacterOfASingleByteEncodingAreRefusedWhereverTheyStand() {
    byte[] file = ("<?xml version=\"1.0\" encoding=\"windows-1252\"?><iati-activities version=\"2.03\">"
        + "<iati-activity xml:lang=\"fr\" linked-data-uri=\"http://x.org/#\">" + HEAD + "</iati-activity></iati-activities>")
        .getBytes(StandardCharsets.ISO_8859_1);
    int hash = new String(file, StandardCharsets.ISO_8859_1).indexOf('#');
    file[hash] = (byte) 0x81;
    for (IatiReader reader : List.of(READER, READER.retainingUnmapped(false))) {
      IatiException e = assertThrows(IatiException.class, () -> {
        try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(file))) {
          records.forEach(r -> { });
        }
      });
      assertTrue(e.getMessage().contains("not windows-1252 text"), e.getMessage());
    }
  }

  @Test
  void aUtf8ByteOrderMarkBeforeADeclarationOfAnotherEncodingIsRefused() {
    byte[] declaration = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><iati-activities version=\"2.03\"/>"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] file = new byte[declaration.length + 3];
    file[0] = (byte) 0xEF;
    file[1] = (byte) 0xBB;
    file[2] = (byte) 0xBF;
    System.arraycopy(declaration, 0, file, 3, declaration.length);
    IatiException e = assertThrows(IatiException.class, () -> READER.read(new ByteArrayInputStream(file)).count());
    assertTrue(e.getMessage().contains("byte order mark"), e.getMessage());
  }

  @Test
  void utf32FilesReadInBothModes() {
    String location = "<location><name><narrative>Gen\u00e8ve</narrative></name></location>";
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-10646-UCS-4\"?><iati-activities version=\"2.03\"><iati-activity xml:lang=\"fr\">"
        + HEAD + location + "</iati-activity></iati-activities>";
    byte[] file = xml.getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    for (IatiReader reader : List.of(READER, READER.retainingUnmapped(false))) {
      IatiRecord record;
      try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(file))) {
        record = records.findFirst().orElseThrow();
      }
      assertEquals("XM-DAC-47066-1", record.identifier());
      assertEquals(reader == READER ? List.of(location) : List.of(), record.unmapped());
    }
  }
}
