package org.migov.core.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.ExternalIdentifier;
import org.migov.core.agreement.AgreementId;
import org.migov.core.geography.Country;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.source.Source;
import org.migov.core.taxonomy.GcmObjective;
import org.migov.core.taxonomy.SdgTarget;
import org.migov.core.taxonomy.ThematicArea;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

/**
 * A programme or project, as an IATI activity: who funds and implements it, its budget, where and
 * for whom it works, and the agreements it rests on. A programme may have child projects, each
 * naming it as {@link #parent()}.
 *
 * <p>Core records what is stated. Rules such as "a funder and an implementer", "a positive
 * budget" or "percentages summing to 100" are reported by the validation module.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value.
 */
@Value.Immutable
public interface Programme extends Entity {

  @Override
  ProgrammeId id();

  /**
   * The programme's title.
   *
   * @return the title
   */
  MultilingualText title();

  /**
   * Its acronym, such as {@code ASIT}.
   *
   * @return the acronym, if any
   */
  Optional<String> acronym();

  /**
   * What it is about.
   *
   * @return the description, if any
   */
  Optional<MultilingualText> description();

  /**
   * The organisations taking part, each in a role.
   *
   * @return the participants, possibly empty, unmodifiable
   */
  List<Participant> participants();

  /**
   * The fund or instrument that finances it, such as Italy's Migration Fund.
   *
   * @return the instrument's organisation id, if stated
   */
  Optional<OrganisationId> fundingInstrument();

  /**
   * The total budget, one amount per currency: a programme funded in euros and in dollars has two.
   *
   * @return the totals, possibly empty, unmodifiable
   */
  List<Money> budgetTotals();

  /**
   * The total budget, when it is one amount in one currency.
   *
   * @return the only total, if there is exactly one
   */
  default Optional<Money> budget() {
    return budgetTotals().size() == 1 ? Optional.of(budgetTotals().get(0)) : Optional.empty();
  }

  /**
   * Parts of the budget, per period, area, purpose or funder.
   *
   * @return the budget lines, possibly empty, unmodifiable
   */
  List<BudgetLine> budgetLines();

  /**
   * Budgets for periods, original or revised, indicative or committed, as IATI's budgets: one per
   * year, or an original budget and the revisions that topped it up.
   *
   * @return the budgets, possibly empty, unmodifiable
   */
  List<Budget> budgets();

  /**
   * Money that moved: funds received, committed, disbursed, spent.
   *
   * @return the transactions, possibly empty, unmodifiable
   */
  List<Transaction> transactions();

  /**
   * When it runs.
   *
   * @return the period, if stated
   */
  Optional<DateRange> period();

  /**
   * Where it stands.
   *
   * @return the status, if stated
   */
  Optional<ProgrammeStatus> status();

  /**
   * The areas it targets, with optional percentages.
   *
   * @return the target areas, possibly empty, unmodifiable
   */
  List<TargetArea> targetAreas();

  /**
   * The themes it covers.
   *
   * @return the thematic areas, possibly empty, unmodifiable
   */
  Set<ThematicArea> thematicAreas();

  /**
   * Objectives of the Global Compact for Migration the programme supports, stated directly
   * (besides those its thematic areas map to).
   *
   * @return the objectives, possibly empty, unmodifiable
   */
  Set<GcmObjective> gcmObjectives();

  /**
   * SDG targets the programme contributes to, stated directly.
   *
   * @return the targets, possibly empty, unmodifiable
   */
  Set<SdgTarget> sdgTargets();

  /**
   * Whom it is for.
   *
   * @return the beneficiary groups, possibly empty, unmodifiable
   */
  Set<BeneficiaryGroup> beneficiaryGroups();

  /**
   * What it does.
   *
   * @return the activity types, possibly empty, unmodifiable
   */
  Set<ActivityType> activityTypes();

  /**
   * The agreements it rests on.
   *
   * @return the agreements' ids, possibly empty, unmodifiable
   */
  List<AgreementId> basedOn();

