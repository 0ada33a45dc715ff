package org.migov.json;

import java.util.Objects;
import org.migov.core.EntityKind;

/**
 * Where an entity stood in the input it was read from: its JSON Pointer in a dataset document
 * ({@code /programmes/3}; {@code ""} for a JSON Lines record, which is a line of its own), and the
 * line and column of its first character, from 1. Instances are immutable and thread-safe;
 * equality is by value.
 */
public final class EntityLocation {
  private final String pointer;
  private final long line;
  private final int column;

  private EntityLocation(String pointer, long line, int column) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * A location.
   *
   * @param pointer the entity's JSON Pointer, {@code ""} for a whole JSON Lines record
   * @param line its line, from 1, or 0 when unknown
   * @param column its column, from 1, or 0 when unknown
   * @return the location
   * @throws IllegalArgumentException if the line or column is negative
   */
  public static EntityLocation of(String pointer, long line, int column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0, were " + line + " and " + column);
    }
    return new EntityLocation(Objects.requireNonNull(pointer, "pointer"), line, column);
  }

  /** The location of the entity at {@code index} of its kind's list in a document; -1 for a JSON Lines record. */
  static EntityLocation at(EntityKind kind, int index, long line, int column) {
    return of(index < 0 ? "" : "/" + kind.listName() + "/" + index, line, column);
  }

  /**
   * The entity's JSON Pointer in the document.
   *
   * @return such as {@code /programmes/3}; {@code ""} for a JSON Lines record
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The line of the entity's first character.
   *
   * @return the line, from 1, or 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * The column of the entity's first character.
   *
   * @return the column, from 1, or 0 when unknown
   */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EntityLocation)) {
      return false;
    }
    EntityLocation that = (EntityLocation) other;
    return pointer.equals(that.pointer) && line == that.line && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column);
  }

  /**
   * The location as {@code /programmes/3 (line 12, column 5)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "the record" : pointer) + " (line " + line + ", column " + column + ")";
  }
}
