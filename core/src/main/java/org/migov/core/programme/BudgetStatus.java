package org.migov.core.programme;

import org.migov.core.CodedEnum;

/** How firm a {@link Budget} is, as IATI's BudgetStatus codelist. */
public enum BudgetStatus implements CodedEnum {
  /** A non-binding estimate (IATI 1). */
  INDICATIVE(1),
  /** A binding commitment (IATI 2). */
  COMMITTED(2);

  private final int iatiCode;

  BudgetStatus(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of the IATI BudgetStatus codelist.
   *
   * @return 1 or 2
   */
  public int iatiCode() {
    return iatiCode;
  }
}
