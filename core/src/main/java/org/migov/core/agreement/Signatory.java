package org.migov.core.agreement;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.person.Person;
import org.migov.core.text.MultilingualText;

/**
 * Who signed an agreement, in which capacity, for which party: Amy Pope, Director General, for
 * IOM. Whether the party is one of the agreement's parties is a validation rule.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Signatory {

  /**
   * The person who signed.
   *
   * @return the person
   */
  Person person();

  /**
   * The post they held when signing, such as {@code Executive Director}.
   *
   * @return the post's title, if stated
   */
  Optional<MultilingualText> post();

  /**
   * The party they signed for.
   *
   * @return the organisation's id
   */
  OrganisationId party();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signatory}; {@code person} and {@code party} are required. */
  final class Builder extends ImmutableSignatory.Builder {
    /** Use {@link Signatory#builder()}. */
    Builder() {}
  }
}
