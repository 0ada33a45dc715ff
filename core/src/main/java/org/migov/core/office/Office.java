package org.migov.core.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.ExternalIdentifier;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.DateRange;
import org.migov.core.time.Dated;
import org.migov.core.text.Phrase;

/**
 * An office of an organisation, as W3C ORG's Site and OrganizationalUnit: where it is, which area
 * it is responsible for, whom it reports to and when it operated. Organisations reorganise their
 * regions every few years and offices change while they stay open, so an office's kinds, areas of
 * responsibility and parents are histories of {@link Dated} values, and a question about offices
 * names a day: see {@link #certainlyCovers(Country, LocalDate)} and
 * {@link #possiblyCovers(Country, LocalDate)}.
 *
 * <p>When no area of responsibility holds, an office covers its host country, unless it
 * {@linkplain #coversNoCountry() covers no country} (a liaison office, a headquarters).
 *
 * <p>Build one with {@link #builder()}. Instances are immutable and thread-safe; equality is by
 * value.
 */
@Value.Immutable
public interface Office extends Entity {

  @Override
  OfficeId id();

  /**
   * The organisation the office belongs to.
   *
   * @return the organisation's id
   */
  OrganisationId organisation();

  /**
   * The office's roles over time; at least one. Several may hold at once: an administrative centre
   * that is also the country office.
   *
   * @return the dated kinds, not empty, unmodifiable
   */
  List<Dated<OfficeKind>> kinds();

  /**
   * The office's name.
   *
   * @return the name
   */
  MultilingualText name();

  /**
   * Where the office is: its city and host country.
   *
   * @return the place
   */
  Place location();

  /**
   * The areas the office is responsible for, over time; an office covers the union of the areas
   * that hold on a day. Empty for an office that covers its host country only, or none.
   *
   * @return the dated areas, possibly empty, unmodifiable
   */
  List<Dated<GeographicArea>> areaOfResponsibility();

  /**
   * Whether the office covers no country when no area of responsibility holds, instead of its
   * host country: a liaison office in New York does not cover the United States.
   *
   * @return true for an office without a country of its own; false by default
   */
  @Value.Default
  default boolean coversNoCountry() {
    return false;
  }

  /**
   * The offices this one reported to, over time: a country office may report to one regional
   * office and later to another.
   *
   * @return the dated parent office ids, possibly empty, unmodifiable
   */
  List<Dated<OfficeId>> parents();

  /**
   * When the office operated; absent when not known, in which case it is taken to be operating.
   *
   * @return the operating period, if known
   */
  Optional<DateRange> operatingPeriod();

  /**
   * Identifiers in outside registers, kept verbatim: an IATI organisation identifier of a country office.
   *
   * @return the identifiers, possibly empty, unmodifiable
   */
  List<ExternalIdentifier> identifiers();

  @Override
  List<Source> sources();

  /** Refuses an office without a kind. */
  @Value.Check
  default void check() {
    if (kinds().isEmpty()) {
      throw new InvalidValueException(Phrase.of("an office with at least one kind",
          "un ufficio con almeno un tipo", "un bureau ayant au moins un type", "una oficina con al menos un tipo"), null);
    }
  }

  /**
   * The country the office is in.
   *
   * @return the host country of {@link #location()}
   */
  default Country hostCountry() {
    return location().country();
  }

  /**
   * The kinds that certainly held on a day.
   *
   * @param day the day
   * @return the kinds in history order, unmodifiable
   */
  default List<OfficeKind> kindsOn(LocalDate day) {
    return Dated.certainlyOn(kinds(), day);
  }

  /**
   * Whether the office has, or had at some time, a kind.
   *
   * @param kind the kind
   * @return true when one of {@link #kinds()} is that kind
   */
  default boolean hasEverBeen(OfficeKind kind) {
    return kinds().stream().anyMatch(k -> k.value() == kind);
  }

