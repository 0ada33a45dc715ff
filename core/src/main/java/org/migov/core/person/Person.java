package org.migov.core.person;

import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.text.MultilingualText;

/**
 * A public office holder or a named contact point, as Popolo's Person: a Director General, an
 * Ambassador, a Vice Minister. migov records no case data about migrants or victims.
 *
 * <p>Create one with {@link #of(String)} or {@link #builder()}. Instances are immutable and
 * thread-safe; equality is by value.
 */
@Value.Immutable
public interface Person {

  /**
   * The person's name as commonly written, such as {@code Amy Pope}.
   *
   * @return the name
   */
  String name();

  /**
   * The name in other languages or scripts, as Popolo's other names: {@code {"ar": "غادة والي"}}.
   *
   * @return the names, if stated
   */
  Optional<MultilingualText> names();

  /**
   * An honorific written before the name, such as {@code Ambassador}.
   *
   * @return the honorific, if any
   */
  Optional<String> honorificPrefix();

  /**
   * The person's Wikidata item, such as {@code Q7339}.
   *
   * @return the QID, if known
   */
  Optional<String> wikidataId();

  /**
   * A person known by name only.
   *
   * @param name the person's name
   * @return the person
   */
  static Person of(String name) {
    return builder().name(name).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; {@code name} is required. */
  final class Builder extends ImmutablePerson.Builder {
    /** Use {@link Person#builder()}. */
    Builder() {}
  }
}
