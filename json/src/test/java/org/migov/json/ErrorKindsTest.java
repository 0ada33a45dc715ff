package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.migov.core.programme.Programme;
import tools.jackson.core.JacksonException;

/**
 * Each error says its kind, set where it is raised; it is a Jackson exception, so that frameworks
 * answer a bad request; a failing reader is an I/O failure, not bad input.
 */
class ErrorKindsTest {
  private static final MigovJson JSON = MigovJson.create();

  private static MigovJsonException error(String json) {
    return assertThrows(MigovJsonException.class, () -> JSON.read(json, Programme.class));
  }

  @Test
  void eachErrorHasTheKindOfItsCause() {
    assertEquals(MigovJsonException.Kind.MALFORMED_INPUT, error("{\"id\":").kind());
    assertEquals(MigovJsonException.Kind.MALFORMED_INPUT, error("{\"id\":\"p\",\"id\":\"q\"}").kind());
    assertEquals(MigovJsonException.Kind.MALFORMED_INPUT,
        assertThrows(MigovJsonException.class, () -> JSON.read(new byte[] {'{', 0, '}', 0}, Programme.class)).kind());
    assertEquals(MigovJsonException.Kind.PAST_LIMIT, error("{\"budget\":{\"amount\":" + "1".repeat(200) + "}}").kind());
    MigovJson skipping = MigovJson.builder().ignoreUnknownProperties(true).build();
    assertEquals(MigovJsonException.Kind.PAST_LIMIT, assertThrows(MigovJsonException.class,
        () -> skipping.read("{\"zz\":" + "[".repeat(100) + "]".repeat(100) + "}", Programme.class)).kind());
    MigovJsonException content = error("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":\"x\"}");
    assertEquals(MigovJsonException.Kind.NOT_WIRE_FORMAT, content.kind());
    assertFalse(content.isMalformedInput());
    assertTrue(error("{\"id\":").isMalformedInput());
  }

  @Test
  void anErrorIsAJacksonExceptionWithItsOwnMessage() {
    MigovJsonException e = error("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":\"x\"}");
    assertInstanceOf(JacksonException.class, e);
    assertTrue(e.getMessage().startsWith("expected a ProgrammeStatus code"), e.getMessage());
    assertEquals(e.getMessage(), e.getOriginalMessage());
    assertEquals(1, e.getLocation().getLineNr());
    assertEquals(e.column(), e.getLocation().getColumnNr());
  }

  @Test
  void theBuilderNamesEachPart() {
    RuntimeException cause = new RuntimeException("cause");
    MigovJsonException e = MigovJsonException.of(MigovJsonException.Kind.NOT_WIRE_FORMAT)
        .expected("an ISO 4217 currency code").found("\"EURO\"").at("/budget/currency", 3, 17).cause(cause).build();
    assertEquals("expected an ISO 4217 currency code at /budget/currency, found \"EURO\" (line 3, column 17)", e.getMessage());
    assertEquals("an ISO 4217 currency code", e.expected());
    assertEquals("\"EURO\"", e.found());
    assertSame(cause, e.getCause());
    assertThrows(IllegalArgumentException.class, () -> MigovJsonException.of(MigovJsonException.Kind.PAST_LIMIT).at("", -1, 0));
    assertThrows(NullPointerException.class, () -> MigovJsonException.of(null));
  }

  @Test
  void aFailingReaderIsAnIoFailureNotBadInput() {
    IOException broken = new IOException("disk gone");
    Reader failing = new Reader() {
      private int reads;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        if (reads++ == 0) {
          String start = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[";
          start.getChars(0, start.length(), buffer, offset);
          return start.length();
        }
        throw broken;
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JSON.readDatasetTolerant(failing));
    assertSame(broken, e.getCause());
    assertThrows(UncheckedIOException.class, () -> JSON.readDataset(new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("at once");
      }

      @Override
      public void close() {}
    }));
    assertEquals(1, JSON.readDatasetTolerant(new StringReader("{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[{}]}")).errorCount());
  }
}
