package org.migov.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.organisation.Organisation;
import org.migov.core.programme.Programme;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.json.MigovJsonTypes;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Gen;
import org.migov.testkit.TypeGens;
import tools.jackson.core.ObjectWriteContext;

/**
 * The Jackson 2 module writes the bytes that migov-json writes and reads them back, for every
 * type, alone and inside a user's records; its errors are Jackson 2 mapping errors that say where.
 * Run twice by the build: on the newest Jackson 2 and on the oldest supported (2.17).
 */
public class MigovJackson2ModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /** A user's record holding a value of any type, alone and in a list (Jackson 2 needs a module of its own for Optional). */
  public record Holder<T>(T value, List<T> values) {}

  /** Areas where an area is declared, and a country where a country is. */
  public record Areas(GeographicArea area, List<GeographicArea> areas, Country country) {}

  /** A user's request body with a migov organisation in it. */
  public record Request(String note, Organisation organisation) {}

  static Stream<Class<?>> types() {
    return MigovJsonTypes.types().stream();
  }

  /** The wire form as migov-json writes it, on Jackson 3's streaming API. */
  private static <T> String facade(Class<T> type, T value) {
    StringWriter out = new StringWriter();
    try (tools.jackson.core.JsonGenerator gen = new tools.jackson.core.json.JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      MigovJsonTypes.write(gen, type, value);
    }
    return out.toString();
  }

  @Test
  void theBuildRunsOnTheJackson2ItMeans() {
    assertEquals(System.getProperty("migov.expected.jackson2"), com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    assertTrue(MAPPER.getRegisteredModuleIds().contains("migov"), "found by the service loader: " + MAPPER.getRegisteredModuleIds());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.databind.ObjectMapper"),
        "a Jackson 2 application does not get Jackson 3 databind from migov");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyTypeWritesTheBytesOfMigovJsonAndReadsThemBack(Class<?> type) throws Exception {
    check(type);
  }

  private static <T> void check(Class<T> type) throws Exception {
    Gen<T> gen = TypeGens.of(type);
    SplittableRandom random = new SplittableRandom(type.getName().hashCode());
    for (int i = 0; i < 20; i++) {
      T value = gen.sample(random, 30);
      String json = MAPPER.writerFor(type).writeValueAsString(value);
      assertEquals(facade(type, value), json);
      assertEquals(value, MAPPER.readValue(json, type), json);
      JavaType holder = MAPPER.getTypeFactory().constructParametricType(Holder.class, type);
      Holder<T> held = new Holder<>(value, List.of(value, value));
      String heldJson = MAPPER.writerFor(holder).writeValueAsString(held);
      assertEquals(held, MAPPER.readValue(heldJson, holder), heldJson);
    }
  }

  @Test
  void datasetsAndEntitiesAreTheFacadesDocuments() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20; i++) {
      Dataset dataset = DatasetGens.valid(java.time.LocalDate.of(2026, 12, 1)).sample(random, 40);
      String json = MAPPER.writeValueAsString(dataset);
      assertEquals(MigovJson.create().writeDataset(dataset), json);
      assertEquals(dataset, MAPPER.readValue(json, Dataset.class));
      for (Programme programme : dataset.programmes()) {
        assertEquals(MigovJson.create().write(programme), MAPPER.writeValueAsString(programme));
      }
    }
  }

  @Test
  void utf8BytesAreMigovJsonsWhereJackson2CanCombineSurrogates() throws Exception {
    java.util.Optional<com.fasterxml.jackson.core.json.JsonWriteFeature> combine = java.util.Arrays.stream(
        com.fasterxml.jackson.core.json.JsonWriteFeature.values()).filter(f -> f.name().equals("COMBINE_UNICODE_SURROGATES_IN_UTF8")).findFirst();
    org.junit.jupiter.api.Assumptions.assumeTrue(combine.isPresent(), "Jackson 2.18 and later");
    ObjectMapper utf8 = new ObjectMapper(JsonFactory.builder().enable(combine.get()).build()).findAndRegisterModules();
    Organisation organisation = MigovJson.create().read("{\"id\":\"o\",\"name\":{\"en\":\"Gen\u00e8ve \ud83c\udf0d\"}}", Organisation.class);
    assertEquals(MigovJson.create().write(organisation), new String(utf8.writeValueAsBytes(organisation), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void anIndentingMapperIndentsAndReadsBack() throws Exception {
    Dataset dataset = DatasetGens.valid(java.time.LocalDate.of(2026, 12, 1)).sample(new SplittableRandom(3), 30);
    String json = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(dataset);
    assertTrue(json.contains("\n  \"format\" : \"migov\""), json);
    assertEquals(dataset, MAPPER.readValue(json, Dataset.class));
  }

  @Test
  void anAreaIsWrittenAsAnAreaWhereAnAreaIsDeclared() throws Exception {
    Areas areas = new Areas(Country.of("LY"), List.of(Country.of("NE")), Country.of("ML"));
    String json = MAPPER.writeValueAsString(areas);
    assertEquals("{\"area\":{\"country\":\"LY\"},\"areas\":[{\"country\":\"NE\"}],\"country\":\"ML\"}", json);
    assertEquals(areas, MAPPER.readValue(json, Areas.class));
  }

  @Test
  void aWrongValueIsAMappingExceptionWithThePointerFromTheDocumentsRoot() {
    String json = "{\"note\":\"n\",\n \"organisation\":{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"1951-13\"}}";
    MigovJackson2Exception e = assertThrows(MigovJackson2Exception.class, () -> MAPPER.readValue(json, Request.class));
    assertInstanceOf(JsonMappingException.class, e);
    assertInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class, e);
    assertEquals(e.details(), e.getCause());
    assertEquals("/organisation/founded", e.pointer());
    assertEquals(2, e.line());
    assertEquals(59, e.column());
    assertEquals(MigovJsonException.Kind.NOT_WIRE_FORMAT, e.kind());
    assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
    assertTrue(e.getMessage().contains("/organisation/founded"), e.getMessage());
  }

  @Test
  void malformedJsonAndInputPastTheMappersLimitsAreJacksonErrors() {
    MigovJackson2Exception malformed = assertThrows(MigovJackson2Exception.class,
        () -> MAPPER.readValue("{\"id\":\"iom\",\"name\":{\"en\":}}", Organisation.class));
    assertEquals(MigovJsonException.Kind.MALFORMED_INPUT, malformed.kind());
    assertEquals(1, malformed.line());
    ObjectMapper small = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100).build()).build()).findAndRegisterModules();
    JsonProcessingException past = assertThrows(JsonProcessingException.class,
        () -> small.readValue("{\"id\":\"iom\",\"name\":{\"en\":\"" + "x".repeat(200) + "\"}}", Organisation.class));
    assertTrue(past.getMessage().contains("String value length"), past.getMessage());
  }

  @Test
  void theMappersSettingOnUnknownPropertiesIsHonouredInsideMigovObjects() throws Exception {
    String money = "{\"amount\":1,\"currency\":\"EUR\",\"note\":\"x\"}";
    MigovJackson2Exception e = assertThrows(MigovJackson2Exception.class, () -> MAPPER.readValue(money, Money.class));
    assertEquals("/note", e.pointer());
    ObjectMapper lenient = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(Money.of("1", "EUR"), lenient.readValue(money, Money.class));
  }
}
