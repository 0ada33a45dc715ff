package org.migov.json;

import java.util.Optional;
import org.migov.core.Entity;

/**
 * One line of a JSON Lines stream read in tolerant mode: the entity it held, or the error that
 * kept it from being read. Instances are immutable and thread-safe.
 */
public final class JsonLine {
  private final long lineNumber;
  private final Entity entity;
  private final MigovJsonException error;
  private final int column;

  JsonLine(long lineNumber, int column, Entity entity, MigovJsonException error) {
    this.lineNumber = lineNumber;
    this.column = column;
    this.entity = entity;
    this.error = error;
  }

  /**
   * The column where the line's record starts, after any leading spaces and tabs, from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The line's number in the stream, from 1.
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * The entity the line held.
   *
   * @return the entity, or empty when the line could not be read
   */
  public Optional<Entity> entity() {
    return Optional.ofNullable(entity);
  }

  /**
   * Why the line could not be read; its {@link MigovJsonException#line()} is this line's number.
   *
   * @return the error, or empty when the line was read
   */
  public Optional<MigovJsonException> error() {
    return Optional.ofNullable(error);
  }
}
