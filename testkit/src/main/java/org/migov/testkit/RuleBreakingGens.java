package org.migov.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.InvalidValueException;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.event.EventId;
import org.migov.core.event.EventKind;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Count;
import org.migov.core.organisation.CountKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.OrganisationKind;
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
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/**
 * Datasets that break exactly one rule of the migov-validation catalogue, keyed by the rule's
 * code ({@code "PRG-001"}): a {@linkplain DatasetGens#valid(LocalDate) valid dataset} plus the
 * entities that break the rule and nothing else. Use them to check that a validator reports the
 * rule, and that your own tooling handles each kind of bad data.
 *
 * <p>The breaking entities have ids starting with {@code breaks-}. Generators are immutable and
 * thread-safe.
 */
public final class RuleBreakingGens {
  private RuleBreakingGens() {}

  private static final Map<String, BiFunction<Dataset, LocalDate, Dataset>> BREAKERS = new LinkedHashMap<>();

  /**
   * The codes for which a generator exists: every rule of the catalogue.
   *
   * @return the codes, in catalogue order, unmodifiable
   */
  public static Set<String> codes() {
    return Collections.unmodifiableSet(BREAKERS.keySet());
  }

  /**
   * Datasets, valid at the reference date but for one broken rule.
   *
   * @param code the rule's code, such as {@code PRG-001}
   * @param referenceDate the date that counts as "today"
   * @return the generator
   * @throws InvalidValueException if no rule has that code
   */
  public static Gen<Dataset> breaking(String code, LocalDate referenceDate) {
    BiFunction<Dataset, LocalDate, Dataset> breaker = code == null ? null : BREAKERS.get(code);
    if (breaker == null) {
      throw new InvalidValueException("a rule code, one of " + BREAKERS.keySet(), code);
    }
    Objects.requireNonNull(referenceDate, "referenceDate");
    return DatasetGens.valid(referenceDate).map(dataset -> breaker.apply(dataset, referenceDate));
  }

  private static void rule(String code, BiFunction<Dataset, LocalDate, Dataset> breaker) {
    BREAKERS.put(code, breaker);
  }

  // ------------------------------------------------------------------------- building blocks

  private static MultilingualText text(String value) {
    return MultilingualText.of("en", value);
  }

  private static OrganisationId first(Dataset d) {
    return d.organisations().get(0).id();
  }

  private static OrganisationId second(Dataset d) {
    return d.organisations().get(1).id();
  }

  private static Organisation.Builder organisation(String id) {
    return Organisation.builder().id(OrganisationId.of(id)).name(text(id)).addKind(OrganisationKind.NATIONAL_NGO);
  }

  private static Office.Builder office(String id, OrganisationId owner) {
    return Office.builder().id(OfficeId.of(id)).organisation(owner).kind(OfficeKind.COUNTRY_OFFICE)
        .name(text(id)).location(Place.of("Rome", Country.of("IT")));
  }

  private static Agreement.Builder draft(String id, OrganisationId a, OrganisationId b) {
    return Agreement.builder().id(AgreementId.of(id)).kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
        .title(text(id)).status(AgreementStatus.DRAFT).addParties(a, b);
  }

  private static Agreement.Builder signed(String id, OrganisationId a, OrganisationId b, LocalDate on) {
    return draft(id, a, b).status(AgreementStatus.SIGNED).signingDate(PartialDate.of(on));
  }

  private static Programme.Builder programme(String id, Dataset d) {
    return Programme.builder().id(ProgrammeId.of(id)).title(text(id))
        .addParticipants(Participant.of(first(d), ParticipantRole.FUNDING), Participant.of(second(d), ParticipantRole.IMPLEMENTING))
        .addTargetArea(TargetArea.of(Country.of("LY"))).addThematicArea(ThematicArea.RETURN_AND_REINTEGRATION);
  }

  private static Event.Builder event(String id, Dataset d) {
    return Event.builder().id(EventId.of(id)).kind(EventKind.COORDINATION_MEETING).title(text(id)).addOrganisation(first(d));
  }

  private static Dataset plus(Dataset d, Organisation... organisations) {
    return Dataset.builder().from(d).addOrganisations(organisations).build();
  }

  private static Dataset plus(Dataset d, Office... offices) {
    return Dataset.builder().from(d).addOffices(offices).build();
  }

  private static Dataset plus(Dataset d, Agreement... agreements) {
    return Dataset.builder().from(d).addAgreements(agreements).build();
  }

  private static Dataset plus(Dataset d, Programme... programmes) {
    return Dataset.builder().from(d).addProgrammes(programmes).build();
  }

  private static Dataset plus(Dataset d, Event... events) {
    return Dataset.builder().from(d).addEvents(events).build();
  }

  private static DateRange days(LocalDate start, LocalDate end) {
    return DateRange.of(start, end);
  }

