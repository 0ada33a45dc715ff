package org.migov.iati;

import java.util.Locale;
import java.util.Objects;
import org.migov.core.text.Phrase;

/**
 * An IATI file that cannot be read at all: not well-formed XML, a DTD or an external entity (refused,
 * never resolved), an IATI version before 2.01, or a limit passed; or a programme that cannot be
 * written. The message says what was expected and where (line and column, or the activity); control
 * and format characters in it are replaced by spaces. {@link #message(Locale)} gives the reader's
 * errors in Italian, French or Spanish too, the XML parser's reasons in migov's words; a writer's
 * refusal of a programme is in English. A problem inside one activity that is read is not an
 * exception but a {@link IatiDiagnostic} of its record.
 */
public final class IatiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The line of the problem, 1-based, or -1 when unknown. */
  private final int line;

  /** The column of the problem, 1-based, or -1 when unknown. */
  private final int column;

  /** What was expected, and found, in four languages. */
  private final Phrase text;

  /** The line and column, after the message. */
  private static final Phrase.Template AT = Phrase.template(" (line {0}, column {1})", " (riga {0}, colonna {1})",
      " (ligne {0}, colonne {1})", " (línea {0}, columna {1})");

  /** What was expected. */
  static final Phrase.Template EXPECTED = Phrase.template("expected {0}", "atteso: {0}", "attendu : {0}", "se esperaba: {0}");

  /** What was expected, then what was found or why it failed. */
  static final Phrase.Template EXPECTED_FOUND = Phrase.template("expected {0}: {1}", "atteso: {0}; trovato: {1}",
      "attendu : {0} ; trouvé : {1}", "se esperaba: {0}; se encontró: {1}");

  /** A diagnostic's message, in each language. */
  static Phrase phraseOf(IatiDiagnostic diagnostic) {
    return Phrase.of(diagnostic.message(Locale.ENGLISH), diagnostic.message(Locale.ITALIAN),
        diagnostic.message(Locale.FRENCH), diagnostic.message(Locale.forLanguageTag("es")));
  }

  IatiException(String message, int line, int column, Throwable cause) {
    this(Phrase.literal(message), line, column, cause);
  }

  IatiException(Phrase message, int line, int column, Throwable cause) {
    super(text(message, line, column, Locale.ENGLISH), cause);
    this.text = message;
    this.line = line;
    this.column = column;
  }

  private static String text(Phrase message, int line, int column, Locale locale) {
    return printable(message.text(locale)) + (line > 0 ? AT.with(line, column).text(locale) : "");
  }

  /**
   * The message in a language: {@code atteso: XML ben formato entro i limiti di migov; trovato: il
   * file finisce prima del previsto (riga 1, colonna 1)}. {@link #getMessage()} is the English one,
   * which quotes the XML parser's own words. A writer's refusal is in English in every language.
   *
   * @param locale en, it, fr or es (others give English)
   * @return the message, with control and format characters replaced by spaces
   */
  public String message(Locale locale) {
    return text(text, line, column, Objects.requireNonNull(locale, "locale"));
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
