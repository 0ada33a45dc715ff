package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migov.validation.Fixtures.A2012;
import static org.migov.validation.Fixtures.A2024;
import static org.migov.validation.Fixtures.CAIRO;
import static org.migov.validation.Fixtures.FUND;
import static org.migov.validation.Fixtures.GEORGETOWN;
import static org.migov.validation.Fixtures.ICAT;
import static org.migov.validation.Fixtures.IOM;
import static org.migov.validation.Fixtures.LIBYA_CHILD;
import static org.migov.validation.Fixtures.LIBYA_NIGER;
import static org.migov.validation.Fixtures.MAECI;
import static org.migov.validation.Fixtures.MEETING;
import static org.migov.validation.Fixtures.ROME;
import static org.migov.validation.Fixtures.UNODC;
import static org.migov.validation.Fixtures.agreement;
import static org.migov.validation.Fixtures.en;
import static org.migov.validation.Fixtures.event;
import static org.migov.validation.Fixtures.office;
import static org.migov.validation.Fixtures.organisation;
import static org.migov.validation.Fixtures.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.EventId;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.CountKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Role;
import org.migov.core.organisation.RoleKind;
import org.migov.core.organisation.Succession;
import org.migov.core.organisation.SuccessionKind;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/**
 * Every rule of the catalogue, made to fire by one change to a valid dataset, and kept quiet by a
 * near miss: a change that looks alike but breaks nothing (often an imprecise date that makes the
 * violation uncertain).
 */
class RuleCatalogueTest {

  /** A change that breaks the rule, and a near miss that must leave the dataset clean. */
  private static final class Case {
    final UnaryOperator<Dataset> fire;
    final UnaryOperator<Dataset> quiet;

    Case(UnaryOperator<Dataset> fire, UnaryOperator<Dataset> quiet) {
      this.fire = fire;
      this.quiet = quiet;
    }
  }

  private static final Map<Rule, Case> CASES = new EnumMap<>(Rule.class);

  private static void rule(Rule rule, UnaryOperator<Dataset> fire, UnaryOperator<Dataset> quiet) {
    CASES.put(rule, new Case(fire, quiet));
  }

  private static InstrumentAct act(ActKind kind, String date) {
    return InstrumentAct.builder().kind(kind).body(en("a body")).date(PartialDate.parse(date)).build();
  }

  private static Post directorGeneral(String popeStart) {
    return Post.builder().title(en("Director General"))
        .addTenure(Tenure.builder().holder(Person.of("António Vitorino"))
            .start(PartialDate.parse("2018-10")).end(PartialDate.parse("2023-09")).build())
        .addTenure(Tenure.builder().holder(Person.of("Amy Pope")).start(PartialDate.parse(popeStart)).build())
        .build();
  }

