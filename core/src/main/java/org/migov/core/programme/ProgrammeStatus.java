package org.migov.core.programme;

import org.migov.core.CodedEnum;

/**
 * Where a programme stands: IATI's ActivityStatus. Whether it fits the programme's dates is a
 * validation rule.
 */
public enum ProgrammeStatus implements CodedEnum {
  /** Being scoped or planned (IATI 1). */
  PIPELINE(1),
  /** Being carried out (IATI 2). */
  IMPLEMENTATION(2),
  /** Activities ended, final reporting and payments under way (IATI 3). */
  FINALISATION(3),
  /** Finished (IATI 4). */
  CLOSED(4),
  /** Stopped before or during implementation (IATI 5). */
  CANCELLED(5),
  /** Paused (IATI 6). */
  SUSPENDED(6);

  private final int iatiCode;

  ProgrammeStatus(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of IATI's ActivityStatus codelist.
   *
   * @return 1 to 6
   */
  public int iatiCode() {
    return iatiCode;
  }
}
