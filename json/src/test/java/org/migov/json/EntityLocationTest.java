package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityKind;

/** Readers record where each entity stood as they read it, entities that share an id each at their own place. */
class EntityLocationTest {
  private static final MigovJson JSON = MigovJson.create();

  @Test
  void aDocumentsEntitiesAreLocatedDuplicatesIncluded() {
    String document = "{\"format\":\"migov\",\"version\":\"1.0\",\n\"programmes\":[\n"
        + "{\"id\":\"dup\",\"title\":{\"en\":\"A\"}},\n"
        + "{\"id\":\"bad\",\"title\":1},\n"
        + "  {\"id\":\"dup\",\"title\":{\"en\":\"B\"}}],\n"
        + "\"events\":[{\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"}}]}";
    DecodedDataset decoded = JSON.readDatasetTolerant(new StringReader(document));
    assertEquals(2, decoded.dataset().programmes().size());
    assertEquals(EntityLocation.of("/programmes/0", 3, 1), decoded.location(EntityKind.PROGRAMME, 0));
    assertEquals(EntityLocation.of("/programmes/2", 5, 3), decoded.location(EntityKind.PROGRAMME, 1));
    assertEquals(EntityLocation.of("/events/0", 6, 11), decoded.location(EntityKind.EVENT, 0));
    assertEquals(1, decoded.errorCount());
    assertThrows(IndexOutOfBoundsException.class, () -> decoded.location(EntityKind.PROGRAMME, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> decoded.location(EntityKind.OFFICE, 0));
  }

  @Test
  void aStreamReaderSaysWhereItsLastEntityStood() {
    String document = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[\n{\"id\":\"a\",\"title\":{\"en\":\"A\"}}]}";
    try (DatasetReader reader = JSON.streamDataset(new StringReader(document))) {
      assertThrows(IllegalStateException.class, reader::location);
      reader.next();
      assertEquals(EntityLocation.of("/programmes/0", 2, 1), reader.location());
    }
  }

  @Test
  void aJsonLinesEntityIsLocatedAtItsLine() {
    String lines = "{\"entity\":\"programme\",\"id\":\"dup\",\"title\":{\"en\":\"A\"}}\n"
        + "\n"
        + "{\"entity\":\"programme\",\"id\":\"bad\",\"title\":1}\n"
        + "\t {\"entity\":\"programme\",\"id\":\"dup\",\"title\":{\"en\":\"B\"}}\n";
    DecodedDataset decoded = JSON.readJsonLinesDatasetTolerant(new StringReader(lines));
    assertEquals(2, decoded.dataset().programmes().size());
    assertEquals(EntityLocation.of("", 1, 1), decoded.location(EntityKind.PROGRAMME, 0));
    assertEquals(EntityLocation.of("", 4, 3), decoded.location(EntityKind.PROGRAMME, 1));
    assertEquals(3, decoded.errors().get(0).line());
    assertEquals("/title", decoded.errors().get(0).pointer());
  }

  @Test
  void anIntegerOutOfRangeInOneEntityLeavesTheOthersDecoded() {
    String document = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":["
        + "{\"id\":\"a\",\"name\":{\"en\":\"A\"}},"
        + "{\"id\":\"b\",\"name\":{\"en\":\"B\"},\"memberStateCount\":2147483648},"
        + "{\"id\":\"c\",\"name\":{\"en\":\"C\"}}]}";
    DecodedDataset decoded = JSON.readDatasetTolerant(new StringReader(document));
    assertEquals(2, decoded.dataset().organisations().size());
    assertEquals("/organisations/2", decoded.location(EntityKind.ORGANISATION, 1).pointer());
    assertEquals(MigovJsonException.Kind.NOT_WIRE_FORMAT, decoded.errors().get(0).kind());
    assertEquals("/organisations/1/memberStateCount", decoded.errors().get(0).pointer());
  }
}
