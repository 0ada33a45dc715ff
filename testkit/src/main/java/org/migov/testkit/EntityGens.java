package org.migov.testkit;

import java.math.BigDecimal;
import java.net.URI;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.event.Event;
import org.migov.core.event.EventKind;
import org.migov.core.event.EventStatus;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Approximation;
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
import org.migov.core.programme.ActivityType;
import org.migov.core.programme.BeneficiaryGroup;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetKind;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.BudgetStatus;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.taxonomy.ThematicArea;

/**
 * Generators for migov's aggregates and their parts, one at a time.
 *
 * <p>These values are anything core can represent: every optional field present or absent, every
 * codelist constant, collections from empty to full. They do not follow the domain rules (a
 * programme may lack a funder, an agreement may have one party), which makes them right for
 * testing contracts and decoders; for data that follows every rule, use {@link DatasetGens}.
 * All generators are immutable and thread-safe.
 */
public final class EntityGens {
  private EntityGens() {}

  /**
   * Tenures with optional partial start and end.
   *
   * @return the generator
   */
  public static Gen<Tenure> tenures() {
    return choices ->
        Tenure.builder()
            .holder(ValueGens.people().generate(choices))
            .start(ValueGens.partialDates().optional().generate(choices))
            .end(ValueGens.partialDates().optional().generate(choices))
            .build();
  }

  /**
   * Posts with zero to three tenures.
   *
   * @return the generator
   */
  public static Gen<Post> posts() {
    return choices ->
        Post.builder()
            .title(ValueGens.multilingualTexts().generate(choices))
            .tenures(tenures().list(0, 3).generate(choices))
            .shared(Gens.booleans().generate(choices))
            .build();
  }

  /**
   * Organisations.
   *
   * @return the generator
   */
  public static Gen<Organisation> organisations() {
    return choices ->
        Organisation.builder()
            .id(ValueGens.organisationIds().generate(choices))
            .name(ValueGens.multilingualTexts().generate(choices))
            .acronym(ValueGens.multilingualTexts().optional().generate(choices))
            .kinds(ValueGens.enumSets(OrganisationKind.class, 3).generate(choices))
            .parent(ValueGens.organisationIds().optional().generate(choices))
            .founded(ValueGens.partialDates().optional().generate(choices))
            .dissolved(ValueGens.partialDates().optional().generate(choices))
            .headquarters(ValueGens.places().optional().generate(choices))
            .counts(counts().list(0, 3).generate(choices))
            .formerNames(ValueGens.dated(ValueGens.multilingualTexts()).list(0, 2).generate(choices))
            .unSystemMembership(ValueGens.partialDates().optional().generate(choices))
            .identifiers(ValueGens.externalIdentifiers().list(0, 3).generate(choices))
            .website(Gens.integers(0, 99).map(n -> URI.create("https://org" + n + ".example.org")).optional().generate(choices))
            .posts(posts().list(0, 2).generate(choices))
            .members(ValueGens.dated(ValueGens.organisationIds()).list(0, 3).generate(choices))
            .roles(roles().list(0, 2).generate(choices))
            .predecessors(successions().list(0, 2).generate(choices))
            .sources(ValueGens.sources().list(0, 2).generate(choices))
            .build();
  }

  /**
   * Counts of every kind and approximation, dated sometimes.
   *
   * @return the generator
   */
  public static Gen<Count> counts() {
    return choices -> {
      Count count = Count.of(Gens.enumValues(CountKind.class).generate(choices), Gens.integers(0, 30_000).generate(choices))
          .withApproximation(Gens.enumValues(Approximation.class).generate(choices));
      return Gens.booleans().generate(choices) ? count.withAsOf(ValueGens.partialDates().generate(choices)) : count;
    };
  }

  /**
   * Roles held by organisations, dated sometimes.
   *
   * @return the generator
   */
  public static Gen<Role> roles() {
    return choices -> {
      RoleKind kind = Gens.enumValues(RoleKind.class).generate(choices);
      OrganisationId holder = ValueGens.organisationIds().generate(choices);
      return ValueGens.periods().optional().generate(choices)
          .map(period -> Role.of(kind, holder, period))
          .orElseGet(() -> Role.of(kind, holder));
    };
  }

  /**
   * Links to predecessors, dated sometimes.
   *
   * @return the generator
   */
  public static Gen<Succession> successions() {
    return choices -> {
      SuccessionKind kind = Gens.enumValues(SuccessionKind.class).generate(choices);
      OrganisationId predecessor = ValueGens.organisationIds().generate(choices);
      return ValueGens.partialDates().optional().generate(choices)
          .map(date -> Succession.of(kind, predecessor, date))
          .orElseGet(() -> Succession.of(kind, predecessor));
    };
  }

