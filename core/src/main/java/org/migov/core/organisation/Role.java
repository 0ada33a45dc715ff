package org.migov.core.organisation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.time.DateRange;

/**
 * A role an organisation holds in another (a network, a coordination group, a partnership), for a
 * time: IOM as coordinator of the UN Network on Migration, two agencies as co-chairs of ICAT for
 * a year. Several organisations may hold a role at once where it is shared.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Role {

  /**
   * The role.
   *
   * @return the kind of role
   */
  @Value.Parameter
  RoleKind kind();

  /**
   * The organisation holding the role.
   *
   * @return its id
   */
  @Value.Parameter
  OrganisationId holder();

  /**
   * When the role was held.
   *
   * @return the period, or empty when held throughout
   */
  Optional<DateRange> period();

  /**
   * Whether the role was certainly held on a day.
   *
   * @param day the day
   * @return true when undated, or its period certainly contains the day
   */
  default boolean certainlyHeldOn(LocalDate day) {
    return period().map(p -> p.certainlyContains(day)).orElse(true);
  }

  /**
   * A role held throughout.
   *
   * @param kind the role
   * @param holder who holds it
   * @return the role
   */
  static Role of(RoleKind kind, OrganisationId holder) {
    return ImmutableRole.of(kind, holder);
  }

  /**
   * A role held during a period.
   *
   * @param kind the role
   * @param holder who holds it
   * @param period when
   * @return the role
   */
  static Role of(RoleKind kind, OrganisationId holder, DateRange period) {
    return builder().kind(kind).holder(holder).period(period).build();
  }

  /**
   * A new builder, for readers of a wire format.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}; {@code kind} and {@code holder} are required. */
  final class Builder extends ImmutableRole.Builder {
    /** Use {@link Role#builder()}. */
    Builder() {}
  }
}
