package org.migov.core;

/** The kinds of entity a {@code Dataset} holds. */
public enum EntityKind implements CodedEnum {
  /** An {@code Organisation}. */
  ORGANISATION,
  /** An {@code Office}. */
  OFFICE,
  /** An {@code Agreement}. */
  AGREEMENT,
  /** A {@code Programme}. */
  PROGRAMME,
  /** An {@code Event}. */
  EVENT
}
