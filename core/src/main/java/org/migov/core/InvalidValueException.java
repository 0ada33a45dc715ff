package org.migov.core;

import java.util.Objects;

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

  /** What was expected. */
  private final String expected;

  /** The offending value, or null. */
  private final String found;

  /**
   * Creates the exception.
   *
   * @param expected what was expected, as a noun phrase ("an ISO 4217 currency code")
   * @param found the offending value as given, or {@code null} when it was missing
   */
  public InvalidValueException(String expected, String found) {
    super(message(expected, found));
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = found;
  }

  /**
   * Creates the exception with a further explanation.
   *
   * @param expected what was expected, as a noun phrase
   * @param found the offending value as given, or {@code null} when it was missing
   * @param detail why the value was refused, appended to the message
   */
  public InvalidValueException(String expected, String found, String detail) {
    super(message(expected, found) + ": " + detail);
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = found;
  }

  private static String message(String expected, String found) {
    return "expected " + expected + ", found " + (found == null ? "nothing" : quote(found));
  }

  /**
   * Quotes a value for a message: between double quotes, control characters escaped and the
   * length capped, so that a hostile value cannot forge a message or flood a log.
   *
   * @param value the value to quote
   * @return the quoted value
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 80) + 2).append('"');
    int limit = 64;
    for (int i = 0; i < value.length(); i++) {
      if (i == limit) {
        out.append("...(").append(value.length()).append(" chars)");
        break;
      }
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
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
   * The offending value as given.
   *
   * @return the value, or {@code null} when it was missing
   */
  public String found() {
    return found;
  }
}