  /**
   * Offices.
   *
   * @return the generator
   */
  public static Gen<Office> offices() {
    return choices ->
        Office.builder()
            .id(ValueGens.officeIds().generate(choices))
            .organisation(ValueGens.organisationIds().generate(choices))
            .kinds(ValueGens.dated(Gens.enumValues(OfficeKind.class)).list(1, 3).generate(choices))
            .name(ValueGens.multilingualTexts().generate(choices))
            .location(ValueGens.places().generate(choices))
            .areaOfResponsibility(ValueGens.dated(ValueGens.geographicAreas()).list(0, 3).generate(choices))
            .coversNoCountry(Gens.booleans().generate(choices))
            .parents(ValueGens.dated(ValueGens.officeIds()).list(0, 2).generate(choices))
            .operatingPeriod(ValueGens.periods().optional().generate(choices))
            .identifiers(ValueGens.externalIdentifiers().list(0, 1).generate(choices))
            .sources(ValueGens.sources().list(0, 2).generate(choices))
            .build();
  }

  /**
   * Signatories.
   *
   * @return the generator
   */
  public static Gen<Signatory> signatories() {
    return choices ->
        Signatory.builder()
            .person(ValueGens.people().generate(choices))
            .post(ValueGens.multilingualTexts().optional().generate(choices))
            .party(ValueGens.organisationIds().generate(choices))
            .build();
  }

  /**
   * Links to earlier agreements.
   *
   * @return the generator
   */
  public static Gen<AgreementLink> agreementLinks() {
    return choices ->
        AgreementLink.of(
            Gens.enumValues(LinkRelation.class).generate(choices), ValueGens.agreementIds().generate(choices));
  }

  /**
   * Agreements.
   *
   * @return the generator
   */
  public static Gen<Agreement> agreements() {
    return choices ->
        Agreement.builder()
            .id(ValueGens.agreementIds().generate(choices))
            .kind(Gens.enumValues(AgreementKind.class).generate(choices))
            .title(ValueGens.multilingualTexts().generate(choices))
            .parties(ValueGens.organisationIds().list(0, 4).generate(choices))
            .signatories(signatories().list(0, 3).generate(choices))
            .signingDate(ValueGens.partialDates().optional().generate(choices))
            .signingPlace(ValueGens.places().optional().generate(choices))
            .entryIntoForce(ValueGens.partialDates().optional().generate(choices))
            .validity(ValueGens.periods().optional().generate(choices))
            .status(Gens.enumValues(AgreementStatus.class).generate(choices))
            .thematicAreas(ValueGens.enumSets(ThematicArea.class, 4).generate(choices))
            .commitments(ValueGens.multilingualTexts().list(0, 3).generate(choices))
            .links(agreementLinks().list(0, 3).generate(choices))
            .coordinationMechanisms(ValueGens.organisationIds().list(0, 2).generate(choices))
            .acts(acts().list(0, 3).generate(choices))
            .identifiers(ValueGens.externalIdentifiers().list(0, 2).generate(choices))
            .sources(ValueGens.sources().list(0, 2).generate(choices))
            .build();
  }

  /**
   * Acts on instruments: adoptions, endorsements, approvals, with or without a date, a place, an
   * organisation and a document symbol.
   *
   * @return the generator
   */
  public static Gen<InstrumentAct> acts() {
    return choices ->
        InstrumentAct.builder()
            .kind(Gens.enumValues(ActKind.class).generate(choices))
            .body(ValueGens.multilingualTexts().generate(choices))
            .organisation(ValueGens.organisationIds().optional().generate(choices))
            .date(ValueGens.partialDates().optional().generate(choices))
            .place(ValueGens.places().optional().generate(choices))
            .symbol(Gens.integers(1, 80).map(n -> "A/RES/" + n + "/" + (100 + n)).optional().generate(choices))
            .build();
  }

  /**
   * Participants in every role.
   *
   * @return the generator
   */
  public static Gen<Participant> participants() {
    return choices ->
        Participant.of(
            ValueGens.organisationIds().generate(choices), Gens.enumValues(ParticipantRole.class).generate(choices));
  }

  /**
   * Budget lines, with optional period, area and label.
   *
   * @return the generator
   */
  public static Gen<BudgetLine> budgetLines() {
    return choices ->
        BudgetLine.builder()
            .amount(ValueGens.money().generate(choices))
            .period(ValueGens.periods().optional().generate(choices))
            .area(ValueGens.geographicAreas().optional().generate(choices))
            .label(ValueGens.multilingualTexts().optional().generate(choices))
            .funder(ValueGens.organisationIds().optional().generate(choices))
            .build();
  }

