package org.migov.core.programme;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

/**
 * A part of a programme's budget, for a period, an area, a purpose or a funder. Whether it is in the budget's currency, within the total and within the programme's
 * period are validation rules.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface BudgetLine {

  /**
   * The amount.
   *
   * @return the amount
   */
  Money amount();

  /**
   * The period the amount is for.
   *
   * @return the period, if stated
   */
  Optional<DateRange> period();

  /**
   * The area the amount is for.
   *
   * @return the area, if stated
   */
  Optional<GeographicArea> area();

  /**
   * What the amount is for.
   *
   * @return a label, if stated
   */
  Optional<MultilingualText> label();

  /**
   * The organisation that contributes the amount, such as one donor of several.
   *
   * @return the funder's id, if stated
   */
  Optional<OrganisationId> funder();

  /**
   * A line of an amount alone.
   *
   * @param amount the amount
   * @return the budget line
   */
  static BudgetLine of(Money amount) {
    return builder().amount(amount).build();
  }

  /**
   * A line of an amount for a period.
   *
   * @param amount the amount
   * @param period the period it is for
   * @return the budget line
   */
  static BudgetLine of(Money amount, DateRange period) {
    return builder().amount(amount).period(period).build();
  }

  /**
   * A line of an amount contributed by a funder.
   *
   * @param amount the amount
   * @param funder who contributes it
   * @return the budget line
   */
  static BudgetLine of(Money amount, OrganisationId funder) {
    return builder().amount(amount).funder(funder).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}; {@code amount} is required. */
  final class Builder extends ImmutableBudgetLine.Builder {
    /** Use {@link BudgetLine#builder()}. */
    Builder() {}
  }
}
