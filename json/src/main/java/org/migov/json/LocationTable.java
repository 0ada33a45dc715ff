package org.migov.json;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.migov.core.EntityKind;

/**
 * Where each entity of a decoded dataset stood, by kind and position in the dataset's list of that
 * kind: its index in the document's list (entities that did not decode leave gaps), line and
 * column, in arrays that grow as entities are read, so that a million entities cost three numbers
 * each, not an object. Filled by one reader, then read only.
 */
final class LocationTable {
  /** By kind: index in the document's list (-1 for a JSON Lines record), line, column. */
  private final Map<EntityKind, Columns> columns = new EnumMap<>(EntityKind.class);

  private static final class Columns {
    int size;
    int[] index = new int[16];
    long[] line = new long[16];
    int[] column = new int[16];

    void add(int at, long lineNumber, int columnNumber) {
      if (size == index.length) {
        index = Arrays.copyOf(index, size * 2);
        line = Arrays.copyOf(line, size * 2);
        column = Arrays.copyOf(column, size * 2);
      }
      index[size] = at;
      line[size] = lineNumber;
      column[size] = columnNumber;
      size++;
    }
  }

  /** Records the next entity of a kind: at {@code index} of its list in a document, or -1 for a record of its own. */
  void add(EntityKind kind, int index, long line, int column) {
    columns.computeIfAbsent(kind, k -> new Columns()).add(index, line, column);
  }

  /** The location of the entity at {@code position} in the dataset's list of its kind. */
  EntityLocation get(EntityKind kind, int position) {
    Columns of = columns.get(Objects.requireNonNull(kind, "kind"));
    Objects.checkIndex(position, of == null ? 0 : of.size);
    int index = of.index[position];
    return EntityLocation.of(index < 0 ? "" : "/" + kind.listName() + "/" + index, of.line[position], of.column[position]);
  }
}
