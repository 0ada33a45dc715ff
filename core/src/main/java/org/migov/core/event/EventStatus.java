package org.migov.core.event;

import org.migov.core.CodedEnum;

/** Whether an event has taken place. */
public enum EventStatus implements CodedEnum {
  /** Announced or planned, not yet held. */
  PLANNED,
  /** Held. */
  HELD,
  /** Called off. */
  CANCELLED
}