  /**
   * The programme this one is a project of.
   *
   * @return the parent programme's id, if any
   */
  Optional<ProgrammeId> parent();

  /**
   * Identifiers in outside registers, kept verbatim: an IATI activity identifier.
   *
   * @return the identifiers, possibly empty, unmodifiable
   */
  List<ExternalIdentifier> identifiers();

  @Override
  List<Source> sources();

  /**
   * The organisations taking part in a role, each once, in participant order.
   *
   * @param role the role
   * @return their ids, unmodifiable
   */
  default List<OrganisationId> participants(ParticipantRole role) {
    return participants().stream().filter(p -> p.role() == role).map(Participant::organisation).distinct()
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The organisations funding the programme.
   *
   * @return the ids of the participants in the funding role, unmodifiable
   */
  default List<OrganisationId> funders() {
    return participants(ParticipantRole.FUNDING);
  }

  /**
   * The sum of the budget lines, one amount per currency, in the order the currencies first appear.
   *
   * @return the sums, unmodifiable
   */
  default List<Money> lineTotals() {
    return Money.sumsByCurrency(budgetLines().stream().map(BudgetLine::amount).collect(Collectors.toList()));
  }

  /**
   * The sum of the budget lines that name each funder, one amount per currency: what each donor
   * contributes.
   *
   * @return the sums per funder, in the order funders first appear, unmodifiable
   */
  default Map<OrganisationId, List<Money>> contributionsByFunder() {
    Map<OrganisationId, List<Money>> amounts = new LinkedHashMap<>();
    for (BudgetLine line : budgetLines()) {
      line.funder().ifPresent(f -> amounts.computeIfAbsent(f, k -> new ArrayList<>()).add(line.amount()));
    }
    Map<OrganisationId, List<Money>> sums = new LinkedHashMap<>();
    amounts.forEach((funder, list) -> sums.put(funder, Money.sumsByCurrency(list)));
    return Collections.unmodifiableMap(sums);
  }

  /**
   * The sum of the transactions of a kind whose date certainly lies in a period, one amount per
   * currency: the funds disbursed in 2024, the expenditure to date.
   *
   * @param kind the kind of transaction
   * @param period the period
   * @return the sums, in the order the currencies first appear, unmodifiable
   */
  default List<Money> transactionTotals(TransactionKind kind, DateRange period) {
    return Money.sumsByCurrency(transactions().stream()
        .filter(t -> t.kind() == kind && period.certainlyContains(t.date().earliestDay())
            && period.certainlyContains(t.date().latestDay()))
        .map(Transaction::value)
        .collect(Collectors.toList()));
  }

  /**
   * Whether an organisation takes part in a role.
   *
   * @param organisation the organisation's id
   * @param role the role
   * @return true when a participant matches both
   */
  default boolean hasParticipant(OrganisationId organisation, ParticipantRole role) {
    return participants().stream()
        .anyMatch(p -> p.organisation().equals(organisation) && p.role() == role);
  }

  /**
   * Whether the programme targets a country, directly or through a region or named area.
   *
   * @param country the country
   * @return true when a target area contains it
   */
  default boolean targets(Country country) {
    return targetAreas().stream().anyMatch(t -> t.area().contains(country));
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}; {@code id} and {@code title} are required. */
  final class Builder extends ImmutableProgramme.Builder {
    /** Use {@link Programme#builder()}. */
    Builder() {}

    /**
     * Sets the total budget to one amount in one currency, replacing any totals set before.
     *
     * @param total the total
     * @return this builder
     */
    public Builder budget(Money total) {
      budgetTotals(List.of(total));
      return this;
    }

    /**
     * Sets the total budget to one amount, or to none, replacing any totals set before.
     *
     * @param total the total, if stated
     * @return this builder
     */
    public Builder budget(Optional<Money> total) {
      budgetTotals(total.map(List::of).orElse(List.of()));
      return this;
    }
  }
}
