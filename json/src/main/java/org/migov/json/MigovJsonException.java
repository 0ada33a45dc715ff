package org.migov.json;

import java.util.Locale;
import java.util.Objects;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * The one exception migov-json throws for input it cannot decode: malformed JSON, input past a
 * parsing limit, or well-formed JSON that is not the wire format (a wrong type, a missing, null,
 * unknown or repeated property, an invalid code, date or amount, trailing content). Its
 * {@link #kind()} says which.
 *
 * <p>It is a Jackson {@link JacksonException}, so that frameworks built on Jackson (Spring's
 * message converters among them) treat it as a bad request rather than a server error. It says
 * where, as a JSON Pointer and a line and column (both from 1; 0 when unknown), and what was
 * expected and found: {@code expected an ISO 3166-1 alpha-2 country code at
 * /programmes/3/targetAreas/1/area/country, found "XX" (line 42, column 17)}. The message is safe
 * to print or log: every control, format (bidi, zero-width) and line-separator character of the
 * pointer or of a value in it is escaped as <code>&#92;uXXXX</code>
 * ({@link InvalidValueException#escape(String)}); the accessors return the parts as they are.
 *
 * <p>Make one with {@link #of(Kind)}. Instances are immutable once thrown, but for the path Jackson's
 * databind may prepend while the exception passes through a user's own types.
 */
public final class MigovJsonException extends JacksonException {
  private static final long serialVersionUID = 2L;

  /** What kind of problem the input has. */
  public enum Kind {
    /** Not well-formed JSON (or not UTF-8): nothing after it can be read. */
    MALFORMED_INPUT,
    /** Past a parsing limit of {@link MigovJson.Builder}: nothing after it is read. */
    PAST_LIMIT,
    /** Well-formed JSON that is not the migov wire format: a reader may go on with the next entity. */
    NOT_WIRE_FORMAT
  }

  /** The kind of problem. */
  private final Kind kind;
  /** The JSON Pointer of the offending value. */
  private final String pointer;
  /** Its line, from 1, or 0. */
  private final int line;
  /** Its column, from 1, or 0. */
  private final int column;
  /** What was expected. */
  private final Phrase expected;
  /** What was found. */
  private final Phrase found;
  /** The message in English, escaped. */
  private final String text;

  /** The message: what was expected where, what was found, and the line and column when known. */
  private static final Phrase.Template MESSAGE = Phrase.template("expected {0} {1}, found {2}{3}",
      "atteso: {0} {1}; trovato: {2}{3}", "attendu : {0} {1} ; trouvé : {2}{3}", "se esperaba: {0} {1}; se encontró: {2}{3}");
  /** Where, by JSON Pointer. */
  private static final Phrase.Template AT = Phrase.template("at {0}", "in {0}", "à {0}", "en {0}");
  /** Where, for the whole document. */
  private static final Phrase AT_THE_DOCUMENT = Phrase.of("at the document", "nel documento", "dans le document",
      "en el documento");
  /** The line and column. */
  private static final Phrase.Template LINE = Phrase.template(" (line {0}, column {1})", " (riga {0}, colonna {1})",
      " (ligne {0}, colonne {1})", " (línea {0}, columna {1})");
  /** No line and column. */
  private static final Phrase NO_LINE = Phrase.literal("");

  private MigovJsonException(Builder b) {
    super(null, location(b.line, b.column), b.cause);
    this.kind = b.kind;
    this.pointer = b.pointer;
    this.line = b.line;
    this.column = b.column;
    this.expected = b.expected;
    this.found = b.found;
    this.text = body(Locale.ENGLISH);
  }

  /**
   * The message in a language: {@code atteso: un codice paese ISO 3166-1 alpha-2 in
   * /programmes/0/targetAreas/0/area/country; trovato: "XX": nessun paese o area ha questo codice
   * (riga 1, colonna 120)}, then the chain of references databind may add. Escaped as
   * {@link #getMessage()} is, which is the English one.
   *
   * @param locale the language; English for other languages than Italian, French and Spanish
   * @return the message
   */
  public String message(Locale locale) {
    String message = Locale.ENGLISH.equals(locale) ? text : body(Objects.requireNonNull(locale, "locale"));
    return _path == null || _path.isEmpty()
        ? message
        : message + THROUGH.with(InvalidValueException.escape(getPathReference())).text(locale);
  }

  /** The message without the reference chain. */
  private String body(Locale locale) {
    Phrase where = pointer.isEmpty() ? AT_THE_DOCUMENT : AT.with(InvalidValueException.escape(pointer));
    return MESSAGE.with(Phrase.literal(expected(locale)), where, Phrase.literal(found(locale)),
        line > 0 ? LINE.with(line, column) : NO_LINE).text(locale);
  }

  /** The chain of references databind adds, when the exception passed through a user's own types. */
  private static final Phrase.Template THROUGH = Phrase.template(" (through reference chain: {0})",
      " (attraverso la catena di riferimenti: {0})", " (par la chaîne de références : {0})",
      " (a través de la cadena de referencias: {0})");

  private static TokenStreamLocation location(int line, int column) {
    return line > 0 ? new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, line, column) : null;
  }

  /**
   * Starts an exception of a kind: name what was expected, what was found and where, then
   * {@link Builder#build()}.
   *
   * @param kind the kind of problem
   * @return a builder
   */
  public static Builder of(Kind kind) {
    return new Builder(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * The message: what was expected, where, what was found, with every character that could spoof
   * a terminal or a log escaped; then, when the exception passed through a user's own types in
   * Jackson's databind, the chain of references it passed.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  @Override
  public String getOriginalMessage() {
    return text;
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /**
   * The kind of problem.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
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
    return expected.toString();
  }

  /**
   * What was expected, in a language, escaped as in the message.
   *
   * @param locale the language; English for other languages than Italian, French and Spanish
   * @return a noun phrase such as "un codice valuta ISO 4217"
   */
  public String expected(Locale locale) {
    return InvalidValueException.escape(expected.text(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * What was found, as rendered in the message.
   *
   * @return the found value, quoted, then why it was refused when a value check says why ({@code "a/b":
   *     forbidden character '/'}); or a description such as "null" or "a JSON array"
   */
  public String found() {
    return found.toString();
  }

  /**
   * What was found, in a language, escaped as in the message: a quoted value is the same in every
   * language, a description or a reason is in that language (the JSON parser's reasons are
   * migov's own words in Italian, French and Spanish, Jackson's in English).
   *
   * @param locale the language; English for other languages than Italian, French and Spanish
   * @return what was found
   */
  public String found(Locale locale) {
    return InvalidValueException.escape(found.text(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * Whether the input is not well-formed JSON or lies past a parsing limit: the reader cannot go
   * on after such an error. When false ({@link Kind#NOT_WIRE_FORMAT}), the input is well-formed
   * JSON that does not match the migov wire format.
   *
   * @return true for {@link Kind#MALFORMED_INPUT} and {@link Kind#PAST_LIMIT}
   */
  public boolean isMalformedInput() {
    return kind != Kind.NOT_WIRE_FORMAT;
  }

  /** The same error, at another place: a JSON Lines error moved to its line of the stream. */
  MigovJsonException movedTo(int line, int column) {
    return of(kind).expected(expected).found(found).at(pointer, line, column).cause(this).build();
  }

  /**
   * Builds a {@link MigovJsonException}, each part named, so that what was expected and what was
   * found cannot be swapped. Not thread-safe.
   */
  public static final class Builder {
    private final Kind kind;
    private Phrase expected = Phrase.literal("valid input");
    private Phrase found = Phrase.literal("something else");
    private String pointer = "";
    private int line;
    private int column;
    private Throwable cause;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    /**
     * What was expected.
     *
     * @param expected a noun phrase, such as "an ISO 4217 currency code"
     * @return this builder
     */
    public Builder expected(String expected) {
      return expected(Phrase.literal(Objects.requireNonNull(expected, "expected")));
    }

    /**
     * What was expected, in every language migov speaks.
     *
     * @param expected a noun phrase, such as "an ISO 4217 currency code"
     * @return this builder
     */
    public Builder expected(Phrase expected) {
      this.expected = Objects.requireNonNull(expected, "expected");
      return this;
    }

    /**
     * What was found, rendered for a message (a string quoted).
     *
     * @param found such as {@code "XX"} (with its quotes), "null" or "a JSON array"
     * @return this builder
     */
    public Builder found(String found) {
      return found(Phrase.literal(Objects.requireNonNull(found, "found")));
    }

    /**
     * What was found, in every language migov speaks: a quoted value as a
     * {@link Phrase#literal(String) literal}, a description as a phrase.
     *
     * @param found such as the literal {@code "XX"} (with its quotes), or "a JSON array"
     * @return this builder
     */
    public Builder found(Phrase found) {
      this.found = Objects.requireNonNull(found, "found");
      return this;
    }

    /**
     * Where.
     *
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
     * @param line its line, from 1, or 0 when unknown
     * @param column its column, from 1, or 0 when unknown
     * @return this builder
     */
    public Builder at(String pointer, int line, int column) {
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column must be >= 0, were " + line + " and " + column);
      }
      this.pointer = Objects.requireNonNull(pointer, "pointer");
      this.line = line;
      this.column = column;
      return this;
    }

    /**
     * The underlying exception.
     *
     * @param cause the cause, or null
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * The exception.
     *
     * @return the exception, to throw
     */
    public MigovJsonException build() {
      return new MigovJsonException(this);
    }
  }
}
