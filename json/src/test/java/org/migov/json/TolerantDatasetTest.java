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
}
