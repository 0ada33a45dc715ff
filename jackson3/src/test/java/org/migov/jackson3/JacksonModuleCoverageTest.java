package org.migov.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.CodedEnum;
import org.migov.core.Entity;
import org.migov.core.ExternalIdentifier;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.TargetArea;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.DacPurposeCode;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.EntityGens;
import org.migov.testkit.Gen;
import org.migov.testkit.Gens;
import org.migov.testkit.TypeGens;
import org.migov.testkit.ValueGens;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * (Public, with public records: the tests run in the module, and databind reaches only what it exports.)
 *
 * <p>Every public type of migov-core, standing in a user's own record, reads and writes through a
 * plain {@code findAndAddModules()} mapper in its wire form: the module leaves no type out, and a
 * new type of core fails {@link #everyPublicTypeOfCoreHasASample} until it is covered.
 */
public class JacksonModuleCoverageTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  /** A user's record holding a value of any type, alone, in a list and maybe. */
  public record Holder<T>(T value, List<T> values, Optional<T> maybe) {}

  /** The record of the issue that reported the module incomplete. */
  public record Row(OrganisationId org, Country country, Money amount, Place place, Person person, ParticipantRole role) {}

  /** Areas where an area is declared, and a country where a country is. */
  public record Areas(GeographicArea area, List<GeographicArea> areas, Optional<GeographicArea> maybe, Country country) {}

  /** Public types of core that are not values: no wire form, on purpose. */
  private static final Map<String, String> NOT_VALUES = Map.ofEntries(
      Map.entry("org.migov.core.CodedEnum", "an interface of the code lists, each covered"),
      Map.entry("org.migov.core.Entity", "an interface of the entities, each covered"),
      Map.entry("org.migov.core.EntityId", "the base class of the ids, each covered"),
      Map.entry("org.migov.core.InvalidValueException", "an exception"),
      Map.entry("org.migov.core.money.CurrencyMismatchException", "an exception"),
      Map.entry("org.migov.core.text.BlankText", "tests on text, not a value"),
      Map.entry("org.migov.core.text.Phrase", "a part of a message, not data"),
      Map.entry("org.migov.core.text.Rewording", "turns other libraries' messages into phrases, not data"),
      Map.entry("org.migov.core.time.DateOrder", "the outcome of comparing partial dates, not data"),
      Map.entry("org.migov.core.time.Dated", "generic: read and written inside the objects whose histories it holds"),
      Map.entry("org.migov.core.MigovStyle", "an annotation"));

  @Test
  void everyPublicTypeOfCoreHasASample() {
    Set<String> values = new TreeSet<>();
    for (Class<?> type : TypeGens.coreTypes()) {
      if (!NOT_VALUES.containsKey(type.getName()) && !type.isAnnotation()) {
        values.add(type.getName());
      }
    }
    assertTrue(values.size() > 40, values.toString());
    assertEquals(values, TypeGens.all().keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
  }

  static Stream<Class<?>> types() {
    return TypeGens.all().keySet().stream();
  }

  /**
   * A mapper with a module of a wire format declared for the test, so that turning the
   * declarations into readers and writers runs in the test too.
   */
  private static JsonMapper freshMapper() {
    return JsonMapper.builder().addModule(new MigovJackson3Module()).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aRecordHoldingAnyTypeRoundTripsInTheWireForm(Class<?> type) {
    JsonMapper mapper = freshMapper();
    Gen<?> gen = TypeGens.all().get(type);
    JavaType holder = mapper.getTypeFactory().constructParametricType(Holder.class, type);
    SplittableRandom random = new SplittableRandom(type.getName().hashCode());
    for (int i = 0; i < 15; i++) {
      Object value = gen.sample(random, 20);
      Holder<?> written = new Holder<>(value, List.of(value, value), Optional.of(value));
      String wire = mapper.writerFor(type).writeValueAsString(value);
      Optional<String> form = type == GeographicArea.class ? Optional.empty() : wireForm(value);
      assertEquals(form.orElse(wire), wire, "the wire form");
      assertTrue(wire.startsWith("{") || form.isPresent(), wire);
      String json = mapper.writerFor(holder).writeValueAsString(written);
      assertEquals("{\"value\":" + wire + ",\"values\":[" + wire + "," + wire + "],\"maybe\":" + wire + "}", json);
      assertEquals(written, mapper.readValue(json, holder), json);
    }
  }

  /** The wire form of a value, known without the module, for all but the objects (and areas, objects too). */
  private static Optional<String> wireForm(Object value) {
    if (value instanceof Entity) {
      return Optional.of(MigovJson.create().write((Entity) value));
    } else if (value instanceof Dataset) {
      return Optional.of(MigovJson.create().writeDataset((Dataset) value));
    } else if (value instanceof CodedEnum) {
      return Optional.of(quoted(((CodedEnum) value).code()));
    } else if (value instanceof org.migov.core.EntityId) {
      return Optional.of(quoted(((org.migov.core.EntityId) value).value()));
    } else if (value instanceof Country) {
      return Optional.of(quoted(((Country) value).alpha2()));
    } else if (value instanceof M49Region) {
      return Optional.of(quoted(((M49Region) value).code()));
    } else if (value instanceof PartialDate) {
      return Optional.of(quoted(value.toString()));
    } else if (value instanceof SdgTarget) {
      return Optional.of(quoted(((SdgTarget) value).number()));
    } else if (value instanceof DacPurposeCode) {
      return Optional.of(Integer.toString(((DacPurposeCode) value).number()));
    }
    return Optional.empty();
  }

  private static String quoted(String text) {
    return MAPPER.writeValueAsString(text);
  }

  @Test
  void theReportedRowRoundTripsWithCodesAsOnTheWire() {
    Row row = new Row(OrganisationId.of("iom"), Country.of("LY"), Money.of("1500.50", "EUR"),
        Place.of("Tripoli", Country.of("LY")), Person.builder().name("Amy Pope").honorificPrefix("Ms").build(),
        ParticipantRole.FUNDING);
    String json = MAPPER.writeValueAsString(row);
    assertEquals("{\"org\":\"iom\",\"country\":\"LY\",\"amount\":{\"amount\":1500.50,\"currency\":\"EUR\"},"
        + "\"place\":{\"locality\":\"Tripoli\",\"country\":\"LY\"},\"person\":{\"name\":\"Amy Pope\",\"honorificPrefix\":\"Ms\"},"
        + "\"role\":\"funding\"}", json);
    assertEquals(row, MAPPER.readValue(json, Row.class));
    MigovJsonException e = assertThrows(MigovJsonException.class,
        () -> MAPPER.readValue(json.replace("\"funding\"", "\"FUNDING\""), Row.class));
    assertEquals(MigovJsonException.Kind.NOT_WIRE_FORMAT, e.kind());
    assertTrue(e.getMessage().contains("ParticipantRole code"), e.getMessage());
  }

  @Test
  void anAreaIsWrittenAsAnAreaWhereAnAreaIsDeclared() {
    JsonMapper mapper = freshMapper();
    Areas areas = new Areas(Country.of("NE"), List.of(M49Region.of("015"), Country.of("ML")), Optional.of(Country.of("TD")),
        Country.of("NE"));
    String json = mapper.writeValueAsString(areas);
    assertEquals("{\"area\":{\"country\":\"NE\"},\"areas\":[{\"region\":\"015\"},{\"country\":\"ML\"}],"
        + "\"maybe\":{\"country\":\"TD\"},\"country\":\"NE\"}", json);
    assertEquals(areas, mapper.readValue(json, Areas.class));
  }

  @Test
  void theMappersSettingOnUnknownPropertiesIsHonouredInsideMigovObjects() {
    String money = "{\"amount\":1,\"currency\":\"EUR\",\"note\":\"x\"}";
    // Jackson 3's default: unknown properties skipped, in migov's objects as in the user's own.
    assertEquals(Money.of("1", "EUR"), MAPPER.readValue(money, Money.class));
    JsonMapper lenient = JsonMapper.builder().findAndAddModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(Money.of("1", "EUR"), lenient.readValue(money, Money.class));
    JsonMapper strict = JsonMapper.builder().findAndAddModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> strict.readValue(money, Money.class));
    assertEquals("/note", e.pointer());
  }

  @Test
  void anErrorInsideAUsersRecordIsAJacksonExceptionThatSaysWhere() {
    String json = "{\"org\":\"iom\",\"country\":\"XX\",\"amount\":null,\"place\":null,\"person\":null,\"role\":null}";
    tools.jackson.core.JacksonException e = assertThrows(tools.jackson.core.JacksonException.class,
        () -> MAPPER.readValue(json, Row.class));
    assertTrue(e instanceof MigovJsonException, e.getClass().getName());
    assertTrue(e.getMessage().startsWith("expected an ISO 3166-1 alpha-2 country code"), e.getMessage());
    assertTrue(e.getMessage().contains("through reference chain"), e.getMessage());
  }
}
