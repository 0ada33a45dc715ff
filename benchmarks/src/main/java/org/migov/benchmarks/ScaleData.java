package org.migov.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import org.migov.core.Entity;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.TargetArea;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.json.JsonLinesWriter;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;

/**
 * The scale workload: JSON Lines streams of N generated programmes, each shaped like the
 * realistic programme document (three languages, six participants in four roles, three budget
 * lines, four target areas with percentages, two sources) with its own id, title, participants,
 * budget and areas, preceded by the organisations they reference ({@code max(8, N / 10)} of
 * them). Deterministic, generated one entity at a time (never all in memory), valid under migov's
 * rules at {@link org.migov.benchmarks.baseline.Patterns#TODAY}.
 */
public final class ScaleData {
  private ScaleData() {}

  private static final Currency EUR = Currency.getInstance("EUR");

  private static final String[] COUNTRIES = {"LY", "NE", "TN", "EG", "ML", "SD", "NG", "SN", "MA", "DZ", "ER", "ET"};

  private static final ParticipantRole[] ROLES = {
    ParticipantRole.FUNDING, ParticipantRole.FUNDING, ParticipantRole.ACCOUNTABLE,
    ParticipantRole.IMPLEMENTING, ParticipantRole.IMPLEMENTING, ParticipantRole.PARTNER
  };

  private static final OrganisationKind[] KINDS = {
    OrganisationKind.NATIONAL_GOVERNMENT_BODY, OrganisationKind.INTERNATIONAL_NGO, OrganisationKind.UN_ENTITY,
    OrganisationKind.FUNDING_INSTRUMENT, OrganisationKind.NATIONAL_NGO
  };

  /**
   * How many organisations the stream of a number of programmes holds.
   *
   * @param programmes the number of programmes
   * @return the number of organisations
   */
  public static int organisationCount(int programmes) {
    return Math.max(8, programmes / 10);
  }

  /**
   * How many entities the stream of a number of programmes holds.
   *
   * @param programmes the number of programmes
   * @return organisations plus programmes
   */
  public static long entityCount(int programmes) {
    return (long) organisationCount(programmes) + programmes;
  }

  /**
   * Writes the stream with {@link MigovJson#jsonLinesWriter}, organisations first.
   *
   * @param json the codec
   * @param programmes the number of programmes
   * @param file where to write
   */
  public static void write(MigovJson json, int programmes, Path file) {
    Programme template = json.read(Fixtures.programmeJson(), Programme.class);
    int organisations = organisationCount(programmes);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonLinesWriter lines = json.jsonLinesWriter(out)) {
      for (int i = 0; i < organisations; i++) {
        lines.write(organisation(i));
      }
      for (int i = 0; i < programmes; i++) {
        lines.write(programme(template, i, organisations));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OrganisationId organisationId(int i) {
    return OrganisationId.of("org-" + i);
  }

  /**
   * The organisation number i.
   *
   * @param i its number
   * @return the organisation
   */
  public static Organisation organisation(int i) {
    return Organisation.builder()
        .id(organisationId(i))
        .name(MultilingualText.of("en", "Organisation number " + i, "fr", "Organisation numéro " + i))
        .acronym(MultilingualText.of("en", "ORG" + i))
        .addKinds(KINDS[i % KINDS.length])
        .founded(PartialDate.ofYear(1950 + i % 50))
        .headquarters(Place.of("City " + i, Country.of(COUNTRIES[i % COUNTRIES.length])))
        .addSources(Source.builder().title("Register of organisations").publisher("migov benchmarks")
            .url(URI.create("https://example.org/organisations/" + i)).build())
        .build();
  }

  /**
   * The programme number i, shaped like the template.
   *
   * @param template the realistic programme
   * @param i its number
   * @param organisations how many organisations it may reference
   * @return the programme
   */
  public static Programme programme(Programme template, int i, int organisations) {
    List<Participant> participants = new ArrayList<>(ROLES.length);
    for (int k = 0; k < ROLES.length; k++) {
      participants.add(Participant.of(organisationId((int) ((i * 7L + k) % organisations)), ROLES[k]));
    }
    BigDecimal budget = BigDecimal.valueOf(6_000_000L + (i % 1000) * 1000L);
    BigDecimal line = budget.divide(BigDecimal.valueOf(4)).setScale(2);
    List<BudgetLine> lines = new ArrayList<>(3);
    for (int k = 0; k < 3; k++) {
      BudgetLine model = template.budgetLines().get(k);
      lines.add(BudgetLine.builder().from(model).amount(Money.of(line, EUR)).area(country(i + k)).build());
    }
    List<TargetArea> areas = List.of(
        TargetArea.of(country(i), new BigDecimal("40")),
        TargetArea.of(country(i + 1), new BigDecimal("25.5")),
        TargetArea.of(country(i + 2), new BigDecimal("20")),
        TargetArea.of(M49Region.of("015"), new BigDecimal("14.5")));
    return Programme.builder()
        .from(template)
        .id(ProgrammeId.of("prg-" + i))
        .title(MultilingualText.of(java.util.Map.of(
            "en", "Programme " + i + " along the Central Mediterranean route",
            "fr", "Programme " + i + " le long de la route de la Méditerranée centrale",
            "it", "Programma " + i + " lungo la rotta del Mediterraneo centrale")))
        .participants(participants)
        .fundingInstrument(organisationId(i % organisations))
        .budget(Money.of(budget, EUR))
        .budgetLines(lines)
        .targetAreas(areas)
        .build();
  }

  private static GeographicArea country(int i) {
    return Country.of(COUNTRIES[Math.floorMod(i, COUNTRIES.length)]);
  }

  /**
   * Reads a stream with {@link MigovJson#readJsonLines} and, when a validator is given, validates
   * each entity with {@link MigovValidator#validate(Entity)} as it comes.
   *
   * @param json the codec
   * @param validator the validator, or null to decode only
   * @param file the stream
   * @return the entities read and the violations found
   */
  public static Tally read(MigovJson json, MigovValidator validator, Path file) {
    long entities = 0;
    long violations = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Iterator<Entity> it = json.readJsonLines(in).iterator();
      while (it.hasNext()) {
        Entity entity = it.next();
        entities++;
        if (validator != null) {
          violations += validator.validate(entity).violations().size();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tally(entities, violations);
  }

  /**
   * What a read found.
   *
   * @param entities the entities read
   * @param violations the violations found (0 when not validated)
   */
  public record Tally(long entities, long violations) {}
}
