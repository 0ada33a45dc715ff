package org.migov.core.organisation;

import org.migov.core.CodedEnum;

/** A role an organisation holds in another, such as a network or coordination group. */
public enum RoleKind implements CodedEnum {
  /** Coordinates the network: IOM as coordinator of the UN Network on Migration. */
  COORDINATOR,
  /** Provides the secretariat. */
  SECRETARIAT,
  /** Chairs the network. */
  CHAIR,
  /** Chairs the network together with others, often in yearly turns. */
  CO_CHAIR,
  /** Deputises for the chair. */
  VICE_CHAIR,
  /** Sits on the network's executive committee. */
  EXECUTIVE_COMMITTEE_MEMBER
}
