package org.migov.core.organisation;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.time.PartialDate;

/**
 * A link from an organisation to one it succeeded: UN Women to UNIFEM, which merged into it in
 * 2011. {@code Dataset.lineage(OrganisationId)} follows these links.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Succession {

  /**
   * How the organisation succeeded the predecessor.
   *
   * @return the kind
   */
  @Value.Parameter
  SuccessionKind kind();

  /**
   * The organisation succeeded.
   *
   * @return its id
   */
  @Value.Parameter
  OrganisationId predecessor();

  /**
   * When the succession took effect.
   *
   * @return the date, possibly partial, if known
   */
  Optional<PartialDate> date();

  /**
   * An undated succession.
   *
   * @param kind how
   * @param predecessor the organisation succeeded
   * @return the link
   */
  static Succession of(SuccessionKind kind, OrganisationId predecessor) {
    return ImmutableSuccession.of(kind, predecessor);
  }

  /**
   * A dated succession.
   *
   * @param kind how
   * @param predecessor the organisation succeeded
   * @param date when
   * @return the link
   */
  static Succession of(SuccessionKind kind, OrganisationId predecessor, PartialDate date) {
    return builder().kind(kind).predecessor(predecessor).date(date).build();
  }

  /**
   * A new builder, for readers of a wire format.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Succession}; {@code kind} and {@code predecessor} are required. */
  final class Builder extends ImmutableSuccession.Builder {
    /** Use {@link Succession#builder()}. */
    Builder() {}
  }
}
