package org.migov.core.office;

import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;

/**
 * The id of an {@link Office}, such as {@code iom-rome-coordination-office}. Instances are immutable and thread-safe.
 *
 * @see EntityId for the rules an id follows
 */
public final class OfficeId extends EntityId {

  private OfficeId(String value) {
    super(value);
  }

  /**
   * The id with this value.
   *
   * @param value the identifier: non-blank, no surrounding whitespace, none of {@code / & | ?}
   * @return the id
   * @throws InvalidValueException if the value is not a well-formed identifier
   */
  public static OfficeId of(String value) {
    return new OfficeId(value);
  }

  /**
   * Always {@link EntityKind#OFFICE}.
   *
   * @return the entity kind
   */
  @Override
  public EntityKind kind() {
    return EntityKind.OFFICE;
  }
}
