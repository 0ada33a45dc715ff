package org.migov.iati;

/**
 * An IATI file that cannot be read at all: not well-formed XML, a DTD or an external entity (refused,
 * never resolved), an IATI version before 2.01, or a limit passed; or a programme that cannot be
 * written. The message says what was expected and where (line and column, or the activity); control
 * and format characters in it are replaced by spaces. A problem inside one activity that is read is
 * not an exception but a {@link IatiDiagnostic} of its record.
 */
public final class IatiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The line of the problem, 1-based, or -1 when unknown. */
  private final int line;

  /** The column of the problem, 1-based, or -1 when unknown. */
  private final int column;

  IatiException(String message, int line, int column, Throwable cause) {
    super(printable(message) + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
    this.line = line;
    this.column = column;
  }

  /** The text with control and format characters (bidi controls included) replaced by spaces. */
  static String printable(String text) {
    String value = String.valueOf(text);
    StringBuilder replaced = null;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c < 0x20 || c >= 0x7F && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029)) {
        if (replaced == null) {
          replaced = new StringBuilder(value.length()).append(value, 0, i);
        }
        replaced.append(' ');
      } else if (replaced != null) {
        replaced.append(value, i, next);
      }
      i = next;
    }
    return replaced == null ? value : replaced.toString();
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