  private static DateRange days(String start, String end) {
    return DateRange.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  static {
    rule(Rule.ORG_001,
        d -> organisation(d, IOM, o -> o.acronym(MultilingualText.of("en", "I"))),
        d -> organisation(d, IOM, o -> o.acronym(MultilingualText.of("en", "I.O.M-2", "fr", "ÖIM"))));
    rule(Rule.ORG_002,
        d -> organisation(d, ICAT, o -> o.founded(PartialDate.ofYear(2027))),
        d -> organisation(d, ICAT, o -> o.founded(PartialDate.ofYear(2026))));
    rule(Rule.ORG_003,
        d -> organisation(d, ICAT, o -> o.dissolved(PartialDate.ofYear(2006))),
        d -> organisation(d, ICAT, o -> o.dissolved(PartialDate.ofYear(2007))));
    rule(Rule.ORG_004,
        d -> organisation(d, UNODC, o -> o.memberStateCount(10)),
        d -> organisation(d, IOM, o -> o.memberStateCount(200)));
    rule(Rule.ORG_005,
        d -> organisation(d, IOM, o -> o.unSystemMembership(PartialDate.ofYear(1950))),
        d -> organisation(d, IOM, o -> o.unSystemMembership(PartialDate.parse("1951-06"))));
    rule(Rule.ORG_006,
        d -> organisation(d, IOM, o -> o.addIdentifier(ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "201052"))),
        d -> organisation(d, IOM, o -> o.addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI, "GB-COH-01234567"))));
    rule(Rule.ORG_007,
        d -> organisation(d, IOM, o -> o.posts(List.of(directorGeneral("2023-08")))),
        d -> organisation(d, IOM, o -> o.posts(List.of(directorGeneral("2023-09")))));
    rule(Rule.ORG_008,
        d -> organisation(d, FUND, o -> o.parent(FUND)),
        d -> organisation(d, FUND, o -> o.parent(IOM)));
    rule(Rule.AGR_011,
        d -> agreement(d, A2024, a -> a.addAct(act(ActKind.ADOPTION, "2018-12-10")).addAct(act(ActKind.ENDORSEMENT, "2018-11"))),
        d -> agreement(d, A2024, a -> a.addAct(act(ActKind.ADOPTION, "2018-12-10")).addAct(act(ActKind.ENDORSEMENT, "2018-12"))));
    rule(Rule.ORG_009,
        d -> organisation(d, IOM, o -> o.addCount(Count.of(CountKind.STAFF, -1))),
        d -> organisation(d, IOM, o -> o.addCount(Count.of(CountKind.STAFF, 0))));
    rule(Rule.ORG_010,
        d -> organisation(d, ICAT, o -> o.addMember(ICAT)),
        d -> organisation(d, ICAT, o -> o.addMember(IOM)));
    rule(Rule.ORG_011,
        d -> organisation(d, ICAT, o -> o.addMember(Dated.of(UNODC, DateRange.parse("2010/2012")))
            .addRole(Role.of(RoleKind.CO_CHAIR, UNODC, DateRange.parse("2015/2015")))),
        d -> organisation(d, ICAT, o -> o.addMember(Dated.of(UNODC, DateRange.parse("2010/2012")))
            .addRole(Role.of(RoleKind.CO_CHAIR, UNODC, DateRange.parse("2012/2012")))));
    rule(Rule.OFF_001,
        d -> office(d, ROME, o -> o.areaOfResponsibility(List.of())),
        d -> office(d, ROME, o -> o.kinds(List.of(Dated.of(OfficeKind.COUNTRY_OFFICE))).areaOfResponsibility(List.of())));
    rule(Rule.OFF_002,
        d -> office(d, GEORGETOWN, o -> o.areaOfResponsibility(List.of(Dated.of(M49Region.of("029"))))),
        d -> office(d, GEORGETOWN, o -> o.areaOfResponsibility(List.of(Dated.of(M49Region.of("419"))))));
    rule(Rule.OFF_003,
        d -> office(d, ROME, o -> o.parent(ROME)),
        d -> office(d, GEORGETOWN, o -> o.parent(ROME)));
    rule(Rule.OFF_004,
        d -> office(office(d, GEORGETOWN, o -> o.organisation(UNODC)), ROME, o -> o.parent(GEORGETOWN)),
        d -> office(d, ROME, o -> o.parent(GEORGETOWN)));
    rule(Rule.AGR_001,
        d -> agreement(d, A2024, a -> a.parties(List.of(IOM, IOM)).signatories(List.of())),
        d -> agreement(d, A2024, a -> a.parties(List.of(IOM, UNODC, ICAT))));
    rule(Rule.AGR_002,
        d -> agreement(d, A2024, a -> a.addSignatory(Signatory.builder().person(Person.of("Marina Sereni")).party(MAECI).build())),
        d -> agreement(d, A2024, a -> a.addSignatory(Signatory.builder().person(Person.of("Someone")).party(IOM).build())));
    rule(Rule.AGR_003,
        d -> agreement(d, A2024, a -> a.signingDate(PartialDate.of(2026, 12, 1))),
        d -> agreement(d, A2024, a -> a.signingDate(PartialDate.of(2026, 12, 1)).status(AgreementStatus.DRAFT)));
    rule(Rule.AGR_004,
        d -> agreement(d, A2012, a -> a.entryIntoForce(PartialDate.of(2012, 4, 16))),
        d -> agreement(d, A2012, a -> a.entryIntoForce(PartialDate.parse("2012-04"))));
    rule(Rule.AGR_005,
        d -> agreement(d, A2012, a -> a.status(AgreementStatus.EXPIRED)),
        d -> agreement(d, A2012, a -> a.status(AgreementStatus.EXPIRED).validity(days("2012-04-17", "2020-12-31"))));
    rule(Rule.AGR_006,
        d -> agreement(d, A2024, a -> a.addLink(AgreementLink.of(LinkRelation.AMENDS, A2024))),
        d -> agreement(d, A2024, a -> a.addLink(AgreementLink.of(LinkRelation.AMENDS, A2012))));
    rule(Rule.AGR_007,
        d -> agreement(agreement(d, A2024, a -> a.links(List.of())), A2012, a -> a.addLink(AgreementLink.of(LinkRelation.BUILDS_ON, A2024))),
        d -> agreement(d, A2024, a -> a.links(List.of(AgreementLink.of(LinkRelation.RENEWS, A2012)))));
    rule(Rule.AGR_008,
        d -> agreement(d, A2024, a -> a.parties(List.of(MAECI, FUND)).signatories(List.of())
            .links(List.of(AgreementLink.of(LinkRelation.SUPERSEDES, A2012)))),
        d -> agreement(d, A2024, a -> a.parties(List.of(MAECI, IOM)).signatories(List.of())
            .links(List.of(AgreementLink.of(LinkRelation.SUPERSEDES, A2012)))));
    rule(Rule.AGR_009,
        d -> organisation(d, UNODC, o -> o.founded(PartialDate.ofYear(2013))),
        d -> organisation(d, UNODC, o -> o.founded(PartialDate.ofYear(2012))));
    rule(Rule.AGR_010,
        d -> agreement(d, A2024, a -> a.coordinationMechanisms(List.of(MAECI))),
        d -> agreement(d, A2024, a -> a.coordinationMechanisms(List.of(ICAT, ICAT))));
    rule(Rule.PRG_001,
        d -> programme(d, LIBYA_NIGER, p -> p.participants(List.of(Participant.of(IOM, ParticipantRole.IMPLEMENTING)))),
        d -> programme(d, LIBYA_NIGER, p -> p.addParticipant(Participant.of(FUND, ParticipantRole.EXTENDING))));
    rule(Rule.PRG_002,
        d -> programme(d, LIBYA_NIGER, p -> p.participants(List.of(Participant.of(MAECI, ParticipantRole.FUNDING)))),
        d -> programme(d, LIBYA_NIGER, p -> p.addParticipant(Participant.of(UNODC, ParticipantRole.PARTNER))));
    rule(Rule.PRG_003,
        d -> programme(d, LIBYA_CHILD, p -> p.budget(Money.of("0", "EUR"))),
        d -> programme(d, LIBYA_CHILD, p -> p.budget(Money.of("0.01", "EUR"))));
    rule(Rule.PRG_004,
        d -> programme(d, LIBYA_NIGER, p -> p.budgetLines(List.of(BudgetLine.builder().amount(Money.of("2000000", "USD")).build()))),
        d -> programme(d, LIBYA_NIGER, p -> p.budgetLines(List.of(BudgetLine.builder().amount(Money.of("2000000.00", "EUR")).build()))));
    rule(Rule.PRG_005,
        d -> programme(d, LIBYA_NIGER, p -> p.addBudgetLine(BudgetLine.builder().amount(Money.of("3000000.01", "EUR")).build())),
        d -> programme(d, LIBYA_NIGER, p -> p.addBudgetLine(BudgetLine.builder().amount(Money.of("3000000", "EUR")).build())));
    rule(Rule.PRG_006,
        d -> programme(d, LIBYA_NIGER, p -> p.targetAreas(List.of(
            TargetArea.of(Country.of("LY"), new BigDecimal("50")), TargetArea.of(Country.of("NE"), new BigDecimal("49"))))),
        d -> programme(d, LIBYA_NIGER, p -> p.targetAreas(List.of(
            TargetArea.of(Country.of("LY"), new BigDecimal("50")), TargetArea.of(Country.of("NE"), new BigDecimal("49.995"))))));
    rule(Rule.PRG_007,
        d -> programme(d, LIBYA_NIGER, p -> p.budgetLines(List.of(BudgetLine.builder().amount(Money.of("1", "EUR"))
            .period(days("2019-12-31", "2020-06-30")).build()))),
        d -> programme(d, LIBYA_NIGER, p -> p.budgetLines(List.of(BudgetLine.builder().amount(Money.of("1", "EUR"))
            .period(days("2021-01-01", "2021-12-31")).build()))));
    rule(Rule.PRG_008,
        d -> programme(d, LIBYA_NIGER, p -> p.budgetLines(List.of(BudgetLine.builder().amount(Money.of("1", "EUR"))
            .period(days("2020-01-01", "2021-01-01")).build()))),
        d -> programme(d, LIBYA_NIGER, p -> p.budgetLines(List.of(BudgetLine.builder().amount(Money.of("1", "EUR"))
            .period(days("2020-01-01", "2020-12-31")).build()))));
    rule(Rule.PRG_009,
        d -> programme(d, LIBYA_NIGER, p -> p.period(days("2020-01-01", "2027-12-31"))),
        d -> programme(d, LIBYA_NIGER, p -> p.period(days("2020-01-01", "2026-11-22")).status(ProgrammeStatus.FINALISATION)));
    rule(Rule.PRG_010,
        d -> programme(d, LIBYA_NIGER, p -> p.status(ProgrammeStatus.IMPLEMENTATION)),
        d -> programme(d, LIBYA_NIGER, p -> p.status(ProgrammeStatus.IMPLEMENTATION).period(days("2020-01-01", "2026-11-22"))));
    rule(Rule.PRG_011,
        d -> programme(d, LIBYA_NIGER, p -> p.thematicAreas(Set.of())),
        d -> programme(d, LIBYA_NIGER, p -> p.thematicAreas(Set.of(org.migov.core.taxonomy.ThematicArea.EMERGENCY_RESPONSE))));
    rule(Rule.PRG_012,
        d -> programme(d, LIBYA_NIGER, p -> p.addParticipant(Participant.of(MAECI, ParticipantRole.FUNDING))),
        d -> programme(d, LIBYA_NIGER, p -> p.addParticipant(Participant.of(MAECI, ParticipantRole.PARTNER))));
    rule(Rule.PRG_013,
        d -> programme(d, LIBYA_NIGER, p -> p.basedOn(List.of(A2024))),
        d -> programme(d, LIBYA_NIGER, p -> p.basedOn(List.of(A2012, A2012))));
    rule(Rule.PRG_014,
        d -> programme(d, LIBYA_CHILD, p -> p.budget(Money.of("5000000.01", "EUR"))),
        d -> programme(d, LIBYA_CHILD, p -> p.budget(Money.of("6000000", "USD"))));
    rule(Rule.PRG_015,
        d -> programme(d, LIBYA_NIGER, p -> p.budgetTotals(List.of(Money.of("5000000", "EUR"), Money.of("1", "EUR")))),
        d -> programme(d, LIBYA_NIGER, p -> p.budgetTotals(List.of(Money.of("5000000", "EUR"), Money.of("1", "USD")))));
    rule(Rule.PRG_016,
        d -> programme(d, LIBYA_NIGER, p -> p.addBudget(Budget.of(Money.of("1", "EUR"), DateRange.parse("2020-01-01/2020-12-31")))
            .addBudget(Budget.of(Money.of("1", "EUR"), DateRange.parse("2020-12-31/2021-12-30")))),
        d -> programme(d, LIBYA_NIGER, p -> p.addBudget(Budget.of(Money.of("1", "EUR"), DateRange.parse("2020-01-01/2020-12-31")))
            .addBudget(Budget.of(Money.of("1", "EUR"), DateRange.parse("2021-01-01/2021-12-31")))));
    rule(Rule.PRG_017,
        d -> programme(d, LIBYA_NIGER, p -> p.addTransaction(Transaction.of(TransactionKind.EXPENDITURE, PartialDate.ofYear(2022), Money.of("1", "EUR")))),
        d -> programme(d, LIBYA_NIGER, p -> p.addTransaction(Transaction.of(TransactionKind.EXPENDITURE, PartialDate.ofYear(2021), Money.of("1", "EUR")))));
    rule(Rule.PRG_018,
        d -> programme(d, LIBYA_NIGER, p -> p.addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS)
            .date(PartialDate.ofYear(2020)).value(Money.of("1", "EUR")).provider(UNODC).build())),
        d -> programme(d, LIBYA_NIGER, p -> p.addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS)
            .date(PartialDate.ofYear(2020)).value(Money.of("1", "EUR")).provider(MAECI).build())));
    rule(Rule.PRG_019,
        d -> programme(d, LIBYA_NIGER, p -> p.addTransaction(Transaction.of(TransactionKind.INCOMING_FUNDS, PartialDate.ofYear(2020), Money.of("5000000.01", "EUR")))),
        d -> programme(d, LIBYA_NIGER, p -> p.addTransaction(Transaction.of(TransactionKind.INCOMING_FUNDS, PartialDate.ofYear(2020), Money.of("5000000", "EUR")))));
    rule(Rule.EVT_001,
        d -> event(d, MEETING, e -> e.organisations(List.of())),
        d -> event(d, MEETING, e -> e.organisations(List.of(IOM))));
    rule(Rule.EVT_002,
        d -> event(d, MEETING, e -> e.date(PartialDate.of(2022, 1, 1))),
        d -> event(d, MEETING, e -> e.date(PartialDate.parse("2021-12"))));
    rule(Rule.DS_001,
        d -> Dataset.builder().from(d).addOrganisation(Organisation.builder().id(IOM).name(en("Again")).build()).build(),
        d -> Dataset.builder().from(d).addOffice(Office.builder().id(OfficeId.of("iom")).organisation(IOM)
            .kind(OfficeKind.HEADQUARTERS).name(en("Geneva")).location(Place.of("Geneva", Country.of("CH"))).build()).build());
    rule(Rule.DS_002,
        d -> event(d, MEETING, e -> e.addOrganisation(OrganisationId.of("nobody"))),
        d -> event(d, CAIRO, e -> e.addOrganisation(ICAT)));
    rule(Rule.DS_003,
        d -> organisation(d, MAECI, o -> o.parent(FUND)),
        d -> organisation(d, MAECI, o -> o.parent(IOM)));
    rule(Rule.DS_004,
        d -> office(office(d, ROME, o -> o.parent(GEORGETOWN)), GEORGETOWN, o -> o.parent(ROME)),
        d -> office(d, ROME, o -> o.parent(GEORGETOWN)));
    rule(Rule.DS_005,
        d -> agreement(d, A2012, a -> a.addLink(AgreementLink.of(LinkRelation.BUILDS_ON, A2024))),
        d -> agreement(d, A2024, a -> a.addLink(AgreementLink.of(LinkRelation.IMPLEMENTS, A2012))));
    rule(Rule.DS_006,
        d -> programme(d, LIBYA_NIGER, p -> p.parent(LIBYA_CHILD)),
        d -> programme(d, LIBYA_CHILD, p -> p.parent(LIBYA_NIGER)));
    rule(Rule.DS_007,
        d -> organisation(d, IOM, o -> o.addMember(Dated.of(UNODC, DateRange.parse("1990/1996")))),
        d -> organisation(d, IOM, o -> o.addMember(Dated.of(UNODC, DateRange.parse("1990/1997")))));
    rule(Rule.DS_008,
        d -> organisation(d, ICAT, o -> o.addPredecessor(Succession.of(SuccessionKind.RENAMED, UNODC, PartialDate.ofYear(1996)))),
        d -> organisation(d, ICAT, o -> o.addPredecessor(Succession.of(SuccessionKind.RENAMED, UNODC, PartialDate.ofYear(1997)))));
    rule(Rule.DS_009,
        d -> organisation(organisation(d, ICAT, o -> o.addPredecessor(Succession.of(SuccessionKind.SPLIT_FROM, UNODC))),
            UNODC, o -> o.addPredecessor(Succession.of(SuccessionKind.MERGED_INTO, ICAT))),
        d -> organisation(d, ICAT, o -> o.addPredecessor(Succession.of(SuccessionKind.SPLIT_FROM, UNODC))));
  }

  static Stream<Arguments> rules() {
    return Stream.of(Rule.values()).map(Arguments::of);
  }

  @Test
  void theFixtureIsClean() {
    ValidationReport report = Fixtures.validator().validate(Fixtures.dataset());
    assertEquals(List.of(), report.violations(), report.toString());
    assertTrue(report.isValid());
  }

  @Test
  void everyRuleHasACase() {
    assertEquals(Set.of(Rule.values()), CASES.keySet());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void fires(Rule rule) {
    ValidationReport report = Fixtures.validator().validate(CASES.get(rule).fire.apply(Fixtures.dataset()));
    assertTrue(report.codes().contains(rule.code()), rule.code() + " should fire:\n" + report);
    Violation violation = report.violations().stream().filter(v -> v.rule() == rule).findFirst().orElseThrow();
    assertEquals(rule.severity(), violation.severity());
    assertTrue(violation.entityId().isPresent() && violation.entityKind().isPresent(), violation.toString());
    assertTrue(!violation.message().contains("{"), "unfilled parameter: " + violation.message());
    assertEquals(rule.severity() == Severity.WARNING && report.errors().isEmpty(), report.isValid());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void staysQuietOnANearMiss(Rule rule) {
    ValidationReport report = Fixtures.validator().validate(CASES.get(rule).quiet.apply(Fixtures.dataset()));
    assertEquals(List.of(), report.violations(), rule.code() + " near miss:\n" + report);
  }

  @Test
  void aProgrammeThatIsItsOwnParentIsACycle() {
    ValidationReport report =
        Fixtures.validator().validate(programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.parent(LIBYA_NIGER)));
    assertEquals(Set.of("DS-006"), report.codes(), report.toString());
  }

  @Test
  void entityRulesApplyToOneEntityToo() {
    Dataset broken = programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.participants(List.of()).thematicAreas(Set.of()));
    ValidationReport report = Fixtures.validator().validate(broken.programme(LIBYA_NIGER).orElseThrow());
    assertEquals(Set.of("PRG-001", "PRG-002", "PRG-011"), report.codes());
    assertEquals("participants", report.violations().get(0).path().toString());
  }

  @Test
  void danglingReferencesNameTheKindAndId() {
    Dataset broken = event(Fixtures.dataset(), MEETING, e -> e.programme(org.migov.core.programme.ProgrammeId.of("ghost")));
    Violation v = Fixtures.validator().validate(broken).violations().get(0);
    assertEquals("DS-002", v.code());
    assertEquals("programme", v.path().toString());
    assertEquals(java.util.Optional.of(MEETING.value()), v.entityId().map(Object::toString));
    assertTrue(v.message().contains("programme") && v.message().contains("\"ghost\""), v.message());
  }

  @Test
  void anIdThatIsUnusedElsewhereStaysQuiet() {
    Dataset d = event(Fixtures.dataset(), MEETING, e -> e.id(EventId.of("meeting-2")));
    assertTrue(Fixtures.validator().validate(d).isValid());
  }
}
