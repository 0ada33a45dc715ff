package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migov.validation.Fixtures.A2012;
import static org.migov.validation.Fixtures.A2024;
import static org.migov.validation.Fixtures.CAIRO;
import static org.migov.validation.Fixtures.FUND;
import static org.migov.validation.Fixtures.IOM;
import static org.migov.validation.Fixtures.LIBYA_CHILD;
import static org.migov.validation.Fixtures.LIBYA_NIGER;
import static org.migov.validation.Fixtures.MAECI;
import static org.migov.validation.Fixtures.MEETING;
import static org.migov.validation.Fixtures.ROME;
import static org.migov.validation.Fixtures.UNODC;
import static org.migov.validation.Fixtures.agreement;
import static org.migov.validation.Fixtures.event;
import static org.migov.validation.Fixtures.office;
import static org.migov.validation.Fixtures.organisation;
import static org.migov.validation.Fixtures.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.Entity;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.geography.Country;
import org.migov.core.money.Money;
import org.migov.core.office.OfficeId;
import org.migov.core.ExternalIdentifier;
import org.migov.core.IdentifierScheme;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.Post;
import org.migov.core.organisation.Tenure;
import org.migov.core.person.Person;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.ProgrammeId;
import org.migov.core.programme.TargetArea;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/**
 * The branches and boundaries of the rules beyond the catalogue's one case per rule: every place a
 * reference can dangle, duplicates of every kind, every link relation, and the edges of the
 * numeric and date comparisons.
 */
class RuleEdgesTest {
  private static final OrganisationId NOBODY = OrganisationId.of("nobody");
  private static final AgreementId NO_AGREEMENT = AgreementId.of("no-agreement");

  /** Each violation as "CODE entity-id path". */
  private static List<String> found(Dataset dataset) {
    return Fixtures.validator().validate(dataset).violations().stream()
        .map(v -> v.code() + " " + v.entityId().map(Object::toString).orElse("-") + " " + v.path())
        .collect(Collectors.toList());
  }

  private static Violation only(Dataset dataset) {
    List<Violation> violations = Fixtures.validator().validate(dataset).violations();
    assertEquals(1, violations.size(), violations.toString());
    return violations.get(0);
  }

