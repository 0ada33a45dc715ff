package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.migov.core.programme.Programme;

/** One test per class of bad input: the exception type, pointer, position and message. */
class BadInputTest {
  private static final MigovJson JSON = MigovJson.create();

  private static final String PROGRAMME =
      "{\n"
          + "  \"id\": \"p1\",\n"
          + "  \"title\": {\"en\": \"Libya and Niger\"},\n"
          + "  \"budget\": {\"amount\": 5000000, \"currency\": \"EUR\"},\n"
          + "  \"targetAreas\": [{\"area\": {\"country\": \"LY\"}}, {\"area\": {\"country\": \"%s\"}}]\n"
          + "}";

  private static MigovJsonException fails(String json) {
    return assertThrows(MigovJsonException.class, () -> JSON.read(json, Programme.class));
  }

  private static MigovJsonException failsDataset(String json) {
    return assertThrows(MigovJsonException.class, () -> JSON.readDataset(json));
  }

  @Test
  void anInvalidCountrySaysWhereAndWhat() {
    MigovJsonException e = fails(String.format(PROGRAMME, "XX"));
    assertEquals("/targetAreas/1/area/country", e.pointer());
    assertEquals(5, e.line());
    assertEquals(69, e.column());
    assertEquals(
        "expected an ISO 3166-1 alpha-2 country code at /targetAreas/1/area/country, found \"XX\": no such country or area (line 5, column 69)",
        e.getMessage());
    assertEquals(JSON.read(String.format(PROGRAMME, "NE"), Programme.class).targetAreas().size(), 2);
  }

  @Test
  void pointersReachIntoDatasets() {
    MigovJsonException e =
        failsDataset("{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[{\"id\":\"a\",\"title\":{\"en\":\"x\"}},"
            + "{\"id\":\"b\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1,\"currency\":\"EURO\"}}]}");
    assertEquals("/programmes/1/budget/currency", e.pointer());
    assertTrue(e.getMessage().startsWith("expected an ISO 4217 currency code such as \"EUR\" at /programmes/1/budget/currency, found \"EURO\""), e.getMessage());
  }

  @Test
  void unknownPropertiesAreRefusedUnlessLenient() {
    String json = "{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"colour\":\"red\"}";
    MigovJsonException e = fails(json);
    assertTrue(e.getMessage().contains("the unknown property \"colour\""), e.getMessage());
    assertEquals("/colour", e.pointer());
    Programme lenient = MigovJson.builder().ignoreUnknownProperties(true).build().read(json, Programme.class);
    assertEquals("p", lenient.id().value());
  }

  @Test
  void duplicateKeysAreRefused() {
    MigovJsonException e = fails("{\"id\":\"p\",\"id\":\"q\",\"title\":{\"en\":\"x\"}}");
    assertTrue(e.getMessage().contains("Duplicate") || e.getMessage().contains("duplicate"), e.getMessage());
  }

  @Test
  void trailingContentIsRefused() {
    MigovJsonException e = fails("{\"id\":\"p\",\"title\":{\"en\":\"x\"}} {}");
    assertTrue(e.getMessage().startsWith("expected the end of the document"), e.getMessage());
  }

  @Test
  void wrongTypesNullsAndMissingPropertiesAreRefused() {
    assertTrue(fails("{\"id\":7,\"title\":{\"en\":\"x\"}}").getMessage().contains("found 7"));
    MigovJsonException nul = fails("{\"id\":\"p\",\"title\":null}");
    assertEquals("/title", nul.pointer());
    assertTrue(nul.getMessage().contains("found null"), nul.getMessage());
    MigovJsonException missing = fails("{\"id\":\"p\"}");
    assertTrue(missing.getMessage().contains("the property \"title\" in a programme"), missing.getMessage());
    MigovJsonException array = fails("[]");
    assertTrue(array.getMessage().startsWith("expected a programme (a JSON object) at "), array.getMessage());
    assertTrue(array.getMessage().contains("found a JSON array (line 1, column 1)"), array.getMessage());
  }

  @Test
  void invalidCodesAndDatesAreRefused() {
    MigovJsonException code = fails("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":\"ongoing\"}");
    assertEquals("/status", code.pointer());
    assertTrue(code.getMessage().contains("ProgrammeStatus code"), code.getMessage());
    MigovJsonException date = fails("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"period\":{\"start\":\"2024-13-01\"}}");
    assertEquals("/period/start", date.pointer());
    MigovJsonException id = fails("{\"id\":\"a/b\",\"title\":{\"en\":\"x\"}}");
    assertTrue(id.getMessage().contains("forbidden") || id.getMessage().contains("ProgrammeId"), id.getMessage());
  }

  @Test
  void malformedJsonSaysWhere() {
    MigovJsonException e = fails("{\"id\":\"p\",\n\"title\":{\"en\" \"x\"}}");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("expected well-formed JSON"), e.getMessage());
  }

  @Test
  void numberBombsAreRefusedFast() {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      MigovJsonException e = fails("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1e1000000000,\"currency\":\"EUR\"}}");
      assertEquals("/budget/amount", e.pointer());
      MigovJsonException digits = fails("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":" + "9".repeat(10_000) + ",\"currency\":\"EUR\"}}");
      assertTrue(digits.getMessage().contains("well-formed JSON within migov's limits"), digits.getMessage());
    });
  }

  @Test
  void nestingBombsAndLongStringsHitTheLimits() {
    String deep = "{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"future\":" + "[".repeat(100_000);
    MigovJsonException bomb =
        assertThrows(MigovJsonException.class, () -> MigovJson.builder().ignoreUnknownProperties(true).build().read(deep, Programme.class));
    assertTrue(bomb.getMessage().startsWith("expected well-formed JSON within migov's limits"), bomb.getMessage());
    assertTrue(bomb.getMessage().contains("64"), bomb.getMessage());
    MigovJson small = MigovJson.builder().maxStringLength(10).build();
    assertThrows(MigovJsonException.class, () -> small.read("{\"id\":\"" + "x".repeat(11) + "\",\"title\":{\"en\":\"x\"}}", Programme.class));
    assertEquals("xxxxxxxxxx", small.read("{\"id\":\"" + "x".repeat(10) + "\",\"title\":{\"en\":\"x\"}}", Programme.class).id().value());
  }

  @Test
  void theEnvelopeMustSayWhatItIs() {
    assertTrue(failsDataset("{\"format\":\"other\",\"version\":\"1.0\"}").getMessage().contains("the format name \"migov\""));
    assertTrue(failsDataset("{\"format\":\"migov\",\"version\":\"2.0\"}").getMessage().contains("a format version 1.x"));
    assertTrue(failsDataset("{\"version\":\"1.0\"}").getMessage().contains("the property \"format\""));
  }
}
