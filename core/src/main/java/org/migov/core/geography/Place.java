package org.migov.core.geography;

import java.util.Objects;
import java.util.Optional;
import org.migov.core.InvalidValueException;
import org.migov.core.text.BlankText;

/**
 * Where something is or happens: a country and, when known, a locality in it (a city, a town),
 * such as Cairo, Egypt. The locality is free text, kept as given; it is not checked against a
 * gazetteer.
 *
 * <p>Equality is by locality and country. Instances are immutable and thread-safe.
 */
public final class Place {
  private final String locality;
  private final Country country;

  private Place(String locality, Country country) {
    this.locality = locality;
    this.country = country;
  }

  /**
   * A locality in a country.
   *
   * @param locality the name of the city or town, non-blank as {@link BlankText} defines it, such
   *     as {@code Cairo}
   * @param country the country
   * @return the place
   * @throws InvalidValueException if the locality is null or blank
   * @throws NullPointerException if the country is null
   */
  public static Place of(String locality, Country country) {
    if (locality == null || BlankText.isBlank(locality)) {
      throw new InvalidValueException("a non-blank locality name", locality);
    }
    return new Place(locality, Objects.requireNonNull(country, "country"));
  }

  /**
   * A place known only by its country.
   *
   * @param country the country
   * @return the place
   * @throws NullPointerException if the country is null
   */
  public static Place of(Country country) {
    return new Place(null, Objects.requireNonNull(country, "country"));
  }

  /**
   * The locality.
   *
   * @return the city or town; empty when only the country is known
   */
  public Optional<String> locality() {
    return Optional.ofNullable(locality);
  }

  /**
   * The country.
   *
   * @return the country
   */
  public Country country() {
    return country;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Place
        && Objects.equals(((Place) other).locality, locality)
        && ((Place) other).country.equals(country);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locality, country);
  }

  /**
   * The locality and the country's alpha-2 code, or the code alone.
   *
   * @return a readable form such as {@code Cairo, EG} or {@code EG}
   */
  @Override
  public String toString() {
    return locality == null ? country.alpha2() : locality + ", " + country.alpha2();
  }
}
