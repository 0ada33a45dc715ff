package org.migov.core.programme;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.money.Money;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

/**
 * Money that moved for a programme, as IATI's transaction element: funds received, committed,
 * disbursed or spent, on a date, from a provider to a receiver.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Transaction {

  /**
   * What kind of transaction it is.
   *
   * @return the kind
   */
  TransactionKind kind();

  /**
   * When it took place.
   *
   * @return the date, possibly partial
   */
  PartialDate date();

  /**
   * How much.
   *
   * @return the value
   */
  Money value();

  /**
   * The organisation the money came from.
   *
   * @return its id, if stated
   */
  Optional<OrganisationId> provider();

  /**
   * The organisation the money went to.
   *
   * @return its id, if stated
   */
  Optional<OrganisationId> receiver();

  /**
   * What the transaction was for.
   *
   * @return a description, if stated
   */
  Optional<MultilingualText> description();

  /**
   * A transaction without provider, receiver or description.
   *
   * @param kind what it is
   * @param date when
   * @param value how much
   * @return the transaction
   */
  static Transaction of(TransactionKind kind, PartialDate date, Money value) {
    return builder().kind(kind).date(date).value(value).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transaction}; {@code kind}, {@code date} and {@code value} are required. */
  final class Builder extends ImmutableTransaction.Builder {
    /** Use {@link Transaction#builder()}. */
    Builder() {}
  }
}
