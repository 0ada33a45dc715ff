package org.migov.core.organisation;

import org.migov.core.CodedEnum;

/** What an organisation's {@link Count} counts. */
public enum CountKind implements CodedEnum {
  /** Member states of an intergovernmental body: 175 for IOM. */
  MEMBER_STATES,
  /** Offices of the organisation: "over 170 offices". */
  OFFICES,
  /** Staff members: "about 19,000 staff". */
  STAFF,
  /** Countries where the organisation is present: "present in over 100 countries". */
  COUNTRIES_OF_PRESENCE
}
