package org.migov.json;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.migov.core.EntityKind;

/**
 * Where each entity of a decoded dataset stood, by kind and position in the dataset's list of that
 * kind: its index in the document's list (entities that did not decode leave gaps; -1 for a JSON
 * Lines record), line and column, in arrays, so that a million entities cost three numbers each,
 * not an object. Immutable once built.
 */
final class LocationTable {
  private final Map<EntityKind, Columns> columns;

  private LocationTable(Map<EntityKind, Columns> columns) {
    this.columns = columns;
  }

  /** The locations of one kind's entities, by position. */
  private static final class Columns {
    final int[] index;
    final long[] line;
    final int[] column;

    Columns(int[] index, long[] line, int[] column) {
      this.index = index;
      this.line = line;
      this.column = column;
    }
  }

  /** The location of the entity at {@code position} in the dataset's list of its kind. */
  EntityLocation get(EntityKind kind, int position) {
    Columns of = columns.get(Objects.requireNonNull(kind, "kind"));
    Objects.checkIndex(position, of == null ? 0 : of.index.length);
    return EntityLocation.at(kind, of.index[position], of.line[position], of.column[position]);
  }

  /** Records locations as entities are read. Not thread-safe: one per read. */
  static final class Builder {
    private final Map<EntityKind, ColumnsBuilder> columns = new EnumMap<>(EntityKind.class);

    /** Records the next entity of a kind: at {@code index} of its list in a document, or -1 for a record of its own. */
    void add(EntityKind kind, int index, long line, int column) {
      columns.computeIfAbsent(kind, k -> new ColumnsBuilder()).add(index, line, column);
    }

    LocationTable build() {
      Map<EntityKind, Columns> built = new EnumMap<>(EntityKind.class);
      columns.forEach((kind, of) -> built.put(kind, of.build()));
      return new LocationTable(built);
    }
  }

  /** One kind's columns as they grow. */
  private static final class ColumnsBuilder {
    private int size;
    private int[] index = new int[16];
    private long[] line = new long[16];
    private int[] column = new int[16];

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

    Columns build() {
      return new Columns(Arrays.copyOf(index, size), Arrays.copyOf(line, size), Arrays.copyOf(column, size));
    }
  }
}
