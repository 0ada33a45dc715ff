package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;

/** How an error message renders what it found instead of what it expected, for each kind of token. */
class WhatWasFoundTest {
  private static final MigovJson JSON = MigovJson.create();
  private static final String FORTY_DIGITS = "1234567890".repeat(4);

  static Stream<Arguments> programmes() {
    return Stream.of(
        Arguments.of("", "a programme (a JSON object)", "the end of the input", ""),
        Arguments.of("  ", "a programme (a JSON object)", "the end of the input", ""),
        Arguments.of("{\"id\":{}}", "a programme id (a JSON string)", "a JSON object", "/id"),
        Arguments.of("{\"id\":[\"p\"]}", "a programme id (a JSON string)", "a JSON array", "/id"),
        Arguments.of("{\"id\":true}", "a programme id (a JSON string)", "true", "/id"),
        Arguments.of("{\"id\":false}", "a programme id (a JSON string)", "false", "/id"),
        Arguments.of("{\"id\":null}", "a programme id (a JSON string)", "null", "/id"),
        Arguments.of("{\"id\":-7.5}", "a programme id (a JSON string)", "-7.5", "/id"),
        Arguments.of("{\"id\":" + FORTY_DIGITS + "}", "a programme id (a JSON string)", FORTY_DIGITS, "/id"),
        Arguments.of("{\"id\":" + FORTY_DIGITS + "5}", "a programme id (a JSON string)", FORTY_DIGITS + "...(41 chars)", "/id"),
        Arguments.of("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":\"1.50\",\"currency\":\"EUR\"}}",
            "the amount (a JSON number)", "\"1.50\"", "/budget/amount"),
        Arguments.of("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":7}", "a ProgrammeStatus code (a JSON string)", "7", "/status"),
        Arguments.of("{\"id\":\"p\",\"title\":{\"en\":\"x\"}} 7", "the end of the document", "7", ""),
        Arguments.of("{\"id\":\"p\",\"title\":{\"en\":\"x\"}} \"more\"", "the end of the document", "\"more\"", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programmes")
  void aProgrammeErrorSaysWhatItFound(String json, String expected, String found, String pointer) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(json, Programme.class));
    assertEquals(expected, e.expected());
    assertEquals(found, e.found());
    assertEquals(pointer, e.pointer());
    assertEquals("expected " + expected + " at " + (pointer.isEmpty() ? "the document" : pointer) + ", found " + found + " (line " + e.line() + ", column " + e.column() + ")", e.getMessage());
  }

  @Test
  void anIntegerOutsideTheIntRangeIsRefused() {
    MigovJsonException e = assertThrows(MigovJsonException.class,
        () -> JSON.read("{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"memberStateCount\":3000000000}", Organisation.class));
    assertEquals("the member state count (an integer from -2147483648 to 2147483647)", e.expected());
    assertEquals("3000000000", e.found());
    assertFalse(e.isMalformedInput(), "well-formed JSON: the tolerant reader goes on");
    MigovJsonException text = assertThrows(MigovJsonException.class,
        () -> JSON.read("{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"memberStateCount\":\"175\"}", Organisation.class));
    assertEquals("the member state count (a JSON integer)", text.expected());
    assertEquals("\"175\"", text.found());
  }

  @Test
  void aJsonLineSaysWhatCameInsteadOfTheEntityTag() {
    String lines = "{\"id\":\"iom\",\"entity\":\"organisation\"}\n{}\n[]\n{\"entity\":\"organisation\",\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}} 7\n";
    List<MigovJsonException> errors;
    try (JsonLinesReader reader = JSON.readJsonLinesTolerant(new StringReader(lines))) {
      errors = Stream.generate(() -> reader.hasNext() ? reader.next() : null).takeWhile(l -> l != null)
          .map(l -> l.error().orElseThrow()).collect(Collectors.toList());
    }
    assertEquals(List.of("the property \"entity\" first", "the property \"entity\" first", "an entity record (a JSON object)", "the end of the line"),
        errors.stream().map(MigovJsonException::expected).collect(Collectors.toList()));
    assertEquals(List.of("the property \"id\"", "the end of the object", "a JSON array", "7"),
        errors.stream().map(MigovJsonException::found).collect(Collectors.toList()));
    assertEquals(List.of(1, 2, 3, 4), errors.stream().map(MigovJsonException::line).collect(Collectors.toList()));
  }

  @Test
  void anInvalidMultilingualTextSaysWhichLanguageTagOrThatItIsEmpty() {
    MigovJsonException tag = assertThrows(MigovJsonException.class, () -> JSON.read("{\"id\":\"p\",\"title\":{\"e n\":\"x\"}}", Programme.class));
    assertEquals("/title", tag.pointer());
    assertEquals("a well-formed BCP 47 language tag such as \"en\" or \"fr-CA\"", tag.expected());
    assertEquals("\"e n\"", tag.found());
    MigovJsonException empty = assertThrows(MigovJsonException.class, () -> JSON.read("{\"id\":\"p\",\"title\":{}}", Programme.class));
    assertEquals("a text in at least one language", empty.expected());
    assertEquals("\"{}\"", empty.found());
  }
}
