package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.event.EventKind;
import org.migov.core.geography.Place;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Approximation;
import org.migov.core.organisation.CountKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.Programme;
import org.migov.core.time.Dated;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.Property;

/**
 * Wire format 1.1 reads every 1.0 document unchanged, and writes 1.0 facts in their 1.0 form: the
 * 1.1 writer's output for them, with the version set back to 1.0, is valid against the 1.0 schema
 * (kept in the test resources as it was published) and reads back to the same dataset.
 */
class WireFormat10Test {
  private static final MigovJson JSON = MigovJson.create();
  private static final Schema SCHEMA_10 = schema10();

  private static Schema schema10() {
    try (InputStream in = WireFormat10Test.class.getResourceAsStream("schema-1.0.json")) {
      String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors10(String document) {
    return SCHEMA_10.validate(document, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The document as a 1.0 writer would have written it, if the 1.1 writer wrote its facts in 1.0 forms. */
  private static String as10(String written) {
    String prefix = "{\"format\":\"migov\",\"version\":\"" + MigovJson.VERSION + "\"";
    assertTrue(written.startsWith(prefix), written);
    return "{\"format\":\"migov\",\"version\":\"1.0\"" + written.substring(prefix.length());
  }

  /** A 1.0 dataset reads, and the 1.1 writer gives it back in the 1.0 form, to the same dataset. */
  private static void readsUnchanged(String name, String document10) {
    assertEquals(List.of(), errors10(document10), name + " is a 1.0 document");
    Dataset dataset = JSON.readDataset(document10);
    String rewritten = as10(JSON.writeDataset(dataset));
    assertEquals(List.of(), errors10(rewritten), name + " written by 1.1 is still 1.0");
    assertEquals(dataset, JSON.readDataset(rewritten), name);
  }

  @Test
  void everyOneZeroExampleOfTheDocsReadsUnchanged() throws IOException {
    int read = 0;
    for (Map.Entry<String, String> example : WireFormatDocTest.examples()) {
      String document = example.getKey().equals("dataset")
          ? example.getValue()
          : "{\"format\":\"migov\",\"version\":\"1.0\",\"" + (example.getKey().equals("office") ? "offices" : example.getKey() + "s")
              + "\":[" + example.getValue() + "]}";
      if (errors10(document).isEmpty()) {
        readsUnchanged(example.getKey(), document);
        read++;
      }
    }
    assertEquals(6, read, "every example but the seven of 1.1 is a 1.0 document");
  }

  @Test
  void everyOneZeroDatasetOfTheCorporaReadsUnchanged() throws IOException {
    int read = 0;
    for (BadInputCorpusTest.Case c : BadInputCorpusTest.manifest()) {
      if (c.entry.equals("dataset") && c.outcome.equals("decoded") && !c.name.startsWith("gen:") && !c.name.startsWith("encoding-")) {
        String text = Files.readString(Path.of("src/test/resources/org/migov/json/corpus", c.name), StandardCharsets.UTF_8);
        if (text.contains("\"version\":\"1.0\"")) {
          readsUnchanged(c.name, text);
          read++;
        }
      }
    }
    try (Stream<Path> files = Files.list(Path.of("../validation/src/test/resources/org/migov/validation/corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("{\"format\":\"migov\",\"version\":\"1.0\"")) {
          readsUnchanged(file.getFileName().toString(), text);
          read++;
        }
      }
    }
    assertTrue(read >= 45, read + " corpus datasets");
  }

  @Test
  void generatedOneZeroDatasetsReadUnchanged() {
    Property.forAll(DatasetGens.valid(LocalDate.of(2026, 12, 1)).map(WireFormat10Test::withOneZeroFactsOnly))
        .withTries(60).withMaxSize(30).check(dataset -> {
          String written10 = as10(JSON.writeDataset(dataset));
          readsUnchanged("a generated dataset", written10);
          assertEquals(dataset, JSON.readDataset(written10));
        });
  }

  /** The dataset with the facts that 1.1 added replaced by 1.0 ones: the codes 1.0 did not have. */
  private static Dataset withOneZeroFactsOnly(Dataset dataset) {
    Dataset.Builder only10 = Dataset.builder().from(dataset).organisations(List.of()).offices(List.of()).agreements(List.of())
        .programmes(List.of()).events(List.of());
    for (Programme programme : dataset.programmes()) {
      only10.addProgramme(Programme.builder().from(programme).gcmObjectives(List.of()).sdgTargets(List.of())
          .identifiers(List.of()).budgets(List.of()).transactions(List.of()).build());
    }
    for (Organisation organisation : dataset.organisations()) {
      only10.addOrganisation(Organisation.builder().from(organisation)
          .identifiers(organisation.identifiers().stream().map(i -> i.scheme() == IdentifierScheme.IATI_ACTIVITY
              ? ExternalIdentifier.of(IdentifierScheme.OTHER, i.value()) : i).collect(Collectors.toList()))
          .headquarters(organisation.headquarters().map(WireFormat10Test::place10))
          .counts(organisation.counts().stream().filter(c -> c.kind() == CountKind.MEMBER_STATES && c.asOf().isEmpty()
              && c.approximation() == Approximation.EXACT).limit(1).collect(Collectors.toList()))
          .members(List.of())
          .roles(List.of())
          .predecessors(List.of())
          .posts(organisation.posts().stream().map(post -> Post.builder().from(post)
              .tenures(post.tenures().stream().map(t -> Tenure.builder().from(t).holder(person10(t.holder())).build())
                  .collect(Collectors.toList())).build()).collect(Collectors.toList()))
          .build());
    }
    for (Office office : dataset.offices()) {
      only10.addOffice(Office.builder().from(office)
          .kinds(office.kinds().stream().map(k -> k.value() == OfficeKind.MISSION_WITH_REGIONAL_FUNCTIONS
              ? Dated.of(OfficeKind.COUNTRY_OFFICE) : k).collect(Collectors.toList()))
          .location(place10(office.location()))
          .coversNoCountry(false)
          .build());
    }
    for (Agreement agreement : dataset.agreements()) {
      Set<AgreementKind> adopted = Set.of(AgreementKind.COMPACT, AgreementKind.DECLARATION, AgreementKind.GENERAL_ASSEMBLY_RESOLUTION);
      only10.addAgreement(Agreement.builder().from(agreement)
          .kind(adopted.contains(agreement.kind()) ? AgreementKind.PARTNERSHIP_DECLARATION : agreement.kind())
          .status(agreement.status() == AgreementStatus.ADOPTED ? AgreementStatus.SIGNED : agreement.status())
          .acts(List.of())
          .signingPlace(agreement.signingPlace().map(WireFormat10Test::place10))
          .signatories(agreement.signatories().stream().map(g -> Signatory.builder().from(g).person(person10(g.person())).build())
              .collect(Collectors.toList()))
          .build());
    }
    for (Event event : dataset.events()) {
      Set<EventKind> added = Set.of(EventKind.GOVERNING_BODY_SESSION, EventKind.LAUNCH);
      only10.addEvent(Event.builder().from(event).kind(added.contains(event.kind()) ? EventKind.CONFERENCE : event.kind())
          .place(event.place().map(WireFormat10Test::place10))
          .people(event.people().stream().map(WireFormat10Test::person10).collect(Collectors.toList()))
          .build());
    }
    return only10.build();
  }

  /** A place whose locality is a plain name, as 1.0 had it. */
  private static Place place10(Place place) {
    return place.locality().map(name -> Place.of(name.get(Locale.ROOT), place.country())).orElse(place);
  }

  /** A person without names in other languages, which 1.0 did not have. */
  private static Person person10(Person person) {
    return Person.builder().from(person).names(Optional.empty()).build();
  }
}
