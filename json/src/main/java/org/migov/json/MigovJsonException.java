package org.migov.json;

import org.migov.core.InvalidValueException;

/**
 * The one exception migov-json throws for input it cannot decode: malformed JSON, a wrong type,
 * a missing, null, unknown or repeated property, an invalid code, date or amount, trailing
 * content, or input past a parsing limit.
 *
 * <p>It says where, as a JSON Pointer and a line and column (both from 1; 0 when unknown), and
 * what was expected and found:
 * {@code expected an ISO 3166-1 alpha-2 country code at /programmes/3/targetAreas/1/area/country,
 * found "XX" (line 42, column 17)}. The message is safe to print or log: every control, format
 * (bidi, zero-width) and line-separator character of the pointer or of a value in it is escaped
 * as <code>&#92;uXXXX</code> ({@link InvalidValueException#escape(String)}); the accessors return the parts
 * as they are.
 */
public final class MigovJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value. */
  private final String pointer;

  /** The line of the offending value, from 1, or 0. */
  private final int line;

  /** The column of the offending value, from 1, or 0. */
  private final int column;

  /** What was expected. */
  private final String expected;

  /** What was found. */
  private final String found;

  /** Whether the input is malformed or past a limit. */
  private final boolean malformedInput;

  /**
   * Creates the exception.
   *
   * @param expected what was expected, as a noun phrase
   * @param found what was found, already rendered for a message
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param line the line, from 1, or 0 when unknown
   * @param column the column, from 1, or 0 when unknown
   * @param cause the underlying exception, or null
   */
  public MigovJsonException(String expected, String found, String pointer, int line, int column, Throwable cause) {
    this(expected, found, pointer, line, column, cause, malformed(cause));
  }

  /** Creates the exception, saying whether the input is malformed or past a limit. */
  MigovJsonException(
      String expected, String found, String pointer, int line, int column, Throwable cause, boolean malformedInput) {
    super("expected " + InvalidValueException.escape(expected)
        + " at " + (pointer.isEmpty() ? "the document" : InvalidValueException.escape(pointer))
        + ", found " + InvalidValueException.escape(found)
        + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
    this.expected = expected;
    this.found = found;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.malformedInput = malformedInput;
  }

  private static boolean malformed(Throwable cause) {
    return cause instanceof tools.jackson.core.JacksonException
        || (cause instanceof MigovJsonException && ((MigovJsonException) cause).isMalformedInput());
  }

  /**
   * The JSON Pointer of the offending value, such as {@code /programmes/3/budget/currency}.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The line of the offending value.
   *
   * @return the line, from 1, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value.
   *
   * @return the column, from 1, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * What was expected.
   *
   * @return a noun phrase such as "an ISO 4217 currency code"
   */
  public String expected() {
    return expected;
  }

  /**
   * What was found, as rendered in the message.
   *
   * @return the found value, quoted, or a description such as "null" or "a JSON array"
   */
  public String found() {
    return found;
  }

  /**
   * Whether the input is not well-formed JSON, or lies past a parsing limit (see
   * {@link MigovJson.Builder}): the reader cannot go on after such an error. When false, the input
   * is well-formed JSON that does not match the migov wire format.
   *
   * @return true for malformed input or input past a limit
   */
  public boolean isMalformedInput() {
    return malformedInput;
  }
}
