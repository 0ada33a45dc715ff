package org.migov.core.dataset;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.migov.core.EntityId;
import org.migov.core.agreement.Agreement;
import org.migov.core.agreement.AgreementId;
import org.migov.core.agreement.AgreementLink;
import org.migov.core.event.Event;
import org.migov.core.event.EventId;
import org.migov.core.geography.Country;
import org.migov.core.office.Office;
import org.migov.core.office.OfficeId;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.organisation.RoleKind;
import org.migov.core.organisation.Succession;
import org.migov.core.programme.ParticipantRole;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;

/**
 * A bundle of organisations, offices, agreements, programmes and events that refer to each other
 * by id, with the queries users need.
 *
 * <p>A dataset holds what it is given, in the given order. It may hold a dangling reference, a
 * repeated id or a cycle: the validation module reports those, and the queries here handle them
 * without exceptions (a dangling reference is skipped, the first entity with a repeated id is the
 * one looked up, a cycle is walked once). Lookup tables are built on the first query, in time
 * linear in the dataset's size.
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value (the entity lists, in order).
 */
@Value.Immutable
public abstract class Dataset {

  /** Use {@link #builder()}. */
  Dataset() {}

  /**
   * The organisations.
   *
   * @return the organisations in the given order, unmodifiable
   */
  public abstract List<Organisation> organisations();

  /**
   * The offices.
   *
   * @return the offices in the given order, unmodifiable
   */
  public abstract List<Office> offices();

  /**
   * The agreements.
   *
   * @return the agreements in the given order, unmodifiable
   */
  public abstract List<Agreement> agreements();

  /**
   * The programmes.
   *
   * @return the programmes in the given order, unmodifiable
   */
  public abstract List<Programme> programmes();

  /**
   * The events.
   *
   * @return the events in the given order, unmodifiable
   */
  public abstract List<Event> events();

  @Value.Lazy
  DatasetIndex index() {
    return new DatasetIndex(this);
  }

  /**
   * The number of entities of all kinds.
   *
   * @return the total count
   */
  public final int size() {
    return organisations().size()
        + offices().size()
        + agreements().size()
        + programmes().size()
        + events().size();
  }

  private <T> Optional<T> lookUp(EntityId id, Class<T> type) {
    Object entity = index().byId.get(Objects.requireNonNull(id, "id"));
    return type.isInstance(entity) ? Optional.of(type.cast(entity)) : Optional.empty();
  }

  /**
   * The organisation with an id.
   *
   * @param id the id
   * @return the organisation, or empty when the dataset has none with that id
   */
  public final Optional<Organisation> organisation(OrganisationId id) {
    return lookUp(id, Organisation.class);
  }

  /**
   * The office with an id.
   *
   * @param id the id
   * @return the office, or empty when the dataset has none with that id
   */
  public final Optional<Office> office(OfficeId id) {
    return lookUp(id, Office.class);
  }

  /**
   * The agreement with an id.
   *
   * @param id the id
   * @return the agreement, or empty when the dataset has none with that id
   */
  public final Optional<Agreement> agreement(AgreementId id) {
    return lookUp(id, Agreement.class);
  }

  /**
   * The programme with an id.
   *
   * @param id the id
   * @return the programme, or empty when the dataset has none with that id
   */
  public final Optional<Programme> programme(ProgrammeId id) {
    return lookUp(id, Programme.class);
  }

  /**
   * The event with an id.
   *
   * @param id the id
   * @return the event, or empty when the dataset has none with that id
   */
  public final Optional<Event> event(EventId id) {
    return lookUp(id, Event.class);
  }

