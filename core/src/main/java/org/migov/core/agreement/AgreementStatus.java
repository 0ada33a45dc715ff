package org.migov.core.agreement;

import org.migov.core.CodedEnum;

/** Where an agreement stands in its life. Whether it fits the agreement's dates is a validation rule. */
public enum AgreementStatus implements CodedEnum {
  /** Being drafted or negotiated, or planned; not signed. */
  DRAFT,
  /** Signed, not yet in force. */
  SIGNED,
  /** In force. */
  IN_FORCE,
  /** Its validity ended. */
  EXPIRED,
  /** Ended early by the parties. */
  TERMINATED,
  /** Replaced by a later agreement. */
  SUPERSEDED,
  /** Adopted by a body or a conference rather than signed: a compact, a declaration, a resolution. */
  ADOPTED
}
