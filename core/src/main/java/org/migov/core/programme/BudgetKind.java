package org.migov.core.programme;

import org.migov.core.CodedEnum;

/** Whether a {@link Budget} is the first estimate or a revision, as IATI's BudgetType codelist. */
public enum BudgetKind implements CodedEnum {
  /** The original budget (IATI 1). */
  ORIGINAL(1),
  /** A revision of an original budget, such as a top-up (IATI 2). */
  REVISED(2);

  private final int iatiCode;

  BudgetKind(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of the IATI BudgetType codelist.
   *
   * @return 1 or 2
   */
  public int iatiCode() {
    return iatiCode;
  }
}
