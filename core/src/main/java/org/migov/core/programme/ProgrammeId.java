package org.migov.core.programme;

import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;

/**
 * The id of a {@link Programme}, such as {@code asit}. Instances are immutable and thread-safe.
 *
 * @see EntityId for the rules an id follows
 */
public final class ProgrammeId extends EntityId {

  private ProgrammeId(String value) {
    super(value);
  }

  /**
   * The id with this value.
   *
   * @param value the identifier: non-blank, no surrounding whitespace, none of {@code / & | ?}
   * @return the id
   * @throws InvalidValueException if the value is not a well-formed identifier
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  /**
   * Always {@link EntityKind#PROGRAMME}.
   *
   * @return the entity kind
   */
  @Override
  public EntityKind kind() {
    return EntityKind.PROGRAMME;
  }
}
