package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementKind;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.LinkRelation;
import org.migov.core.agreement.Signatory;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.person.Person;

/**
 * Datasets made to cost time or memory: run in a JVM of 128 MiB (the {@code small-heap} tag), so
 * that holding every finding, or comparing every pair, fails here with an OutOfMemoryError or a
 * timeout of the build rather than passing unnoticed.
 */
@Tag("small-heap")
class HostileDatasetTest {

  @Test
  void aMillionDanglingReferencesAreCountedAndOnlyTheLimitIsKept() {
    OrganisationId missing = OrganisationId.of("nobody");
    Agreement agreement = Agreement.builder()
        .id(AgreementId.of("a"))
        .kind(AgreementKind.COOPERATION_AGREEMENT).status(AgreementStatus.SIGNED)
        .title(Fixtures.en("A"))
        .parties(Collections.nCopies(1_000_000, missing))
        .build();
    Dataset dataset = Dataset.builder().addAgreement(agreement).build();
    long[] delivered = new long[1];
    ValidationReport report = Fixtures.validator().validate(dataset, v -> delivered[0]++);
    assertEquals(1_000_001, report.count(), "a million DS-002 and one AGR-001");
    assertEquals(1_000_001, delivered[0], "every violation reaches the consumer");
    assertEquals(MigovValidator.DEFAULT_MAX_FINDINGS, report.violations().size());
    assertEquals(1_000_001 - MigovValidator.DEFAULT_MAX_FINDINGS, report.omitted());
    assertEquals(1_000_000L, report.counts().get(Rule.DS_002));
    assertEquals(1L, report.counts().get(Rule.AGR_001));
    assertFalse(report.isValid());
    assertTrue(report.toString().endsWith((1_000_001 - MigovValidator.DEFAULT_MAX_FINDINGS) + " more violations not shown"));
    // The kept ones are the first in report order: AGR-001 sorts before DS-002 for the same entity.
    assertEquals("AGR-001", report.violations().get(0).code());
    assertEquals("parties[0]", report.violations().get(1).path().toString());
  }

  @Test
  void withNoFindingKeptOnlyTheCountsRemain() {
    Dataset dataset = Fixtures.agreement(Fixtures.dataset(), Fixtures.A2012,
        a -> a.parties(Collections.nCopies(200_000, OrganisationId.of("nobody"))));
    ValidationReport report = MigovValidator.builder().clock(Fixtures.CLOCK).maxFindings(0).build().validate(dataset);
    assertEquals(List.of(), report.violations());
    assertEquals(200_000L, report.counts().get(Rule.DS_002));
    assertTrue(report.codes().contains("DS-002"));
    assertFalse(report.isValid());
  }

  @Test
  void manySignatoriesAndPartiesAreCheckedThroughASet() {
    List<OrganisationId> parties = new ArrayList<>();
    List<Signatory> signatories = new ArrayList<>();
    Person person = Person.of("someone");
    for (int i = 0; i < 80_000; i++) {
      parties.add(OrganisationId.of("p" + i));
      signatories.add(Signatory.builder().person(person).party(OrganisationId.of("p" + (79_999 - i))).build());
    }
    signatories.add(Signatory.builder().person(person).party(OrganisationId.of("outsider")).build());
    Agreement agreement = Agreement.builder().id(AgreementId.of("a")).kind(AgreementKind.COOPERATION_AGREEMENT).status(AgreementStatus.SIGNED)
        .title(Fixtures.en("A")).parties(parties).signatories(signatories).build();
    ValidationReport report = Fixtures.validator().validate(agreement);
    assertEquals(List.of("AGR-002"), report.violations().stream().map(Violation::code).distinct().toList());
    assertEquals("signatories[80000].party", report.violations().get(0).path().toString());
  }

  @Test
  void manyIdenticalLinksBetweenLargeAgreementsAreJudgedOncePerPair() {
    List<OrganisationId> earlierParties = new ArrayList<>();
    List<OrganisationId> laterParties = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      earlierParties.add(OrganisationId.of("e" + i));
      laterParties.add(OrganisationId.of("l" + i));
    }
    AgreementId earlierId = AgreementId.of("earlier");
    Agreement earlier = Agreement.builder().id(earlierId).kind(AgreementKind.COOPERATION_AGREEMENT).status(AgreementStatus.SIGNED)
        .title(Fixtures.en("E")).parties(earlierParties).build();
    Agreement later = Agreement.builder().id(AgreementId.of("later")).kind(AgreementKind.COOPERATION_AGREEMENT).status(AgreementStatus.SIGNED)
        .title(Fixtures.en("L")).parties(laterParties)
        .links(Collections.nCopies(1_000, AgreementLink.of(LinkRelation.SUPERSEDES, earlierId))).build();
    ValidationReport report = MigovValidator.builder().clock(Fixtures.CLOCK).maxFindings(0).build()
        .validate(Dataset.builder().addAgreements(earlier, later).build());
    assertEquals(1_000L, report.counts().get(Rule.AGR_008), "one per link, none shares a party");
  }
}
