package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.testkit.RuleBreakingGens;

/** What a report and its violations say: severities, equality, text, and the facade's settings. */
class ReportTest {
  private static final MigovValidator VALIDATOR = Fixtures.validator();

  private static ValidationReport breaking(String code) {
    Dataset dataset = RuleBreakingGens.breaking(code, Fixtures.TODAY).sample(new Random(7), 8);
    return VALIDATOR.validate(dataset);
  }

  @Test
  void errorsAndWarningsAreSplitBySeverity() {
    ValidationReport errors = breaking("PRG-001");
    assertFalse(errors.errors().isEmpty());
    assertTrue(errors.errors().stream().allMatch(v -> v.severity() == Severity.ERROR));
    assertFalse(errors.isValid());
    assertTrue(errors.codes().contains("PRG-001"), errors.codes().toString());

    ValidationReport warnings = breaking("OFF-002");
    assertFalse(warnings.warnings().isEmpty(), warnings.toString());
    assertTrue(warnings.warnings().stream().allMatch(v -> v.severity() == Severity.WARNING));
    assertEquals(warnings.violations().size(), warnings.errors().size() + warnings.warnings().size());
    assertTrue(warnings.codes().contains("OFF-002"));
  }

  @Test
  void reportsAreEqualByTheirViolations() {
    ValidationReport once = breaking("PRG-001");
    ValidationReport again = breaking("PRG-001");
    assertEquals(once, again);
    assertEquals(once.hashCode(), again.hashCode());
    assertNotEquals(once, breaking("OFF-002"));
    assertNotEquals(once, "a report");
    assertEquals("no violation", VALIDATOR.validate(Dataset.empty()).toString());
    assertEquals(once.violations().size(), once.toString().split("\n").length);
    assertTrue(once.toString().startsWith(once.violations().get(0).toString()));
  }

  @Test
  void aViolationReadsAsCodeSeverityEntityPathAndMessage() {
    Violation full = new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "participants", "No funder.", "[]");
    assertEquals("PRG-001 ERROR programme p1 participants: No funder.", full.toString());
    assertEquals(Optional.of("[]"), full.value());
    assertEquals("PRG-001", full.code());
    assertSame(Rule.PRG_001, full.rule());

    Violation bare = new Violation(Rule.DS_001, null, null, "", "Repeated id.", null);
    assertEquals("DS-001 ERROR: Repeated id.", bare.toString());
    assertEquals(Optional.empty(), bare.value());
    assertEquals(Optional.empty(), bare.entityKind());
    assertEquals(Optional.empty(), bare.entityId());
  }

  @Test
  void violationsAreEqualByEveryField() {
    Violation v = new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "participants", "No funder.", "[]");
    assertEquals(v, new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "participants", "No funder.", "[]"));
    assertEquals(v.hashCode(), new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "participants", "No funder.", "[]").hashCode());
    List<Violation> others = List.of(
        new Violation(Rule.PRG_002, EntityKind.PROGRAMME, "p1", "participants", "No funder.", "[]"),
        new Violation(Rule.PRG_001, EntityKind.OFFICE, "p1", "participants", "No funder.", "[]"),
        new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p2", "participants", "No funder.", "[]"),
        new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "budget", "No funder.", "[]"),
        new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "participants", "Other.", "[]"),
        new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "p1", "participants", "No funder.", null));
    for (Violation other : others) {
      assertNotEquals(v, other, other.toString());
    }
    assertNotEquals(v, "PRG-001");
  }

  @Test
  void violationsSortByKindIdCodePathAndMessage() {
    Violation office = new Violation(Rule.OFF_002, EntityKind.OFFICE, "o1", "", "m", null);
    Violation programmeA = new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "a", "", "m", null);
    Violation programmeB = new Violation(Rule.PRG_001, EntityKind.PROGRAMME, "b", "", "m", null);
    Violation none = new Violation(Rule.DS_001, null, null, "", "m", null);
    List<Violation> sorted = new java.util.ArrayList<>(List.of(programmeB, office, programmeA, none));
    java.util.Collections.sort(sorted);
    assertEquals(List.of(none, office, programmeA, programmeB), sorted);
  }

  @Test
  void theFacadeKeepsItsSettings() {
    Clock clock = Fixtures.CLOCK;
    MigovValidator italian = MigovValidator.builder().clock(clock).locale(Locale.ITALIAN).build();
    assertSame(clock, italian.clock());
    assertEquals(Locale.ITALIAN, italian.locale());
    MigovValidator defaults = MigovValidator.create();
    assertEquals(Locale.ENGLISH.getLanguage(), defaults.locale().getLanguage());
    assertTrue(defaults.validate(Dataset.empty()).isValid());
  }

  @Test
  void rulesAreFoundByTheirCode() {
    for (Rule rule : Rule.values()) {
      assertSame(rule, Rule.ofCode(rule.code()));
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Rule.ofCode("PRG-999"));
    assertEquals("PRG-999", e.found());
    assertThrows(InvalidValueException.class, () -> Rule.ofCode(null));
  }
}
