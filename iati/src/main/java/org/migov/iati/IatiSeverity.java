package org.migov.iati;

/** How grave an {@link IatiCheck}'s finding is, as IATI's validator grades its rules. */
public enum IatiSeverity {
  /** The activity is not valid IATI, or cannot be held by migov as it is. */
  ERROR,
  /** The activity is valid but should change. */
  WARNING,
  /** Said so that nothing is lost silently: an element kept but not held, a placeholder. */
  INFO
}
