package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines streams whose lines are far longer than the heap: run in a JVM of 128 MiB (the
 * {@code small-heap} tag), so that a line held whole fails with an OutOfMemoryError. Each bad
 * line is an error of its own line and the next line is read.
 */
@Tag("small-heap")
class HostileJsonLinesTest {
  private static final String GOOD = "{\"entity\":\"organisation\",\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}}";

  /** A reader of a head, then a char repeated, then a tail, made as it is read. */
  private static Reader generated(String head, char repeated, long count, String tail) {
    return new Reader() {
      private long position;
      private final long length = head.length() + count + tail.length();

      @Override
      public int read(char[] into, int offset, int len) {
        if (position == length) {
          return -1;
        }
        int n = 0;
        while (n < len && position < length) {
          long p = position++;
          into[offset + n++] = p < head.length() ? head.charAt((int) p)
              : p < head.length() + count ? repeated : tail.charAt((int) (p - head.length() - count));
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  private static List<JsonLine> readAll(MigovJson json, Reader reader) {
    List<JsonLine> lines = new ArrayList<>();
    try (JsonLinesReader in = json.readJsonLinesTolerant(reader)) {
      in.forEachRemaining(lines::add);
    }
    return lines;
  }

  @Test
  void aLineOfHalfAGigacharOfZerosIsOneErrorAndTheNextLineIsRead() {
    List<JsonLine> lines = readAll(MigovJson.create(), generated("{\"entity\"", '\0', 500_000_000L, "\n" + GOOD + "\n"));
    assertEquals(2, lines.size());
    MigovJsonException error = lines.get(0).error().orElseThrow();
    assertEquals(1, error.line());
    assertEquals(10, error.column());
    assertTrue(error.isMalformedInput());
    assertEquals("iom", lines.get(1).entity().orElseThrow().id().value());
    assertEquals(2, lines.get(1).lineNumber());
  }

  @Test
  void aStringOfThreeHundredMebicharsIsRefusedAtTheStringLimitWithoutBeingHeld() {
    List<JsonLine> lines = readAll(MigovJson.create(),
        generated("{\"entity\":\"organisation\",\"id\":\"", 'a', 300L * 1024 * 1024, "\"}\n" + GOOD));
    assertEquals(2, lines.size());
    MigovJsonException error = lines.get(0).error().orElseThrow();
    assertTrue(error.isMalformedInput(), error.getMessage());
    assertTrue(error.getMessage().contains("String value length"), error.getMessage());
    assertTrue(lines.get(1).entity().isPresent());
  }

  @Test
  void aLinePastTheLineLimitIsAnErrorAtTheLimitAndReadingGoesOn() {
    MigovJson json = MigovJson.builder().maxLineLength(1_000).build();
    List<JsonLine> lines = readAll(json, generated("", ' ', 400_000_000L, GOOD + "\r\n" + GOOD + "\r" + GOOD));
    assertEquals(3, lines.size());
    MigovJsonException error = lines.get(0).error().orElseThrow();
    assertEquals("a line of at most 1000 chars", error.expected());
    assertEquals(1, error.line());
    assertEquals(1_001, error.column());
    assertTrue(error.isMalformedInput());
    assertEquals(2, lines.get(1).lineNumber());
    assertEquals(3, lines.get(2).lineNumber());
    assertTrue(lines.get(2).entity().isPresent());
  }

  @Test
  void aCompleteEntityFollowedByMoreThanTheLimitIsStillTooLong() {
    MigovJson json = MigovJson.builder().maxLineLength(GOOD.length() + 10).build();
    List<JsonLine> lines = readAll(json, new StringReader(GOOD + " ".repeat(11) + "\n" + GOOD + " ".repeat(10)));
    assertTrue(lines.get(0).error().isPresent(), "11 spaces past the entity: one char too long");
    assertTrue(lines.get(1).entity().isPresent(), "10 spaces: at the limit");
  }

  @Test
  void leadingWhitespaceCountsInTheColumnAndBlankLinesAreSkipped() {
    MigovJson json = MigovJson.create();
    int plain = readAll(json, new StringReader("{\"entity\":1}")).get(0).error().orElseThrow().column();
    List<JsonLine> lines = readAll(json, new StringReader("\n \t \n   {\"entity\":1}\n\n"));
    assertEquals(1, lines.size());
    assertEquals(3, lines.get(0).lineNumber());
    assertEquals(plain + 3, lines.get(0).error().orElseThrow().column());
    assertFalse(lines.get(0).entity().isPresent());
  }

  @Test
  void whiteSpaceThatJsonRefusesIsAnErrorOfItsLineEvenBeforeTheEntity() {
    for (String prefix : new String[] {"\u000b", "\u000c", "\u001f", "\u3000", "\u2028", " \t\u00a0"}) {
      List<JsonLine> lines = readAll(MigovJson.create(), new StringReader(prefix + GOOD + "\n \t \n" + GOOD));
      assertEquals(2, lines.size(), "the line of spaces and tabs is skipped");
      assertTrue(lines.get(0).error().isPresent(), "prefix " + (int) prefix.charAt(prefix.length() - 1));
      assertTrue(lines.get(0).error().orElseThrow().isMalformedInput());
      assertEquals(3, lines.get(1).lineNumber());
      assertTrue(lines.get(1).entity().isPresent());
    }
  }
}
