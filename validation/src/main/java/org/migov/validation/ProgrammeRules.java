package org.migov.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.Budget;
import org.migov.core.programme.BudgetKind;
import org.migov.core.programme.BudgetLine;
import org.migov.core.programme.BudgetStatus;
import org.migov.core.programme.Participant;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeStatus;
import org.migov.core.programme.TargetArea;
import org.migov.core.programme.Transaction;
import org.migov.core.programme.TransactionKind;
import org.migov.core.time.DateRange;
import org.migov.core.time.PartialDate;

/** The rules about one programme: PRG-001 to PRG-012 and PRG-015 to PRG-019. */
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
    budgets(programme, findings);
    transactions(programme, findings);
    percentages(programme, findings);
    status(programme, findings);
    // One finding, its message naming both needs: at the list that is empty, or at the programme when both are.
    boolean noTarget = programme.targetAreas().isEmpty();
    boolean noTheme = programme.thematicAreas().isEmpty();
    if (noTarget || noTheme) {
      findings.add(Rule.PRG_011, programme,
          noTarget && noTheme ? PropertyPath.ROOT : PropertyPath.of(noTarget ? "targetAreas" : "thematicAreas"), null);
    }
  }

  private static void budget(Programme programme, Findings findings) {
    List<BudgetLine> lines = programme.budgetLines();
    List<Money> totals = programme.budgetTotals();
    Map<Currency, Money> totalBy = new LinkedHashMap<>();
    for (int i = 0; i < totals.size(); i++) {
      Money total = totals.get(i);
      PropertyPath path = totals.size() == 1 ? PropertyPath.of("budget") : PropertyPath.of("budgetTotals").index(i);
      if (!total.isPositive()) {
        findings.add(Rule.PRG_003, programme, path, total, "budget", total);
      }
      if (totalBy.putIfAbsent(total.currency(), total) != null) {
        findings.add(Rule.PRG_015, programme, path, total, "currency", total.currency().getCurrencyCode());
      }
    }
    if (!totals.isEmpty()) {
      String currencies = totalBy.keySet().stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", "));
      Map<Currency, BigDecimal> sums = new LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        Money amount = lines.get(i).amount();
        if (!totalBy.containsKey(amount.currency())) {
          findings.add(Rule.PRG_004, programme, PropertyPath.of("budgetLines").index(i).property("amount"), amount,
              "line", amount, "currency", currencies);
        } else {
          sums.merge(amount.currency(), amount.amount(), BigDecimal::add);
        }
      }
      sums.forEach((currency, sum) -> {
        Money total = totalBy.get(currency);
        if (sum.compareTo(total.amount()) > 0) {
          Findings.Sum added = new Findings.Sum(currency, sum);
          findings.add(Rule.PRG_005, programme, PropertyPath.of("budgetLines"), added, "sum", added, "budget", total);
        }
      });
    }
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

  /**
   * PRG-016: original budgets of one status whose periods certainly overlap: two periods certainly
   * share a day when each may start no later than the other's first possible end. The budgets are
   * sorted by the last day they may start; each is compared with the earlier ones that may start
   * no later than its own first possible end (a prefix, found by binary search), through the
   * longest first possible end among them: n log n.
   */
  private static void budgets(Programme programme, Findings findings) {
    List<Budget> budgets = programme.budgets();
    for (BudgetStatus status : BudgetStatus.values()) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < budgets.size(); i++) {
        Budget budget = budgets.get(i);
        if (budget.kind() == BudgetKind.ORIGINAL && budget.status() == status && budget.period().isPresent()) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparing((Integer i) -> budgets.get(i).period().get().latestStart()).thenComparing(i -> i));
      int n = order.size();
      long[] latestStarts = new long[n];
      long[] maxEarliestEnd = new long[n];
      int[] longest = new int[n];
      for (int k = 0; k < n; k++) {
        DateRange period = budgets.get(order.get(k)).period().get();
        latestStarts[k] = period.latestStart().toEpochDay();
        long end = period.earliestEnd().toEpochDay();
        boolean longer = k == 0 || end > maxEarliestEnd[k - 1];
        maxEarliestEnd[k] = longer ? end : maxEarliestEnd[k - 1];
        longest[k] = longer ? order.get(k) : longest[k - 1];
      }
      for (int k = 1; k < n; k++) {
        DateRange period = budgets.get(order.get(k)).period().get();
        int earlier = Math.min(k, SortedDays.countNotAfter(latestStarts, period.earliestEnd().toEpochDay()));
        if (earlier > 0 && maxEarliestEnd[earlier - 1] >= latestStarts[k]) {
          findings.add(Rule.PRG_016, programme, PropertyPath.of("budgets").index(order.get(k)).property("period"), period,
              "period", period, "other", budgets.get(longest[earlier - 1]).period().get());
        }
      }
    }
  }

  /** PRG-017 (outside the period), PRG-018 (provider not a participant), PRG-019 (incoming funds above the total). */
  private static void transactions(Programme programme, Findings findings) {
    List<Transaction> transactions = programme.transactions();
    if (transactions.isEmpty()) {
      return;
    }
    Set<OrganisationId> participants = new HashSet<>();
    programme.participants().forEach(p -> participants.add(p.organisation()));
    programme.fundingInstrument().ifPresent(participants::add);
    Map<Currency, BigDecimal> incoming = new LinkedHashMap<>();
    for (int i = 0; i < transactions.size(); i++) {
      Transaction transaction = transactions.get(i);
      PropertyPath path = PropertyPath.of("transactions").index(i);
      PartialDate date = transaction.date();
      programme.period().filter(p -> !DateRange.of(date, date).possiblyOverlaps(p))
          .ifPresent(p -> findings.add(Rule.PRG_017, programme, path.property("date"), date, "date", date, "period", p));
      transaction.provider().filter(provider -> !participants.contains(provider))
          .ifPresent(provider -> findings.add(Rule.PRG_018, programme, path.property("provider"), provider, "provider", provider));
      if (transaction.kind() == TransactionKind.INCOMING_FUNDS) {
        incoming.merge(transaction.value().currency(), transaction.value().amount(), BigDecimal::add);
      }
    }
    Map<Currency, Money> firstTotals = new LinkedHashMap<>();
    programme.budgetTotals().forEach(total -> firstTotals.putIfAbsent(total.currency(), total));
    for (Money total : firstTotals.values()) {
      BigDecimal received = incoming.get(total.currency());
      if (received != null && received.compareTo(total.amount()) > 0) {
        Findings.Sum sum = new Findings.Sum(total.currency(), received);
        findings.add(Rule.PRG_019, programme, PropertyPath.of("transactions"), sum, "sum", sum, "budget", total);
      }
    }
  }

  private static void percentages(Programme programme, Findings findings) {
    List<TargetArea> areas = programme.targetAreas();
    long stated = areas.stream().filter(t -> t.percentage().isPresent()).count();
    if (stated == 0) {
      return;
    }
    if (stated < areas.size()) {
      findings.add(Rule.PRG_006, programme, PropertyPath.of("targetAreas"), null, "sum", null);
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
      findings.add(Rule.PRG_006, programme, PropertyPath.of("targetAreas"), sum, "sum", sum);
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
