package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migov.validation.Fixtures.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.dataset.Dataset;
import org.migov.core.event.Event;
import org.migov.core.event.EventId;
import org.migov.core.event.EventKind;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/** Instruments that are adopted and endorsed rather than signed, and events over several days. */
class AdoptedInstrumentsTest {
  private static final OrganisationId UN = OrganisationId.of("un");
  private static final OrganisationId IOM = OrganisationId.of("iom");
  private static final AgreementId COMPACT = AgreementId.of("gcm");

  private static Organisation organisation(OrganisationId id, int founded) {
    return Organisation.builder().id(id).name(en(id.value())).founded(PartialDate.ofYear(founded)).build();
  }

  /** The Global Compact for Migration: adopted at a conference, endorsed by the General Assembly, no parties. */
  private static Agreement compact(String endorsed) {
    return Agreement.builder().id(COMPACT).kind(AgreementKind.COMPACT)
        .title(en("Global Compact for Safe, Orderly and Regular Migration"))
        .status(AgreementStatus.ADOPTED)
        .addAct(InstrumentAct.builder().kind(ActKind.ADOPTION).body(en("Intergovernmental Conference"))
            .date(PartialDate.of(2018, 12, 10)).place(Place.of("Marrakech", Country.of("MA"))).build())
        .addAct(InstrumentAct.builder().kind(ActKind.ENDORSEMENT).body(en("United Nations General Assembly"))
            .organisation(UN).date(PartialDate.parse(endorsed)).symbol("A/RES/73/195").build())
        .build();
  }

  @Test
  void aCompactAdoptedAtAConferenceAndEndorsedByTheAssemblyIsValidWithoutParties() {
    Event conference = Event.builder().id(EventId.of("marrakech-conference")).kind(EventKind.CONFERENCE)
        .title(en("Intergovernmental Conference to Adopt the Global Compact for Migration"))
        .period(DateRange.parse("2018-12-10/2018-12-11")).place(Place.of("Marrakech", Country.of("MA")))
        .addOrganisation(UN).agreement(COMPACT).build();
    Dataset dataset = Dataset.builder().addOrganisations(organisation(UN, 1945)).addAgreements(compact("2018-12"))
        .addEvents(conference).build();
    ValidationReport report = Fixtures.validator().validate(dataset);
    assertEquals(List.of(), report.violations(), report.toString());
    Agreement gcm = dataset.agreement(COMPACT).orElseThrow();
    assertTrue(gcm.isAdopted());
    assertEquals(List.of(), gcm.parties());
    assertEquals("A/RES/73/195", gcm.acts().get(1).symbol().orElseThrow());
    assertTrue(conference.period().orElseThrow().certainlyContains(LocalDate.of(2018, 12, 11)));
    assertEquals(java.util.Optional.empty(), conference.date(), "two days are not one date");
  }

  @Test
  void anEndorsementBeforeTheAdoptionIsReported() {
    Dataset dataset = Dataset.builder().addOrganisations(organisation(UN, 1945)).addAgreements(compact("2018-11")).build();
    assertEquals(Set.of("AGR-011"), Fixtures.validator().validate(dataset).codes());
  }

  @Test
  void anAgreementApprovedByTwoBodiesBeforeItsSignatureStillNeedsItsTwoParties() {
    Agreement.Builder relationship = Agreement.builder().id(AgreementId.of("un-iom-2016")).kind(AgreementKind.RELATIONSHIP_AGREEMENT)
        .title(en("Agreement concerning the Relationship between the United Nations and the International Organization for Migration"))
        .status(AgreementStatus.IN_FORCE).signingDate(PartialDate.ofYearMonth(2016, 9)).entryIntoForce(PartialDate.ofYearMonth(2016, 9))
        .addAct(InstrumentAct.builder().kind(ActKind.APPROVAL).body(en("IOM Council")).organisation(IOM).date(PartialDate.ofYear(2016)).build())
        .addAct(InstrumentAct.builder().kind(ActKind.APPROVAL).body(en("United Nations General Assembly")).organisation(UN)
            .date(PartialDate.ofYear(2016)).symbol("A/RES/70/296").build());
    Dataset signedByBoth = Dataset.builder().addOrganisations(organisation(UN, 1945), organisation(IOM, 1951))
        .addAgreements(relationship.addParties(UN, IOM).build()).build();
    assertEquals(Set.of(), Fixtures.validator().validate(signedByBoth).codes());
    Agreement approvedOnly = relationship.parties(List.of(UN)).build();
    assertFalse(approvedOnly.isAdopted(), "approval is not adoption");
    assertEquals(Set.of("AGR-001"), Fixtures.validator().validate(
        Dataset.builder().addOrganisations(organisation(UN, 1945), organisation(IOM, 1951)).addAgreements(approvedOnly).build()).codes());
  }
}
