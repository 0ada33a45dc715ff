package org.migov.json;

import java.util.Arrays;
import tools.jackson.core.SerializableString;

/**
 * The order in which migov writes the properties of one kind of object: a hint for reading it,
 * so that each name is first matched against the one likely to come next, which Jackson does
 * without looking the name up. Any order reads the same. Immutable and thread-safe.
 */
final class PropertyOrder {
  private final SerializableString[] names;

  private PropertyOrder(SerializableString[] names) {
    this.names = names;
  }

  /**
   * The order of these names.
   *
   * @throws IllegalArgumentException if a name comes twice: a name matched in order is then known
   *     to be new, which the duplicate check relies on
   */
  static PropertyOrder of(SerializableString... names) {
    if (names.length > 64) {
      throw new IllegalArgumentException("more than 64 names: duplicates are told apart by the bits of a long");
    }
    long distinct = Arrays.stream(names).map(SerializableString::getValue).distinct().count();
    if (distinct != names.length) {
      throw new IllegalArgumentException("a name comes twice in " + Arrays.toString(names));
    }
    return new PropertyOrder(names.clone());
  }

  /** The property likely to come after the {@code at} first ones, or null past the last. */
  SerializableString at(int at) {
    return at < names.length ? names[at] : null;
  }

  /** Where a name stands in the order, from 0; -1 for a name not in it. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].getValue().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