  // ---------------------------------------------------------------------------- the breakers

  static {
    rule("ORG-001", (d, t) -> plus(d, organisation("breaks-org-001").acronym(text("1X")).build()));
    rule("ORG-002", (d, t) -> plus(d, organisation("breaks-org-002").founded(PartialDate.ofYear(t.getYear() + 1)).build()));
    rule("ORG-003", (d, t) -> plus(d, organisation("breaks-org-003")
        .founded(PartialDate.ofYear(1990)).dissolved(PartialDate.ofYear(1980)).build()));
    rule("ORG-004", (d, t) -> plus(d, organisation("breaks-org-004").memberStateCount(5).build()));
    rule("ORG-005", (d, t) -> plus(d, organisation("breaks-org-005")
        .founded(PartialDate.ofYear(1990)).unSystemMembership(PartialDate.ofYear(1980)).build()));
    rule("ORG-006", (d, t) -> plus(d, organisation("breaks-org-006")
        .addIdentifier(ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "201052")).build()));
    rule("ORG-007", (d, t) -> plus(d, organisation("breaks-org-007").addPost(Post.builder().title(text("Director"))
        .addTenure(Tenure.builder().holder(Person.of("A")).start(PartialDate.ofYear(2000)).end(PartialDate.ofYear(2010)).build())
        .addTenure(Tenure.builder().holder(Person.of("B")).start(PartialDate.ofYear(2005)).build())
        .build()).build()));
    rule("ORG-008", (d, t) -> plus(d, organisation("breaks-org-008").parent(OrganisationId.of("breaks-org-008")).build()));
    rule("ORG-009", (d, t) -> plus(d, organisation("breaks-org-009").addCount(Count.of(CountKind.STAFF, -5)).build()));
    rule("ORG-010", (d, t) -> plus(d, organisation("breaks-org-010").addMember(OrganisationId.of("breaks-org-010")).build()));
    rule("ORG-011", (d, t) -> plus(d, organisation("breaks-org-011").addMember(first(d))
        .addRole(Role.of(RoleKind.COORDINATOR, second(d))).build()));
    rule("OFF-001", (d, t) -> plus(d, office("breaks-off-001", first(d)).kind(OfficeKind.REGIONAL_OFFICE).build()));
    rule("OFF-002", (d, t) -> plus(d, office("breaks-off-002", first(d))
        .location(Place.of("Paris", Country.of("FR"))).addAreaOfResponsibility(Country.of("IT")).build()));
    rule("OFF-003", (d, t) -> plus(d, office("breaks-off-003", first(d)).parent(OfficeId.of("breaks-off-003")).build()));
    rule("OFF-004", (d, t) -> plus(d,
        office("breaks-off-004-parent", first(d)).build(),
        office("breaks-off-004", second(d)).parent(OfficeId.of("breaks-off-004-parent")).build()));
    rule("AGR-001", (d, t) -> plus(d, draft("breaks-agr-001", first(d), first(d)).build()));
    rule("AGR-002", (d, t) -> plus(
        plus(d, organisation("breaks-agr-002-signer").build()),
        draft("breaks-agr-002", first(d), second(d))
            .addSignatory(Signatory.builder().person(Person.of("C")).party(OrganisationId.of("breaks-agr-002-signer")).build())
            .build()));
    rule("AGR-003", (d, t) -> plus(d, signed("breaks-agr-003", first(d), second(d), t.plusDays(30)).build()));
    rule("AGR-004", (d, t) -> plus(d, signed("breaks-agr-004", first(d), second(d), t.minusDays(10))
        .entryIntoForce(PartialDate.of(t.minusDays(20))).build()));
    rule("AGR-005", (d, t) -> plus(d, signed("breaks-agr-005", first(d), second(d), t.minusDays(100))
        .status(AgreementStatus.EXPIRED).validity(DateRange.startingOn(t.minusDays(100))).build()));
    rule("AGR-006", (d, t) -> plus(d, draft("breaks-agr-006", first(d), second(d))
        .addLink(AgreementLink.of(LinkRelation.AMENDS, AgreementId.of("breaks-agr-006"))).build()));
    rule("AGR-007", (d, t) -> plus(d,
        signed("breaks-agr-007-later", first(d), second(d), t.minusDays(10)).build(),
        signed("breaks-agr-007", first(d), second(d), t.minusDays(100))
            .addLink(AgreementLink.of(LinkRelation.BUILDS_ON, AgreementId.of("breaks-agr-007-later"))).build()));
    rule("AGR-008", (d, t) -> plus(
        plus(d, organisation("breaks-agr-008-a").build(), organisation("breaks-agr-008-b").build()),
        signed("breaks-agr-008-earlier", first(d), second(d), t.minusDays(100)).build(),
        signed("breaks-agr-008", OrganisationId.of("breaks-agr-008-a"), OrganisationId.of("breaks-agr-008-b"), t.minusDays(10))
            .addLink(AgreementLink.of(LinkRelation.SUPERSEDES, AgreementId.of("breaks-agr-008-earlier"))).build()));
    rule("AGR-009", (d, t) -> plus(
        plus(d, organisation("breaks-agr-009-young").founded(PartialDate.ofYear(t.getYear() - 1)).build()),
        signed("breaks-agr-009", first(d), OrganisationId.of("breaks-agr-009-young"), t.minusYears(5)).build()));
    rule("AGR-010", (d, t) -> plus(
        plus(d, organisation("breaks-agr-010-ngo").build()),
        draft("breaks-agr-010", first(d), second(d)).addCoordinationMechanism(OrganisationId.of("breaks-agr-010-ngo")).build()));
    rule("AGR-011", (d, t) -> plus(d, Agreement.builder().id(AgreementId.of("breaks-agr-011")).kind(AgreementKind.COMPACT)
        .title(text("breaks-agr-011")).status(AgreementStatus.ADOPTED)
        .addAct(InstrumentAct.builder().kind(ActKind.ADOPTION).body(text("conference")).date(PartialDate.ofYear(2018)).build())
        .addAct(InstrumentAct.builder().kind(ActKind.ENDORSEMENT).body(text("assembly")).date(PartialDate.ofYear(2017)).build())
        .build()));
    rule("PRG-001", (d, t) -> plus(d, programme("breaks-prg-001", d)
        .participants(List.of(Participant.of(second(d), ParticipantRole.IMPLEMENTING))).build()));
    rule("PRG-002", (d, t) -> plus(d, programme("breaks-prg-002", d)
        .participants(List.of(Participant.of(first(d), ParticipantRole.FUNDING))).build()));
    rule("PRG-003", (d, t) -> plus(d, programme("breaks-prg-003", d).budget(Money.of("0", "EUR")).build()));
    rule("PRG-004", (d, t) -> plus(d, programme("breaks-prg-004", d).budget(Money.of("100", "EUR"))
        .addBudgetLine(BudgetLine.builder().amount(Money.of("10", "USD")).build()).build()));
    rule("PRG-005", (d, t) -> plus(d, programme("breaks-prg-005", d).budget(Money.of("100", "EUR"))
        .addBudgetLine(BudgetLine.builder().amount(Money.of("200", "EUR")).build()).build()));
    rule("PRG-006", (d, t) -> plus(d, programme("breaks-prg-006", d).targetAreas(List.of(
        TargetArea.of(Country.of("LY"), new BigDecimal("50")), TargetArea.of(Country.of("NE"), new BigDecimal("40")))).build()));
    rule("PRG-007", (d, t) -> plus(d, programme("breaks-prg-007", d).period(days(t.minusYears(2), t.plusYears(2)))
        .addBudgetLine(BudgetLine.builder().amount(Money.of("1", "EUR")).period(days(t.minusYears(3), t.minusYears(3).plusDays(30))).build())
        .build()));
    rule("PRG-008", (d, t) -> plus(d, programme("breaks-prg-008", d).period(days(t.minusYears(2), t.plusYears(2)))
        .addBudgetLine(BudgetLine.builder().amount(Money.of("1", "EUR")).period(days(t.minusYears(1), t.minusYears(1).plusDays(400))).build())
        .build()));
    rule("PRG-009", (d, t) -> plus(d, programme("breaks-prg-009", d).status(ProgrammeStatus.CLOSED)
        .period(days(t.minusYears(1), t.plusYears(1))).build()));
    rule("PRG-010", (d, t) -> plus(d, programme("breaks-prg-010", d).status(ProgrammeStatus.IMPLEMENTATION)
        .period(days(t.minusYears(2), t.minusYears(1))).build()));
    rule("PRG-011", (d, t) -> plus(d, programme("breaks-prg-011", d).thematicAreas(Set.of()).build()));
    rule("PRG-012", (d, t) -> plus(d, programme("breaks-prg-012", d)
        .addParticipant(Participant.of(first(d), ParticipantRole.FUNDING)).build()));
    rule("PRG-013", (d, t) -> plus(
        plus(d, signed("breaks-prg-013-agreement", first(d), second(d), t.minusDays(10)).build()),
        programme("breaks-prg-013", d).period(DateRange.startingOn(t.minusDays(100)))
            .addBasedOn(AgreementId.of("breaks-prg-013-agreement")).build()));
    rule("PRG-014", (d, t) -> plus(d,
        programme("breaks-prg-014-parent", d).budget(Money.of("100", "EUR")).build(),
        programme("breaks-prg-014", d).budget(Money.of("200", "EUR")).parent(ProgrammeId.of("breaks-prg-014-parent")).build()));
    rule("PRG-015", (d, t) -> plus(d, programme("breaks-prg-015", d)
        .budgetTotals(List.of(Money.of("100", "EUR"), Money.of("50", "EUR"))).build()));
    rule("PRG-016", (d, t) -> plus(d, programme("breaks-prg-016", d)
        .addBudget(Budget.of(Money.of("100", "EUR"), DateRange.parse("2020-01-01/2020-12-31")))
        .addBudget(Budget.of(Money.of("100", "EUR"), DateRange.parse("2020-06-01/2021-05-31"))).build()));
    rule("PRG-017", (d, t) -> plus(d, programme("breaks-prg-017", d).period(DateRange.parse("2020-01-01/2020-12-31"))
        .addTransaction(Transaction.of(TransactionKind.DISBURSEMENT, PartialDate.ofYear(2022), Money.of("10", "EUR"))).build()));
    rule("PRG-018", (d, t) -> plus(plus(d, organisation("breaks-prg-018-donor").build()), programme("breaks-prg-018", d)
        .addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS).date(PartialDate.ofYear(2020))
            .value(Money.of("10", "EUR")).provider(OrganisationId.of("breaks-prg-018-donor")).build()).build()));
    rule("PRG-019", (d, t) -> plus(d, programme("breaks-prg-019", d).budget(Money.of("100", "EUR"))
        .addTransaction(Transaction.of(TransactionKind.INCOMING_FUNDS, PartialDate.ofYear(2020), Money.of("60", "EUR")))
        .addTransaction(Transaction.of(TransactionKind.INCOMING_FUNDS, PartialDate.ofYear(2021), Money.of("60", "EUR"))).build()));
    rule("EVT-001", (d, t) -> plus(d, event("breaks-evt-001", d).organisations(List.of()).build()));
    rule("EVT-002", (d, t) -> plus(
        plus(d, programme("breaks-evt-002-programme", d).period(days(t.minusYears(2), t.minusYears(1))).build()),
        event("breaks-evt-002", d).programme(ProgrammeId.of("breaks-evt-002-programme")).date(PartialDate.of(t)).build()));
    rule("DS-001", (d, t) -> plus(d, d.organisations().get(0)));
    rule("DS-002", (d, t) -> plus(d, event("breaks-ds-002", d).addOrganisation(OrganisationId.of("breaks-ds-002-missing")).build()));
    rule("DS-003", (d, t) -> plus(d,
        organisation("breaks-ds-003-a").parent(OrganisationId.of("breaks-ds-003-b")).build(),
        organisation("breaks-ds-003-b").parent(OrganisationId.of("breaks-ds-003-a")).build()));
    rule("DS-004", (d, t) -> plus(d,
        office("breaks-ds-004-a", first(d)).parent(OfficeId.of("breaks-ds-004-b")).build(),
        office("breaks-ds-004-b", first(d)).parent(OfficeId.of("breaks-ds-004-a")).build()));
    rule("DS-005", (d, t) -> plus(d,
        draft("breaks-ds-005-a", first(d), second(d)).addLink(AgreementLink.of(LinkRelation.BUILDS_ON, AgreementId.of("breaks-ds-005-b"))).build(),
        draft("breaks-ds-005-b", first(d), second(d)).addLink(AgreementLink.of(LinkRelation.BUILDS_ON, AgreementId.of("breaks-ds-005-a"))).build()));
    rule("DS-006", (d, t) -> plus(d,
        programme("breaks-ds-006-a", d).parent(ProgrammeId.of("breaks-ds-006-b")).build(),
        programme("breaks-ds-006-b", d).parent(ProgrammeId.of("breaks-ds-006-a")).build()));
    rule("DS-007", (d, t) -> plus(d,
        organisation("breaks-ds-007-member").founded(PartialDate.ofYear(2000)).build(),
        organisation("breaks-ds-007").addMember(Dated.of(OrganisationId.of("breaks-ds-007-member"), DateRange.parse("1990/1995"))).build()));
    rule("DS-008", (d, t) -> plus(d,
        organisation("breaks-ds-008-old").founded(PartialDate.ofYear(2000)).build(),
        organisation("breaks-ds-008").addPredecessor(
            Succession.of(SuccessionKind.RENAMED, OrganisationId.of("breaks-ds-008-old"), PartialDate.ofYear(1990))).build()));
    rule("DS-009", (d, t) -> plus(d,
        organisation("breaks-ds-009-a").addPredecessor(Succession.of(SuccessionKind.RENAMED, OrganisationId.of("breaks-ds-009-b"))).build(),
        organisation("breaks-ds-009-b").addPredecessor(Succession.of(SuccessionKind.RENAMED, OrganisationId.of("breaks-ds-009-a"))).build()));
  }
}
