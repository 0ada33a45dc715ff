package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Property;

/** The writer: schema-valid output, and round trips from IATI and from migov. */
class IatiWriterTest {
  private static final Instant TIME = Instant.parse("2026-12-02T10:00:00Z");
  private static final Organisation PUBLISHER = Organisation.builder().id(OrganisationId.of("publisher"))
      .name(MultilingualText.of("en", "A publisher")).addKinds(OrganisationKind.INTERNATIONAL_NGO)
      .addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI, "XI-IATI-0000")).build();

  private static List<IatiRecord> read(IatiReader reader, byte[] xml) {
    try (Stream<IatiRecord> records = reader.read(new ByteArrayInputStream(xml))) {
      return records.collect(Collectors.toList());
    }
  }

  private static byte[] written(IatiWriter writer, List<IatiRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IatiWriter.Document document = writer.open(out)) {
      records.forEach(document::write);
    }
    return out.toByteArray();
  }

  private static List<Programme> programmes(List<IatiRecord> records) {
    return records.stream().map(record -> record.programme().orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void theRealIomActivitiesComeBackAsTheyWereRead() throws IOException {
    IatiWriter writer = IatiWriter.builder().generatedAt(TIME).build();
    for (String page : List.of("dportal_117.xml", "dportal_118.xml", "dportal_119.xml")) {
      byte[] original = Files.readAllBytes(IatiMaterial.file("real/iom/" + page));
      List<IatiRecord> records = read(IatiReader.create(), original);
      int invalidBefore = IatiMaterial.schemaErrors(original).size();
      byte[] again = written(writer, records);
      assertEquals(invalidBefore, IatiMaterial.schemaErrors(again).size(), page + ": the schema finds what it found before");
      List<IatiRecord> reread = read(IatiReader.create(), again);
      assertEquals(programmes(records), programmes(reread), page);
      for (int i = 0; i < records.size(); i++) {
        assertEquals(records.get(i).unmapped(), reread.get(i).unmapped(), records.get(i).identifier());
        assertEquals(records.get(i).reportingOrganisation(), reread.get(i).reportingOrganisation());
      }
    }
  }

  @Test
  void anEditedRecordIsWrittenFromItsProgrammeWhereItChanged() throws IOException {
    byte[] original = Files.readAllBytes(IatiMaterial.file("real/iom/dportal_117.xml"));
    IatiRecord record = read(IatiReader.create(), original).get(0);
    Programme programme = record.programme().orElseThrow();
    Programme edited = Programme.builder().from(programme).title(MultilingualText.of("fr", "Un titre nouveau"))
        .status(ProgrammeStatus.CANCELLED).targetAreas(List.of(TargetArea.of(Country.of("SN"), "60"), TargetArea.of(Country.of("ML"), "40")))
        .build();
    byte[] again = written(IatiWriter.builder().generatedAt(TIME).build(), List.of(record.withProgramme(edited)));
    assertEquals(List.of(), IatiMaterial.schemaErrors(again));
    IatiRecord reread = read(IatiReader.create(), again).get(0);
    assertEquals(edited, reread.programme().orElseThrow());
    assertEquals(record.unmapped(), reread.unmapped());
  }

  @Test
  void generatedDatasetsComeBackWithWhatIatiHolds() {
    IatiWriter writer = IatiWriter.builder().reportingOrganisation(PUBLISHER).generatedAt(TIME).placeholders(true).build();
    IatiMaterial.schema("iati-activities-schema.xsd");
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 12, 1))).withTries(60).withMaxSize(30).check(dataset -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<IatiDiagnostic> losses = writer.write(dataset, out);
      byte[] xml = out.toByteArray();
      if (dataset.programmes().isEmpty()) {
        return;
      }
      assertEquals(List.of(), IatiMaterial.schemaErrors(xml), () -> new String(xml, StandardCharsets.UTF_8));
      List<Organisation> organisations = new ArrayList<>(dataset.organisations());
      organisations.add(PUBLISHER);
      List<Programme> read = programmes(read(IatiReader.create().resolving(organisations), xml));
      List<Programme> expected = dataset.programmes().stream().map(programme -> whatIatiHolds(programme, organisations))
          .collect(Collectors.toList());
      assertEquals(expected, read, () -> losses.toString());
    });
  }

  @Test
  void aProgrammeWithoutWhatIatiRequiresIsRefusedAndNothingOfItIsWritten() {
    Programme bare = Programme.builder().id(ProgrammeId.of("XI-IATI-0000-1"))
        .title(MultilingualText.of("en", "Bare")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IatiWriter.Document document = IatiWriter.builder().reportingOrganisation(PUBLISHER).generatedAt(TIME).build().open(out)) {
      IatiException refused = assertThrows(IatiException.class, () -> document.write(bare));
      assertTrue(refused.getMessage().startsWith("expected a description"), refused.getMessage());
    }
    String xml = out.toString(StandardCharsets.UTF_8);
    assertTrue(!xml.contains("Bare"), xml);
    assertThrows(IatiException.class, () -> IatiWriter.builder().build().open(new ByteArrayOutputStream()).write(bare));
  }

  @Test
  void theAnnotatedExampleIsMappedOrReportedElementByElementAndComesBack() throws IOException {
    byte[] original = Files.readAllBytes(IatiMaterial.file("examples/activity-standard-example-annotated.xml"));
    List<IatiRecord> records = read(IatiReader.create(), original);
    assertEquals(1, records.size());
    List<String> notMapped = records.get(0).diagnostics().stream().filter(d -> d.check() == IatiCheck.NOT_MAPPED)
        .map(d -> d.details().get(0)).sorted().collect(Collectors.toList());
    assertEquals(List.of("activity-scope", "capital-spend", "collaboration-type", "conditions", "contact-info", "country-budget-items",
        "crs-add", "default-aid-type", "default-finance-type", "default-flow-type", "default-tied-status", "fss", "humanitarian-scope",
        "legacy-data", "location", "other-identifier", "planned-disbursement", "policy-marker", "result", "sector", "tag"), notMapped,
        "every element of the example is mapped or reported: a new one must be placed");
    java.util.Set<String> kept = records.get(0).unmapped().stream().map(xml -> xml.substring(1, xml.indexOf(' ') > 0
        && xml.indexOf(' ') < xml.indexOf('>') ? xml.indexOf(' ') : xml.indexOf('>'))).collect(Collectors.toSet());
    assertTrue(kept.containsAll(notMapped) && kept.containsAll(List.of("recipient-region", "description"))
        && !kept.contains("iati-identifier") && !kept.contains("title"), kept.toString());
    byte[] again = written(IatiWriter.builder().generatedAt(TIME).build(), records);
    assertEquals(List.of(), IatiMaterial.schemaErrors(again));
    List<IatiRecord> reread = read(IatiReader.create(), again);
    assertEquals(programmes(records), programmes(reread));
    assertEquals(records.get(0).unmapped(), reread.get(0).unmapped());
  }

  @Test
  void organisationsComeBackThroughAnOrganisationFile() throws IOException {
    byte[] example = Files.readAllBytes(IatiMaterial.file("examples/organisation-standard-example-annotated.xml"));
    List<IatiOrganisationRecord> records;
    try (Stream<IatiOrganisationRecord> read = IatiReader.create().readOrganisations(new ByteArrayInputStream(example))) {
      records = read.collect(Collectors.toList());
    }
    Organisation organisation = records.get(0).organisation().orElseThrow();
    assertEquals(records.get(0).identifier(), IatiIds.identifier(organisation.id().value()));
    assertTrue(records.get(0).unmapped().stream().anyMatch(xml -> xml.startsWith("<total-budget")), records.get(0).unmapped().toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (IatiWriter.OrganisationDocument document = IatiWriter.builder().generatedAt(TIME).build().openOrganisations(out)) {
      records.forEach(document::write);
    }
    assertEquals(List.of(), IatiMaterial.schemaErrors(out.toByteArray(), "iati-organisations-schema.xsd"));
    List<IatiOrganisationRecord> again;
    try (Stream<IatiOrganisationRecord> read = IatiReader.create().readOrganisations(new ByteArrayInputStream(out.toByteArray()))) {
      again = read.collect(Collectors.toList());
    }
    assertEquals(records.get(0).organisation(), again.get(0).organisation());
    assertEquals(records.get(0).unmapped(), again.get(0).unmapped());

    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 12, 1))).withTries(40).withMaxSize(30).check(dataset -> {
      if (dataset.organisations().isEmpty()) {
        return;
      }
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      List<IatiDiagnostic> losses = IatiWriter.builder().generatedAt(TIME).build().writeOrganisations(dataset.organisations(), file);
      assertEquals(List.of(), IatiMaterial.schemaErrors(file.toByteArray(), "iati-organisations-schema.xsd"));
      List<Organisation> read;
      try (Stream<IatiOrganisationRecord> stream = IatiReader.create().readOrganisations(new ByteArrayInputStream(file.toByteArray()))) {
        read = stream.map(record -> record.organisation().orElseThrow()).collect(Collectors.toList());
      }
      List<Organisation> expected = dataset.organisations().stream().map(IatiWriterTest::whatIatiHolds).collect(Collectors.toList());
      assertEquals(expected, read, losses::toString);
    });
  }

  /** An organisation as an IATI organisation file gives it back: its id through its IATI identifier, names, documents. */
  static Organisation whatIatiHolds(Organisation organisation) {
    String identifier = OrganisationWriter.iatiIdentifier(organisation);
    return Organisation.builder().id(OrganisationId.of(IatiIds.id(identifier))).name(stripped(organisation.name()))
        .addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI, identifier))
        .sources(organisation.sources().stream().filter(s -> s.url().isPresent())
            .map(s -> Source.builder().from(s).title(s.title().strip()).publisher(java.util.Optional.empty()).build()).collect(Collectors.toList()))
        .build();
  }

  /**
   * A generated programme as IATI gives it back: what it cannot hold left out, areas in the
   * schema's order, the id made from its IATI identifier when it has one.
   */
  static Programme whatIatiHolds(Programme programme, List<Organisation> organisations) {
    String identifier = programme.identifiers().stream().filter(id -> id.scheme() == IdentifierScheme.IATI_ACTIVITY)
        .map(ExternalIdentifier::value).findFirst().orElse(ActivityWriter.reversed(programme.id().value()));
    ProgrammeId id = ProgrammeId.of(IatiIds.id(identifier));
    List<ExternalIdentifier> iati = identifier.equals(id.value()) ? List.of()
        : List.of(ExternalIdentifier.of(IdentifierScheme.IATI_ACTIVITY, identifier));
    List<TargetArea> areas = programme.targetAreas().stream()
        .filter(area -> area.area() instanceof Country || area.area() instanceof M49Region)
        .sorted(Comparator.comparing(area -> area.area() instanceof Country ? 0 : 1)).collect(Collectors.toList());
    return Programme.builder().from(programme).id(id).title(stripped(programme.title()))
        .description(programme.description().map(IatiWriterTest::stripped))
        .transactions(programme.transactions().stream().map(t -> Transaction.builder().from(t).description(t.description().map(IatiWriterTest::stripped))
                .provider(t.provider().map(o -> readBack(o, organisations))).receiver(t.receiver().map(o -> readBack(o, organisations))).build())
            .collect(Collectors.toList()))
        .acronym(java.util.Optional.empty()).fundingInstrument(java.util.Optional.empty())
        .budgetTotals(List.of()).budgetLines(List.of()).basedOn(List.of())
        .identifiers(iati)
        .participants(programme.participants().stream().filter(p -> p.role().iatiCode().isPresent())
            .map(p -> Participant.of(readBack(p.organisation(), organisations), p.role())).collect(Collectors.toList()))
        .targetAreas(areas)
        .parent(programme.parent().map(parent -> ProgrammeId.of(IatiIds.id(ActivityWriter.reversed(parent.value())))))
        .budgets(programme.budgets().stream().filter(b -> b.period().filter(p -> p.isClosed()).isPresent()).collect(Collectors.toList()))
        .sources(programme.sources().stream().filter(s -> s.url().isPresent())
            .map(s -> Source.builder().from(s).title(s.title().strip()).publisher(java.util.Optional.empty()).build()).collect(Collectors.toList()))
        .build();
  }

  /** A text as the reader gives it: each language's text without surrounding whitespace (XML indentation). */
  private static MultilingualText stripped(MultilingualText text) {
    Map<String, String> strippedTexts = new LinkedHashMap<>();
    text.asMap().forEach((language, value) -> strippedTexts.put(language, value.strip()));
    return MultilingualText.of(strippedTexts);
  }

  /**
   * The id an organisation reads back as: the first of the organisations holding its IATI
   * identifier (the reader resolves it), else its id through an IATI ref.
   */
  private static OrganisationId readBack(OrganisationId id, List<Organisation> organisations) {
    String iati = organisations.stream().filter(o -> o.id().equals(id)).findFirst().stream()
        .flatMap(o -> o.identifiers().stream()).filter(i -> i.scheme() == IdentifierScheme.IATI).map(ExternalIdentifier::value)
        .findFirst().orElse(null);
    if (iati == null) {
      return OrganisationId.of(IatiIds.id(ActivityWriter.reversed(id.value())));
    }
    return organisations.stream().filter(o -> o.identifiers().contains(ExternalIdentifier.of(IdentifierScheme.IATI, iati)))
        .findFirst().orElseThrow().id();
  }
}
