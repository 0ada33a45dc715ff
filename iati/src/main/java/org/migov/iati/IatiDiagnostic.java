package org.migov.iati;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the reader (or the writer) reports about one activity: the check (with IATI's rule number
 * where IATI has one), the activity's identifier, where (line and column), and the details that
 * the message puts in, in English, Italian, French or Spanish.
 *
 * <p>Instances are immutable and thread-safe; equality is by value. Details have their control
 * and format characters replaced by spaces, so that a message is safe to print.
 */
public final class IatiDiagnostic {
  private final IatiCheck check;
  private final String activity;
  private final List<String> details;
  private final int line;
  private final int column;

  IatiDiagnostic(IatiCheck check, String activity, int line, int column, String... details) {
    this.check = check;
    this.activity = IatiException.printable(activity);
    String[] printable = new String[details.length];
    for (int i = 0; i < details.length; i++) {
      printable[i] = IatiException.printable(details[i]);
    }
    this.details = List.of(printable);
    this.line = line;
    this.column = column;
  }

  /** A record's own diagnostics with the file's before and after them, all about that record. */
  static List<IatiDiagnostic> around(String activity, List<IatiDiagnostic> before, List<IatiDiagnostic> own,
      List<IatiDiagnostic> after) {
    List<IatiDiagnostic> all = new java.util.ArrayList<>(before.size() + own.size() + after.size());
    before.forEach(d -> all.add(d.about(activity)));
    all.addAll(own);
    after.forEach(d -> all.add(d.about(activity)));
    return all;
  }

  /** This diagnostic about another activity. */
  IatiDiagnostic about(String activity) {
    return new IatiDiagnostic(check, activity, line, column, details.toArray(String[]::new));
  }

  /**
   * The check that found it.
   *
   * @return the check
   */
  public IatiCheck check() {
    return check;
  }

  /**
   * The check's code: IATI's rule number (such as {@code 7.5.3}) or migov's {@code IATI-nnn}.
   *
   * @return the code
   */
  public String code() {
    return check.code();
  }

  /**
   * How grave it is.
   *
   * @return the check's severity
   */
  public IatiSeverity severity() {
    return check.severity();
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
   * The details the message puts in: values found, elements named.
   *
   * @return the details, unmodifiable
   */
  public List<String> details() {
    return details;
  }

  /**
   * What was found, in English.
   *
   * @return the message
   */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * What was found, in a language.
   *
   * @param locale en, it, fr or es (others give English)
   * @return the message
   */
  public String message(Locale locale) {
    return check.format(Objects.requireNonNull(locale, "locale"), details);
  }

  /**
   * The line, 1-based.
   *
   * @return the line, or -1 when the diagnostic is not about a place in a file
   */
  public int line() {
    return line;
  }

  /**
   * The column, 1-based.
   *
   * @return the column, or -1 when the diagnostic is not about a place in a file
   */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IatiDiagnostic
        && ((IatiDiagnostic) other).check == check
        && ((IatiDiagnostic) other).activity.equals(activity)
        && ((IatiDiagnostic) other).details.equals(details)
        && ((IatiDiagnostic) other).line == line
        && ((IatiDiagnostic) other).column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, activity, details, line, column);
  }

  /**
   * The code, the place and the English message: {@code 7.5.3 XM-DAC-47066-DP.2154 12:5 the budget...}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return code() + " " + activity + " " + line + ":" + column + " " + message();
  }
}
