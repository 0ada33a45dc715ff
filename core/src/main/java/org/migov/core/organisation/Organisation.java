package org.migov.core.organisation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.ExternalIdentifier;
import org.migov.core.geography.Place;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.Dated;
import org.migov.core.time.PartialDate;

/**
 * An organisation: an intergovernmental body, a ministry, a fund, a police force, an NGO, a
 * network. Modelled on W3C ORG and Popolo, with kinds that map to IATI's OrganisationType.
 *
 * <p>Core records what is stated and refuses only what cannot be represented. Domain rules (a
 * founding date in the future, a dissolution before the founding, a member-state count on a body
 * that has no member states, overlapping tenures, a member outside the network's existence) are reported by the validation module, so that
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
   * Counts the organisation stated, each as of its date: member states, offices, staff, countries
   * of presence.
   *
   * @return the counts, possibly empty, unmodifiable
   */
  List<Count> counts();

  /**
   * Names the organisation had before its current {@link #name()}, each with when it held.
   *
   * @return the former names, possibly empty, unmodifiable
   */
  List<Dated<MultilingualText>> formerNames();

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

  /**
   * The members of this organisation, for a network, a coordination group or a partnership
   * (ICAT, the UN Network on Migration), each with when it was a member.
   *
   * @return the dated member ids, possibly empty, unmodifiable
   */
  List<Dated<OrganisationId>> members();

  /**
   * Roles that organisations held in this one: coordinator, secretariat, chair, co-chairs.
   *
   * @return the roles, possibly empty, unmodifiable
   */
  List<Role> roles();

  /**
   * The organisations this one succeeded: merged into it, replaced by it, split from, renamed.
   *
   * @return the links to predecessors, possibly empty, unmodifiable
   */
  List<Succession> predecessors();

  @Override
  List<Source> sources();

  /**
   * The counts of one kind, in the order stated.
   *
   * @param kind what is counted
   * @return the counts, unmodifiable
   */
  default List<Count> counts(CountKind kind) {
    return counts().stream().filter(c -> c.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The members that certainly were members on a day: none when the organisation may not have
   * existed then ({@link #certainlyExistsOn(LocalDate)}).
   *
   * @param day the day
   * @return the member ids in list order, unmodifiable
   */
  default List<OrganisationId> membersOn(LocalDate day) {
    return certainlyExistsOn(day) ? Dated.certainlyOn(members(), day) : List.of();
  }

  /**
   * The organisations that certainly held a role on a day, while the organisation certainly existed:
   * who coordinated, who co-chaired.
   *
   * @param kind the role
   * @param day the day
   * @return the holder ids in list order, unmodifiable
   */
  default List<OrganisationId> holdersOn(RoleKind kind, LocalDate day) {
    if (!certainlyExistsOn(day)) {
      return List.of();
    }
    return roles().stream().filter(r -> r.kind() == kind && r.certainlyHeldOn(day)).map(Role::holder)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether the organisation certainly existed on a day: founded on or before it (or founding not
   * known) and not dissolved before it. Undated members and roles hold while it exists.
   *
   * @param day the day
   * @return false when it may not have existed yet, or may have been dissolved already
   */
  default boolean certainlyExistsOn(LocalDate day) {
    return founded().map(f -> !f.latestDay().isAfter(day)).orElse(true)
        && dissolved().map(d -> !d.earliestDay().isBefore(day)).orElse(true);
  }

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

    /**
     * Adds an exact, undated count of member states. It adds: on a copy made with {@code from(...)},
     * set {@code counts(...)} to replace the counts instead.
     *
     * @param count the number of member states
     * @return this builder
     */
    public Builder memberStateCount(int count) {
      addCount(Count.of(CountKind.MEMBER_STATES, count));
      return this;
    }

    /**
     * Adds a member that was one throughout.
     *
     * @param member the member's id
     * @return this builder
     */
    public Builder addMember(OrganisationId member) {
      addMember(Dated.of(member));
      return this;
    }
  }
}
