package org.migov.core.organisation;

import org.migov.core.CodedEnum;

/** How exactly a source states a {@link Count}. */
public enum Approximation implements CodedEnum {
  /** Exactly the value: "175 member states". */
  EXACT,
  /** Close to the value, either side: "about 19,000 staff". */
  ABOUT,
  /** More than the value: "over 170 offices". */
  MORE_THAN,
  /** The value or more: "at least 100". */
  AT_LEAST
}
