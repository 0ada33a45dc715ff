package org.migov.core.agreement;

import org.migov.core.CodedEnum;

/** How an agreement relates to an earlier one. */
public enum LinkRelation implements CodedEnum {
  /** Continues or builds on the earlier agreement, which stays in force. */
  BUILDS_ON,
  /** Renews the earlier agreement for a new period. */
  RENEWS,
  /** Replaces the earlier agreement. */
  SUPERSEDES,
  /** Amends the earlier agreement. */
  AMENDS,
  /** Implements the earlier agreement, as a work plan implements a framework. */
  IMPLEMENTS
}
