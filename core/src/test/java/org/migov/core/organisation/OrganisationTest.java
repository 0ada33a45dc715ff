package org.migov.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;
import org.migov.core.person.Person;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

class OrganisationTest {

  static Organisation iom() {
    Post directorGeneral =
        Post.builder()
            .title(MultilingualText.of("en", "Director General", "it", "Direttore generale"))
            .addTenure(
                Tenure.builder()
                    .holder(Person.of("António Vitorino"))
                    .start(PartialDate.parse("2018-10"))
                    .end(PartialDate.parse("2023-09"))
                    .build())
            .addTenure(Tenure.builder().holder(Person.of("Amy Pope")).start(PartialDate.parse("2023-10")).build())
            .build();
    return Organisation.builder()
        .id(OrganisationId.of("iom"))
        .name(
            MultilingualText.of("en", "International Organization for Migration")
                .with("it", "Organizzazione internazionale per le migrazioni"))
        .acronym(MultilingualText.of("en", "IOM", "it", "OIM"))
        .addKinds(OrganisationKind.INTERGOVERNMENTAL_ORGANISATION, OrganisationKind.UN_ENTITY)
        .founded(PartialDate.ofYear(1951))
        .unSystemMembership(PartialDate.ofYear(2016))
        .memberStateCount(175)
        .headquarters(Place.of("Geneva", Country.of("CH")))
        .addIdentifier(ExternalIdentifier.of(IdentifierScheme.IATI, "XM-DAC-47066"))
        .website(URI.create("https://www.iom.int"))
        .addPost(directorGeneral)
        .addSource(Source.builder().title("IOM in brief").build())
        .build();
  }

  @Test
  void builderKeepsEveryFact() {
    Organisation iom = iom();
    assertEquals("IOM", iom.acronym().orElseThrow().get(Locale.ENGLISH));
    assertEquals("OIM", iom.acronym().orElseThrow().get(Locale.ITALIAN));
    assertTrue(iom.is(OrganisationKind.UN_ENTITY));
    assertFalse(iom.is(OrganisationKind.NATIONAL_NGO));
    assertEquals(List.of(Count.of(CountKind.MEMBER_STATES, 175)), iom.counts());
    assertEquals(Optional.of(PartialDate.ofYear(1951)), iom.founded());
    assertEquals(Optional.empty(), iom.dissolved());
    assertEquals(Optional.empty(), iom.parent());
    assertEquals("Amy Pope", iom.posts().get(0).tenures().get(1).holder().name());
    assertEquals(Optional.empty(), iom.posts().get(0).tenures().get(1).end());
    assertEquals(1, iom.sources().size());
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Organisation.builder().id(OrganisationId.of("x")).build());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void copiesAreEqualAndChangesAreNot() {
    Organisation iom = iom();
    assertEquals(iom, Organisation.builder().from(iom).build());
    assertEquals(iom.hashCode(), Organisation.builder().from(iom).build().hashCode());
    Organisation renamed = Organisation.builder().from(iom).counts(List.of(Count.of(CountKind.MEMBER_STATES, 176))).build();
    assertNotEquals(iom, renamed);
    assertEquals(List.of(Count.of(CountKind.MEMBER_STATES, 175)), iom.counts(), "the original is untouched");
  }

  @Test
  void collectionsCannotBeModified() {
    Organisation iom = iom();
    assertThrows(UnsupportedOperationException.class, () -> iom.kinds().add(OrganisationKind.NATIONAL_NGO));
    assertThrows(UnsupportedOperationException.class, () -> iom.posts().clear());
    assertThrows(UnsupportedOperationException.class, () -> iom.posts().get(0).tenures().clear());
    assertThrows(UnsupportedOperationException.class, () -> iom.identifiers().clear());
    assertThrows(UnsupportedOperationException.class, () -> iom.sources().clear());
  }

  @Test
  void kindsMapToIatiOrganisationTypes() {
    assertEquals(40, OrganisationKind.INTERGOVERNMENTAL_ORGANISATION.iatiOrganisationType());
    assertEquals(10, OrganisationKind.NATIONAL_GOVERNMENT_BODY.iatiOrganisationType());
    assertEquals(21, OrganisationKind.INTERNATIONAL_NGO.iatiOrganisationType());
    assertEquals(80, OrganisationKind.ACADEMIC.iatiOrganisationType());
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertTrue(Set.of(10, 11, 15, 21, 22, 23, 24, 40, 60, 70, 80, 90).contains(kind.iatiOrganisationType()), kind.name());
    }
  }

  @Test
  void externalIdentifiersAreValuesButTheirShapeIsAValidationMatter() {
    assertEquals(
        ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "Q201052"),
        ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "Q201052"));
    assertNotEquals(
        ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "X"), ExternalIdentifier.of(IdentifierScheme.IATI, "X"));
    assertEquals("iati:XM-DAC-47066", ExternalIdentifier.of(IdentifierScheme.IATI, "XM-DAC-47066").toString());
    ExternalIdentifier.of(IdentifierScheme.WIKIDATA, "not-a-qid");
    assertThrows(InvalidValueException.class, () -> ExternalIdentifier.of(IdentifierScheme.IATI, " "));
    assertThrows(InvalidValueException.class, () -> ExternalIdentifier.of(IdentifierScheme.IATI, " XM"));
  }

  @Test
  void externalIdentifiersRefuseWhatShowsNothingOrHidesText() {
    for (String blank : new String[] {"\u00a0", "\u200b", "\u3000", "\u00a0\u200b"}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> ExternalIdentifier.of(IdentifierScheme.WIKIDATA, blank));
      assertEquals(blank, e.found());
    }
    assertThrows(InvalidValueException.class, () -> ExternalIdentifier.of(IdentifierScheme.IATI, "XM\u00a0"));
    assertThrows(InvalidValueException.class, () -> ExternalIdentifier.of(IdentifierScheme.IATI, "\u3000XM"));
    String[][] refused = {
      {"\ufeffQ42", "format character U+FEFF"},
      {"Q4\u202e2", "format character U+202E"},
      {"XM-\u200bDAC", "format character U+200B"},
      {"XM\u2028DAC", "line separator U+2028"},
      {"XM\u2029DAC", "paragraph separator U+2029"},
    };
    for (String[] value : refused) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> ExternalIdentifier.of(IdentifierScheme.IATI, value[0]));
      assertTrue(e.getMessage().endsWith(": " + value[1]), e.getMessage());
    }
    assertEquals("مكتب-ñ", ExternalIdentifier.of(IdentifierScheme.NATIONAL_REGISTER, "مكتب-ñ").value());
  }

  @Test
  void domainRulesAreNotEnforcedInCore() {
    Organisation odd =
        Organisation.builder()
            .from(iom())
            .founded(PartialDate.ofYear(2030))
            .dissolved(PartialDate.ofYear(1900))
            .parent(OrganisationId.of("iom"))
            .build();
    assertEquals(Optional.of(OrganisationId.of("iom")), odd.parent());
  }
}