  /**
   * The offices this one certainly reported to on a day.
   *
   * @param day the day
   * @return the parent ids in history order, unmodifiable
   */
  default List<OfficeId> parentsOn(LocalDate day) {
    return Dated.certainlyOn(parents(), day);
  }

  /**
   * Whether the office certainly operated on a day: its operating period certainly contains the
   * day, or no operating period is recorded.
   *
   * @param day the day
   * @return true only when certain
   */
  default boolean isCertainlyOperatingOn(LocalDate day) {
    return operatingPeriod().map(p -> p.certainlyContains(day)).orElse(true);
  }

  /**
   * Whether the office may have operated on a day.
   *
   * @param day the day
   * @return false only when the day is certainly outside its operating period
   */
  default boolean isPossiblyOperatingOn(LocalDate day) {
    return operatingPeriod().map(p -> p.possiblyContains(day)).orElse(true);
  }

  /**
   * Whether the office certainly covered a country on a day: it certainly operated, and whatever
   * areas held that day cover the country: an area that certainly held contains it, or no area
   * certainly held, every area that may have held contains it, and it is the host country (unless
   * the office {@linkplain #coversNoCountry() covers no country}) for the case that none held.
   *
   * @param country the country
   * @param day the day
   * @return true only when certain
   */
  default boolean certainlyCovers(Country country, LocalDate day) {
    if (!isCertainlyOperatingOn(day)) {
      return false;
    }
    // Whatever areas held that day, the country is covered: by an area that certainly held; or, when
    // none certainly held, by every area that may have held and, should none have held, by the
    // host-country fallback.
    boolean anyCertain = false;
    boolean everyPossibleContains = true;
    for (Dated<GeographicArea> area : areaOfResponsibility()) {
      boolean contains = area.value().contains(country);
      if (area.certainlyHeldOn(day)) {
        if (contains) {
          return true;
        }
        anyCertain = true;
      } else if (area.possiblyHeldOn(day)) {
        everyPossibleContains &= contains;
      }
    }
    return !anyCertain && everyPossibleContains && !coversNoCountry() && hostCountry().equals(country);
  }

  /**
   * Whether the office may have covered a country on a day: it may have operated, and an area that
   * may have held contains the country, or it may be that no area held and the country is its host
   * country (unless it {@linkplain #coversNoCountry() covers no country}).
   *
   * @param country the country
   * @param day the day
   * @return false only when it certainly did not
   */
  default boolean possiblyCovers(Country country, LocalDate day) {
    if (!isPossiblyOperatingOn(day)) {
      return false;
    }
    boolean anyCertain = false;
    for (Dated<GeographicArea> area : areaOfResponsibility()) {
      if (area.possiblyHeldOn(day) && area.value().contains(country)) {
        return true;
      }
      anyCertain |= area.certainlyHeldOn(day);
    }
    return !anyCertain && !coversNoCountry() && hostCountry().equals(country);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Office}; {@code id}, {@code organisation}, at least one kind, {@code name} and
   * {@code location} are required. Besides the dated adders ({@code addKind(Dated)},
   * {@code addAreaOfResponsibility(Dated)}, {@code addParent(Dated)}), shortcuts add undated values.
   */
  final class Builder extends ImmutableOffice.Builder {
    /** Use {@link Office#builder()}. */
    Builder() {}

    /**
     * Adds a kind that held throughout.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(OfficeKind kind) {
      addKind(Dated.of(kind));
      return this;
    }

    /**
     * Adds an area of responsibility that held throughout.
     *
     * @param area the area
     * @return this builder
     */
    public Builder addAreaOfResponsibility(GeographicArea area) {
      addAreaOfResponsibility(Dated.of(area));
      return this;
    }

    /**
     * Adds a parent office that held throughout.
     *
     * @param parent the parent office's id
     * @return this builder
     */
    public Builder parent(OfficeId parent) {
      addParent(Dated.of(parent));
      return this;
    }
  }
}
