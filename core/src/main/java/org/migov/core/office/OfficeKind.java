package org.migov.core.office;

import org.migov.core.CodedEnum;

/** What role an office plays in its organisation. */
public enum OfficeKind implements CodedEnum {
  /** The organisation's headquarters. */
  HEADQUARTERS,
  /** An office responsible for a region. */
  REGIONAL_OFFICE,
  /**
   * An office that coordinates others across an area, such as IOM's Coordination Office for the
   * Mediterranean in Rome.
   */
  COORDINATION_OFFICE,
  /** An office for one country. */
  COUNTRY_OFFICE,
  /** An office under a country office. */
  SUB_OFFICE,
  /** An office that represents the organisation to another body. */
  LIAISON_OFFICE,
  /** A centre for shared administrative services. */
  ADMINISTRATIVE_CENTRE
}
