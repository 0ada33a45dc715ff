package org.migov.core.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migov.core.Entity;
import org.migov.core.geography.Country;
import org.migov.core.geography.GeographicArea;
import org.migov.core.geography.Place;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.source.Source;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.Period;

/**
 * An office of an organisation, as W3C ORG's Site and OrganizationalUnit: where it is, which area
 * it is responsible for, whom it reports to and when it operated. Organisations reorganise their
 * regions every few years, so a question about offices names a date: see
 * {@link #isOperatingOn(LocalDate)} and {@link #covers(Country)}.
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
   * The office's role.
   *
   * @return the kind
   */
  OfficeKind kind();

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
   * The areas the office is responsible for; empty for an office that covers only its host
   * country.
   *
   * @return the areas, possibly empty, unmodifiable
   */
  List<GeographicArea> areaOfResponsibility();

  /**
   * The office this one reports to.
   *
   * @return the parent office's id, if any
   */
  Optional<OfficeId> parent();

  /**
   * When the office operated; absent when not known, in which case it is taken to be operating.
   *
   * @return the operating period, if known
   */
  Optional<Period> operatingPeriod();

  @Override
  List<Source> sources();

  /**
   * The country the office is in.
   *
   * @return the host country of {@link #location()}
   */
  default Country hostCountry() {
    return location().country();
  }

  /**
   * Whether the office operated on a day: true when its operating period contains the day, or
   * when no operating period is recorded.
   *
   * @param day the day
   * @return whether the office was operating
   */
  default boolean isOperatingOn(LocalDate day) {
    return operatingPeriod().map(p -> p.contains(day)).orElse(true);
  }

  /**
   * Whether the office is responsible for a country: one of its areas contains the country, or,
   * for an office without an area of responsibility, the country is its host country.
   *
   * @param country the country
   * @return whether the office covers it
   */
  default boolean covers(Country country) {
    List<GeographicArea> areas = areaOfResponsibility();
    return areas.isEmpty()
        ? hostCountry().equals(country)
        : areas.stream().anyMatch(area -> area.contains(country));
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
   * Builds an {@link Office}; {@code id}, {@code organisation}, {@code kind}, {@code name} and
   * {@code location} are required.
   */
  final class Builder extends ImmutableOffice.Builder {
    /** Use {@link Office#builder()}. */
    Builder() {}
  }
}
