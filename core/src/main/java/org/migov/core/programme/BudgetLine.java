package org.migov.core.programme;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.geography.GeographicArea;
import org.migov.core.money.Money;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;

/**
 * A part of a programme's budget, for a period, an area or a purpose, as IATI's budget
 * elements. Whether it is in the budget's currency, within the total and within the programme's
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
