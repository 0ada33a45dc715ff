package org.migov.core.agreement;

import org.migov.core.CodedEnum;

/** What kind of instrument an agreement is. */
public enum AgreementKind implements CodedEnum {
  /** A cooperation agreement, such as IOM and UNODC's of 17 April 2012. */
  COOPERATION_AGREEMENT,
  /** A partnership declaration, such as IOM and UNODC's of Cairo, 2 July 2024. */
  PARTNERSHIP_DECLARATION,
  /** A memorandum of understanding. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A framework agreement under which specific agreements are concluded. */
  FRAMEWORK_AGREEMENT,
  /** An agreement defining the relationship between two bodies, such as IOM's with the UN. */
  RELATIONSHIP_AGREEMENT,
  /** A joint work plan. */
  JOINT_WORK_PLAN,
  /** An agreement granting funds. */
  GRANT_AGREEMENT,
  /** A letter of intent. */
  LETTER_OF_INTENT
}
