package org.migov.core.programme;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.money.Money;
import org.migov.core.time.DateRange;

/**
 * A budget of a programme for a period, as IATI's budget element: its value, whether it is the
 * original budget or a revision, and whether it is indicative or committed. A programme has
 * several: one per year, or an original one and revisions as it is topped up.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Budget {

  /**
   * The amount.
   *
   * @return the value
   */
  Money value();

  /**
   * The period the budget is for.
   *
   * @return the period, if stated
   */
  Optional<DateRange> period();

  /**
   * Whether it is the original budget or a revision.
   *
   * @return the kind; {@link BudgetKind#ORIGINAL} by default
   */
  @Value.Default
  default BudgetKind kind() {
    return BudgetKind.ORIGINAL;
  }

  /**
   * Whether it is indicative or committed.
   *
   * @return the status; {@link BudgetStatus#INDICATIVE} by default
   */
  @Value.Default
  default BudgetStatus status() {
    return BudgetStatus.INDICATIVE;
  }

  /**
   * An original, indicative budget.
   *
   * @param value the amount
   * @param period the period it is for
   * @return the budget
   */
  static Budget of(Money value, DateRange period) {
    return builder().value(value).period(period).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}; {@code value} is required. */
  final class Builder extends ImmutableBudget.Builder {
    /** Use {@link Budget#builder()}. */
    Builder() {}
  }
}
