package org.migov.core.programme;

import org.migov.core.CodedEnum;

/** Whom a programme is for. */
public enum BeneficiaryGroup implements CodedEnum {
  /** Children travelling without a parent or guardian. */
  UNACCOMPANIED_MINORS,
  /** Victims of trafficking in human beings. */
  VICTIMS_OF_TRAFFICKING,
  /** People seeking international protection. */
  ASYLUM_SEEKERS,
  /** People who migrate for work. */
  MIGRANT_WORKERS,
  /** People returning to their country of origin. */
  RETURNEES,
  /** Municipalities and regions. */
  LOCAL_AUTHORITIES,
  /** Border and coast guards. */
  BORDER_OFFICIALS,
  /** Police and other law enforcement. */
  LAW_ENFORCEMENT,
  /** Communities hosting migrants or displaced people. */
  HOST_COMMUNITIES,
  /** Women and children. */
  WOMEN_AND_CHILDREN
}
