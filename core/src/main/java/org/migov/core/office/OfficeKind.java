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
  /**
   * A country office that also has functions for a region, as IOM's missions with regional
   * functions had before its regional offices.
   */
  MISSION_WITH_REGIONAL_FUNCTIONS,
  /** An office for one country. */
  COUNTRY_OFFICE,
  /** An office under a country office. */
  SUB_OFFICE,
  /** An office that represents the organisation to another body. */
  LIAISON_OFFICE,
  /** A centre for shared administrative services. */
  ADMINISTRATIVE_CENTRE
}
