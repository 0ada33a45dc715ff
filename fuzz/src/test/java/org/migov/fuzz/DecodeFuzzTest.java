package org.migov.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.migov.core.dataset.Dataset;
import org.migov.json.JsonLine;
import org.migov.json.JsonLinesReader;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;

/**
 * Decoding arbitrary bytes: a dataset document, and a JSON Lines stream read tolerantly. The
 * property: only {@link MigovJsonException} escapes, with a message and a pointer; what decodes
 * writes back to an equal dataset.
 *
 * <p>In {@code mvn verify} these run once per input of the committed corpus
 * ({@code src/test/resources/org/migov/fuzz/DecodeFuzzTestInputs}); with {@code JAZZER_FUZZ=1}
 * Jazzer mutates inputs for as long as it is told (docs/reliability.md).
 */
class DecodeFuzzTest {
  private static final MigovJson JSON = MigovJson.create();

  @FuzzTest(maxDuration = "10m")
  void datasetDocument(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Dataset fromString;
    try {
      fromString = JSON.readDataset(text);
    } catch (MigovJsonException e) {
      assertLocated(e);
      return;
    }
    assertEquals(fromString, JSON.readDataset(new StringReader(text)));
    assertEquals(fromString, JSON.readDataset(JSON.writeDataset(fromString)));
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLinesTolerant(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try (JsonLinesReader lines = JSON.readJsonLinesTolerant(new StringReader(text))) {
      long previous = 0;
      while (lines.hasNext()) {
        JsonLine line = lines.next();
        assertFalse(line.lineNumber() <= previous, "line numbers go up");
        previous = line.lineNumber();
        if (line.error().isPresent()) {
          assertLocated(line.error().get());
        } else {
          assertNotNull(line.entity().orElseThrow());
        }
      }
    }
  }

  /**
   * A decode error says what was expected and where: a JSON Pointer (empty or from the root), a
   * line and column that are never negative, and a message that quotes both.
   */
  static void assertLocated(MigovJsonException e) {
    String pointer = e.pointer();
    assertTrue(pointer.isEmpty() || pointer.startsWith("/"), "a JSON Pointer: " + pointer);
    assertTrue(e.line() >= 0 && e.column() >= 0, e.line() + ":" + e.column());
    assertFalse(e.expected().isBlank(), e.getMessage());
    assertTrue(e.getMessage().startsWith("expected " + e.expected()), e.getMessage());
    assertTrue(pointer.isEmpty() || e.getMessage().contains(" at " + pointer), e.getMessage());
  }
}
