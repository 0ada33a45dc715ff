package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migov.validation.Fixtures.en;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.money.Money;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Budget;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/** Corners of the rules for wire format 1.1 facts, each once a wrong answer. */
class RuleCornersTest {
  private static final OrganisationId ORG = OrganisationId.of("org");

  private static Map<Rule, Long> counts(Dataset dataset) {
    return Fixtures.validator().validate(dataset).counts();
  }

  private static Programme.Builder programme() {
    return Programme.builder().id(ProgrammeId.of("p")).title(en("p"))
        .addParticipants(Participant.of(ORG, ParticipantRole.FUNDING), Participant.of(ORG, ParticipantRole.IMPLEMENTING));
  }

  private static Dataset with(Programme programme) {
    return Dataset.builder().addOrganisations(Organisation.builder().id(ORG).name(en("org")).build(),
        Organisation.builder().id(OrganisationId.of("fund")).name(en("fund")).build()).addProgrammes(programme).build();
  }

  @Test
  void overlappingOriginalBudgetsAreFoundWhateverTheirBounds() {
    Budget early = Budget.of(Money.of("1", "EUR"), DateRange.parse("2020-01-01/2020-12-31"));
    Budget overlapping = Budget.of(Money.of("1", "EUR"), DateRange.parse("2020-06-01/2021-05-31"));
    Budget unknownStart = Budget.of(Money.of("1", "EUR"), DateRange.parse("../2030-12-31"));
    Budget inAYear = Budget.of(Money.of("1", "EUR"), DateRange.parse("2024/2024"));
    Budget allOf2024 = Budget.of(Money.of("1", "EUR"), DateRange.parse("2023-06-01/2025-06-30"));
    assertEquals(1L, counts(with(programme().addBudgets(unknownStart, early, overlapping).build())).get(Rule.PRG_016),
        "an unknown start sorts where it may start at the latest");
    assertEquals(1L, counts(with(programme().addBudgets(allOf2024, inAYear).build())).get(Rule.PRG_016),
        "some day of 2024 to some day of 2024 lies inside 2023-06/2025-06");
    assertEquals(null, counts(with(programme().addBudgets(early, Budget.of(Money.of("1", "EUR"), DateRange.parse("2021/2021"))).build()))
        .get(Rule.PRG_016));
  }

  @Test
  void fundsFromTheFundingInstrumentAreFromAParticipantAndACurrencyIsReportedOnce() {
    Programme programme = programme().fundingInstrument(OrganisationId.of("fund"))
        .budgetTotals(List.of(Money.of("10", "EUR"), Money.of("5", "EUR")))
        .addTransaction(Transaction.builder().kind(TransactionKind.INCOMING_FUNDS).date(PartialDate.ofYear(2020))
            .value(Money.of("11", "EUR")).provider(OrganisationId.of("fund")).build())
        .build();
    Map<Rule, Long> counts = counts(with(programme));
    assertEquals(null, counts.get(Rule.PRG_018));
    assertEquals(1L, counts.get(Rule.PRG_019));
  }

  @Test
  void anEndorsementIsComparedWithTheFirstAdoptionInAnyOrder() {
    InstrumentAct adoptedInDecember = InstrumentAct.builder().kind(ActKind.ADOPTION).body(en("a")).date(PartialDate.parse("2018-12")).build();
    InstrumentAct adoptedIn2018 = InstrumentAct.builder().kind(ActKind.ADOPTION).body(en("b")).date(PartialDate.parse("2018")).build();
    InstrumentAct endorsed = InstrumentAct.builder().kind(ActKind.ENDORSEMENT).body(en("c")).date(PartialDate.parse("2018-11")).build();
    for (List<InstrumentAct> acts : List.of(List.of(adoptedInDecember, adoptedIn2018, endorsed), List.of(adoptedIn2018, adoptedInDecember, endorsed))) {
      Agreement compact = Agreement.builder().id(AgreementId.of("c")).kind(AgreementKind.COMPACT).title(en("c"))
          .status(AgreementStatus.ADOPTED).acts(acts).build();
      assertEquals(null, counts(Dataset.builder().addAgreements(compact).build()).get(Rule.AGR_011), acts.toString());
    }
  }

  @Test
  void aCycleThroughAnOfficeWithTwoUndatedParentsIsFound() {
    Office.Builder a = Office.builder().id(OfficeId.of("a")).organisation(ORG).kind(OfficeKind.COUNTRY_OFFICE).name(en("a"))
        .location(Place.of(Country.of("IT")));
    Office first = a.parent(OfficeId.of("x")).parent(OfficeId.of("b")).build();
    Office second = Office.builder().from(first).id(OfficeId.of("b")).parents(List.of()).parent(OfficeId.of("a")).build();
    Office other = Office.builder().from(first).id(OfficeId.of("x")).parents(List.of()).build();
    Dataset dataset = Dataset.builder().addOrganisations(Organisation.builder().id(ORG).name(en("org")).build())
        .addOffices(first, second, other).build();
    ValidationReport report = Fixtures.validator().validate(dataset);
    assertEquals(1L, report.counts().get(Rule.DS_004), report.toString());
    assertEquals("parentHistory[1].parent", report.violations().stream().filter(v -> v.rule() == Rule.DS_004)
        .findFirst().orElseThrow().path().toString());
  }
}
