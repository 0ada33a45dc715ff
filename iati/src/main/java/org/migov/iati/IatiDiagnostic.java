package org.migov.iati;

import java.util.Objects;

/**
 * Something about one activity that the reader reports: an element it does not map (yet), a code
 * it does not know, a value it cannot read. Where, with the activity's identifier, line and column.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
public final class IatiDiagnostic {
  private final String code;
  private final String activity;
  private final String message;
  private final int line;
  private final int column;

  IatiDiagnostic(String code, String activity, String message, int line, int column) {
    this.code = code;
    this.activity = activity;
    this.message = message;
    this.line = line;
    this.column = column;
  }

  /**
   * The diagnostic's code: {@code IATI-001} an element not mapped, {@code IATI-002} an unknown
   * code, {@code IATI-003} a value that cannot be read.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The identifier of the activity, as the file gives it.
   *
   * @return the IATI identifier, or empty text when the activity has none yet
   */
  public String activity() {
    return activity;
  }

  /**
   * What was found, in English.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The line, 1-based.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column, 1-based.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IatiDiagnostic
        && ((IatiDiagnostic) other).code.equals(code)
        && ((IatiDiagnostic) other).activity.equals(activity)
        && ((IatiDiagnostic) other).message.equals(message)
        && ((IatiDiagnostic) other).line == line
        && ((IatiDiagnostic) other).column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, activity, message, line, column);
  }

  /**
   * The code, the place and the message: {@code IATI-001 XM-DAC-47066-DP.2154 12:5 result not mapped}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return code + " " + activity + " " + line + ":" + column + " " + message;
  }
}
