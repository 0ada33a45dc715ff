package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityKind;

/**
 * Documents with a million entities that fail to decode, read tolerantly in a JVM of 128 MiB (the
 * {@code small-heap} tag): the errors past the limit are counted, not kept.
 */
@Tag("small-heap")
class HostileDocumentTest {

  /** An envelope whose organisations are {@code count} times the same text, made as it is read. */
  private static Reader envelope(String organisation, int count, String last) {
    String head = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[";
    return new Reader() {
      private int written = -1;
      private String chunk = head;
      private int at;

      @Override
      public int read(char[] into, int offset, int length) {
        int n = 0;
        while (n < length) {
          if (at == chunk.length()) {
            written++;
            if (written < count) {
              chunk = (written == 0 ? "" : ",") + organisation;
            } else if (written == count) {
              chunk = "," + last + "]}";
            } else {
              return n == 0 ? -1 : n;
            }
            at = 0;
          }
          into[offset + n++] = chunk.charAt(at++);
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aMillionEntitiesThatFailAreCountedAndTheFirstKept() {
    DecodedDataset decoded = MigovJson.create().readDatasetTolerant(
        envelope("{\"id\":\"x\"}", 1_000_000, "{\"id\":\"ok\",\"name\":{\"en\":\"OK\"}}"));
    assertEquals(1_000_000, decoded.errorCount());
    assertEquals(MigovJson.DEFAULT_MAX_DECODE_ERRORS, decoded.errors().size());
    assertEquals("/organisations/0", decoded.errors().get(0).pointer());
    assertEquals("/organisations/9999", decoded.errors().get(9_999).pointer());
    assertEquals(1, decoded.dataset().size());
    assertEquals("/organisations/1000000", decoded.location(EntityKind.ORGANISATION, 0).pointer());
  }

  @Test
  void eachDecodedEntityKnowsItsPlaceInTheDocument() {
    String document = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":["
        + "{\"id\":\"a\",\"name\":{\"en\":\"A\"}},{\"id\":\"bad\"},{\"id\":\"a\",\"name\":{\"en\":\"A\"}}]}";
    DecodedDataset decoded = MigovJson.builder().maxDecodeErrors(0).build().readDatasetTolerant(new StringReader(document));
    assertEquals(1, decoded.errorCount());
    assertEquals(0, decoded.errors().size());
    assertEquals("/organisations/0", decoded.location(EntityKind.ORGANISATION, 0).pointer());
    assertEquals("/organisations/2", decoded.location(EntityKind.ORGANISATION, 1).pointer());
    assertThrows(IndexOutOfBoundsException.class, () -> decoded.location(EntityKind.ORGANISATION, 2).pointer());
    assertThrows(IndexOutOfBoundsException.class, () -> decoded.location(EntityKind.EVENT, 0).pointer());
  }
}
