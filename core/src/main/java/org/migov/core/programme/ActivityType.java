package org.migov.core.programme;

import org.migov.core.CodedEnum;

/** What a programme does. */
public enum ActivityType implements CodedEnum {
  /** Assisted voluntary return and reintegration (AVRR). */
  ASSISTED_VOLUNTARY_RETURN_AND_REINTEGRATION,
  /** Building the capacity of institutions. */
  CAPACITY_BUILDING,
  /** Training courses. */
  TRAINING,
  /** Exchanges of practices and study visits. */
  EXCHANGE_OF_PRACTICES,
  /** Awareness raising and information campaigns. */
  AWARENESS_RAISING,
  /** Collecting and analysing data. */
  DATA_COLLECTION,
  /** Psychosocial support. */
  PSYCHOSOCIAL_SUPPORT,
  /** Health assistance. */
  HEALTH_ASSISTANCE,
  /** Evacuation of people in danger. */
  EVACUATION,
  /** Direct assistance to individuals: shelter, food, legal aid. */
  DIRECT_ASSISTANCE
}
