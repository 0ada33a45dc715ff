package org.migov.core.event;

import org.migov.core.EntityId;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;

/**
 * The id of an {@link Event}, such as {@code cairo-signing-2024}. Instances are immutable and thread-safe.
 *
 * @see EntityId for the rules an id follows
 */
public final class EventId extends EntityId {

  private EventId(String value) {
    super(value);
  }

  /**
   * The id with this value.
   *
   * @param value the identifier: non-blank, no surrounding whitespace, none of {@code / & | ?}
   * @return the id
   * @throws InvalidValueException if the value is not a well-formed identifier
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /**
   * Always {@link EntityKind#EVENT}.
   *
   * @return the entity kind
   */
  @Override
  public EntityKind kind() {
    return EntityKind.EVENT;
  }
}
