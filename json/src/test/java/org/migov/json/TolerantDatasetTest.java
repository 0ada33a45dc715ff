package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TolerantDatasetTest {
  private static final MigovJson JSON = MigovJson.create();

  private static String doc(String organisations) {
    return "{\"format\":\"migov\",\"version\":\"1.0\",\n\"organisations\":[\n" + organisations + "\n],\n"
        + "\"events\":[{\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"},\"organisations\":[\"a\"]}]}";
  }

  @Test
  void anIntegerOutOfRangeLeavesOutOnlyItsEntity() {
    String json = doc(String.join(",\n",
        "{\"id\":\"a\",\"name\":{\"en\":\"A\"}}",
        "{\"id\":\"b\",\"name\":{\"en\":\"B\"},\"memberStateCount\":2147483648}",
        "{\"id\":\"c\",\"name\":{\"en\":\"C\"},\"memberStateCount\":-99999999999999999999}",
        "{\"id\":\"d\",\"name\":{\"en\":\"D\"},\"memberStateCount\":2147483647}"));
    DecodedDataset decoded = JSON.readDatasetTolerant(new StringReader(json));
    assertEquals(List.of("a", "d"), decoded.dataset().organisations().stream()
        .map(o -> o.id().value()).collect(Collectors.toList()));
    assertEquals(1, decoded.dataset().events().size());
    assertEquals(List.of("/organisations/1/memberStateCount", "/organisations/2/memberStateCount"),
        decoded.errors().stream().map(MigovJsonException::pointer).collect(Collectors.toList()));
    assertEquals("/organisations/3", decoded.location(org.migov.core.EntityKind.ORGANISATION, 1).pointer());
  }

  @Test
  void everyBadEntityIsReportedAndTheOthersAreKept() {
    String json = doc(String.join(",\n",
        "{\"id\":\"a\",\"name\":{\"en\":\"A\"}}",
        "{\"id\":\"b\",\"name\":{\"en\":\"B\"},\"kinds\":[\"nope\"],\"posts\":[{\"title\":{\"en\":\"x\"}}]}",
        "{\"id\":\"c\",\"name\":{\"en\":\"C\"},\"founded\":{\"deep\":[1,{\"x\":2}]}}",
        "\"not an object\"",
        "{\"id\":\"d\"}",
        "{\"id\":\"e\",\"name\":{\"en\":\"E\"}}"));
    DecodedDataset decoded = JSON.readDatasetTolerant(new StringReader(json));
    assertEquals(List.of("a", "e"), decoded.dataset().organisations().stream()
        .map(o -> o.id().value()).collect(Collectors.toList()));
    assertEquals(1, decoded.dataset().events().size(), "entities after the bad ones are read");
    assertEquals(List.of("/organisations/1/kinds/0", "/organisations/2/founded", "/organisations/3", "/organisations/4"),
        decoded.errors().stream().map(MigovJsonException::pointer).collect(Collectors.toList()));
    assertEquals(List.of(4, 5, 6, 7), decoded.errors().stream().map(MigovJsonException::line).collect(Collectors.toList()));
    decoded.errors().forEach(e -> assertFalse(e.isMalformedInput(), e.getMessage()));
  }

  @Test
  void aCleanDocumentGivesTheSameDatasetAsTheStrictReader() {
    String json = doc("{\"id\":\"a\",\"name\":{\"en\":\"A\"}}");
    DecodedDataset decoded = JSON.readDatasetTolerant(new StringReader(json));
    assertTrue(decoded.errors().isEmpty());
    assertEquals(JSON.readDataset(json), decoded.dataset());
  }

  @Test
  void malformedJsonStillThrows() {
    MigovJsonException e = assertThrows(MigovJsonException.class,
        () -> JSON.readDatasetTolerant(new StringReader(doc("{\"id\":\"a\",\"name\":{\"en\":\"A\"}"))));
    assertTrue(e.isMalformedInput());
    MigovJsonException truncated = assertThrows(MigovJsonException.class,
        () -> JSON.readDatasetTolerant(new StringReader("{\"format\":\"migov\",\"organisations\":[{\"id\":")));
    assertTrue(truncated.isMalformedInput());
  }

  @Test
  void aBrokenEnvelopeStillThrows() {
    MigovJsonException e = assertThrows(MigovJsonException.class,
        () -> JSON.readDatasetTolerant(new StringReader("{\"format\":\"other\",\"version\":\"1.0\"}")));
    assertFalse(e.isMalformedInput());
    assertEquals("/format", e.pointer());
  }

  /** A factory-built object that fails half-way leaves nothing for the next one of its depth. */
  @org.junit.jupiter.api.Test
  void anObjectThatFailsHalfWayLeavesNothingForTheNext() {
    MigovJson json = MigovJson.create();
    String periods = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":["
        + "{\"id\":\"p1\",\"title\":{\"en\":\"P\"},\"period\":{\"end\":\"2030-01-01\",\"start\":\"bad\"}},"
        + "{\"id\":\"p2\",\"title\":{\"en\":\"P\"},\"targetAreas\":[{\"area\":{\"country\":\"FR\"}}]}]}";
    DecodedDataset decoded = json.readDatasetTolerant(new java.io.StringReader(periods));
    assertEquals(1, decoded.errorCount());
    assertEquals(java.util.Optional.empty(), decoded.dataset().programmes().get(0).targetAreas().get(0).percentage());
    String places = "{\"format\":\"migov\",\"version\":\"1.0\",\"offices\":["
        + "{\"id\":\"o\",\"organisation\":\"i\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"O\"},"
        + "\"location\":{\"locality\":\"Paris\",\"country\":\"ZZZ\"}}],"
        + "\"events\":[{\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"},\"place\":{\"country\":\"FR\"}}]}";
    decoded = json.readDatasetTolerant(new java.io.StringReader(places));
    assertEquals(1, decoded.errorCount());
    assertEquals(java.util.Optional.empty(), decoded.dataset().events().get(0).place().orElseThrow().locality());
    String areas = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":["
        + "{\"id\":\"p1\",\"title\":{\"en\":\"P\"},\"targetAreas\":[{\"area\":{\"namedArea\":{\"name\":{\"en\":\"A\"},\"members\":[\"DE\",\"ZZZ\"]}}}]},"
        + "{\"id\":\"p2\",\"title\":{\"en\":\"P\"},\"targetAreas\":[{\"area\":{\"namedArea\":{\"name\":{\"en\":\"B\"},\"members\":[\"IT\"]}}}]}]}";
    decoded = json.readDatasetTolerant(new java.io.StringReader(areas));
    assertEquals(1, decoded.errorCount());
    assertEquals("[IT]", ((org.migov.core.geography.NamedArea) decoded.dataset().programmes().get(0).targetAreas().get(0).area())
        .members().toString());
  }

  @org.junit.jupiter.api.Test
  void whatTheCallbackThrowsPassesAsItIs() {
    tools.jackson.core.exc.StreamReadException own = new tools.jackson.core.exc.StreamReadException("the user's own failure");
    String document = MigovJson.create().writeDataset(org.migov.core.dataset.Dataset.builder()
        .addEvent(MigovJson.create().read("{\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"}}",
            org.migov.core.event.Event.class)).build());
    org.junit.jupiter.api.Assertions.assertSame(own, org.junit.jupiter.api.Assertions.assertThrows(
        tools.jackson.core.exc.StreamReadException.class,
        () -> MigovJson.create().readDatasetTolerant(new java.io.StringReader(document), entity -> {
          throw own;
        })));
  }

  @org.junit.jupiter.api.Test
  void anEmptyListOfMembersSaysItFoundAnEmptyListAndWhy() {
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(MigovJsonException.class,
        () -> MigovJson.create().read("{\"id\":\"p\",\"title\":{\"en\":\"P\"},\"targetAreas\":[{\"area\":"
            + "{\"namedArea\":{\"name\":{\"en\":\"Sahel\"},\"members\":[]}}}]}", org.migov.core.programme.Programme.class));
    assertEquals("a named area with at least one member country", e.expected());
    assertEquals("\"[]\": no member given for \"Sahel\"", e.found());
    assertEquals("\"[]\": nessun membro indicato per \"Sahel\"", e.found(java.util.Locale.ITALIAN));
  }
}
