package org.migov.core.organisation;

import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;

/**
 * The id of an {@link Organisation}, such as {@code XM-DAC-47066}. Instances are immutable and thread-safe.
 *
 * @see EntityId for the rules an id follows
 */
public final class OrganisationId extends EntityId {

  private OrganisationId(String value) {
    super(value);
  }

  /**
   * The id with this value.
   *
   * @param value the identifier: non-blank, no surrounding whitespace, none of {@code / & | ?}
   * @return the id
   * @throws InvalidValueException if the value is not a well-formed identifier
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  /**
   * Always {@link EntityKind#ORGANISATION}.
   *
   * @return the entity kind
   */
  @Override
  public EntityKind kind() {
    return EntityKind.ORGANISATION;
  }
}
