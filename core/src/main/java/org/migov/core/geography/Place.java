package org.migov.core.geography;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.migov.core.InvalidValueException;
import org.migov.core.text.BlankText;
import org.migov.core.text.MultilingualText;
import org.migov.core.text.Phrase;

/**
 * Where something is or happens: a country and, when known, a locality in it (a city, a town),
 * such as Cairo, Egypt. The locality's name is free text, kept as given and not checked against a
 * gazetteer, in one or more languages and scripts (Marrakech, مراكش); a name given as a plain
 * string has the undetermined language {@link MultilingualText#UNDETERMINED}.
 *
 * <p>Equality is by locality and country. Instances are immutable and thread-safe.
 */
public final class Place {
  private static final Phrase EXPECTED_LOCALITY = Phrase.of("a non-blank locality name",
      "un nome di località non vuoto", "un nom de localité non vide", "un nombre de localidad no vacío");

  private final MultilingualText locality;
  private final Country country;

  private Place(MultilingualText locality, Country country) {
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
      throw new InvalidValueException(EXPECTED_LOCALITY, locality);
    }
    return new Place(MultilingualText.of(locality), Objects.requireNonNull(country, "country"));
  }

  /**
   * A locality named in several languages or scripts, in a country.
   *
   * @param locality the names of the city or town, such as {@code {"en": "Marrakech", "ar": "مراكش"}}
   * @param country the country
   * @return the place
   * @throws NullPointerException if the locality or the country is null
   */
  public static Place of(MultilingualText locality, Country country) {
    return new Place(Objects.requireNonNull(locality, "locality"), Objects.requireNonNull(country, "country"));
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
   * The locality's name, in one or more languages.
   *
   * @return the city or town; empty when only the country is known
   */
  public Optional<MultilingualText> locality() {
    return Optional.ofNullable(locality);
  }

  /**
   * The locality's name for a locale, following {@link MultilingualText#get(Locale)}'s fallback.
   *
   * @param locale the wanted locale
   * @return the name; empty when only the country is known
   */
  public Optional<String> locality(Locale locale) {
    return locality().map(name -> name.get(locale));
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
   * The locality (its name of undetermined language if it has one, else in English, else the first
   * by language tag) and the country's alpha-2 code, or the code alone.
   *
   * @return a readable form such as {@code Cairo, EG} or {@code EG}
   */
  @Override
  public String toString() {
    return locality == null ? country.alpha2() : locality.get(Locale.ROOT) + ", " + country.alpha2();
  }
}