  /**
   * The offices that certainly covered a country on a day (see
   * {@link Office#certainlyCovers(Country, LocalDate)}), through a region or a named area too.
   *
   * @param country the country
   * @param day the day
   * @return the offices in dataset order, unmodifiable
   */
  public final List<Office> officesCovering(Country country, LocalDate day) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(day, "day");
    return offices().stream()
        .filter(o -> o.certainlyCovers(country, day))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The offices that may have covered a country on a day (see
   * {@link Office#possiblyCovers(Country, LocalDate)}): those of
   * {@link #officesCovering(Country, LocalDate)}, and those whose partial dates leave it open.
   *
   * @param country the country
   * @param day the day
   * @return the offices in dataset order, unmodifiable
   */
  public final List<Office> officesPossiblyCovering(Country country, LocalDate day) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(day, "day");
    return offices().stream()
        .filter(o -> o.possiblyCovers(country, day))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The agreements to which both organisations are parties.
   *
   * @param first one organisation
   * @param second the other organisation
   * @return the agreements in dataset order, unmodifiable
   */
  public final List<Agreement> agreementsBetween(OrganisationId first, OrganisationId second) {
    Objects.requireNonNull(second, "second");
    return index().agreementsByParty.getOrDefault(Objects.requireNonNull(first, "first"), List.of())
        .stream()
        .filter(a -> a.hasParty(second))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The programmes in which an organisation takes part in a role.
   *
   * @param organisation the organisation's id
   * @param role the role
   * @return the programmes in dataset order, unmodifiable
   */
  public final List<Programme> programmesOf(OrganisationId organisation, ParticipantRole role) {
    Objects.requireNonNull(role, "role");
    return index().programmesByParticipant
        .getOrDefault(Objects.requireNonNull(organisation, "organisation"), List.of())
        .stream()
        .filter(p -> p.hasParticipant(organisation, role))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The programmes an organisation funds.
   *
   * @param organisation the organisation's id
   * @return the programmes in dataset order, unmodifiable
   */
  public final List<Programme> programmesFundedBy(OrganisationId organisation) {
    return programmesOf(organisation, ParticipantRole.FUNDING);
  }

  /**
   * The programmes an organisation implements.
   *
   * @param organisation the organisation's id
   * @return the programmes in dataset order, unmodifiable
   */
  public final List<Programme> programmesImplementedBy(OrganisationId organisation) {
    return programmesOf(organisation, ParticipantRole.IMPLEMENTING);
  }

  /**
   * The programmes that target a country, directly or through a region or a named area.
   *
   * @param country the country
   * @return the programmes in dataset order, unmodifiable
   */
  public final List<Programme> programmesTargeting(Country country) {
    Objects.requireNonNull(country, "country");
    return programmes().stream()
        .filter(p -> p.targets(country))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The lineage of an agreement: the agreement itself, then the agreements it links to (builds
   * on, renews, supersedes, amends, implements), then theirs, breadth first, each once. Links to
   * agreements the dataset does not hold are skipped; a cycle is walked once.
   *
   * @param id the agreement's id
   * @return the lineage, starting with the agreement; empty when the dataset does not hold it
   */
  public final List<Agreement> lineage(AgreementId id) {
    return walk(Objects.requireNonNull(id, "id"), this::agreement,
        a -> a.links().stream().map(AgreementLink::target).collect(Collectors.toList()));
  }

  /**
   * The lineage of an organisation: the organisation itself, then its predecessors (those merged
   * into it, replaced by it, split from or renamed to it), then theirs, breadth first, each once.
   * Predecessors the dataset does not hold are skipped; a cycle is walked once.
   *
   * @param id the organisation's id
   * @return the lineage, starting with the organisation; empty when the dataset does not hold it
   */
  public final List<Organisation> lineage(OrganisationId id) {
    return walk(Objects.requireNonNull(id, "id"), this::organisation,
        o -> o.predecessors().stream().map(Succession::predecessor).collect(Collectors.toList()));
  }

  /** The entities reachable from a start, breadth first, each once, those not held skipped. */
  private static <I, E> List<E> walk(I start, Function<I, Optional<E>> lookUp, Function<E, List<I>> next) {
    List<E> found = new ArrayList<>();
    Set<I> seen = new HashSet<>();
    Deque<I> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty()) {
      Optional<E> entity = lookUp.apply(queue.poll());
      if (entity.isEmpty()) {
        continue;
      }
      found.add(entity.get());
      for (I target : next.apply(entity.get())) {
        if (seen.add(target)) {
          queue.add(target);
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The organisations that name an organisation as a predecessor.
   *
   * @param predecessor the predecessor's id
   * @return the successors in dataset order, unmodifiable
   */
  public final List<Organisation> successorsOf(OrganisationId predecessor) {
    Objects.requireNonNull(predecessor, "predecessor");
    return organisations().stream()
        .filter(o -> o.predecessors().stream().anyMatch(s -> s.predecessor().equals(predecessor)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The networks (or other organisations with members) that list an organisation as a member at
   * any time.
   *
   * @param member the member's id
   * @return the networks in dataset order, unmodifiable
   */
  public final List<Organisation> networksOf(OrganisationId member) {
    Objects.requireNonNull(member, "member");
    return organisations().stream()
        .filter(o -> o.members().stream().anyMatch(m -> m.value().equals(member)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The networks of which an organisation was certainly a member on a day.
   *
   * @param member the member's id
   * @param day the day
   * @return the networks in dataset order, unmodifiable
   */
  public final List<Organisation> networksOf(OrganisationId member, LocalDate day) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(day, "day");
    return organisations().stream()
        .filter(o -> o.membersOn(day).contains(member))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The organisations that were certainly members of a network on a day.
   *
   * @param network the network's id
   * @param day the day
   * @return the members the dataset holds, in the network's order; empty when it holds no such network
   */
  public final List<Organisation> membersOn(OrganisationId network, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return organisation(Objects.requireNonNull(network, "network"))
        .map(n -> n.membersOn(day).stream().map(this::organisation).flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableList()))
        .orElse(List.of());
  }

  /**
   * The organisations that certainly held a role in a network on a day: who coordinated it, who
   * co-chaired it.
   *
   * @param network the network's id
   * @param role the role
   * @param day the day
   * @return the holders the dataset holds, in the network's order; empty when it holds no such network
   */
  public final List<Organisation> holdersOn(OrganisationId network, RoleKind role, LocalDate day) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(day, "day");
    return organisation(Objects.requireNonNull(network, "network"))
        .map(n -> n.holdersOn(role, day).stream().map(this::organisation).flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableList()))
        .orElse(List.of());
  }

  /**
   * The programmes that name a programme as their parent.
   *
   * @param parent the parent programme's id
   * @return the child programmes in dataset order, unmodifiable
   */
  public final List<Programme> childProgrammes(ProgrammeId parent) {
    Objects.requireNonNull(parent, "parent");
    return programmes().stream()
        .filter(p -> p.parent().filter(parent::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The offices of an organisation.
   *
   * @param organisation the organisation's id
   * @return the offices in dataset order, unmodifiable
   */
  public final List<Office> officesOf(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return offices().stream()
        .filter(o -> o.organisation().equals(organisation))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * An empty dataset.
   *
   * @return a dataset without entities
   */
  public static Dataset empty() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dataset}; every list may stay empty. */
  public static final class Builder extends ImmutableDataset.Builder {
    /** Use {@link Dataset#builder()}. */
    Builder() {}

    /**
     * Adds an entity to the list of its kind, after the entities of that kind added before it.
     *
     * @param entity an organisation, office, agreement, programme or event
     * @return this builder
     * @throws IllegalArgumentException if it is none of them
     */
    public Builder addEntity(org.migov.core.Entity entity) {
      // A switch expression, so that the compiler checks that every kind is handled.
      ImmutableDataset.Builder added = switch (org.migov.core.EntityKind.of(entity.getClass())) {
        case ORGANISATION -> addOrganisation((Organisation) entity);
        case OFFICE -> addOffice((Office) entity);
        case AGREEMENT -> addAgreement((Agreement) entity);
        case PROGRAMME -> addProgramme((Programme) entity);
        case EVENT -> addEvent((Event) entity);
      };
      return this;
    }
  }
}
