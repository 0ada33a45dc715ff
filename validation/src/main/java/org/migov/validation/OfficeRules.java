package org.migov.validation;

import org.migov.core.office.Office;
import org.migov.core.office.OfficeKind;

/** The rules about one office: OFF-001 to OFF-003. */
final class OfficeRules {
  private OfficeRules() {}

  static void check(Office office, Findings findings) {
    boolean needsArea = office.kind() == OfficeKind.REGIONAL_OFFICE || office.kind() == OfficeKind.COORDINATION_OFFICE;
    if (needsArea && office.areaOfResponsibility().isEmpty()) {
      findings.add(Rule.OFF_001, office, PropertyPath.of("areaOfResponsibility"), null, "kind", office.kind().code());
    }
    if (!office.areaOfResponsibility().isEmpty()
        && office.areaOfResponsibility().stream().noneMatch(area -> area.contains(office.hostCountry()))) {
      findings.add(Rule.OFF_002, office, PropertyPath.of("location").property("country"), office.hostCountry(), "country", office.hostCountry());
    }
    office.parent().filter(office.id()::equals)
        .ifPresent(parent -> findings.add(Rule.OFF_003, office, PropertyPath.of("parent"), parent));
  }
}
