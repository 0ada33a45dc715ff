package org.migov.testkit;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migov.core.CodedEnum;
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
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.Programme;
import org.migov.core.programme.TargetArea;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.DacPurposeCode;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * A generator of each value type of migov-core (ids, values, entities and their parts, datasets,
 * code lists), for the tests that must cover every type: a JSON module, a codec, a converter of
 * one's own. Datasets are valid as of 2026-12-01. Immutable and thread-safe.
 */
public final class TypeGens {
  private TypeGens() {}

  /**
   * The generator of each type.
   *
   * @return the generators, by type, in a stable order
   */
  public static Map<Class<?>, Gen<?>> all() {
    return ALL;
  }

  /**
   * The generator of one type.
   *
   * @param type a value type of migov-core
   * @param <T> the type
   * @return its generator
   * @throws IllegalArgumentException for a type that has none (an interface, an exception)
   */
  @SuppressWarnings("unchecked")
  public static <T> Gen<T> of(Class<T> type) {
    Gen<?> gen = ALL.get(type);
    if (gen == null) {
      throw new IllegalArgumentException("expected a value type of migov-core, found " + type.getName());
    }
    return (Gen<T>) gen;
  }

  private static final Map<Class<?>, Gen<?>> ALL = generators();

  private static Map<Class<?>, Gen<?>> generators() {
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
    for (Class<?> type : coreTypes()) {
      if (CodedEnum.class.isAssignableFrom(type) && type.isEnum()) {
        samples.put(type, codes(type));
      }
    }
    return java.util.Collections.unmodifiableMap(samples);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Gen<?> codes(Class<?> type) {
    return Gens.enumValues((Class) type);
  }

  /**
   * The public top-level types of migov-core, read from its classes (its jar or its folder): what a
   * test that must cover every type checks its list against.
   *
   * @return the types, by name
   */
  public static Set<Class<?>> coreTypes() {
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
          .map(TypeGens::load)
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

}
