package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityId;
import org.migov.core.EntityKind;

/** The report and its violations as values: order, partition by severity, equality and text. */
class ReportTest {

  private static Violation v(EntityKind kind, String id, Rule rule, String path, String message) {
    return new Violation(rule, id(kind, id), path(path), message, null);
  }

  /** The id of an entity of a kind, or null. */
  static EntityId id(EntityKind kind, String id) {
    if (id == null) {
      return null;
    }
    return switch (kind) {
      case ORGANISATION -> org.migov.core.organisation.OrganisationId.of(id);
      case OFFICE -> org.migov.core.office.OfficeId.of(id);
      case AGREEMENT -> org.migov.core.agreement.AgreementId.of(id);
      case PROGRAMME -> org.migov.core.programme.ProgrammeId.of(id);
      case EVENT -> org.migov.core.event.EventId.of(id);
    };
  }

  /** A path of names, from its dotted text. */
  static PropertyPath path(String dotted) {
    PropertyPath path = PropertyPath.ROOT;
    for (String name : dotted.split("\\.")) {
      if (!name.isEmpty()) {
        path = path.property(name);
      }
    }
    return path;
  }

  /** In report order: kind, then id, rule code, path and message; an absent kind or id first. */
  private static final List<Violation> ORDERED = List.of(
      v(null, null, Rule.DS_003, "", "a"),
      v(EntityKind.AGREEMENT, "x", Rule.AGR_001, "parties", "a"),
      v(EntityKind.EVENT, "a", Rule.EVT_001, "organisations", "a"),
      v(EntityKind.EVENT, "b", Rule.DS_002, "agreement", "a"),
      v(EntityKind.EVENT, "b", Rule.EVT_001, "a", "z"),
      v(EntityKind.EVENT, "b", Rule.EVT_001, "b", "a"),
      v(EntityKind.EVENT, "b", Rule.EVT_001, "b", "b"),
      v(EntityKind.OFFICE, "a", Rule.OFF_002, "location.country", "a"));

  @Test
  void violationsAreSortedByKindIdRulePathAndMessage() {
    List<Violation> reversed = new ArrayList<>(ORDERED);
    Collections.reverse(reversed);
    assertEquals(ORDERED, ValidationReport.of(reversed).violations());
    List<Violation> shuffled = new ArrayList<>(ORDERED);
    Collections.shuffle(shuffled, new java.util.Random(3));
    assertEquals(ORDERED, ValidationReport.of(shuffled).violations());
  }

  @Test
  void errorsAndWarningsPartitionTheViolations() {
    ValidationReport report = ValidationReport.of(ORDERED);
    List<Violation> warnings = List.of(ORDERED.get(ORDERED.size() - 1));
    assertEquals(warnings, report.warnings());
    assertEquals(ORDERED.subList(0, ORDERED.size() - 1), report.errors());
    assertEquals(Set.of("AGR-001", "DS-002", "DS-003", "EVT-001", "OFF-002"), report.codes());
    assertEquals(List.of("AGR-001", "DS-002", "DS-003", "EVT-001", "OFF-002"), List.copyOf(report.codes()));
    assertFalse(report.isValid());
    ValidationReport onlyWarnings = ValidationReport.of(warnings);
    assertTrue(onlyWarnings.isValid());
    assertEquals(List.of(), onlyWarnings.errors());
    assertEquals(warnings, onlyWarnings.warnings());
  }

  @Test
  void reportsAreEqualWhenTheirViolationsAre() {
    ValidationReport report = ValidationReport.of(ORDERED);
    ValidationReport same = ValidationReport.of(new ArrayList<>(ORDERED));
    assertEquals(report, same);
    assertEquals(report.hashCode(), same.hashCode());
    ValidationReport fewer = ValidationReport.of(ORDERED.subList(1, ORDERED.size()));
    assertNotEquals(report, fewer);
    assertNotEquals(report, ORDERED);
    assertNotEquals(report, null);
    assertEquals(ValidationReport.of(List.of()), ValidationReport.of(List.of()));
    // Distinct reports do not all share one hash code.
    Set<Integer> hashes = Stream.of(report, fewer, ValidationReport.of(List.of()), ValidationReport.of(ORDERED.subList(2, 3)))
        .map(ValidationReport::hashCode).collect(Collectors.toSet());
    assertEquals(4, hashes.size());
  }

  @Test
  void aReportReadsOneViolationALine() {
    assertEquals("no violation", ValidationReport.of(List.of()).toString());
    assertEquals("DS-003 ERROR: a\nAGR-001 ERROR agreement x parties: a",
        ValidationReport.of(ORDERED.subList(0, 2)).toString());
  }

