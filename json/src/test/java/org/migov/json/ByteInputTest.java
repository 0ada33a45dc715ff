package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

  @Test
  void everyUtf16Or32MarkOrEarlyZeroByteIsRefused() {
    byte[] utf8 = PROGRAMME.getBytes(StandardCharsets.UTF_8);
    List<byte[]> refused = List.of(
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PROGRAMME.getBytes(StandardCharsets.UTF_16BE)),
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PROGRAMME.getBytes(StandardCharsets.UTF_16LE)),
        PROGRAMME.getBytes(StandardCharsets.UTF_16LE),
        PROGRAMME.getBytes(StandardCharsets.UTF_16BE),
        PROGRAMME.getBytes(Charset.forName("UTF-32LE")),
        withZeroAt(utf8, 1), withZeroAt(utf8, 2), withZeroAt(utf8, 3),
        new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0});
    for (byte[] bytes : refused) {
      MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(bytes, Programme.class));
      assertTrue(e.isMalformedInput(), e.getMessage());
    }
    // a zero byte from the fifth on is inside the document: Jackson's own error, also malformed
    MigovJsonException late = assertThrows(MigovJsonException.class, () -> JSON.read(withZeroAt(utf8, 4), Programme.class));
    assertTrue(late.isMalformedInput(), late.getMessage());
    assertTrue(JSON.read(utf8, Programme.class).id().value().equals("p1"));
    MigovJsonException oneByte = assertThrows(MigovJsonException.class, () -> JSON.read(new byte[] {(byte) 0xFE}, Programme.class));
    assertTrue(oneByte.isMalformedInput(), oneByte.getMessage());
  }

  @Test
  void unpairedSurrogatesAreRefusedWhereverTheyStand() {
    for (String text : List.of("\\ud800", "A\\ud800", "\\udc00A", "\\ud83d\\ude00\\ud800", "A\\ude00\\ud83d")) {
      String json = "{\"id\":\"p1\",\"title\":{\"en\":\"" + text + "\"}}";
      MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(json, Programme.class), text);
      assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
    }
    String pair = "{\"id\":\"p1\",\"title\":{\"en\":\"\\ud83d\\ude00\"}}";
    assertEquals("\ud83d\ude00", JSON.read(pair, Programme.class).title().get(java.util.Locale.ENGLISH));
  }

  @Test
  void parsedValuesWithASurrogateAreRefusedByTheirFactory() {
    // Dates, codes, countries, regions and currencies are not scanned for surrogates: their
    // factories accept ASCII only, so they refuse one, at the value's pointer.
    String start = "{\"id\":\"p1\",\"title\":{\"en\":\"P\"},";
    Map<String, String> pointers = Map.of(
        "\"status\":\"active\\ud800\"}", "/status",
        "\"period\":{\"start\":\"2024-01-0\\ud800\"}}", "/period/start",
        "\"targetAreas\":[{\"area\":{\"country\":\"I\\ud800\"}}]}", "/targetAreas/0/area/country",
        "\"targetAreas\":[{\"area\":{\"region\":\"15\\udc00\"}}]}", "/targetAreas/0/area/region",
        "\"budget\":{\"amount\":1,\"currency\":\"EU\\ud800\"}}", "/budget/currency",
        "\"sources\":[{\"title\":\"S\",\"date\":\"2024\\ud800\"}]}", "/sources/0/date");
    pointers.forEach((rest, pointer) -> {
      MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(start + rest, Programme.class), rest);
      assertEquals(pointer, e.pointer(), e.getMessage());
      assertFalse(e.isMalformedInput(), e.getMessage());
    });
  }

  private static byte[] withZeroAt(byte[] bytes, int index) {
    byte[] copy = bytes.clone();
    copy[index] = 0;
    return copy;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
