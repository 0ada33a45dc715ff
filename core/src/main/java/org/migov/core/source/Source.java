package org.migov.core.source;

import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.time.PartialDate;

/**
 * Where a fact comes from, as Popolo's {@code sources}: a news article, a press release, a
 * treaty text. Every aggregate can carry its sources.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value.
 */
@Value.Immutable
public interface Source {

  /**
   * The title of the document, in its own language.
   *
   * @return the non-blank title
   */
  String title();

  /**
   * Who published it: an outlet, an agency, a ministry.
   *
   * @return the publisher, if known
   */
  Optional<String> publisher();

  /**
   * Where it can be read.
   *
   * @return the URL, if known
   */
  Optional<URI> url();

  /**
   * When it was published.
   *
   * @return the publication date, possibly partial, if known
   */
  Optional<PartialDate> date();

  /**
   * The language of the document.
   *
   * @return a BCP 47 language tag, if known
   */
  Optional<String> language();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}; {@code title} is required. */
  final class Builder extends ImmutableSource.Builder {
    /** Use {@link Source#builder()}. */
    Builder() {}
  }
}
