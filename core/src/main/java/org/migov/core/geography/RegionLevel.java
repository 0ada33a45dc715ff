package org.migov.core.geography;

/** The level of a {@link M49Region} in the UN M49 hierarchy, from the outermost. */
public enum RegionLevel implements org.migov.core.CodedEnum {
  /** The world, code {@code 001}. */
  WORLD,
  /** A region: Africa, Americas, Asia, Europe, Oceania. */
  REGION,
  /** A sub-region, such as Southern Europe or Latin America and the Caribbean. */
  SUB_REGION,
  /** An intermediate region, such as the Caribbean or Eastern Africa. */
  INTERMEDIATE_REGION
}