  /**
   * Budgets of every kind and status, with or without a period.
   *
   * @return the generator
   */
  public static Gen<Budget> budgets() {
    return choices ->
        Budget.builder()
            .value(ValueGens.money().generate(choices))
            .period(ValueGens.periods().optional().generate(choices))
            .kind(Gens.enumValues(BudgetKind.class).generate(choices))
            .status(Gens.enumValues(BudgetStatus.class).generate(choices))
            .build();
  }

  /**
   * Transactions of every kind, with or without provider, receiver and description.
   *
   * @return the generator
   */
  public static Gen<Transaction> transactions() {
    return choices ->
        Transaction.builder()
            .kind(Gens.enumValues(TransactionKind.class).generate(choices))
            .date(ValueGens.partialDates().generate(choices))
            .value(ValueGens.money().generate(choices))
            .provider(ValueGens.organisationIds().optional().generate(choices))
            .receiver(ValueGens.organisationIds().optional().generate(choices))
            .description(ValueGens.multilingualTexts().optional().generate(choices))
            .build();
  }

  /**
   * Target areas, with or without a percentage from 0 to 100 with up to two decimals.
   *
   * @return the generator
   */
  public static Gen<TargetArea> targetAreas() {
    return choices -> {
      var area = ValueGens.geographicAreas().generate(choices);
      return choices.draw(1) == 0
          ? TargetArea.of(area)
          : TargetArea.of(area, BigDecimal.valueOf(Gens.integers(0, 10_000).generate(choices), 2));
    };
  }

  /**
   * Programmes.
   *
   * @return the generator
   */
  public static Gen<Programme> programmes() {
    return choices ->
        Programme.builder()
            .id(ValueGens.programmeIds().generate(choices))
            .title(ValueGens.multilingualTexts().generate(choices))
            .acronym(Gens.strings(2, 8).optional().generate(choices))
            .description(ValueGens.multilingualTexts().optional().generate(choices))
            .participants(participants().list(0, 6).generate(choices))
            .fundingInstrument(ValueGens.organisationIds().optional().generate(choices))
            .budgetTotals(ValueGens.money().list(0, 2).generate(choices))
            .budgetLines(budgetLines().list(0, 3).generate(choices))
            .budgets(budgets().list(0, 3).generate(choices))
            .transactions(transactions().list(0, 3).generate(choices))
            .period(ValueGens.periods().optional().generate(choices))
            .status(Gens.enumValues(ProgrammeStatus.class).optional().generate(choices))
            .targetAreas(targetAreas().list(0, 4).generate(choices))
            .thematicAreas(ValueGens.enumSets(ThematicArea.class, 4).generate(choices))
            .gcmObjectives(ValueGens.enumSets(GcmObjective.class, 3).generate(choices))
            .sdgTargets(ValueGens.enumSets(SdgTarget.class, 3).generate(choices))
            .beneficiaryGroups(ValueGens.enumSets(BeneficiaryGroup.class, 4).generate(choices))
            .activityTypes(ValueGens.enumSets(ActivityType.class, 4).generate(choices))
            .basedOn(ValueGens.agreementIds().list(0, 2).generate(choices))
            .parent(ValueGens.programmeIds().optional().generate(choices))
            .identifiers(ValueGens.externalIdentifiers().list(0, 2).generate(choices))
            .sources(ValueGens.sources().list(0, 2).generate(choices))
            .build();
  }

  /**
   * Events.
   *
   * @return the generator
   */
  public static Gen<Event> events() {
    return choices ->
        Event.builder()
            .id(ValueGens.eventIds().generate(choices))
            .kind(Gens.enumValues(EventKind.class).generate(choices))
            .title(ValueGens.multilingualTexts().generate(choices))
            .status(Gens.enumValues(EventStatus.class).optional().generate(choices))
            .period(ValueGens.periods().optional().generate(choices))
            .place(ValueGens.places().optional().generate(choices))
            .organisations(ValueGens.organisationIds().list(0, 3).generate(choices))
            .people(ValueGens.people().list(0, 3).generate(choices))
            .programme(ValueGens.programmeIds().optional().generate(choices))
            .agreement(ValueGens.agreementIds().optional().generate(choices))
            .outcomes(ValueGens.multilingualTexts().list(0, 2).generate(choices))
            .sources(ValueGens.sources().list(0, 2).generate(choices))
            .build();
  }
}
