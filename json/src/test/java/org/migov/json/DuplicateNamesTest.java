package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.Entity;
import org.migov.core.programme.Programme;
import org.migov.core.text.MultilingualText;
import org.migov.testkit.EntityGens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property name given twice in one object is refused as malformed input, located at the second
 * name, on every path that reads names: the readers, the dataset envelope and its stream, the
 * JSON Lines tag, values skipped in lenient mode, and the Jackson module. Objects past the names
 * compared in place (16) still find their duplicates.
 */
class DuplicateNamesTest {
  private static final MigovJson STRICT = MigovJson.create();
  private static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties(true).build();

  private static void assertDuplicate(MigovJsonException e, String name, String pointer, int column) {
    assertTrue(e.isMalformedInput(), e.getMessage());
    assertEquals("Duplicate Object property \"" + name + "\"", e.found());
    assertEquals(pointer, e.pointer());
    assertEquals(1, e.line());
    assertEquals(column, e.column(), e.getMessage());
  }

  @Test
  void inAnEntity() {
    String json = "{\"id\":\"p\",\"title\":{\"en\":\"P\"},\"id\":\"q\"}";
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> STRICT.read(json, Programme.class));
    assertDuplicate(e, "id", "/id", json.lastIndexOf("\"id\"") + 1);
  }

  /**
   * Names read in the order migov writes them are not compared (each is known to be new): a name
   * repeated right after itself, at the end, or after one out of order is still found.
   */
  @Test
  void afterNamesReadInTheWrittenOrder() {
    JsonMapper mapper = JsonMapper.builder().build();
    SplittableRandom random = new SplittableRandom(5);
    for (int sample = 0; sample < 20; sample++) {
      Programme programme = EntityGens.programmes().sample(random, 50);
      JsonNode written = mapper.readTree(STRICT.write(programme));
      List<String> names = new ArrayList<>(written.propertyNames());
      List<String> properties = names.stream()
          .map(name -> mapper.writeValueAsString(name) + ":" + mapper.writeValueAsString(written.get(name)))
          .collect(Collectors.toList());
      for (int i = 0; i < properties.size(); i++) {
        List<List<String>> repeats = List.of(
            insert(properties, i + 1, properties.get(i)),
            insert(properties, properties.size(), properties.get(i)),
            insert(insert(properties, 0, properties.get(properties.size() - 1)), properties.size() + 1, properties.get(i)));
        for (List<String> repeated : repeats) {
          String json = "{" + String.join(",", repeated) + "}";
          MigovJsonException e = assertThrows(MigovJsonException.class, () -> STRICT.read(json, Programme.class), json);
          assertTrue(e.isMalformedInput(), e.getMessage());
          assertTrue(e.found().startsWith("Duplicate Object property"), e.getMessage());
        }
      }
    }
  }

  private static List<String> insert(List<String> list, int at, String element) {
    List<String> inserted = new ArrayList<>(list);
    inserted.add(at, element);
    return inserted;
  }

  @Test
  void namesMayRepeatAcrossObjectsAndDepths() {
    String json = "{\"id\":\"p\",\"title\":{\"en\":\"P\",\"fr\":\"P\"},\"description\":{\"en\":\"D\",\"fr\":\"D\"},"
        + "\"sources\":[{\"title\":\"a\"},{\"title\":\"b\"}],\"participants\":[{\"organisation\":\"a\",\"role\":\"funding\"},"
        + "{\"organisation\":\"b\",\"role\":\"implementing\"}]}";
    Programme p = STRICT.read(json, Programme.class);
    assertEquals(2, p.sources().size());
    assertEquals(2, p.participants().size());
  }

  @Test
  void inTheEnvelope() {
    String json = "{\"format\":\"migov\",\"version\":\"1.0\",\"version\":\"1.0\"}";
    assertDuplicate(assertThrows(MigovJsonException.class, () -> STRICT.readDataset(json)), "version", "/version", 35);
  }

  @Test
  void inTheStreamedEnvelopeAndItsEntities() {
    String envelope = "{\"format\":\"migov\",\"format\":\"migov\",\"version\":\"1.0\"}";
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> drain(STRICT.streamDataset(new StringReader(envelope))));
    assertDuplicate(e, "format", "/format", 19);
    String entity = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"name\":{\"en\":\"B\"}}]}";
    e = assertThrows(MigovJsonException.class, () -> drain(STRICT.streamDataset(new StringReader(entity))));
    assertDuplicate(e, "name", "/organisations/0/name", entity.lastIndexOf("\"name\"") + 1);
  }

  @Test
  void inTheRestOfAnEntitySkippedByATolerantRead() {
    // The first error (an unknown kind) makes the tolerant reader skip the rest of the entity: a
    // duplicate there is still malformed input, which ends the read.
    String json = "{\"format\":\"migov\",\"version\":\"1.0\",\"organisations\":[{\"id\":\"a\",\"kinds\":[\"nope\"],"
        + "\"name\":{\"en\":\"A\",\"en\":\"B\"}}]}";
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> STRICT.readDatasetTolerant(new StringReader(json)));
    assertDuplicate(e, "en", "/organisations/0/name/en", json.lastIndexOf("\"en\"") + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"id\":\"p\",\"title\":{\"en\":\"P\"},\"zz\":{\"a\":1,\"a\":2}}",
    "{\"id\":\"p\",\"title\":{\"en\":\"P\"},\"zz\":[0,[{\"b\":{\"a\":1,\"a\":2}}]]}"
  })
  void insideAValueSkippedInLenientMode(String json) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> LENIENT.read(json, Programme.class));
    assertTrue(e.isMalformedInput());
    assertEquals("Duplicate Object property \"a\"", e.found());
    assertEquals(json.lastIndexOf("\"a\"") + 1, e.column());
  }

  @Test
  void anUnknownPropertyTwiceInLenientMode() {
    String json = "{\"id\":\"p\",\"zz\":1,\"title\":{\"en\":\"P\"},\"zz\":[1]}";
    assertDuplicate(assertThrows(MigovJsonException.class, () -> LENIENT.read(json, Programme.class)), "zz", "/zz", json.lastIndexOf("\"zz\"") + 1);
    // Once each, they are skipped.
    assertEquals("p", LENIENT.read("{\"id\":\"p\",\"zz\":{\"a\":{\"a\":1}},\"title\":{\"en\":\"P\"}}", Programme.class).id().value());
  }

  @Test
  void aSkippedObjectTakesItsNamesAway() {
    // The outer object's "title" and "id" come after a skipped object that held the same names.
    Programme p = LENIENT.read("{\"zz\":{\"title\":1,\"id\":2},\"id\":\"p\",\"title\":{\"en\":\"P\"}}", Programme.class);
    assertEquals("p", p.id().value());
  }

  /** Skipped values 20 objects deep with 17 names each: more open objects and names than first allotted. */
  @Test
  void deepAndWideSkippedValues() {
    String names = IntStream.range(0, 16).mapToObj(i -> "\"n" + i + "\":" + i).collect(Collectors.joining(","));
    StringBuilder nested = new StringBuilder("{" + names + "}");
    for (int depth = 1; depth < 20; depth++) {
      nested.insert(0, "{" + names + ",\"next\":").append('}');
    }
    String fine = "{\"id\":\"p\",\"zz\":" + nested + ",\"title\":{\"en\":\"P\"}}";
    assertEquals("p", LENIENT.read(fine, Programme.class).id().value());
    String innermost = "{" + names + "}";
    String twice = fine.replace(innermost, "{" + names + ",\"n3\":3}");
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> LENIENT.read(twice, Programme.class));
    assertDuplicate(e, "n3", "/zz" + "/next".repeat(19) + "/n3", twice.lastIndexOf("\"n3\"") + 1);
  }

  @Test
  void theJsonLinesTagTwice() {
    String line = "{\"entity\":\"organisation\",\"id\":\"a\",\"entity\":\"organisation\",\"name\":{\"en\":\"A\"}}\n";
    for (MigovJson json : List.of(STRICT, LENIENT)) {
      JsonLine read = json.readJsonLinesTolerant(new StringReader(line)).next();
      MigovJsonException e = read.error().orElseThrow();
      assertTrue(e.isMalformedInput(), e.getMessage());
      assertEquals("Duplicate Object property \"entity\"", e.found());
      assertEquals("/entity", e.pointer());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 15, 16, 17, 39})
  void inAnObjectPastTheNamesComparedInPlace(int repeated) {
    // 40 languages (aa, ab, ...), then one of them again: the names past the 16th are kept in a set.
    List<String> languages = IntStream.range(0, 40).mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
        .collect(Collectors.toList());
    String map = languages.stream().map(l -> "\"" + l + "\":\"t\"").collect(Collectors.joining(","));
    String json = "{\"id\":\"p\",\"title\":{" + map + ",\"" + languages.get(repeated) + "\":\"u\"}}";
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> STRICT.read(json, Programme.class));
    assertDuplicate(e, languages.get(repeated), "/title/" + languages.get(repeated), json.lastIndexOf("\"" + languages.get(repeated) + "\"") + 1);
    // Without the repeat, all 40 are read.
    Programme p = STRICT.read("{\"id\":\"p\",\"title\":{" + map + "}}", Programme.class);
    assertEquals(40, p.title().asMap().size());
  }

  private static void drain(DatasetReader reader) {
    try (reader) {
      while (reader.hasNext()) {
        Entity ignored = reader.next();
      }
    }
  }
}
