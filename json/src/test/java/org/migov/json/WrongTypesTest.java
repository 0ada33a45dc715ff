package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.agreement.Agreement;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;
import org.migov.testkit.EntityGens;
import org.migov.testkit.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every object and array of the wire format refuses a number in its place, saying that it
 * expected a JSON object or array, at its pointer: each one of many generated entities and of a
 * dataset (read whole and streamed) is written, and each object and array in it replaced in turn.
 */
class WrongTypesTest {
  private static final MigovJson STRICT = MigovJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void everyObjectAndArrayOfAnEntityRefusesANumber() {
    SplittableRandom random = new SplittableRandom(3);
    int replaced = 0;
    for (int i = 0; i < 8; i++) {
      replaced += replaceEach(EntityGens.organisations(), Organisation.class, random);
      replaced += replaceEach(EntityGens.offices(), Office.class, random);
      replaced += replaceEach(EntityGens.agreements(), Agreement.class, random);
      replaced += replaceEach(EntityGens.programmes(), Programme.class, random);
      replaced += replaceEach(EntityGens.events(), Event.class, random);
    }
    assertTrue(replaced > 500, "only " + replaced + " objects and arrays met");
  }

  @Test
  void everyArrayOfTheEnvelopeRefusesANumber() {
    SplittableRandom random = new SplittableRandom(4);
    Dataset dataset = Dataset.builder()
        .addOrganisation(EntityGens.organisations().sample(random, 10))
        .addOffice(EntityGens.offices().sample(random, 10))
        .addAgreement(EntityGens.agreements().sample(random, 10))
        .addProgramme(EntityGens.programmes().sample(random, 10))
        .addEvent(EntityGens.events().sample(random, 10))
        .build();
    ObjectNode envelope = (ObjectNode) MAPPER.readTree(STRICT.writeDataset(dataset));
    List<String> arrays = new ArrayList<>();
    envelope.properties().forEach(p -> {
      if (p.getValue().isArray()) {
        arrays.add(p.getKey());
      }
    });
    assertEquals(List.of("organisations", "offices", "agreements", "programmes", "events"), arrays);
    for (Function<String, ?> read : List.<Function<String, ?>>of(STRICT::readDataset, WrongTypesTest::stream)) {
      for (String name : arrays) {
        ObjectNode copy = envelope.deepCopy();
        copy.put(name, 1);
        assertRefused(copy.toString(), "/" + name, "(a JSON array)", read);
        ObjectNode element = envelope.deepCopy();
        replace(element, "/" + name + "/0");
        assertRefused(element.toString(), "/" + name + "/0", "(a JSON object)", read);
      }
    }
  }

  /** Reads a dataset through the streaming reader, entity by entity. */
  private static List<Entity> stream(String json) {
    List<Entity> entities = new ArrayList<>();
    try (DatasetReader reader = STRICT.streamDataset(new StringReader(json))) {
      reader.forEachRemaining(entities::add);
    }
    return entities;
  }

  @Test
  void everyKindOfEntityRefusesANumber() {
    for (Class<? extends Entity> type : List.of(Organisation.class, Office.class, Agreement.class, Programme.class, Event.class)) {
      assertRefused("1", "", "(a JSON object)", json -> STRICT.read(json, type));
    }
  }

  private static <T extends Entity> int replaceEach(Gen<T> gen, Class<T> type, SplittableRandom random) {
    JsonNode written = MAPPER.readTree(STRICT.write(gen.sample(random, 50)));
    List<String> pointers = new ArrayList<>();
    containers(written, "", pointers);
    for (String pointer : pointers) {
      JsonNode copy = written.deepCopy();
      boolean wasArray = copy.at(pointer).isArray();
      replace(copy, pointer);
      assertRefused(copy.toString(), pointer, wasArray ? "(a JSON array)" : "(a JSON object)", json -> STRICT.read(json, type));
    }
    return pointers.size();
  }

  private static void assertRefused(String json, String pointer, String expected, Function<String, ?> read) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> read.apply(json), json);
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.expected().endsWith(expected), e.getMessage());
    assertEquals("1", e.found(), e.getMessage());
    assertFalse(e.isMalformedInput(), e.getMessage());
  }

  /** The pointers of every object and array below the root. */
  private static void containers(JsonNode node, String pointer, List<String> pointers) {
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        visit(node.get(name), pointer + "/" + name, pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), pointer + "/" + i, pointers);
      }
    }
  }

  private static void visit(JsonNode child, String pointer, List<String> pointers) {
    if (child.isContainer()) {
      pointers.add(pointer);
      containers(child, pointer, pointers);
    }
  }

  /** Puts the number 1 at the pointer (a property name or an array index under its parent). */
  private static void replace(JsonNode root, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), MAPPER.getNodeFactory().numberNode(1));
    } else {
      ((ObjectNode) parent).put(last, 1);
    }
  }
}
