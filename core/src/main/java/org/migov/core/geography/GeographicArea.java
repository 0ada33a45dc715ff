package org.migov.core.geography;

import java.util.Locale;
import java.util.Set;

/**
 * A geographic area: a {@link Country}, a UN M49 region ({@link M49Region}) or a named area with
 * explicit member countries ({@link NamedArea}). Every area answers "does it contain this
 * country?", so that a programme targeting the Sahel, West Africa or Niger can be found by asking
 * about Niger.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface GeographicArea permits Country, M49Region, NamedArea {

  /**
   * Whether this area contains a country: for a country, whether it is that country; for a region,
   * whether the country is in it or in one of its sub-regions; for a named area, whether the
   * country is one of its members.
   *
   * @param country the country
   * @return true if the country lies in this area
   */
  boolean contains(Country country);

  /**
   * Every country this area contains; for a country, the country itself.
   *
   * @return the countries, unmodifiable, iterating in alpha-2 order
   */
  Set<Country> countries();

  /**
   * The display name of this area in a language, falling back to English.
   *
   * @param locale the wanted locale
   * @return the name, never null
   */
  String name(Locale locale);
}
