package org.migov.validation;

/** What a rule needs to see to be checked. */
public enum Scope {
  /** One entity on its own. */
  ENTITY,
  /** A whole dataset: references between entities. */
  DATASET
}
