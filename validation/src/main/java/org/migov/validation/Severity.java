package org.migov.validation;

/** How serious a violation is. A report is valid when it holds no {@link #ERROR}. */
public enum Severity {
  /** The data is wrong: a consumer cannot rely on it. */
  ERROR,
  /** The data is legitimate but unusual: worth a look by a person. */
  WARNING
}
