package org.migov.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.text.Phrase;

/**
 * Thrown when a value cannot be represented: a malformed id, an unknown country or currency
 * code, a period that ends before it starts, a partial date such as {@code 2024-13}.
 *
 * <p>The message names the offending value and what was expected, for example
 * {@code expected an ISO 3166-1 alpha-2 country code, found "XX"}. The parts are also available
 * separately, so that a decoder can add its own location (a JSON Pointer, a line number).
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The longest part of a value that {@link #quote(String)} shows, in chars. */
  private static final int QUOTE_LIMIT = 64;

  /** The frame of the message: what was expected, what was found. */
  private static final Phrase.Template MESSAGE = Phrase.template(
      "expected {0}, found {1}", "atteso: {0}; trovato: {1}", "attendu : {0} ; trouvé : {1}",
      "se esperaba: {0}; se encontró: {1}");

  /** A value found, then why it was refused. */
  private static final Phrase.Template WITH_DETAIL = Phrase.template("{0}: {1}", "{0}: {1}", "{0} : {1}", "{0}: {1}");

  /** What is found when there is no value. */
  private static final Phrase NOTHING = Phrase.of("nothing", "niente", "rien", "nada");

  /** What was expected. */
  private final Phrase expected;

  /** The offending value, or null. */
  private final String found;

  /** Why the value was refused, or null. */
  private final Phrase detail;

  /**
   * Creates the exception, with what was expected in one language (the same in every language).
   *
   * @param expected what was expected, as a noun phrase ("an ISO 4217 currency code")
   * @param found the offending value as given, or {@code null} when it was missing
   */
  public InvalidValueException(String expected, String found) {
    this(Phrase.literal(Objects.requireNonNull(expected, "expected")), found);
  }

  /**
   * Creates the exception with a further explanation, both in one language.
   *
   * @param expected what was expected, as a noun phrase
   * @param found the offending value as given, or {@code null} when it was missing
   * @param detail why the value was refused, appended to the message
   */
  public InvalidValueException(String expected, String found, String detail) {
    this(Phrase.literal(Objects.requireNonNull(expected, "expected")), found,
        Phrase.literal(Objects.requireNonNull(detail, "detail")));
  }

  /**
   * Creates the exception, with what was expected as a phrase in several languages.
   *
   * @param expected what was expected, as a noun phrase ("an ISO 4217 currency code")
   * @param found the offending value as given, or {@code null} when it was missing
   */
  public InvalidValueException(Phrase expected, String found) {
    super(message(Objects.requireNonNull(expected, "expected"), found, null, Locale.ENGLISH));
    this.expected = expected;
    this.found = found;
    this.detail = null;
  }

  /**
   * Creates the exception with a further explanation, both as phrases in several languages.
   *
   * @param expected what was expected, as a noun phrase
   * @param found the offending value as given, or {@code null} when it was missing
   * @param detail why the value was refused ("forbidden character '/'"), appended to the message
   */
  public InvalidValueException(Phrase expected, String found, Phrase detail) {
    super(message(Objects.requireNonNull(expected, "expected"), found, Objects.requireNonNull(detail, "detail"),
        Locale.ENGLISH));
    this.expected = expected;
    this.found = found;
    this.detail = detail;
  }

  /**
   * A noun with its indefinite article, for the {@code expected} phrase: "an OrganisationId",
   * "a ProgrammeId".
   *
   * @param noun a noun, such as a type's simple name
   * @return "an " before a vowel, else "a ", then the noun
   */
  public static String withArticle(String noun) {
    return ("AEIOUaeiou".indexOf(noun.isEmpty() ? 'x' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String message(Phrase expected, String found, Phrase detail, Locale locale) {
    return MESSAGE.with(expected, found(found, detail)).text(locale);
  }

  /** The value quoted, or "nothing"; then the detail, when there is one. */
  private static Phrase found(String found, Phrase detail) {
    Phrase value = found == null ? NOTHING : Phrase.literal(quote(found));
    return detail == null ? value : WITH_DETAIL.with(value, detail);
  }

  /**
   * What was found, as the message says it, in every language migov speaks: the value quoted, or
   * "nothing", then why it was refused ({@code "a/b": forbidden character '/'}).
   *
   * @return the phrase
   */
  public Phrase foundPhrase() {
    return found(found, detail);
  }

  /**
   * The message in a language: {@code atteso: un codice paese ISO 3166-1 alpha-2; trovato: "XX"}.
   * {@link #getMessage()} is the English one.
   *
   * @param locale the language; English for other languages than Italian, French and Spanish
   * @return the message
   */
  public String message(Locale locale) {
    return message(expected, found, detail, Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Quotes a value for a message: between double quotes, with {@code "} and {@code \\} escaped,
   * every character that {@link #escape(String)} escapes written as <code>&#92;uXXXX</code>, and the
   * length capped at 64 chars, so that a hostile value cannot forge a message or flood a log.
   *
   * @param value the value to quote
   * @return the quoted value
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 80) + 2).append('"');
    appendEscaped(value, QUOTE_LIMIT, true, out);
    return out.append('"').toString();
  }

  /**
   * Escapes a text for a message, a report or a log, without quoting it: every character that
   * could change what a terminal shows or forge a line is written as <code>&#92;uXXXX</code>. Those are
   * the control characters (C0, DEL, C1: line feed, carriage return, escape, NUL...), the format
   * characters (category Cf: bidi controls such as U+202E, zero-width characters, U+FEFF), the
   * line and paragraph separators (U+2028, U+2029) and unpaired surrogates. Other characters,
   * including letters of every script, are kept. The length is not capped.
   *
   * @param text the text to escape
   * @return the text, safe to print
   */
  public static String escape(String text) {
    if (isPrintable(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(text, Integer.MAX_VALUE, false, out);
    return out.toString();
  }

  private static boolean isPrintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7f && mustEscape(text, i))) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return true;
  }

  private static void appendEscaped(String text, int limit, boolean quoted, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      if (i >= limit) {
        out.append("...(").append(text.length()).append(" chars)");
        return;
      }
      char c = text.charAt(i);
      if (quoted && (c == '"' || c == '\\')) {
        out.append('\\').append(c);
      } else if (mustEscape(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (Character.isHighSurrogate(c)) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
  }

  /**
   * Whether the char at an index must be escaped: a control or format character, a line or
   * paragraph separator, an unpaired surrogate, or a surrogate pair that encodes a format
   * character (such as the language tags from U+E0001).
   */
  private static boolean mustEscape(String text, int index) {
    char c = text.charAt(index);
    if (Character.isHighSurrogate(c)) {
      if (index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1))) {
        return true;
      }
      return Character.getType(text.codePointAt(index)) == Character.FORMAT;
    }
    if (Character.isLowSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
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
   * What was expected, in every language migov speaks.
   *
   * @return the phrase
   */
  public Phrase expectedPhrase() {
    return expected;
  }

  /**
   * The offending value as given.
   *
   * @return the value, or {@code null} when it was missing
   */
  public String found() {
    return found;
  }

  /**
   * Why the value was refused, beyond what was expected.
   *
   * @return the explanation ("forbidden character '/'"), or {@code null} when there is none
   */
  public String detail() {
    return detail == null ? null : detail.toString();
  }

  /**
   * Why the value was refused, in every language migov speaks.
   *
   * @return the explanation, or empty when there is none
   */
  public Optional<Phrase> detailPhrase() {
    return Optional.ofNullable(detail);
  }
}
