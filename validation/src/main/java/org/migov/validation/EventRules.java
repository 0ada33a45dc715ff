package org.migov.validation;

import org.migov.core.event.Event;

/** The rules about one event: EVT-001. */
final class EventRules {
  private EventRules() {}

  static void check(Event event, Findings findings) {
    if (event.organisations().isEmpty()) {
      findings.add(Rule.EVT_001, event, PropertyPath.of("organisations"), null);
    }
  }
}
