package org.migov.core;

import org.migov.core.agreement.Agreement;
import org.migov.core.event.Event;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;

/**
 * The kinds of entity a {@code Dataset} holds: the one place that says, for each kind, its Java
 * type and the name of its list (in a dataset and in the wire format's envelope). Its
 * {@linkplain #code() code} tags a JSON Lines record.
 */
public enum EntityKind implements CodedEnum {
  /** An {@code Organisation}. */
  ORGANISATION(Organisation.class, "organisations"),
  /** An {@code Office}. */
  OFFICE(Office.class, "offices"),
  /** An {@code Agreement}. */
  AGREEMENT(Agreement.class, "agreements"),
  /** A {@code Programme}. */
  PROGRAMME(Programme.class, "programmes"),
  /** An {@code Event}. */
  EVENT(Event.class, "events");

  private final Class<? extends Entity> type;
  private final String listName;

  EntityKind(Class<? extends Entity> type, String listName) {
    this.type = type;
    this.listName = listName;
  }

  /**
   * The Java type of this kind's entities.
   *
   * @return the type, such as {@code Programme.class}
   */
  public Class<? extends Entity> type() {
    return type;
  }

  /**
   * The name of this kind's list, as in {@code Dataset.programmes()} and the wire format's
   * envelope.
   *
   * @return the name, such as {@code programmes}
   */
  public String listName() {
    return listName;
  }

  /**
   * The kind of an entity type.
   *
   * @param type an entity type, such as {@code Programme.class} or an implementation of it
   * @return its kind
   * @throws IllegalArgumentException if the type is not one of migov's entity types
   */
  public static EntityKind of(Class<?> type) {
    return OF_TYPE.get(type);
  }

  /** The kind of each type asked for, found once per type. */
  private static final ClassValue<EntityKind> OF_TYPE = new ClassValue<>() {
    @Override
    protected EntityKind computeValue(Class<?> type) {
      for (EntityKind kind : values()) {
        if (kind.type.isAssignableFrom(type)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("not a migov entity type: " + type.getName());
    }
  };
}