  @Test
  void aViolationReadsAsCodeSeverityEntityAndPath() {
    assertEquals("OFF-002 WARNING office iom-rome location.country: outside", v(EntityKind.OFFICE, "iom-rome", Rule.OFF_002, "location.country", "outside").toString());
    assertEquals("ORG-008 ERROR organisation iom: own parent", v(EntityKind.ORGANISATION, "iom", Rule.ORG_008, "", "own parent").toString());
    assertEquals("DS-003 ERROR: a cycle", v(null, null, Rule.DS_003, "", "a cycle").toString());
  }

  @Test
  void aViolationHasItsPartsAndIsEqualToOneWithTheSameParts() {
    Violation violation = new Violation(Rule.DS_002, id(EntityKind.EVENT, "e"), path("programme"), "dangles", "\"ghost\"");
    assertEquals(Rule.DS_002, violation.rule());
    assertEquals("DS-002", violation.code());
    assertEquals(Severity.ERROR, violation.severity());
    assertEquals(Optional.of(EntityKind.EVENT), violation.entityKind());
    assertEquals(Optional.of(id(EntityKind.EVENT, "e")), violation.entityId());
    assertEquals("programme", violation.path().toString());
    assertEquals("/programme", violation.path().toPointer());
    assertEquals("dangles", violation.message());
    assertEquals(Optional.of("\"ghost\""), violation.value());
    assertEquals(Optional.empty(), v(null, null, Rule.DS_003, "", "a").value());
    assertEquals(Optional.empty(), v(null, null, Rule.DS_003, "", "a").entityKind());
    assertEquals(Optional.empty(), v(null, null, Rule.DS_003, "", "a").entityId());

    Violation same = new Violation(Rule.DS_002, id(EntityKind.EVENT, "e"), path("programme"), "dangles", "\"ghost\"");
    assertEquals(violation, same);
    assertEquals(violation.hashCode(), same.hashCode());
    assertEquals(0, violation.compareTo(same));
    List<Violation> others = List.of(
        new Violation(Rule.DS_001, id(EntityKind.EVENT, "e"), path("programme"), "dangles", "\"ghost\""),
        new Violation(Rule.DS_002, id(EntityKind.PROGRAMME, "e"), path("programme"), "dangles", "\"ghost\""),
        new Violation(Rule.DS_002, id(EntityKind.EVENT, "f"), path("programme"), "dangles", "\"ghost\""),
        new Violation(Rule.DS_002, null, path("programme"), "dangles", "\"ghost\""),
        new Violation(Rule.DS_002, id(EntityKind.EVENT, "e"), path("agreement"), "dangles", "\"ghost\""),
        new Violation(Rule.DS_002, id(EntityKind.EVENT, "e"), path("programme"), "other", "\"ghost\""),
        new Violation(Rule.DS_002, id(EntityKind.EVENT, "e"), path("programme"), "dangles", "\"other\""),
        new Violation(Rule.DS_002, id(EntityKind.EVENT, "e"), path("programme"), "dangles", null));
    for (Violation other : others) {
      assertNotEquals(violation, other, other.toString());
      assertNotEquals(other, violation, other.toString());
      assertNotEquals(violation.hashCode(), other.hashCode(), other.toString());
    }
    assertNotEquals(violation, "DS-002");
    assertNotEquals(violation, null);
  }

  @Test
  void violationsOfEntitiesThatShareAnIdCarryTheirOwnPosition() {
    org.migov.core.organisation.Organisation first = Fixtures.dataset().organisations().get(1);
    org.migov.core.organisation.Organisation bad = org.migov.core.organisation.Organisation.builder().from(first)
        .acronym(org.migov.core.text.MultilingualText.of("en", "?")).build();
    org.migov.core.dataset.Dataset dataset = org.migov.core.dataset.Dataset.builder()
        .addOrganisations(first, Fixtures.dataset().organisations().get(0), bad).build();
    ValidationReport report = Fixtures.validator().validate(dataset);
    List<String> found = report.violations().stream()
        .filter(v -> v.entityId().map(Object::toString).orElse("").equals(first.id().value()))
        .map(v -> v.code() + "@" + v.position().orElse(-1)).collect(Collectors.toList());
    assertEquals(List.of("DS-001@2", "ORG-001@2"), found);
    assertTrue(Fixtures.validator().validate(bad).violations().get(0).position().isEmpty(),
        "a single entity has no position");
  }
}
