package org.migov.iati;

/**
 * An IATI file that cannot be read at all: not well-formed XML, a DTD or an external entity (refused,
 * never resolved), an IATI version before 2.01, or a limit passed. The message says what was
 * expected and where (line and column). A problem inside one activity is not an exception but a
 * {@link IatiDiagnostic} of its record.
 */
public final class IatiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The line of the problem, 1-based, or -1 when unknown. */
  private final int line;

  /** The column of the problem, 1-based, or -1 when unknown. */
  private final int column;

  IatiException(String message, int line, int column, Throwable cause) {
    super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
    this.line = line;
    this.column = column;
  }

  /**
   * The line of the problem.
   *
   * @return the 1-based line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int column() {
    return column;
  }
}
