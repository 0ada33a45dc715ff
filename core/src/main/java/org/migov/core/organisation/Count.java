package org.migov.core.organisation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.migov.core.time.PartialDate;

/**
 * A count an organisation stated as of a date, as sources state it: 175 member states; over 170
 * offices and about 19,000 staff as of July 2025. Counts change, so an organisation keeps each one
 * with its date; the latest is not necessarily the only true one.
 *
 * <p>Create one with {@link #of(CountKind, int)} and refine it with {@link #withApproximation} and
 * {@link #withAsOf}. Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable(copy = true)
public interface Count {

  /**
   * What is counted.
   *
   * @return the kind
   */
  @Value.Parameter
  CountKind kind();

  /**
   * The number stated. Core keeps a negative number as stated; the validation module reports it.
   *
   * @return the value
   */
  @Value.Parameter
  int value();

  /**
   * How exactly the number is stated.
   *
   * @return the approximation; {@link Approximation#EXACT} by default
   */
  @Value.Default
  default Approximation approximation() {
    return Approximation.EXACT;
  }

  /**
   * When the count held, as the source dates it.
   *
   * @return the date, possibly partial, if stated
   */
  Optional<PartialDate> asOf();

  /**
   * An exact, undated count.
   *
   * @param kind what is counted
   * @param value the number
   * @return the count
   */
  static Count of(CountKind kind, int value) {
    return ImmutableCount.of(kind, value);
  }

  /**
   * A copy with another approximation.
   *
   * @param approximation how exactly the number is stated
   * @return the new count
   */
  default Count withApproximation(Approximation approximation) {
    return ImmutableCount.copyOf(this).withApproximation(approximation);
  }

  /**
   * A copy dated as of a day, month or year.
   *
   * @param date when the count held
   * @return the new count
   */
  default Count withAsOf(PartialDate date) {
    return ImmutableCount.copyOf(this).withAsOf(date);
  }

  /**
   * The number of member states when that is all a list of counts says: one exact, undated count
   * of member states (wire format 1.0's {@code memberStateCount}).
   *
   * @param counts an organisation's counts
   * @return the number, or empty when the counts say more or something else
   */
  static OptionalInt soleMemberStates(List<Count> counts) {
    if (counts.size() != 1) {
      return OptionalInt.empty();
    }
    Count count = counts.get(0);
    return count.kind() == CountKind.MEMBER_STATES && count.approximation() == Approximation.EXACT && count.asOf().isEmpty()
        ? OptionalInt.of(count.value()) : OptionalInt.empty();
  }

  /**
   * A new builder, for readers of a wire format.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Count}; {@code kind} and {@code value} are required. */
  final class Builder extends ImmutableCount.Builder {
    /** Use {@link Count#builder()}. */
    Builder() {}
  }
}
