package org.migov.validation;

import java.util.List;
import org.migov.core.geography.GeographicArea;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.time.Dated;

/** The rules about one office: OFF-001 to OFF-003. */
final class OfficeRules {
  private OfficeRules() {}

  static void check(Office office, Findings findings) {
    List<Dated<GeographicArea>> areas = office.areaOfResponsibility();
    office.kinds().stream().map(Dated::value)
        .filter(kind -> kind == OfficeKind.REGIONAL_OFFICE || kind == OfficeKind.COORDINATION_OFFICE)
        .findFirst()
        .filter(kind -> areas.isEmpty())
        .ifPresent(kind -> findings.add(Rule.OFF_001, office, PropertyPath.of("areaOfResponsibility"), null, "kind", kind));
    if (!areas.isEmpty() && areas.stream().noneMatch(area -> area.value().contains(office.hostCountry()))) {
      findings.add(Rule.OFF_002, office, PropertyPath.of("location").property("country"), office.hostCountry(), "country", office.hostCountry());
    }
    List<Dated<OfficeId>> parents = office.parents();
    for (int i = 0; i < parents.size(); i++) {
      if (parents.get(i).value().equals(office.id())) {
        findings.add(Rule.OFF_003, office, parentPath(office, i), office.id());
      }
    }
  }

  /** The parents that held throughout (undated): edges that make a certain cycle (DS-004). */
  static List<OfficeId> undatedParents(Office office) {
    List<OfficeId> parents = new java.util.ArrayList<>();
    for (Dated<OfficeId> parent : office.parents()) {
      if (parent.period().isEmpty()) {
        parents.add(parent.value());
      }
    }
    return parents;
  }

  /** Where an office's i-th undated parent ({@link #undatedParents}) is written. */
  static PropertyPath undatedParentPath(Office office, int i) {
    List<Dated<OfficeId>> parents = office.parents();
    for (int at = 0, seen = 0; at < parents.size(); at++) {
      if (parents.get(at).period().isEmpty() && seen++ == i) {
        return parentPath(office, at);
      }
    }
    throw new IndexOutOfBoundsException(i);
  }

  /** Where an office's i-th parent is written: {@code parent}, or {@code parentHistory[i].parent}. */
  static PropertyPath parentPath(Office office, int i) {
    return Dated.sole(office.parents()).isPresent()
        ? PropertyPath.of("parent")
        : PropertyPath.of("parentHistory").index(i).property("parent");
  }
}
