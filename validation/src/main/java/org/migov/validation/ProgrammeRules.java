package org.migov.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migov.core.money.Money;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.time.DateRange;

/** The rules about one programme: PRG-001 to PRG-012. */
final class ProgrammeRules {
  private ProgrammeRules() {}

  /** How far the target-area percentages may sum from 100. */
  static final BigDecimal PERCENTAGE_TOLERANCE = new BigDecimal("0.01");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static void check(Programme programme, Findings findings) {
    List<Participant> participants = programme.participants();
    if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.FUNDING)) {
      findings.add(Rule.PRG_001, programme, PropertyPath.of("participants"), null);
    }
    if (participants.stream().noneMatch(p -> p.role() == ParticipantRole.IMPLEMENTING)) {
      findings.add(Rule.PRG_002, programme, PropertyPath.of("participants"), null);
    }
    Set<Participant> seen = new HashSet<>();
    for (int i = 0; i < participants.size(); i++) {
      if (!seen.add(participants.get(i))) {
        findings.add(Rule.PRG_012, programme, PropertyPath.of("participants").index(i), participants.get(i).organisation(),
            "organisation", participants.get(i).organisation(), "role", participants.get(i).role().code());
      }
    }
    budget(programme, findings);
    percentages(programme, findings);
    status(programme, findings);
    if (programme.targetAreas().isEmpty()) {
      findings.add(Rule.PRG_011, programme, PropertyPath.of("targetAreas"), null);
    }
    if (programme.thematicAreas().isEmpty()) {
      findings.add(Rule.PRG_011, programme, PropertyPath.of("thematicAreas"), null);
    }
  }

  private static void budget(Programme programme, Findings findings) {
    List<BudgetLine> lines = programme.budgetLines();
    programme.budget().ifPresent(budget -> {
      if (!budget.isPositive()) {
        findings.add(Rule.PRG_003, programme, PropertyPath.of("budget"), budget, "budget", budget);
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < lines.size(); i++) {
        Money amount = lines.get(i).amount();
        if (!amount.currency().equals(budget.currency())) {
          findings.add(Rule.PRG_004, programme, PropertyPath.of("budgetLines").index(i).property("amount"), amount,
              "line", amount, "currency", budget.currency().getCurrencyCode());
        } else {
          sum = sum.add(amount.amount());
        }
      }
      if (sum.compareTo(budget.amount()) > 0) {
        String total = budget.currency().getCurrencyCode() + " " + sum.toPlainString();
        findings.add(Rule.PRG_005, programme, PropertyPath.of("budgetLines"), total, "sum", total, "budget", budget);
      }
    });
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).period().isEmpty()) {
        continue;
      }
      DateRange line = lines.get(i).period().get();
      PropertyPath path = PropertyPath.of("budgetLines").index(i).property("period");
      if (programme.period().isPresent() && !programme.period().get().possiblyEncloses(line)) {
        findings.add(Rule.PRG_007, programme, path, line, "line", line, "period", programme.period().get());
      }
      if (longerThanAYear(line)) {
        findings.add(Rule.PRG_008, programme, path, line, "line", line);
      }
    }
  }

  /**
   * PRG-008: a budget line period certainly longer than a year: open-ended, or ending after the
   * year from its latest possible start (an unknown start counts as not longer).
   */
  private static boolean longerThanAYear(DateRange line) {
    if (line.end().isEmpty()) {
      return true;
    }
    return line.start()
        .map(start -> line.end().get().earliestDay().isAfter(start.latestDay().plusYears(1).minusDays(1)))
        .orElse(false);
  }

  private static void percentages(Programme programme, Findings findings) {
    List<TargetArea> areas = programme.targetAreas();
    long stated = areas.stream().filter(t -> t.percentage().isPresent()).count();
    if (stated == 0) {
      return;
    }
    if (stated < areas.size()) {
      findings.add(Rule.PRG_006, programme, PropertyPath.of("targetAreas"), null, "sum", "-");
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean outOfRange = false;
    for (TargetArea area : areas) {
      BigDecimal percentage = area.percentage().get();
      outOfRange |= percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0;
      sum = sum.add(percentage);
    }
    if (outOfRange || sum.subtract(HUNDRED).abs().compareTo(PERCENTAGE_TOLERANCE) > 0) {
      findings.add(Rule.PRG_006, programme, PropertyPath.of("targetAreas"), sum.toPlainString(), "sum", sum.toPlainString());
    }
  }

  private static void status(Programme programme, Findings findings) {
    if (programme.status().isEmpty() || programme.period().isEmpty()) {
      return;
    }
    LocalDate today = findings.today();
    ProgrammeStatus status = programme.status().get();
    DateRange period = programme.period().get();
    boolean endsLater = period.end().map(end -> end.isCertainlyAfter(today)).orElse(false);
    boolean closing = status == ProgrammeStatus.CLOSED || status == ProgrammeStatus.FINALISATION;
    boolean implementing = status == ProgrammeStatus.IMPLEMENTATION;
    if ((closing && endsLater) || (implementing && period.start().map(start -> start.isCertainlyAfter(today)).orElse(false))) {
      findings.add(Rule.PRG_009, programme, PropertyPath.of("status"), status.code(), "status", status.code(), "period", period, "today", today);
    }
    if (implementing && period.end().map(end -> end.isCertainlyBefore(today)).orElse(false)) {
      findings.add(Rule.PRG_010, programme, PropertyPath.of("period").property("end"), period.end().get(), "end", period.end().get(), "today", today);
    }
  }
}
