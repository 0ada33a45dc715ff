package org.migov.core.programme;

import java.util.OptionalInt;
import org.migov.core.CodedEnum;

/** The role of an organisation in a programme: IATI's OrganisationRole, plus partner. */
public enum ParticipantRole implements CodedEnum {
  /** Provides the funds (IATI 1). */
  FUNDING(1),
  /** Is accountable for the programme (IATI 2). */
  ACCOUNTABLE(2),
  /** Manages the funds on behalf of the funder (IATI 3). */
  EXTENDING(3),
  /** Carries the programme out (IATI 4). */
  IMPLEMENTING(4),
  /** Takes part without one of IATI's roles, such as a project partner (no IATI code). */
  PARTNER(0);

  private final int iatiCode;

  ParticipantRole(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of IATI's OrganisationRole codelist.
   *
   * @return 1 to 4, or empty for {@link #PARTNER}
   */
  public OptionalInt iatiCode() {
    return iatiCode == 0 ? OptionalInt.empty() : OptionalInt.of(iatiCode);
  }
}
