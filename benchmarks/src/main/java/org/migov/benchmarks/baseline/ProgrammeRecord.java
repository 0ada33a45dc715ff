package org.migov.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme as a user would model it without migov: a plain record mirroring the wire format
 * ({@code docs/wire-format.md}), read and written by Jackson 3 databind, checked by Hibernate
 * Validator with standard Jakarta constraints: the {@link Shape} group for what migov checks while
 * decoding, the {@link Rules} group for migov's per-entity programme rules PRG-001 to PRG-012.
 *
 * @param id the id
 * @param title the title by language
 * @param acronym the acronym
 * @param description the description by language
 * @param participants the participants
 * @param fundingInstrument the funding instrument's organisation id
 * @param budget the total budget
 * @param budgetLines the budget lines
 * @param period when it runs
 * @param status the status code
 * @param targetAreas the target areas
 * @param thematicAreas the thematic area codes
 * @param beneficiaryGroups the beneficiary group codes
 * @param activityTypes the activity type codes
 * @param basedOn the agreement ids
 * @param parent the parent programme's id
 * @param sources the sources
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProgrammeRecord(
    @NotNull(groups = Shape.class) @Pattern(regexp = Patterns.ID, groups = Shape.class) String id,
    @NotEmpty(groups = Shape.class)
        Map<@Pattern(regexp = Patterns.LANGUAGE, groups = Shape.class) String, @NotBlank(groups = Shape.class) String> title,
    String acronym,
    Map<@Pattern(regexp = Patterns.LANGUAGE, groups = Shape.class) String, @NotBlank(groups = Shape.class) String> description,
    List<@NotNull(groups = Shape.class) @Valid ParticipantRecord> participants,
    @Pattern(regexp = Patterns.ID, groups = Shape.class) String fundingInstrument,
    @Valid MoneyRecord budget,
    List<@NotNull(groups = Shape.class) @Valid BudgetLineRecord> budgetLines,
    @Valid PeriodRecord period,
    @Pattern(regexp = Patterns.STATUS, groups = Shape.class) String status,
    @NotEmpty(groups = Rules.class) List<@NotNull(groups = Shape.class) @Valid TargetAreaRecord> targetAreas,
    @NotEmpty(groups = Rules.class) List<@Pattern(regexp = Patterns.THEMATIC_AREA, groups = Shape.class) String> thematicAreas,
    List<@Pattern(regexp = Patterns.BENEFICIARY_GROUP, groups = Shape.class) String> beneficiaryGroups,
    List<@Pattern(regexp = Patterns.ACTIVITY_TYPE, groups = Shape.class) String> activityTypes,
    List<@Pattern(regexp = Patterns.ID, groups = Shape.class) String> basedOn,
    @Pattern(regexp = Patterns.ID, groups = Shape.class) String parent,
    List<@NotNull(groups = Shape.class) @Valid SourceRecord> sources) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  /** A missing list reads as empty, as in migov's wire format. */
  public ProgrammeRecord {
    participants = participants == null ? List.of() : participants;
    budgetLines = budgetLines == null ? List.of() : budgetLines;
    targetAreas = targetAreas == null ? List.of() : targetAreas;
    thematicAreas = thematicAreas == null ? List.of() : thematicAreas;
    beneficiaryGroups = beneficiaryGroups == null ? List.of() : beneficiaryGroups;
    activityTypes = activityTypes == null ? List.of() : activityTypes;
    basedOn = basedOn == null ? List.of() : basedOn;
    sources = sources == null ? List.of() : sources;
  }

  /**
   * PRG-001: at least one funder.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isFunded() {
    return hasRole("funding");
  }

  /**
   * PRG-002: at least one implementer.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isImplemented() {
    return hasRole("implementing");
  }

  private boolean hasRole(String role) {
    for (ParticipantRecord p : participants) {
      if (p != null && role.equals(p.role())) {
        return true;
      }
    }
    return false;
  }

  /**
   * PRG-012: no organisation twice in the same role.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isWithoutRepeatedParticipant() {
    Set<ParticipantRecord> seen = new HashSet<>();
    for (ParticipantRecord p : participants) {
      if (!seen.add(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * PRG-003: a positive budget.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isBudgetPositive() {
    return budget == null || budget.amount() == null || budget.amount().signum() > 0;
  }

  /**
   * PRG-004: budget lines in the budget's currency.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isBudgetLinesInBudgetCurrency() {
    if (budget == null) {
      return true;
    }
    for (BudgetLineRecord line : budgetLines) {
      if (line != null && line.amount() != null && !budget.currency().equals(line.amount().currency())) {
        return false;
      }
    }
    return true;
  }

  /**
   * PRG-005: budget lines summing to at most the budget.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isBudgetLinesWithinBudget() {
    if (budget == null || budget.amount() == null) {
      return true;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BudgetLineRecord line : budgetLines) {
      if (line != null && line.amount() != null && budget.currency().equals(line.amount().currency())) {
        sum = sum.add(line.amount().amount());
      }
    }
    return sum.compareTo(budget.amount()) <= 0;
  }

  /**
   * PRG-007: budget lines inside the programme's period.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isBudgetLinesWithinPeriod() {
    if (period == null || period.start() == null) {
      return true;
    }
    for (BudgetLineRecord line : budgetLines) {
      if (line != null && line.period() != null && line.period().start() != null && !period.encloses(line.period())) {
        return false;
      }
    }
    return true;
  }

  /**
   * PRG-006: percentages on all target areas or none, summing to 100 within 0.01.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isPercentagesSummingTo100() {
    int stated = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (TargetAreaRecord area : targetAreas) {
      if (area != null && area.percentage() != null) {
        stated++;
        sum = sum.add(area.percentage());
      }
    }
    if (stated == 0) {
      return true;
    }
    return stated == targetAreas.size() && sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) <= 0;
  }

  /**
   * PRG-009: a closing or closed programme has ended, an implemented one has started.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isStatusConsistentWithPeriod() {
    if (status == null || period == null || period.start() == null) {
      return true;
    }
    boolean endsLater = period.end() != null && period.end().isAfter(Patterns.TODAY);
    boolean closing = status.equals("closed") || status.equals("finalisation");
    boolean implementing = status.equals("implementation");
    return !((closing && endsLater) || (implementing && period.start().isAfter(Patterns.TODAY)));
  }

  /**
   * PRG-010: a programme in implementation has not ended.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isImplementationNotOver() {
    return status == null
        || period == null
        || !status.equals("implementation")
        || period.end() == null
        || !period.end().isBefore(Patterns.TODAY);
  }
}