  static Stream<Arguments> danglingReferences() {
    return Stream.of(
        Arguments.of(organisation(Fixtures.dataset(), MAECI, o -> o.parent(NOBODY)), "it-maeci", "parent", "organisation \"nobody\""),
        Arguments.of(office(Fixtures.dataset(), ROME, o -> o.organisation(NOBODY)), "iom-rome", "organisation", "organisation \"nobody\""),
        Arguments.of(office(Fixtures.dataset(), ROME, o -> o.parent(OfficeId.of("no-office"))), "iom-rome", "parent", "office \"no-office\""),
        Arguments.of(agreement(Fixtures.dataset(), A2024, a -> a.addParty(NOBODY)), "iom-unodc-2024", "parties[2]", "organisation \"nobody\""),
        Arguments.of(agreement(Fixtures.dataset(), A2024, a -> a.addLink(AgreementLink.of(LinkRelation.BUILDS_ON, NO_AGREEMENT))),
            "iom-unodc-2024", "links[1].target", "agreement \"no-agreement\""),
        Arguments.of(agreement(Fixtures.dataset(), A2024, a -> a.addCoordinationMechanism(NOBODY)),
            "iom-unodc-2024", "coordinationMechanisms[1]", "organisation \"nobody\""),
        Arguments.of(programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.addParticipant(Participant.of(NOBODY, ParticipantRole.PARTNER))),
            "libya-niger", "participants[2].organisation", "organisation \"nobody\""),
        Arguments.of(programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.fundingInstrument(NOBODY)), "libya-niger", "fundingInstrument", "organisation \"nobody\""),
        Arguments.of(programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.addBasedOn(NO_AGREEMENT)), "libya-niger", "basedOn[1]", "agreement \"no-agreement\""),
        Arguments.of(programme(Fixtures.dataset(), LIBYA_CHILD, p -> p.parent(ProgrammeId.of("no-programme"))),
            "libya-niger-phase-1", "parent", "programme \"no-programme\""),
        Arguments.of(event(Fixtures.dataset(), CAIRO, e -> e.addOrganisation(NOBODY)), "cairo-signing", "organisations[2]", "organisation \"nobody\""),
        Arguments.of(event(Fixtures.dataset(), CAIRO, e -> e.agreement(NO_AGREEMENT)), "cairo-signing", "agreement", "agreement \"no-agreement\""),
        Arguments.of(event(Fixtures.dataset(), MEETING, e -> e.programme(ProgrammeId.of("no-programme"))),
            "coordination-meeting", "programme", "programme \"no-programme\""));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("danglingReferences")
  void everyReferenceThatDanglesIsReportedWhereItIs(Dataset dataset, String id, String path, String target) {
    Violation v = only(dataset);
    assertEquals("DS-002 " + id + " " + path, v.code() + " " + v.entityId().orElseThrow().value() + " " + v.path());
    assertEquals("\"" + id + "\" refers to the " + target + ", which is not in the dataset.", v.message());
    assertEquals(Optional.of(target.substring(target.lastIndexOf(' ') + 1)), v.value());
  }

  @Test
  void aSignatoryForAnUnknownOrganisationIsAlsoNotAParty() {
    Dataset d = agreement(Fixtures.dataset(), A2024, a -> a.addSignatory(Signatory.builder().person(Person.of("X")).party(NOBODY).build()));
    assertEquals(List.of("AGR-002 iom-unodc-2024 signatories[2].party", "DS-002 iom-unodc-2024 signatories[2].party"), found(d));
  }

  static Stream<Arguments> duplicates() {
    Dataset d = Fixtures.dataset();
    return Stream.of(
        Arguments.of(Dataset.builder().from(d).addOrganisation(d.organisations().get(1)).build(), d.organisations().get(1), "organisation"),
        Arguments.of(Dataset.builder().from(d).addOffice(d.offices().get(0)).build(), d.offices().get(0), "office"),
        Arguments.of(Dataset.builder().from(d).addAgreement(d.agreements().get(0)).build(), d.agreements().get(0), "agreement"),
        Arguments.of(Dataset.builder().from(d).addProgramme(d.programmes().get(1)).build(), d.programmes().get(1), "programme"),
        Arguments.of(Dataset.builder().from(d).addEvent(d.events().get(0)).build(), d.events().get(0), "event"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("duplicates")
  void anIdUsedTwiceIsReportedForEveryKind(Dataset dataset, Entity repeated, String kind) {
    Violation v = only(dataset);
    assertEquals("DS-001", v.code());
    assertEquals("id", v.path().toString());
    assertEquals("The id \"" + repeated.id().value() + "\" is used by more than one " + kind + ".", v.message());
  }

  @ParameterizedTest
  @EnumSource(LinkRelation.class)
  void onlyTheRelationsThatReplaceAnAgreementNeedASharedParty(LinkRelation relation) {
    Dataset d = agreement(Fixtures.dataset(), A2024, a -> a.parties(List.of(MAECI, FUND)).signatories(List.of())
        .links(List.of(AgreementLink.of(relation, A2012))));
    boolean replaces = relation == LinkRelation.SUPERSEDES || relation == LinkRelation.RENEWS || relation == LinkRelation.AMENDS;
    assertEquals(replaces ? List.of("AGR-008 iom-unodc-2024 links[0].target") : List.of(), found(d));
    if (replaces) {
      assertEquals("Agreement \"iom-unodc-2024\": it is linked to agreement \"iom-unodc-2012\" as \"" + relation.code()
          + "\" but shares no party with it.", only(d).message());
    }
  }

  @ParameterizedTest
  @CsvSource({"2023, AGR-009 iom-unodc-2024 parties[1]", "2024-07-01, AGR-009 iom-unodc-2024 parties[1]", "2024-07, ''", "2024, ''"})
  void aPartyDissolvedBeforeTheSigningDidNotExistOnIt(String dissolved, String expected) {
    Dataset d = organisation(Fixtures.dataset(), UNODC, o -> o.dissolved(PartialDate.parse(dissolved)));
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found(d));
  }

  @ParameterizedTest
  @CsvSource({"5000000, ''", "4999999.99, ''", "5000000.01, PRG-014 libya-niger budget"})
  void childBudgetsMayAddUpToTheParentBudgetExactly(String childBudget, String expected) {
    Dataset d = programme(Fixtures.dataset(), LIBYA_CHILD, p -> p.budget(Money.of(childBudget, "EUR")));
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found(d));
  }

  @ParameterizedTest
  @CsvSource({"2026-11-21, AGR-005 iom-unodc-2012 status", "2026-11-22, ''", "2030-01-01, ''"})
  void anAgreementInForceMustNotHaveEnded(String end, String expected) {
    Dataset d = agreement(Fixtures.dataset(), A2012, a -> a.validity(DateRange.of(LocalDate.of(2012, 4, 17), LocalDate.parse(end))));
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found(d));
  }

  @Test
  void anAgreementInForceMustHaveBeenSigned() {
    Dataset d = agreement(Fixtures.dataset(), A2012, a -> a.signingDate(Optional.empty()));
    assertEquals(List.of("AGR-005 iom-unodc-2012 status"), found(d));
    assertEquals("Agreement \"iom-unodc-2012\": the status \"inForce\" does not match its dates on 2026-11-22.", only(d).message());
  }

  @ParameterizedTest
  @CsvSource({"IATI, 47066, true", "IATI, XM-DAC-47066, false", "WIKIDATA, Q0, true", "NATIONAL_REGISTER, anything at all, false"})
  void identifiersAreCheckedAgainstTheShapeOfTheirScheme(IdentifierScheme scheme, String value, boolean fires) {
    Dataset d = organisation(Fixtures.dataset(), IOM, o -> o.identifiers(List.of(ExternalIdentifier.of(scheme, value))));
    assertEquals(fires ? List.of("ORG-006 iom identifiers[0]") : List.of(), found(d));
  }

  @Test
  void aTenureWithoutAKnownStartIsNeverCertainToOverlap() {
    Tenure noStart = Tenure.builder().holder(Person.of("Someone")).end(PartialDate.parse("2030")).build();
    Tenure pope = Tenure.builder().holder(Person.of("Amy Pope")).start(PartialDate.parse("2023-10")).build();
    for (List<Tenure> tenures : List.of(List.of(noStart, pope), List.of(pope, noStart))) {
      Dataset d = organisation(Fixtures.dataset(), IOM, o -> o.posts(List.of(
          Post.builder().title(Fixtures.en("Director General")).tenures(tenures).build())));
      assertEquals(List.of(), found(d), tenures.toString());
    }
  }

  @Test
  void aProgrammeWithoutTargetAreasNeedsOne() {
    Dataset d = programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.targetAreas(List.of()));
    assertEquals(List.of("PRG-011 libya-niger targetAreas"), found(d));
  }

  private static Dataset targetAreas(String libya, String niger) {
    return programme(Fixtures.dataset(), LIBYA_NIGER, p -> p.targetAreas(List.of(
        libya.isEmpty() ? TargetArea.of(Country.of("LY")) : TargetArea.of(Country.of("LY"), new BigDecimal(libya)),
        niger.isEmpty() ? TargetArea.of(Country.of("NE")) : TargetArea.of(Country.of("NE"), new BigDecimal(niger)))));
  }

  @ParameterizedTest
  @CsvSource({
      "0, 100, ''", "100, 0, ''", "50, 50.01, ''", "50, 49.99, ''",
      "50, 50.011, 100.011", "50, 49.989, 99.989", "-0.01, 100.01, 100.00", "150, -50, 100", "101, -1, 100", "50, '', -"})
  void targetAreaPercentagesMustAllBeGivenInRangeAndAddUpTo100(String libya, String niger, String sum) {
    List<Violation> violations = Fixtures.validator().validate(targetAreas(libya, niger)).violations();
    if (sum.isEmpty()) {
      assertEquals(List.of(), violations);
    } else {
      assertEquals(1, violations.size(), violations.toString());
      assertEquals("PRG-006 targetAreas", violations.get(0).code() + " " + violations.get(0).path().toString());
      assertEquals("Programme \"libya-niger\": the target-area percentages must all be given, lie between 0 and 100 and add up to 100 (sum: "
          + sum + ").", violations.get(0).message());
      assertEquals(sum.equals("-") ? Optional.empty() : Optional.of(sum), violations.get(0).value());
    }
  }
}
