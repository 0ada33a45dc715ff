package org.migov.core.organisation;

import java.util.List;
import org.immutables.value.Value;
import org.migov.core.text.MultilingualText;

/**
 * A position in an organisation and who held it when, as W3C ORG's Post: IOM's Director
 * General, held by António Vitorino and then Amy Pope.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Post {

  /**
   * The title of the post, such as {@code Director General}.
   *
   * @return the title
   */
  MultilingualText title();

  /**
   * Who held the post, in chronological order.
   *
   * @return the tenures, possibly empty, unmodifiable
   */
  List<Tenure> tenures();

  /**
   * Whether several may hold the post at once, as co-chairs do; their tenures may then overlap.
   *
   * @return true for a shared post; false by default
   */
  @Value.Default
  default boolean shared() {
    return false;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Post}; {@code title} is required. */
  final class Builder extends ImmutablePost.Builder {
    /** Use {@link Post#builder()}. */
    Builder() {}
  }
}
