package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.testkit.EntityGens;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order each reader expects an object's properties in (a hint, so that Jackson matches the
 * likely next name without looking it up) is the order migov writes them: every object of many
 * generated entities, written and walked as a tree, has its properties in the hinted order, and
 * every kind of object is met.
 */
class PropertyOrderTest {
  /** Properties whose value is a language map: any languages, in any order. */
  private static final Set<String> TEXTS = Set.of("name", "acronym", "title", "description", "label", "commitments", "outcomes", "post");

  /** The hint for the object under each property name (or each object of its array). */
  private static final Map<String, PropertyOrder> BY_PROPERTY = Map.ofEntries(
      Map.entry("organisations", EntityCodec.ORGANISATION_ORDER),
      Map.entry("offices", EntityCodec.OFFICE_ORDER),
      Map.entry("agreements", EntityCodec.AGREEMENT_ORDER),
      Map.entry("programmes", EntityCodec.PROGRAMME_ORDER),
      Map.entry("events", EntityCodec.EVENT_ORDER),
      Map.entry("identifiers", EntityCodec.IDENTIFIER_ORDER),
      Map.entry("posts", EntityCodec.POST_ORDER),
      Map.entry("tenures", EntityCodec.TENURE_ORDER),
      Map.entry("signatories", EntityCodec.SIGNATORY_ORDER),
      Map.entry("links", EntityCodec.LINK_ORDER),
      Map.entry("participants", EntityCodec.PARTICIPANT_ORDER),
      Map.entry("budgetLines", EntityCodec.BUDGET_LINE_ORDER),
      Map.entry("targetAreas", EntityCodec.TARGET_AREA_ORDER),
      Map.entry("holder", ValueCodec.PERSON_ORDER),
      Map.entry("person", ValueCodec.PERSON_ORDER),
      Map.entry("people", ValueCodec.PERSON_ORDER),
      Map.entry("budget", ValueCodec.MONEY_ORDER),
      Map.entry("amount", ValueCodec.MONEY_ORDER),
      Map.entry("period", ValueCodec.PERIOD_ORDER),
      Map.entry("validity", ValueCodec.PERIOD_ORDER),
      Map.entry("operatingPeriod", ValueCodec.PERIOD_ORDER),
      Map.entry("headquarters", ValueCodec.PLACE_ORDER),
      Map.entry("location", ValueCodec.PLACE_ORDER),
      Map.entry("signingPlace", ValueCodec.PLACE_ORDER),
      Map.entry("place", ValueCodec.PLACE_ORDER),
      Map.entry("sources", ValueCodec.SOURCE_ORDER),
      Map.entry("area", ValueCodec.AREA_ORDER),
      Map.entry("areaOfResponsibility", ValueCodec.AREA_ORDER),
      Map.entry("namedArea", ValueCodec.NAMED_AREA_ORDER));

  @Test
  void everyObjectIsWrittenInTheOrderItsReaderExpects() {
    SplittableRandom random = new SplittableRandom(11);
    Dataset.Builder dataset = Dataset.builder();
    for (int i = 0; i < 60; i++) {
      dataset.addOrganisation(EntityGens.organisations().sample(random, 50));
      dataset.addOffice(EntityGens.offices().sample(random, 50));
      dataset.addAgreement(EntityGens.agreements().sample(random, 50));
      dataset.addProgramme(EntityGens.programmes().sample(random, 50));
      dataset.addEvent(EntityGens.events().sample(random, 50));
    }
    JsonNode root = JsonMapper.builder().build().readTree(MigovJson.create().writeDataset(dataset.build()));
    List<PropertyOrder> met = new ArrayList<>();
    walk(root, EntityCodec.DATASET_ORDER, "", met);
    for (PropertyOrder order : BY_PROPERTY.values()) {
      assertTrue(met.stream().anyMatch(m -> m == order), "no object read with " + names(order));
    }
  }

  private static void walk(JsonNode object, PropertyOrder order, String pointer, List<PropertyOrder> met) {
    met.add(order);
    List<String> expected = names(order);
    int last = -1;
    for (String name : object.propertyNames()) {
      int at = expected.indexOf(name);
      assertTrue(at > last, pointer + ": \"" + name + "\" out of the order " + expected + " (or not in it)");
      last = at;
      JsonNode value = object.get(name);
      if (TEXTS.contains(name) || !(value.isObject() || value.isArray())) {
        continue;
      }
      PropertyOrder inner = BY_PROPERTY.get(name);
      if (value.isObject()) {
        assertNotNull(inner, pointer + "/" + name + ": an object with no hint");
        walk(value, inner, pointer + "/" + name, met);
      } else {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            assertNotNull(inner, pointer + "/" + name + ": objects with no hint");
            walk(value.get(i), inner, pointer + "/" + name + "/" + i, met);
          }
        }
      }
    }
  }

  private static List<String> names(PropertyOrder order) {
    List<String> names = new ArrayList<>();
    for (int i = 0; order.at(i) != null; i++) {
      names.add(order.at(i).getValue());
    }
    return names;
  }

  @Test
  void anOrderRefusesANameTwice() {
    // A name matched in the order is taken as new without a comparison: the order must not repeat one.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PropertyOrder.of(new SerializedString("id"), new SerializedString("title"), new SerializedString("id")));
    assertTrue(e.getMessage().contains("a name comes twice"), e.getMessage());
    assertEquals(List.of("id", "title"), names(PropertyOrder.of(new SerializedString("id"), new SerializedString("title"))));
  }

  @Test
  void propertiesInAnotherOrderReadTheSame() {
    String canonical = "{\"id\":\"p\",\"title\":{\"en\":\"P\"},\"budget\":{\"amount\":5,\"currency\":\"EUR\"},"
        + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"sources\":[{\"title\":\"S\",\"url\":\"https://example.org/a\",\"date\":\"2024\"}]}";
    String shuffled = "{\"sources\":[{\"date\":\"2024\",\"url\":\"https://example.org/a\",\"title\":\"S\"}],"
        + "\"period\":{\"end\":\"2024-12-31\",\"start\":\"2024-01-01\"},\"budget\":{\"currency\":\"EUR\",\"amount\":5},"
        + "\"title\":{\"en\":\"P\"},\"id\":\"p\"}";
    MigovJson json = MigovJson.create();
    assertEquals(json.read(canonical, org.migov.core.programme.Programme.class), json.read(shuffled, org.migov.core.programme.Programme.class));
  }
}
