package org.migov.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migov.benchmarks.baseline.ParticipantRecord;
import org.migov.benchmarks.baseline.ProgrammeRecord;
import org.migov.benchmarks.baseline.Rules;
import org.migov.benchmarks.baseline.Shape;
import org.migov.benchmarks.baseline.TargetAreaRecord;
import org.migov.core.money.Money;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Programme;
import org.migov.core.programme.TargetArea;
import org.migov.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every benchmark method once, outside JMH, and checks that it does what it says: the
 * baseline decodes the same facts as migov, encoders write the document back, the validators
 * find the document valid and find the same broken rule in a broken one. A correctness check that
 * keeps the benchmarks from rotting, not a timing.
 */
class BenchmarksSmokeTest {
  private static final ProgrammeBenchmark BENCH = new ProgrammeBenchmark();
  private static final JsonMapper MAPPER = Fixtures.recordsMapper();

  @BeforeAll
  static void setUp() {
    BENCH.setUp();
  }

  @Test
  void theDocumentIsAbout2Kb() {
    int bytes = Fixtures.programmeJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertTrue(bytes > 1800 && bytes < 2600, bytes + " bytes");
  }

  @Test
  void migovAndTheRecordsDecodeTheSameFacts() {
    Programme programme = BENCH.decodeMigov();
    ProgrammeRecord record = BENCH.decodeRecords();
    assertEquals(programme.id().value(), record.id());
    assertEquals(programme.title().get(Locale.ENGLISH), record.title().get("en"));
    assertEquals(programme.title().languages(), record.title().keySet());
    assertEquals(programme.description().orElseThrow().asMap(), record.description());
    assertEquals(6, programme.participants().size());
    assertEquals(programme.participants().size(), record.participants().size());
    assertEquals(4, programme.participants().stream().map(p -> p.role()).distinct().count());
    for (int i = 0; i < 6; i++) {
      assertEquals(programme.participants().get(i).organisation().value(), record.participants().get(i).organisation());
      assertEquals(programme.participants().get(i).role().code(), record.participants().get(i).role());
    }
    assertEquals(0, programme.budget().orElseThrow().amount().compareTo(record.budget().amount()));
    BigDecimal migovLines = programme.budgetLines().stream().map(BudgetLine::amount).map(Money::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal recordLines = record.budgetLines().stream().map(l -> l.amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(3, programme.budgetLines().size());
    assertEquals(migovLines, recordLines);
    assertEquals(4, programme.targetAreas().size());
    assertEquals(programme.targetAreas().stream().map(t -> t.percentage().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add),
        record.targetAreas().stream().map(TargetAreaRecord::percentage).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertEquals(programme.period().orElseThrow().start().flatMap(start -> start.toLocalDate()).orElseThrow(), record.period().start());
    assertEquals(2, programme.sources().size());
    assertEquals(programme.sources().size(), record.sources().size());
    assertEquals(programme.thematicAreas().size(), record.thematicAreas().size());
  }

  @Test
  void theTokenStreamSeesEveryToken() {
    assertTrue(BENCH.decodeTokenStream() > 150, "tokens: " + BENCH.decodeTokenStream());
    assertEquals(BENCH.decodeTokenStream(), BENCH.decodeTokenStreamBytes());
  }

  @Test
  void theBytesDecodeAsTheString() {
    assertEquals(BENCH.decodeMigov(), BENCH.decodeMigovBytes());
    assertEquals(BENCH.decodeRecords(), BENCH.decodeRecordsBytes());
  }

  @Test
  void bothEncodersWriteTheDocumentBack() {
    String json = Fixtures.programmeJson();
    assertEquals(json, BENCH.encodeMigov());
    assertEquals(MAPPER.readTree(json), MAPPER.readTree(BENCH.encodeRecords()));
  }

  @Test
  void theDocumentIsValidForBothValidators() {
    ValidationReport report = BENCH.validateMigov();
    assertTrue(report.violations().isEmpty(), report.toString());
    assertEquals(Set.of(), BENCH.validateHibernateRules());
    assertEquals(Set.of(), BENCH.validateHibernateShapeAndRules());
    assertTrue(BENCH.decodeAndValidateMigov().violations().isEmpty());
    assertEquals(Set.of(), BENCH.decodeAndValidateRecords());
  }

  @Test
  void bothValidatorsFindTheSameBrokenRules() {
    ProgrammeRecord record = BENCH.decodeRecords();
    List<ParticipantRecord> noFunder = record.participants().stream()
        .filter(p -> !p.role().equals("funding")).collect(Collectors.toList());
    ProgrammeRecord broken = new ProgrammeRecord(record.id(), record.title(), record.acronym(), record.description(),
        noFunder, record.fundingInstrument(), record.budget(), record.budgetLines(), record.period(), record.status(),
        record.targetAreas().subList(0, 3), record.thematicAreas(), record.beneficiaryGroups(), record.activityTypes(),
        record.basedOn(), record.parent(), record.sources());
    Set<String> hibernate = Fixtures.hibernateValidator().validate(broken, Rules.class).stream()
        .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    assertEquals(Set.of("funded", "percentagesSummingTo100"), hibernate);

    Programme programme = BENCH.decodeMigov();
    Programme migovBroken = Programme.builder().from(programme)
        .participants(programme.participants().stream().filter(p -> !p.role().code().equals("funding")).collect(Collectors.toList()))
        .targetAreas(programme.targetAreas().subList(0, 3))
        .build();
    assertEquals(Set.of("PRG-001", "PRG-006"), Fixtures.migovValidator().validate(migovBroken).codes());
  }

  @Test
  void theShapeGroupChecksWhatMigovChecksWhileDecoding() {
    ProgrammeRecord record = MAPPER.readValue(
        Fixtures.programmeJson().replace("\"LY\"", "\"ly\"").replace("\"funding\"", "\"funder\""), ProgrammeRecord.class);
    Set<ConstraintViolation<ProgrammeRecord>> violations = Fixtures.hibernateValidator().validate(record, Shape.class);
    Set<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    assertTrue(paths.contains("targetAreas[0].area.country"), paths.toString());
    assertTrue(paths.contains("participants[0].role"), paths.toString());
    // One violation per broken value: 2 roles, LY in a budget line and a target area.
    assertEquals(4, violations.size(), paths.toString());
  }

  @Test
  void theScaleStreamReadsBackValid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scale.jsonl");
    ScaleData.write(Fixtures.migovJson(), 200, file);
    assertEquals(ScaleData.entityCount(200), Files.lines(file).count());
    ScaleData.Tally decoded = ScaleData.read(Fixtures.migovJson(), null, file);
    assertEquals(ScaleData.entityCount(200), decoded.entities());
    ScaleData.Tally validated = ScaleData.read(Fixtures.migovJson(), Fixtures.migovValidator(), file);
    assertEquals(new ScaleData.Tally(ScaleData.entityCount(200), 0), validated);
    Programme first = ScaleData.programme(BENCH.decodeMigov(), 3, 20);
    assertEquals(100, first.targetAreas().stream().map(TargetArea::percentage)
        .map(p -> p.orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add).intValue());
  }
}
