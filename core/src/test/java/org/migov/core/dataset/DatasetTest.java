package org.migov.core.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.event.Event;
import org.migov.core.event.EventId;
import org.migov.core.event.EventKind;
import org.migov.core.geography.Country;
import org.migov.core.geography.M49Region;
import org.migov.core.geography.NamedArea;
import org.migov.core.geography.Place;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.office.OfficeKind;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.TargetArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

class DatasetTest {
  private static final OrganisationId IOM = OrganisationId.of("iom");
  private static final OrganisationId UNODC = OrganisationId.of("unodc");
  private static final OrganisationId MAECI = OrganisationId.of("it-maeci");
  private static final Country LIBYA = Country.of("LY");
  private static final Country GUYANA = Country.of("GY");

  private static MultilingualText en(String text) {
    return MultilingualText.of("en", text);
  }

  private static Organisation organisation(OrganisationId id) {
    return Organisation.builder().id(id).name(en(id.value())).build();
  }

  private static Office office(String id, Place place, DateRange period, org.migov.core.geography.GeographicArea... areas) {
    Office.Builder builder =
        Office.builder()
            .id(OfficeId.of(id))
            .organisation(IOM)
            .kind(OfficeKind.COUNTRY_OFFICE)
            .name(en(id))
            .location(place);
    for (org.migov.core.geography.GeographicArea area : areas) {
      builder.addAreaOfResponsibility(area);
    }
    return period == null ? builder.build() : builder.operatingPeriod(period).build();
  }

  private static Agreement agreement(String id, AgreementId... earlier) {
    Agreement.Builder builder =
        Agreement.builder()
            .id(AgreementId.of(id))
            .kind(AgreementKind.COOPERATION_AGREEMENT)
            .title(en(id))
            .status(AgreementStatus.SIGNED)
            .addParties(IOM, UNODC);
    for (AgreementId target : earlier) {
      builder.addLink(AgreementLink.of(LinkRelation.BUILDS_ON, target));
    }
    return builder.build();
  }

