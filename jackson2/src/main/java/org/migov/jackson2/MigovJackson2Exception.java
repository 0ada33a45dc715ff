package org.migov.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.migov.json.MigovJsonException;

/**
 * Input that is not the migov wire form of the type being read, through a Jackson 2 mapper. It is
 * a Jackson 2 {@link MismatchedInputException} (a {@code JsonMappingException}: input that does not
 * map to the type), so that frameworks built on Jackson 2 (Spring Boot 3, Quarkus) answer a bad
 * request, and it says what {@link MigovJsonException} says (its cause):
 * where, as a JSON Pointer from the root of the whole document and a line and column, and what was
 * expected and found. The message is safe to print or log, as migov-json's is.
 *
 * <p>Instances are immutable once thrown, but for the path Jackson may prepend while the
 * exception passes through a user's own types.
 */
public final class MigovJackson2Exception extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  /** What migov-json found. */
  private final MigovJsonException details;

  MigovJackson2Exception(JsonParser parser, MigovJsonException details) {
    super(parser, details.getMessage(), details.line() > 0
        ? new JsonLocation(ContentReference.unknown(), -1L, -1L, details.line(), details.column()) : null);
    this.details = details;
  }

  /**
   * The message of migov-json: what was expected, at which pointer, what was found, and the line
   * and column.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return details.getMessage();
  }

  /**
   * The message, as {@link #getMessage()}.
   *
   * @return the message
   */
  @Override
  public String getLocalizedMessage() {
    return details.getMessage();
  }

  /**
   * The cause: what migov-json found.
   *
   * @return the exception of migov-json
   */
  @Override
  public synchronized Throwable getCause() {
    return details;
  }

  /**
   * What migov-json found, with each part of it.
   *
   * @return the exception of migov-json
   */
  public MigovJsonException details() {
    return details;
  }

  /**
   * The kind of problem.
   *
   * @return the kind
   */
  public MigovJsonException.Kind kind() {
    return details.kind();
  }

  /**
   * Where, as a JSON Pointer from the root of the document ({@code ""} for the root).
   *
   * @return the pointer
   */
  public String pointer() {
    return details.pointer();
  }

  /**
   * The line, from 1; 0 when unknown.
   *
   * @return the line
   */
  public int line() {
    return details.line();
  }

  /**
   * The column, from 1; 0 when unknown.
   *
   * @return the column
   */
  public int column() {
    return details.column();
  }
}
