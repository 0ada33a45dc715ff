package org.migov.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.person.Person;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

class AgreementTest {
  private static final OrganisationId IOM = OrganisationId.of("iom");
  private static final OrganisationId UNODC = OrganisationId.of("unodc");

  static Agreement cairoDeclaration() {
    return Agreement.builder()
        .id(AgreementId.of("iom-unodc-2024"))
        .kind(AgreementKind.PARTNERSHIP_DECLARATION)
        .title(MultilingualText.of("en", "Partnership declaration on transnational organized crime"))
        .addParties(IOM, UNODC)
        .addSignatory(
            Signatory.builder()
                .person(Person.of("Amy Pope"))
                .post(MultilingualText.of("en", "Director General"))
                .party(IOM)
                .build())
        .addSignatory(Signatory.builder().person(Person.of("Ghada Waly")).party(UNODC).build())
        .signingDate(PartialDate.of(2024, 7, 2))
        .signingPlace(Place.of("Cairo", Country.of("EG")))
        .status(AgreementStatus.SIGNED)
        .addThematicAreas(ThematicArea.TRAFFICKING_IN_PERSONS, ThematicArea.MIGRANT_SMUGGLING)
        .addCommitment(MultilingualText.of("en", "Joint data collection"))
        .addLink(AgreementLink.of(LinkRelation.BUILDS_ON, AgreementId.of("iom-unodc-2012")))
        .addCoordinationMechanism(OrganisationId.of("icat"))
        .build();
  }

  @Test
  void builderKeepsEveryFact() {
    Agreement a = cairoDeclaration();
    assertEquals(List.of(IOM, UNODC), a.parties());
    assertTrue(a.hasParty(UNODC));
    assertFalse(a.hasParty(OrganisationId.of("icat")));
    assertEquals(Optional.empty(), a.signatories().get(1).post());
    assertEquals(AgreementId.of("iom-unodc-2012"), a.links().get(0).target());
    assertEquals(LinkRelation.BUILDS_ON, a.links().get(0).relation());
    assertEquals("EG", a.signingPlace().orElseThrow().country().alpha2());
    assertEquals(Optional.empty(), a.validity());
  }

  @Test
  void copiesAndChanges() {
    Agreement a = cairoDeclaration();
    assertEquals(a, Agreement.builder().from(a).build());
    Agreement inForce =
        Agreement.builder()
            .from(a)
            .status(AgreementStatus.IN_FORCE)
            .validity(DateRange.startingOn(LocalDate.of(2024, 7, 2)))
            .build();
    assertNotEquals(a, inForce);
    assertEquals(AgreementStatus.SIGNED, a.status());
  }

  @Test
  void linksAreValues() {
    assertEquals(
        AgreementLink.of(LinkRelation.RENEWS, AgreementId.of("a")),
        AgreementLink.of(LinkRelation.RENEWS, AgreementId.of("a")));
    assertNotEquals(
        AgreementLink.of(LinkRelation.RENEWS, AgreementId.of("a")),
        AgreementLink.of(LinkRelation.AMENDS, AgreementId.of("a")));
  }

  @Test
  void statusAndKindAreRequired() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Agreement.builder().id(AgreementId.of("x")).title(MultilingualText.of("en", "x")).build());
    assertTrue(e.getMessage().contains("kind") && e.getMessage().contains("status"), e.getMessage());
  }

  @Test
  void collectionsCannotBeModified() {
    Agreement a = cairoDeclaration();
    assertThrows(UnsupportedOperationException.class, () -> a.parties().add(IOM));
    assertThrows(UnsupportedOperationException.class, () -> a.thematicAreas().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.links().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.commitments().clear());
  }

  @Test
  void aSinglePartyAgreementCanBeBuiltForValidationToReport() {
    Agreement lonely = Agreement.builder().from(cairoDeclaration()).parties(List.of(IOM)).build();
    assertEquals(1, lonely.parties().size());
  }
}
