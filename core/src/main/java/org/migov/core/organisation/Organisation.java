package org.migov.core.organisation;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.geography.Place;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;

/**
 * An organisation: an intergovernmental body, a ministry, a fund, a police force, an NGO, a
 * network. Modelled on W3C ORG and Popolo, with kinds that map to IATI's OrganisationType.
 *
 * <p>Core records what is stated and refuses only what cannot be represented. Domain rules (a
 * founding date in the future, a dissolution before the founding, a member-state count on a body
 * that has no member states, overlapping tenures) are reported by the validation module, so that
 * every problem of a dataset shows at once.
 *
 * <p>Build one with {@link #builder()}; copy with {@code Organisation.builder().from(org)}.
 * Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public interface Organisation extends Entity {

  @Override
  OrganisationId id();

  /**
   * The organisation's name in one or more languages.
   *
   * @return the name
   */
  MultilingualText name();

  /**
   * The acronym per language: IOM in English, OIM in French, Spanish and Italian.
   *
   * @return the acronyms, if any
   */
  Optional<MultilingualText> acronym();

  /**
   * What kind of body this is; possibly several.
   *
   * @return the kinds, possibly empty, unmodifiable
   */
  Set<OrganisationKind> kinds();

  /**
   * The organisation this one belongs to: a fund's ministry, a police unit's force.
   *
   * @return the parent's id, if any
   */
  Optional<OrganisationId> parent();

  /**
   * When the organisation was founded.
   *
   * @return the founding date, possibly partial, if known
   */
  Optional<PartialDate> founded();

  /**
   * When the organisation was dissolved.
   *
   * @return the dissolution date, possibly partial, if dissolved
   */
  Optional<PartialDate> dissolved();

  /**
   * Where the headquarters are.
   *
   * @return the place, if known
   */
  Optional<Place> headquarters();

  /**
   * How many member states an intergovernmental body has, such as 175 for IOM.
   *
   * @return the count, if stated
   */
  OptionalInt memberStateCount();

  /**
   * When the organisation joined the UN system, such as 2016 for IOM.
   *
   * @return the date, possibly partial, if it did
   */
  Optional<PartialDate> unSystemMembership();

  /**
   * Identifiers in outside registers, such as IATI or Wikidata.
   *
   * @return the identifiers, possibly empty, unmodifiable
   */
  List<ExternalIdentifier> identifiers();

  /**
   * The official website.
   *
   * @return the URL, if known
   */
  Optional<URI> website();

  /**
   * Posts and who held them.
   *
   * @return the posts, possibly empty, unmodifiable
   */
  List<Post> posts();

  @Override
  List<Source> sources();

  /**
   * Whether this organisation has the given kind.
   *
   * @param kind the kind
   * @return true when {@link #kinds()} contains it
   */
  default boolean is(OrganisationKind kind) {
    return kinds().contains(kind);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; {@code id} and {@code name} are required. */
  final class Builder extends ImmutableOrganisation.Builder {
    /** Use {@link Organisation#builder()}. */
    Builder() {}
  }
}
