package org.migov.json;

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
import org.migov.core.ExternalIdentifier;
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
import org.migov.testkit.DatasetGens;
import org.migov.testkit.EntityGens;
import org.migov.testkit.Gen;
import org.migov.testkit.Gens;
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
      Map.entry("org.migov.core.time.DateOrder", "the outcome of comparing partial dates, not data"),
      Map.entry("org.migov.core.time.Dated", "generic: read and written inside the objects whose histories it holds"),
      Map.entry("org.migov.core.MigovStyle", "an annotation"));

  /** A generator for each type of value. */
  static Map<Class<?>, Gen<?>> samples() {
    Map<Class<?>, Gen<?>> samples = new LinkedHashMap<>();
    samples.put(org.migov.core.organisation.OrganisationId.class, ValueGens.organisationIds());
    samples.put(org.migov.core.office.OfficeId.class, ValueGens.officeIds());
    samples.put(org.migov.core.agreement.AgreementId.class, ValueGens.agreementIds());
    samples.put(org.migov.core.programme.ProgrammeId.class, ValueGens.programmeIds());
    samples.put(org.migov.core.event.EventId.class, ValueGens.eventIds());
    samples.put(MultilingualText.class, ValueGens.multilingualTexts());
    samples.put(PartialDate.class, ValueGens.partialDates());
    samples.put(DateRange.class, ValueGens.periods());
    samples.put(Money.class, ValueGens.money());
    samples.put(Country.class, ValueGens.countries());
    samples.put(M49Region.class, ValueGens.regions());
    samples.put(NamedArea.class, ValueGens.namedAreas());
    samples.put(GeographicArea.class, ValueGens.geographicAreas());
    samples.put(Place.class, ValueGens.places());
    samples.put(Person.class, ValueGens.people());
    samples.put(ExternalIdentifier.class, ValueGens.externalIdentifiers());
    samples.put(Source.class, ValueGens.sources());
    samples.put(Tenure.class, EntityGens.tenures());
    samples.put(Post.class, EntityGens.posts());
    samples.put(org.migov.core.organisation.Count.class, EntityGens.counts());
    samples.put(org.migov.core.organisation.Role.class, EntityGens.roles());
    samples.put(org.migov.core.organisation.Succession.class, EntityGens.successions());
    samples.put(Signatory.class, EntityGens.signatories());
    samples.put(AgreementLink.class, EntityGens.agreementLinks());
    samples.put(org.migov.core.agreement.InstrumentAct.class, EntityGens.acts());
    samples.put(Participant.class, EntityGens.participants());
    samples.put(BudgetLine.class, EntityGens.budgetLines());
    samples.put(org.migov.core.programme.Budget.class, EntityGens.budgets());
    samples.put(org.migov.core.programme.Transaction.class, EntityGens.transactions());
    samples.put(TargetArea.class, EntityGens.targetAreas());
    samples.put(Organisation.class, EntityGens.organisations());
    samples.put(Office.class, EntityGens.offices());
    samples.put(Agreement.class, EntityGens.agreements());
    samples.put(Programme.class, EntityGens.programmes());
    samples.put(Event.class, EntityGens.events());
    samples.put(Dataset.class, DatasetGens.valid(LocalDate.of(2026, 12, 1)));
    samples.put(SdgTarget.class, Gens.enumValues(SdgTarget.class));
    samples.put(DacPurposeCode.class, Gens.enumValues(DacPurposeCode.class));
    for (Class<?> type : publicTypesOfCore()) {
      if (CodedEnum.class.isAssignableFrom(type) && type.isEnum()) {
        samples.put(type, codes(type));
      }
    }
    return samples;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Gen<?> codes(Class<?> type) {
    return Gens.enumValues((Class) type);
  }

  /** The public top-level types of core, from its classes. */
  static Set<Class<?>> publicTypesOfCore() {
    try {
      Path root = Path.of(Country.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(root)) {
        return typesUnder(root);
      }
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        return typesUnder(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<Class<?>> typesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(root::relativize).map(Path::toString)
          .filter(f -> f.startsWith("org/migov/core/") && f.endsWith(".class") && !f.contains("$")
              && !f.endsWith("package-info.class") && !f.contains("/Immutable"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .map(JacksonModuleCoverageTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()))
          .collect(Collectors.toCollection(() -> new TreeSet<>(java.util.Comparator.comparing(Class::getName))));
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Country.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPublicTypeOfCoreHasASample() {
    Set<String> values = new TreeSet<>();
    for (Class<?> type : publicTypesOfCore()) {
      if (!NOT_VALUES.containsKey(type.getName()) && !type.isAnnotation()) {
        values.add(type.getName());
      }
    }
    assertTrue(values.size() > 40, values.toString());
    assertEquals(values, samples().keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
  }

  static Stream<Class<?>> types() {
    return samples().keySet().stream();
  }

  /**
   * A mapper with a module of a wire format declared for the test, so that turning the
   * declarations into readers and writers runs in the test too.
   */
  private static JsonMapper freshMapper() {
    return JsonMapper.builder().addModule(new MigovJsonModule(new WireFormat())).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aRecordHoldingAnyTypeRoundTripsInTheWireForm(Class<?> type) {
    JsonMapper mapper = freshMapper();
    Gen<?> gen = samples().get(type);
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
