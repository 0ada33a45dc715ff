package org.migov.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.agreement.Agreement;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.testkit.EntityGens;
import tools.jackson.databind.json.JsonMapper;

/** A user's mapper finds the module through the service loader. */
class JacksonModuleTest {

  @Test
  void findAndAddModulesReadsAndWritesMigovTypes() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Programme programme = EntityGens.programmes().sample(new SplittableRandom(3), 40);
    String json = mapper.writeValueAsString(programme);
    assertEquals(MigovJson.create().write(programme), json, "the module writes the facade's wire format");
    assertEquals(programme, mapper.readValue(json, Programme.class));
    assertEquals("\"2007-03\"", mapper.writeValueAsString(PartialDate.parse("2007-03")));
    assertEquals(PartialDate.parse("1951"), mapper.readValue("\"1951\"", PartialDate.class));
    assertEquals(Money.of("1.50", "EUR"), mapper.readValue("{\"amount\":1.50,\"currency\":\"EUR\"}", Money.class));
    assertEquals("{\"amount\":1.50,\"currency\":\"EUR\"}", mapper.writeValueAsString(Money.of("1.50", "EUR")));
    org.migov.core.dataset.Dataset dataset = org.migov.testkit.DatasetGens.valid(LocalDate.of(2026, 11, 22)).sample(new SplittableRandom(5), 30);
    String envelope = mapper.writeValueAsString(dataset);
    assertEquals(MigovJson.create().writeDataset(dataset), envelope);
    assertEquals(dataset, mapper.readValue(envelope, org.migov.core.dataset.Dataset.class));
  }

  static Stream<Arguments> registeredTypes() {
    return Stream.of(
        Arguments.of(Organisation.class, "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"1951\"}"),
        Arguments.of(Office.class,
            "{\"id\":\"o\",\"organisation\":\"iom\",\"kind\":\"countryOffice\",\"name\":{\"en\":\"O\"},\"location\":{\"country\":\"TH\"}}"),
        Arguments.of(Agreement.class,
            "{\"id\":\"g\",\"kind\":\"partnershipDeclaration\",\"title\":{\"en\":\"T\"},\"parties\":[\"iom\",\"unodc\"],\"status\":\"signed\"}"),
        Arguments.of(Programme.class, "{\"id\":\"p\",\"title\":{\"en\":\"P\"},\"budget\":{\"amount\":5000000,\"currency\":\"EUR\"}}"),
        Arguments.of(Event.class, "{\"id\":\"e\",\"kind\":\"conference\",\"title\":{\"en\":\"E\"},\"date\":\"2024-07\"}"),
        Arguments.of(Dataset.class, "{\"format\":\"migov\",\"version\":\"1.1\",\"organisations\":[{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"}}]}"),
        Arguments.of(PartialDate.class, "\"2007-03\""),
        Arguments.of(DateRange.class, "{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}"),
        Arguments.of(Money.class, "{\"amount\":1.50,\"currency\":\"EUR\"}"),
        Arguments.of(MultilingualText.class, "{\"en\":\"Rome\",\"it\":\"Roma\"}"),
        Arguments.of(GeographicArea.class, "{\"country\":\"NE\"}"),
        Arguments.of(GeographicArea.class, "{\"region\":\"202\"}"),
        Arguments.of(GeographicArea.class, "{\"namedArea\":{\"name\":{\"en\":\"Sahel\"},\"members\":[\"ML\",\"NE\"]}}"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("registeredTypes")
  void eachRegisteredTypeReadsAndWritesTheWireFormat(Class<?> type, String json) {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Object value = mapper.readValue(json, type);
    assertTrue(type.isInstance(value));
    assertEquals(json, mapper.writerFor(type).writeValueAsString(value));
  }

  @Test
  void aValueReadThroughTheModuleIsCheckedLikeTheFacadeChecksIt() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    MigovJsonException text = assertThrows(MigovJsonException.class, () -> mapper.readValue("{}", MultilingualText.class));
    assertEquals("a text in at least one language", text.expected());
    MigovJsonException period = assertThrows(MigovJsonException.class,
        () -> mapper.readValue("{\"start\":\"2024-12-31\",\"end\":\"2024-01-01\"}", DateRange.class));
    assertEquals("\"2024-12-31/2024-01-01\": ends before it starts", period.found());
  }

  @Test
  void badInputThroughTheModuleStillSaysWhere() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    MigovJsonException e =
        assertThrows(MigovJsonException.class, () -> mapper.readValue("{\"id\":\"p\",\"title\":{\"en\":\"x\"},\"status\":\"x\"}", Programme.class));
    assertEquals("/status", e.pointer());
    assertEquals(39, e.column());
  }

  @Test
  void repeatedNamesAreRefusedThroughTheModuleWhateverTheMapperSays() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = "{\"en\":\"A\",\"en\":\"B\"}";
    Exception e = assertThrows(Exception.class, () -> mapper.readValue(json, MultilingualText.class));
    assertTrue(e.getMessage().contains("Duplicate Object property \"en\""), e.getMessage());
  }

}
