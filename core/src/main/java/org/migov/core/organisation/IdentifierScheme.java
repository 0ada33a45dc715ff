package org.migov.core.organisation;

import org.migov.core.CodedEnum;

/** The register an {@link ExternalIdentifier} comes from. */
public enum IdentifierScheme implements CodedEnum {
  /**
   * An IATI organisation identifier, {@code {registration agency prefix}-{id}} per org-id.guide,
   * such as {@code XM-DAC-47066} for IOM.
   */
  IATI,
  /** A Wikidata item, {@code Q} followed by digits, such as {@code Q201052}. */
  WIKIDATA,
  /** A national company, charity or public body register; the value says which. */
  NATIONAL_REGISTER,
  /** Any other scheme. */
  OTHER
}
