package org.migov.core;

/** The register an {@link ExternalIdentifier} comes from. */
public enum IdentifierScheme implements CodedEnum {
  /**
   * An IATI organisation identifier, {@code {registration agency prefix}-{id}} per org-id.guide,
   * such as {@code XM-DAC-47066} for IOM.
   */
  IATI,
  /**
   * An IATI activity identifier: the reporting organisation's identifier, a hyphen and the
   * activity's own reference, such as {@code XI-IATI-EC_INTPA-2021/429-054}.
   */
  IATI_ACTIVITY,
  /** A Wikidata item, {@code Q} followed by digits, such as {@code Q201052}. */
  WIKIDATA,
  /** A national company, charity or public body register; the value says which. */
  NATIONAL_REGISTER,
  /** Any other scheme. */
  OTHER
}
