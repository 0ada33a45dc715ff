package org.migov.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidValueExceptionTest {

  /** The text itself, then what escape makes of it; a backslash-u in a column is literal. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ESC                |  \\u001b
      NUL                |  \\u0000
      DEL                |  \\u007f
      CSI                |  \\u009b
      RLO                |  \\u202e
      LS                 |  \\u2028
      PS                 |  \\u2029
      BOM                |  \\ufeff
      ZWSP               |  \\u200b
      HIGH               |  \\ud800
      LOW                |  \\udc00
      TAG                |  \\udb40\\udc01
      """)
  void escapesEveryCharacterThatCouldForgeALineOrHideText(String name, String escaped) {
    String c = character(name);
    assertEquals("a" + escaped + "b", InvalidValueException.escape("a" + c + "b"), name);
    assertEquals(escaped, InvalidValueException.escape(c), name);
    assertEquals("\"" + escaped + "\"", InvalidValueException.quote(c), name);
  }

  private static String character(String name) {
    switch (name) {
      case "ESC": return "\u001b";
      case "NUL": return "\u0000";
      case "DEL": return "\u007f";
      case "CSI": return "\u009b";
      case "RLO": return "\u202e";
      case "LS": return "\u2028";
      case "PS": return "\u2029";
      case "BOM": return "\ufeff";
      case "ZWSP": return "\u200b";
      case "HIGH": return "\ud800";
      case "LOW": return "\udc00";
      case "TAG": return "\udb40\udc01";
      default: throw new AssertionError(name);
    }
  }

  @Test
  void escapesLineBreaksSoThatAMessageStaysOnOneLine() {
    assertEquals("a\\u000d\\u000ab", InvalidValueException.escape("a\r\nb"));
    assertEquals("\\u001b[31mred\\u001b[0m", InvalidValueException.escape("\u001b[31mred\u001b[0m"));
    assertEquals("x\\ud800", InvalidValueException.escape("x\ud800"), "a high surrogate at the end");
    assertEquals("\\udc00\\ud800", InvalidValueException.escape("\udc00\ud800"), "a pair in the wrong order");
    assertEquals("\\ud800\ud800\udc00", InvalidValueException.escape("\ud800\ud800\udc00"),
        "an unpaired high surrogate, then a pair that is kept");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "iom", "bureau-ñ", "مكتب", "办事处", "бюро", "e\u0301", "\ud83c\udf0d", "IOM \ud83d\udc68\ud83c\udffd",
      "a b\u00a0c", "\"quoted\" \\ back"})
  void keepsLettersOfEveryScriptAndSurrogatePairs(String text) {
    assertSame(text, InvalidValueException.escape(text), "printable text is returned as it is");
  }

  @Test
  void quoteEscapesQuotesAndBackslashesAndCapsTheLength() {
    assertEquals("\"say \\\"hi\\\" \\\\ bye\"", InvalidValueException.quote("say \"hi\" \\ bye"));
    assertEquals("\"" + "a".repeat(64) + "\"", InvalidValueException.quote("a".repeat(64)));
    assertEquals("\"" + "a".repeat(64) + "...(100 chars)\"", InvalidValueException.quote("a".repeat(100)));
    String escapedTail = InvalidValueException.quote("\u202e".repeat(1000));
    assertEquals("\"" + "\\u202e".repeat(64) + "...(1000 chars)\"", escapedTail);
    assertEquals("\"\ud83c\udf0d مكتب\"", InvalidValueException.quote("\ud83c\udf0d مكتب"));
  }

  @Test
  void escapeDoesNotCapTheLength() {
    String escaped = InvalidValueException.escape("\n".repeat(1000));
    assertEquals("\\u000a".repeat(1000), escaped);
  }

  @Test
  void theMessageQuotesTheValue() {
    InvalidValueException e = new InvalidValueException("an id", "a\nb\u202ec", "control character");
    assertEquals("expected an id, found \"a\\u000ab\\u202ec\": control character", e.getMessage());
    assertEquals("a\nb\u202ec", e.found(), "found keeps the value as given");
    assertTrue(new InvalidValueException("an id", null).getMessage().endsWith("found nothing"));
  }
}
