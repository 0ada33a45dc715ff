package org.migov.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migov.core.agreement.ActKind;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.agreement.AgreementStatus;
import org.migov.core.agreement.InstrumentAct;
import org.migov.core.agreement.Signatory;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/** The rules about one agreement: AGR-001 to AGR-006 and AGR-011. */
final class AgreementRules {
  private AgreementRules() {}

  static void check(Agreement agreement, Findings findings) {
    LocalDate today = findings.today();
    Set<OrganisationId> parties = new HashSet<>(agreement.parties());
    int distinct = parties.size();
    if (distinct < 2 && !agreement.isAdopted()) {
      findings.add(Rule.AGR_001, agreement, PropertyPath.of("parties"), null, "count", distinct);
    }
    actsAfterAdoption(agreement, findings);
    List<Signatory> signatories = agreement.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      if (!parties.contains(signatories.get(i).party())) {
        findings.add(Rule.AGR_002, agreement, PropertyPath.of("signatories").index(i).property("party"), signatories.get(i).party(),
            "person", signatories.get(i).person().name(), "party", signatories.get(i).party());
      }
    }
    Optional<PartialDate> signed = agreement.signingDate();
    if (agreement.status() != AgreementStatus.DRAFT) {
      signed.filter(s -> s.isCertainlyAfter(today))
          .ifPresent(s -> findings.add(Rule.AGR_003, agreement, PropertyPath.of("signingDate"), s, "signed", s, "today", today));
    }
    if (signed.isPresent()) {
      agreement.entryIntoForce().filter(e -> e.isCertainlyBefore(signed.get()))
          .ifPresent(e -> findings.add(Rule.AGR_004, agreement, PropertyPath.of("entryIntoForce"), e, "entry", e, "signed", signed.get()));
    }
    Optional<DateRange> validity = agreement.validity();
    boolean expiredButValid =
        agreement.status() == AgreementStatus.EXPIRED && validity.map(v -> v.certainlyContains(today)).orElse(false);
    boolean inForceButEnded =
        agreement.status() == AgreementStatus.IN_FORCE
            && (signed.isEmpty() || validity.flatMap(DateRange::end).map(end -> end.isCertainlyBefore(today)).orElse(false));
    if (expiredButValid || inForceButEnded) {
      findings.add(Rule.AGR_005, agreement, PropertyPath.of("status"), agreement.status().code(),
          "status", agreement.status().code(), "today", today);
    }
    List<AgreementLink> links = agreement.links();
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).target().equals(agreement.id())) {
        findings.add(Rule.AGR_006, agreement, PropertyPath.of("links").index(i).property("target"), agreement.id());
      }
    }
  }

  /** AGR-011: an endorsement certainly before every dated adoption of the instrument (so in any order of the acts). */
  private static void actsAfterAdoption(Agreement agreement, Findings findings) {
    List<InstrumentAct> acts = agreement.acts();
    PartialDate adopted = null;
    for (InstrumentAct act : acts) {
      if (act.kind() == ActKind.ADOPTION && act.date().isPresent()
          && (adopted == null || act.date().get().earliestDay().isBefore(adopted.earliestDay()))) {
        adopted = act.date().get();
      }
    }
    if (adopted == null) {
      return;
    }
    LocalDate firstAdoption = adopted.earliestDay();
    for (int i = 0; i < acts.size(); i++) {
      InstrumentAct act = acts.get(i);
      if (act.kind() == ActKind.ENDORSEMENT && act.date().isPresent() && act.date().get().latestDay().isBefore(firstAdoption)) {
        findings.add(Rule.AGR_011, agreement, PropertyPath.of("acts").index(i).property("date"), act.date().get(),
            "date", act.date().get(), "adopted", adopted);
      }
    }
  }
}
