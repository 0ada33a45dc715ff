package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migov.core.programme.Programme;

/** Reading UTF-8 bytes: the same values as from text, and bytes that are not UTF-8 refused. */
class ByteInputTest {
  private static final MigovJson JSON = MigovJson.create();
  private static final String PROGRAMME = "{\"id\":\"p1\",\"title\":{\"en\":\"Città di Roma ✓ 🌍\"}}";
  private static final String DATASET = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[" + PROGRAMME + "]}";

  @Test
  void bytesDecodeAsTheirText() {
    assertEquals(JSON.read(PROGRAMME, Programme.class), JSON.read(PROGRAMME.getBytes(StandardCharsets.UTF_8), Programme.class));
    assertEquals(JSON.readDataset(DATASET), JSON.readDataset(DATASET.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] bytes = concat(bom, DATASET.getBytes(StandardCharsets.UTF_8));
    assertEquals(JSON.readDataset(DATASET), JSON.readDataset(bytes));
  }

  @Test
  void bytesThatAreNotUtf8AreMalformed() {
    byte[] bytes = PROGRAMME.replace("à", "\u0000").getBytes(StandardCharsets.UTF_8);
    bytes[PROGRAMME.indexOf('à')] = (byte) 0xFF;
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(bytes, Programme.class));
    assertTrue(e.isMalformedInput(), e.getMessage());
    assertEquals(1, e.line(), e.getMessage());
  }

  @Test
  void utf16IsRefused() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, DATASET.getBytes(StandardCharsets.UTF_16LE));
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.readDataset(le));
    assertTrue(e.isMalformedInput(), e.getMessage());
    assertThrows(MigovJsonException.class, () -> JSON.readDataset(DATASET.getBytes(StandardCharsets.UTF_16BE)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
