package org.migov.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/**
 * A part of a programme's budget.
 *
 * @param amount the amount
 * @param period when, if stated
 * @param area where, if stated
 * @param label what, if stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BudgetLineRecord(
    @NotNull(groups = Shape.class) @Valid MoneyRecord amount,
    @Valid PeriodRecord period,
    @Valid AreaRecord area,
    Map<@Pattern(regexp = Patterns.LANGUAGE, groups = Shape.class) String, @NotBlank(groups = Shape.class) String> label) {

  /**
   * PRG-008: a budget line's period lasts at most one year, and is closed.
   *
   * @return true when it holds
   */
  @AssertTrue(groups = Rules.class)
  boolean isAtMostAYear() {
    if (period == null || period.start() == null) {
      return true;
    }
    return period.end() != null && !period.end().isAfter(period.start().plusYears(1).minusDays(1));
  }
}