  private static List<String> ids(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.id().value()).collect(Collectors.toList());
  }

  @Test
  void officesCoveringLibyaOnADateWhenOneClosedAndAnotherOpened() {
    Office tunis =
        office("tunis", Place.of("Tunis", Country.of("TN")),
            DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31)), LIBYA, Country.of("TN"));
    Office tripoli =
        office("tripoli", Place.of("Tripoli", LIBYA), DateRange.startingOn(LocalDate.of(2021, 1, 1)));
    Office cairo =
        office("cairo", Place.of("Cairo", Country.of("EG")), null, M49Region.of("015"));
    Dataset dataset = Dataset.builder().addOffices(tunis, tripoli, cairo).build();

    assertEquals(List.of("tunis", "cairo"), ids(dataset.officesCovering(LIBYA, LocalDate.of(2020, 12, 31))));
    assertEquals(List.of("tripoli", "cairo"), ids(dataset.officesCovering(LIBYA, LocalDate.of(2021, 1, 1))));
    assertEquals(List.of("cairo"), ids(dataset.officesCovering(LIBYA, LocalDate.of(2014, 6, 1))));
    assertEquals(List.of(), dataset.officesCovering(Country.of("IT"), LocalDate.of(2021, 1, 1)));
  }

  @Test
  void georgetownCoversGuyanaThroughANamedCaribbeanThoughM49DoesNot() {
    NamedArea caribbean =
        NamedArea.of("Caribbean", Country.of("GY"), Country.of("JM"), Country.of("TT"), Country.of("BB"));
    Office georgetown =
        office("georgetown", Place.of("Georgetown", GUYANA), null, caribbean);
    Office m49Caribbean =
        office("m49-caribbean", Place.of("Kingston", Country.of("JM")), null, M49Region.of("029"));
    Dataset dataset = Dataset.builder().addOffices(georgetown, m49Caribbean).build();

    assertEquals(List.of("georgetown"), ids(dataset.officesCovering(GUYANA, LocalDate.of(2025, 1, 1))));
    assertEquals(
        List.of("georgetown", "m49-caribbean"),
        ids(dataset.officesCovering(Country.of("JM"), LocalDate.of(2025, 1, 1))));
  }

  @Test
  void anOfficeWithoutAreaCoversItsHostCountryOnly() {
    Office rome = office("rome", Place.of("Rome", Country.of("IT")), null);
    assertTrue(rome.certainlyCovers(Country.of("IT"), LocalDate.of(2025, 1, 1)));
    assertFalse(rome.possiblyCovers(Country.of("MT"), LocalDate.of(2025, 1, 1)));
    assertEquals(Country.of("IT"), rome.hostCountry());
  }

  @Test
  void lineageOverThreeLinks() {
    AgreementId a1 = AgreementId.of("a1");
    AgreementId a2 = AgreementId.of("a2");
    AgreementId a3 = AgreementId.of("a3");
    Dataset dataset =
        Dataset.builder()
            .addAgreements(agreement("a4", a3), agreement("a1"), agreement("a3", a2), agreement("a2", a1))
            .build();
    assertEquals(List.of("a4", "a3", "a2", "a1"), ids(dataset.lineage(AgreementId.of("a4"))));
    assertEquals(List.of("a2", "a1"), ids(dataset.lineage(a2)));
    assertEquals(List.of(), dataset.lineage(AgreementId.of("absent")));
  }

  @Test
  void lineageSurvivesCyclesAndDanglingLinks() {
    AgreementId x = AgreementId.of("x");
    AgreementId y = AgreementId.of("y");
    Dataset dataset =
        Dataset.builder()
            .addAgreements(agreement("x", y, AgreementId.of("missing")), agreement("y", x))
            .build();
    assertEquals(List.of("x", "y"), ids(dataset.lineage(x)));
    assertEquals(List.of("y", "x"), ids(dataset.lineage(y)));
  }

  @Test
  void agreementsBetweenTwoOrganisations() {
    Agreement withUnodc = agreement("iom-unodc");
    Agreement withMaeci =
        Agreement.builder().from(withUnodc).id(AgreementId.of("iom-maeci")).parties(List.of(IOM, MAECI)).build();
    Dataset dataset = Dataset.builder().addAgreements(withUnodc, withMaeci).build();
    assertEquals(List.of("iom-unodc"), ids(dataset.agreementsBetween(IOM, UNODC)));
    assertEquals(List.of("iom-unodc"), ids(dataset.agreementsBetween(UNODC, IOM)));
    assertEquals(List.of("iom-maeci"), ids(dataset.agreementsBetween(MAECI, IOM)));
    assertEquals(List.of(), dataset.agreementsBetween(UNODC, MAECI));
    assertEquals(List.of(), dataset.agreementsBetween(OrganisationId.of("nobody"), IOM));
  }

  @Test
  void programmesByOrganisationAndRoleAndByTargetCountry() {
    NamedArea hornOfAfrica =
        NamedArea.of("Horn of Africa", Country.of("ET"), Country.of("SO"), Country.of("DJ"), Country.of("ER"));
    Programme horn =
        Programme.builder()
            .id(ProgrammeId.of("horn"))
            .title(en("Horn of Africa"))
            .addParticipants(Participant.of(MAECI, ParticipantRole.FUNDING), Participant.of(IOM, ParticipantRole.IMPLEMENTING))
            .addTargetArea(TargetArea.of(hornOfAfrica))
            .build();
    Programme libyaNiger =
        Programme.builder()
            .id(ProgrammeId.of("libya-niger"))
            .title(en("Libya and Niger"))
            .addParticipants(Participant.of(MAECI, ParticipantRole.FUNDING), Participant.of(IOM, ParticipantRole.IMPLEMENTING))
            .addTargetAreas(TargetArea.of(LIBYA, new BigDecimal("50")), TargetArea.of(Country.of("NE"), new BigDecimal("50")))
            .build();
    Programme westAfrica =
        Programme.builder()
            .id(ProgrammeId.of("west-africa"))
            .title(en("West Africa"))
            .addParticipants(Participant.of(IOM, ParticipantRole.FUNDING))
            .addTargetArea(TargetArea.of(M49Region.of("011")))
            .build();
    Dataset dataset = Dataset.builder().addProgrammes(horn, libyaNiger, westAfrica).build();
    Dataset byEntity = Dataset.builder().addEntity(horn).addEntity(libyaNiger).addEntity(westAfrica).build();
    assertEquals(dataset, byEntity, "addEntity adds to the list of the entity's kind, in order");
    Organisation iom = Organisation.builder().id(IOM).name(en("IOM")).build();
    assertEquals(List.of(iom), Dataset.builder().addEntity(iom).build().organisations());

    assertEquals(List.of("horn", "libya-niger"), ids(dataset.programmesFundedBy(MAECI)));
    assertEquals(List.of("horn", "libya-niger"), ids(dataset.programmesImplementedBy(IOM)));
    assertEquals(List.of("west-africa"), ids(dataset.programmesFundedBy(IOM)));
    assertEquals(List.of(), dataset.programmesOf(UNODC, ParticipantRole.FUNDING));
    assertEquals(List.of("horn"), ids(dataset.programmesTargeting(Country.of("SO"))));
    assertEquals(List.of("libya-niger", "west-africa"), ids(dataset.programmesTargeting(Country.of("NE"))));
    assertEquals(List.of(), dataset.programmesTargeting(Country.of("IT")));
  }

  @Test
  void lookupsByIdHandleMissingAndDuplicateIds() {
    Organisation first = organisation(IOM);
    Organisation duplicate = Organisation.builder().from(first).name(en("Duplicate")).build();
    Event event = Event.builder().id(EventId.of("e")).kind(EventKind.CONFERENCE).title(en("e")).build();
    Dataset dataset = Dataset.builder().addOrganisations(first, duplicate).addEvent(event).build();

    assertEquals(Optional.of(first), dataset.organisation(IOM));
    assertEquals(2, dataset.organisations().size(), "duplicates are kept for validation to report");
    assertEquals(Optional.empty(), dataset.organisation(UNODC));
    assertEquals(Optional.of(event), dataset.event(EventId.of("e")));
    assertEquals(Optional.empty(), dataset.office(OfficeId.of("iom")), "ids of another kind do not match");
    assertEquals(Optional.empty(), dataset.agreement(AgreementId.of("e")));
    assertEquals(Optional.empty(), dataset.programme(ProgrammeId.of("e")));
    assertEquals(3, dataset.size());
  }

  @Test
  void danglingReferencesAreKeptAndQueriesStillAnswer() {
    Office orphan =
        Office.builder()
            .id(OfficeId.of("orphan"))
            .organisation(OrganisationId.of("unknown-org"))
            .parent(OfficeId.of("unknown-office"))
            .kind(OfficeKind.SUB_OFFICE)
            .name(en("orphan"))
            .location(Place.of(Country.of("NE")))
            .build();
    Programme child =
        Programme.builder()
            .id(ProgrammeId.of("child"))
            .title(en("child"))
            .parent(ProgrammeId.of("parent"))
            .addBasedOn(AgreementId.of("unknown"))
            .build();
    Dataset dataset = Dataset.builder().addOffice(orphan).addProgramme(child).build();
    assertEquals(List.of("orphan"), ids(dataset.officesOf(OrganisationId.of("unknown-org"))));
    assertEquals(List.of("child"), ids(dataset.childProgrammes(ProgrammeId.of("parent"))));
    assertEquals(Optional.empty(), dataset.organisation(OrganisationId.of("unknown-org")));
  }

  @Test
  void datasetsAreImmutableAndEqualByValue() {
    Dataset a = Dataset.builder().addOrganisations(organisation(IOM), organisation(UNODC)).build();
    Dataset b = Dataset.builder().addOrganisation(organisation(IOM)).addOrganisation(organisation(UNODC)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Dataset.empty());
    assertEquals(a, Dataset.builder().from(a).build());
    assertThrows(UnsupportedOperationException.class, () -> a.organisations().add(organisation(MAECI)));
    assertThrows(UnsupportedOperationException.class, () -> a.lineage(AgreementId.of("x")).add(null));
    assertEquals(0, Dataset.empty().size());
  }
}
