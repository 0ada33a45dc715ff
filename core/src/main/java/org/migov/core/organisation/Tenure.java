package org.migov.core.organisation;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.person.Person;
import org.migov.core.time.PartialDate;

/**
 * One person holding a post for a time, as a Popolo membership: António Vitorino was IOM's
 * Director General from 2018 to 2023. Start and end may be partial or unknown; an absent end
 * means the tenure is current or its end unknown.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Tenure {

  /**
   * Who holds the post.
   *
   * @return the holder
   */
  Person holder();

  /**
   * When the tenure began.
   *
   * @return the start, possibly partial, if known
   */
  Optional<PartialDate> start();

  /**
   * When the tenure ended.
   *
   * @return the end, possibly partial, if it has ended and the date is known
   */
  Optional<PartialDate> end();

  /**
   * A tenure with only a holder.
   *
   * @param holder who holds the post
   * @return the tenure
   */
  static Tenure of(Person holder) {
    return builder().holder(holder).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tenure}; {@code holder} is required. */
  final class Builder extends ImmutableTenure.Builder {
    /** Use {@link Tenure#builder()}. */
    Builder() {}
  }
}
