package org.migov.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.event.EventStatus;
import org.migov.core.geography.Country;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Approximation;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.CountKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.Tenure;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.time.PartialDate;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import org.migov.validation.ValidationReport;
import org.migov.validation.Violation;

class ReferenceCatalogTest {

  private static final Dataset CATALOG = ReferenceCatalog.load();
  private static final OrganisationId IOM = OrganisationId.of("iom");
  private static final OrganisationId UNODC = OrganisationId.of("unodc");

  private static Clock clockAt(String day) {
    return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  @Test
  void isLoadedOnceAndShared() {
    assertSame(CATALOG, ReferenceCatalog.load());
    assertThrows(UnsupportedOperationException.class, () -> CATALOG.organisations().clear());
  }

  @Test
  void roundTripsThroughTheWireFormat() throws IOException {
    MigovJson json = MigovJson.create();
    assertEquals(CATALOG, json.readDataset(json.writeDataset(CATALOG)));
    try (InputStream in = ReferenceCatalog.openDocument()) {
      assertEquals(CATALOG, json.readDataset(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void validatesWithNoErrorAndOnlyTheDocumentedWarnings() {
    for (String day : List.of("2025-07-15", "2026-11-22", "2030-01-01")) {
      ValidationReport report = MigovValidator.builder().clock(clockAt(day)).build().validate(CATALOG);
      assertEquals(List.of(), report.errors(), "errors at " + day);
      Set<String> warnings = report.warnings().stream()
          .map(v -> v.code() + " " + v.entityId().map(Object::toString).orElse("-"))
          .collect(Collectors.toCollection(TreeSet::new));
      // Documented in docs/catalog.md: UN M49 places Guyana in South America and Thailand in
      // South-eastern Asia, outside the areas the seed gives to those coordination offices.
      assertEquals(Set.of("OFF-002 iom-georgetown", "OFF-002 iom-bangkok"), warnings, "at " + day);
    }
  }

  @Test
  void everyEntityCitesASeed() {
    List<Entity> all = new java.util.ArrayList<>();
    all.addAll(CATALOG.organisations());
    all.addAll(CATALOG.offices());
    all.addAll(CATALOG.agreements());
    all.addAll(CATALOG.programmes());
    all.addAll(CATALOG.events());
    assertEquals(CATALOG.size(), all.size());
    for (Entity entity : all) {
      assertFalse(entity.sources().isEmpty(), entity.id() + " has no source");
    }
  }

  @Test
  void theFourMigrationFundProgrammesTotalTenPointSevenFiveMillionEuro() {
    List<Programme> fund = CATALOG.programmes().stream()
        .filter(p -> p.fundingInstrument().equals(java.util.Optional.of(OrganisationId.of("it-migration-fund"))))
        .collect(Collectors.toList());
    Map<String, Money> budgets = new TreeMap<>();
    fund.forEach(p -> budgets.put(p.id().value(), p.budget().orElseThrow()));
    Currency eur = Currency.getInstance("EUR");
    assertEquals(Map.of(
        "it-mf-algeria", Money.of(new BigDecimal("2000000"), eur),
        "it-mf-bosnia-herzegovina", Money.of(new BigDecimal("1500000"), eur),
        "it-mf-horn-of-africa", Money.of(new BigDecimal("2250000"), eur),
        "it-mf-libya-niger", Money.of(new BigDecimal("5000000"), eur)), budgets);
    Money total = budgets.values().stream().reduce(Money::plus).orElseThrow();
    assertEquals(Money.of(new BigDecimal("10.75E+6"), eur), total);
    for (Programme p : fund) {
      assertEquals(List.of(Participant.of(OrganisationId.of("it-maeci"), ParticipantRole.FUNDING),
          Participant.of(IOM, ParticipantRole.IMPLEMENTING)), p.participants(), p.id().value());
    }
    assertEquals(Set.of(Country.of("LY"), Country.of("NE")),
        CATALOG.programme(ProgrammeId.of("it-mf-libya-niger")).orElseThrow().targetAreas().stream()
            .map(a -> a.area()).collect(Collectors.toSet()));
    assertEquals(List.of("it-mf-horn-of-africa"), ids(CATALOG.programmesTargeting(Country.of("ET"))));
  }

  @Test
  void iomHasFiveCoordinationOfficesInTheSeedsCities() {
    Map<String, String> cities = new TreeMap<>();
    for (Office office : CATALOG.officesOf(IOM)) {
      if (office.hasEverBeen(OfficeKind.COORDINATION_OFFICE)) {
        cities.put(office.location().locality(Locale.ENGLISH).orElseThrow(), office.location().country().alpha2());
      }
    }
    assertEquals(Map.of("Rome", "IT", "Astana", "KZ", "Bangkok", "TH", "Canberra", "AU",
        "Georgetown", "GY"), cities);
    LocalDate day = LocalDate.of(2026, 11, 22);
    for (String country : List.of("IT", "MT", "MA", "DZ", "TN", "LY", "EG")) {
      assertEquals(List.of("iom-rome"), officeIds(CATALOG.officesCovering(Country.of(country), day)), country);
    }
    assertEquals(List.of("iom-georgetown"), officeIds(CATALOG.officesCovering(Country.of("JM"), day)));
    assertEquals(List.of("iom-astana"), officeIds(CATALOG.officesCovering(Country.of("UZ"), day)));
    assertEquals(List.of(), officeIds(CATALOG.officesCovering(Country.of("FR"), day)));
  }

  @Test
  void theCairoDeclarationBuildsOnThe2012Agreement() {
    Agreement cairo = CATALOG.agreement(AgreementId.of("iom-unodc-2024")).orElseThrow();
    assertEquals(AgreementKind.PARTNERSHIP_DECLARATION, cairo.kind());
    assertEquals(List.of(IOM, UNODC), cairo.parties());
    assertEquals("2024-07-02", cairo.signingDate().orElseThrow().toString());
    assertEquals("Cairo", cairo.signingPlace().orElseThrow().locality(Locale.ENGLISH).orElseThrow());
    assertEquals(AgreementStatus.SIGNED, cairo.status());
    assertEquals(List.of("iom-unodc-2024", "iom-unodc-2012"), agreementIds(CATALOG.lineage(cairo.id())));
    assertEquals(LinkRelation.BUILDS_ON, cairo.links().get(0).relation());
    assertEquals(Set.of("un-network-on-migration", "icat"),
        cairo.coordinationMechanisms().stream().map(OrganisationId::value).collect(Collectors.toSet()));
    Agreement earlier = CATALOG.agreement(AgreementId.of("iom-unodc-2012")).orElseThrow();
    assertEquals("2012-04-17", earlier.signingDate().orElseThrow().toString());
    assertEquals(4, CATALOG.agreementsBetween(UNODC, IOM).size());
    for (String planned : List.of("iom-unodc-new-cooperation-agreement", "iom-unodc-joint-work-plan")) {
      Agreement draft = CATALOG.agreement(AgreementId.of(planned)).orElseThrow();
      assertEquals(AgreementStatus.DRAFT, draft.status(), planned);
      assertTrue(draft.signingDate().isEmpty(), planned + ": the seed gives no date");
      assertEquals(List.of(planned, "iom-unodc-2024", "iom-unodc-2012"), agreementIds(CATALOG.lineage(draft.id())));
    }
  }

  @Test
  void asitIsFundedByTheEuThroughTheInternalSecurityFund() {
    Programme asit = CATALOG.programme(ProgrammeId.of("asit")).orElseThrow();
    assertEquals(List.of(OrganisationId.of("eu")), asit.participants().stream()
        .filter(p -> p.role() == ParticipantRole.FUNDING).map(Participant::organisation).collect(Collectors.toList()));
    assertEquals(OrganisationId.of("eu-isf"), asit.fundingInstrument().orElseThrow());
    assertEquals(OrganisationId.of("eu"), CATALOG.organisation(OrganisationId.of("eu-isf")).orElseThrow().parent().orElseThrow());
    Set<String> partners = asit.participants().stream().filter(p -> p.role() != ParticipantRole.FUNDING)
        .map(p -> p.organisation().value()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of("asit-law-enforcement-bg", "asit-law-enforcement-es", "asit-law-enforcement-gr",
        "asit-law-enforcement-pl", "asit-law-enforcement-sk", "cesie", "kemea")), partners);
    assertTrue(asit.budget().isEmpty(), "the seed gives no amount");
    assertEquals(List.of("asit"), ids(CATALOG.programmesFundedBy(OrganisationId.of("eu"))));
    Map<EventStatus, Long> exchanges = CATALOG.events().stream()
        .filter(e -> e.programme().equals(java.util.Optional.of(asit.id())))
        .collect(Collectors.groupingBy(e -> e.status().orElseThrow(), Collectors.counting()));
    assertEquals(Map.of(EventStatus.HELD, 4L, EventStatus.PLANNED, 2L), exchanges);
  }

  @Test
  void iomsCountsAreTheSeedsWithTheirDatesAndApproximations() {
    Organisation iom = CATALOG.organisation(IOM).orElseThrow();
    // Seed 004 (undated): 175 member states, present in over 100 countries; seed 001 (15 July 2025):
    // over 170 offices, about 19,000 staff.
    assertEquals(List.of(
            Count.of(CountKind.MEMBER_STATES, 175),
            Count.of(CountKind.COUNTRIES_OF_PRESENCE, 100).withApproximation(Approximation.MORE_THAN),
            Count.of(CountKind.OFFICES, 170).withApproximation(Approximation.MORE_THAN).withAsOf(PartialDate.ofYearMonth(2025, 7)),
            Count.of(CountKind.STAFF, 19_000).withApproximation(Approximation.ABOUT).withAsOf(PartialDate.ofYearMonth(2025, 7))),
        iom.counts());
  }

  @Test
  void iomAndUnodcCooperateThroughTheNetworksTheyAreMembersOf() {
    List<String> networks = List.of("un-network-on-migration", "icat");
    for (OrganisationId member : List.of(IOM, OrganisationId.of("unodc"))) {
      assertEquals(networks, CATALOG.networksOf(member).stream().map(o -> o.id().value()).collect(Collectors.toList()));
    }
    assertEquals(List.of("iom", "unodc"), CATALOG.membersOn(OrganisationId.of("icat"), LocalDate.of(2024, 7, 2)).stream()
        .map(o -> o.id().value()).collect(Collectors.toList()));
    assertTrue(CATALOG.organisation(OrganisationId.of("icat")).orElseThrow().roles().isEmpty(), "seed 000 names no roles");
  }

  @Test
  void iomAndUnodcHaveTheirLeadersAndTheirOfficialNames() {
    Organisation iom = CATALOG.organisation(IOM).orElseThrow();
    assertEquals("1951", iom.founded().orElseThrow().toString());
    assertEquals("2016", iom.unSystemMembership().orElseThrow().toString());
    assertEquals(175, iom.counts(CountKind.MEMBER_STATES).get(0).value());
    assertEquals(List.of("António Vitorino", "Amy Pope"), iom.posts().get(0).tenures().stream()
        .map(Tenure::holder).map(p -> p.name()).collect(Collectors.toList()));
    assertEquals("Organisation internationale pour les migrations", iom.name().get(Locale.FRENCH));
    assertEquals("Organización Internacional para las Migraciones", iom.name().get(Locale.forLanguageTag("es")));
    assertEquals("OIM", iom.acronym().orElseThrow().get(Locale.ITALIAN));
    Organisation unodc = CATALOG.organisation(UNODC).orElseThrow();
    assertEquals("Ghada Waly", unodc.posts().get(0).tenures().get(0).holder().name());
    assertEquals("Office des Nations Unies contre la drogue et le crime", unodc.name().get(Locale.FRENCH));
    assertEquals("Ufficio delle Nazioni Unite contro la Droga e il Crimine", unodc.name().get(Locale.ITALIAN));
  }

  @Test
  void theEventsAreTheSeedsEvents() {
    Event cairo = CATALOG.event(org.migov.core.event.EventId.of("cairo-signing-2024")).orElseThrow();
    assertEquals(AgreementId.of("iom-unodc-2024"), cairo.agreement().orElseThrow());
    Event dialogue = CATALOG.event(org.migov.core.event.EventId.of("humanitarian-dialogue-2025-5")).orElseThrow();
    assertEquals("2025-07", dialogue.date().orElseThrow().toString());
    assertEquals(List.of(OrganisationId.of("it-pr-un"), IOM), dialogue.organisations());
    Event meeting = CATALOG.event(org.migov.core.event.EventId.of("maeci-iom-coordination-meeting")).orElseThrow();
    assertTrue(meeting.date().isEmpty(), "seed 003 gives no date");
  }

  private static List<String> ids(List<Programme> programmes) {
    return programmes.stream().map(p -> p.id().value()).collect(Collectors.toList());
  }

  private static List<String> officeIds(List<Office> offices) {
    return offices.stream().map(o -> o.id().value()).collect(Collectors.toList());
  }

  private static List<String> agreementIds(List<Agreement> agreements) {
    return agreements.stream().map(a -> a.id().value()).collect(Collectors.toList());
  }
}
