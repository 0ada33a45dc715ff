package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.migov.validation.Fixtures.en;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.InvalidValueException;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.money.Money;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetKind;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.BudgetStatus;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/** Money over time and by funder, citations, external ids: a joint initiative with several donors. */
class ProgrammeFundingTest {
  private static final OrganisationId EU = OrganisationId.of("eu");
  private static final OrganisationId DONOR = OrganisationId.of("donor-state");
  private static final OrganisationId IOM = OrganisationId.of("iom");

  private static Organisation organisation(OrganisationId id) {
    return Organisation.builder().id(id).name(en(id.value())).founded(PartialDate.ofYear(1951)).build();
  }

  /** Launched with one figure, topped up twice; two donors, one in euros and one in dollars. */
  private static Programme initiative() {
    return Programme.builder().id(ProgrammeId.of("joint-initiative")).title(en("A joint initiative for migrant protection"))
        .addParticipants(Participant.of(EU, ParticipantRole.FUNDING), Participant.of(DONOR, ParticipantRole.FUNDING),
            Participant.of(IOM, ParticipantRole.IMPLEMENTING))
        .budgetTotals(List.of(Money.of("160000000", "EUR"), Money.of("5000000", "USD")))
        .addBudgetLine(BudgetLine.of(Money.of("150000000", "EUR"), EU))
        .addBudgetLine(BudgetLine.of(Money.of("10000000", "EUR"), DONOR))
        .addBudgetLine(BudgetLine.of(Money.of("5000000", "USD"), DONOR))
        .addBudget(Budget.of(Money.of("100000000", "EUR"), DateRange.parse("2017-01-01/2019-12-31")))
        .addBudget(Budget.builder().value(Money.of("40000000", "EUR")).period(DateRange.parse("2018-01-01/2019-12-31"))
            .kind(BudgetKind.REVISED).status(BudgetStatus.COMMITTED).build())
        .addBudget(Budget.builder().value(Money.of("20000000", "EUR")).period(DateRange.parse("2019-01-01/2019-12-31"))
            .kind(BudgetKind.REVISED).build())
        .addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS).date(PartialDate.of(2017, 3, 1))
            .value(Money.of("50000000", "EUR")).provider(EU).receiver(IOM).build())
        .addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS).date(PartialDate.ofYearMonth(2018, 2))
            .value(Money.of("2000000", "USD")).provider(DONOR).receiver(IOM).build())
        .addTransaction(Transaction.of(TransactionKind.DISBURSEMENT, PartialDate.ofYear(2017), Money.of("20000000", "EUR")))
        .addTransaction(Transaction.of(TransactionKind.DISBURSEMENT, PartialDate.of(2018, 6, 30), Money.of("15000000", "EUR")))
        .period(DateRange.parse("2016-12/2021"))
        .addTargetAreas(TargetArea.of(Country.of("NE"), "50"), TargetArea.of(Country.of("ML"), "50"))
        .addThematicArea(ThematicArea.RETURN_AND_REINTEGRATION)
        .addGcmObjectives(GcmObjective.OBJECTIVE_14, GcmObjective.OBJECTIVE_19)
        .addSdgTarget(SdgTarget.TARGET_10_7)
        .addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI_ACTIVITY, "XI-IATI-EC_INTPA-2021/429-054"))
        .build();
  }

  @Test
  void aProgrammeInTwoCurrenciesWithRevisionsAndDonorsIsValid() {
    Dataset dataset = Dataset.builder().addOrganisations(organisation(EU), organisation(DONOR), organisation(IOM))
        .addProgrammes(initiative()).build();
    ValidationReport report = Fixtures.validator().validate(dataset);
    assertEquals(List.of(), report.violations(), report.toString());
  }

  @Test
  void totalsPerFunderPerCurrencyAndPerPeriod() {
    Programme programme = initiative();
    assertEquals(List.of(EU, DONOR), programme.funders());
    assertEquals(List.of(IOM), programme.participants(ParticipantRole.IMPLEMENTING));
    assertEquals(Map.of(EU, List.of(Money.of("150000000", "EUR")), DONOR, List.of(Money.of("10000000", "EUR"), Money.of("5000000", "USD"))),
        programme.contributionsByFunder());
    assertEquals(List.of(Money.of("160000000", "EUR"), Money.of("5000000", "USD")), programme.lineTotals());
    assertEquals(List.of(Money.of("35000000", "EUR")),
        programme.transactionTotals(TransactionKind.DISBURSEMENT, DateRange.parse("2017-01-01/2018-12-31")));
    assertEquals(List.of(Money.of("20000000", "EUR")),
        programme.transactionTotals(TransactionKind.DISBURSEMENT, DateRange.parse("2017-01-01/2017-12-31")));
    assertEquals(List.of(Money.of("50000000", "EUR"), Money.of("2000000", "USD")),
        programme.transactionTotals(TransactionKind.INCOMING_FUNDS, DateRange.parse("2017-01-01/2018-12-31")));
    assertEquals(List.of(), programme.transactionTotals(TransactionKind.INCOMING_FUNDS, DateRange.parse("2017/2018")),
        "from some day of 2017 to some day of 2018 certainly holds 2017-12-31 and 2018-01-01 only");
    assertEquals(List.of(), programme.transactionTotals(TransactionKind.INCOMING_FUNDS, DateRange.parse("2018-01-15/2018-02-14")),
        "February 2018 is not certainly inside");
    assertEquals(Set.of(GcmObjective.OBJECTIVE_14, GcmObjective.OBJECTIVE_19), programme.gcmObjectives());
    assertEquals("XI-IATI-EC_INTPA-2021/429-054", programme.identifiers().get(0).value());
    assertEquals(java.util.Optional.empty(), programme.budget(), "two totals are not one budget");
  }

  @Test
  void compactFactoriesSayWhatTheyHold() {
    assertEquals(TargetArea.of(Country.of("NE"), new BigDecimal("50")), TargetArea.of(Country.of("NE"), "50"));
    assertEquals(new BigDecimal("33.33"), TargetArea.of(Country.of("NE"), "33.33").percentage().orElseThrow());
    for (String bad : new String[] {"fifty", "50%", "1e3", "", " 50", "5".repeat(50)}) {
      assertThrows(InvalidValueException.class, () -> TargetArea.of(Country.of("NE"), bad), bad);
    }
    assertEquals(BudgetLine.builder().amount(Money.of("1", "EUR")).build(), BudgetLine.of(Money.of("1", "EUR")));
    assertEquals(DONOR, BudgetLine.of(Money.of("1", "EUR"), DONOR).funder().orElseThrow());
  }

  @Test
  void overlappingOriginalBudgetsAndIncomingFundsAboveTheTotalAreReported() {
    Programme overfunded = Programme.builder().from(initiative())
        .addBudget(Budget.of(Money.of("1", "EUR"), DateRange.parse("2019-06-01/2020-05-31")))
        .addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS).date(PartialDate.ofYear(2019))
            .value(Money.of("110000001", "EUR")).provider(EU).build())
        .build();
    Dataset dataset = Dataset.builder().addOrganisations(organisation(EU), organisation(DONOR), organisation(IOM))
        .addProgrammes(overfunded).build();
    assertEquals(Set.of("PRG-016", "PRG-019"), Fixtures.validator().validate(dataset).codes());
  }
}
