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
  LETTER_OF_INTENT,
  /**
   * A compact adopted by states, such as the Global Compact for Safe, Orderly and Regular
   * Migration, adopted at Marrakech on 10 December 2018.
   */
  COMPACT,
  /** A declaration adopted by a conference or a body, not signed by parties. */
  DECLARATION,
  /** A resolution of the UN General Assembly, such as A/RES/73/195. */
  GENERAL_ASSEMBLY_RESOLUTION
}
