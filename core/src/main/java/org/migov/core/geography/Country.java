package org.migov.core.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * A country or area of the UN M49 table, identified by its ISO 3166-1 alpha-2 code, with its
 * alpha-3 code, its M49 numeric code, its names, the M49 regions it belongs to and the UN flags
 * for least developed countries (LDC), landlocked developing countries (LLDC) and small island
 * developing states (SIDS).
 *
 * <p>The countries are the 249 rows of the UNSD M49 table (see {@code README.md} next to the data
 * in this package) plus Kosovo. Kosovo is not in the UN table; it has the user-assigned code
 * {@code XK} (alpha-3 {@code XKX}) in common use (the European Commission, the IMF, CLDR), no M49
 * code, and no UN flag. migov places it in the regions that M49 gives Serbia: Southern Europe
 * (039), Europe (150) and World (001), so that an area such as "Western Balkans" or "Europe"
 * answers for it as a user expects. That placement is migov's choice, not a UN statement.
 *
 * <p>Names in English, French and Spanish are those of the UN tables ("Bolivia (Plurinational
 * State of)"); Italian names come from the JDK's locale data.
 *
 * <p>There is one instance per country: {@link #of(String)}, {@link #ofAlpha3(String)} and
 * {@link #ofM49(String)} return the same object for the same country. Equality is nevertheless
 * by alpha-2 code, and countries are ordered by it. Instances are immutable and thread-safe.
 */
public final class Country implements GeographicArea, Comparable<Country> {
  /** Kosovo's user-assigned alpha-2 code. */
  static final String KOSOVO_ALPHA2 = "XK";

  private static final Phrase EXPECTED_ALPHA2 = Phrase.of("an ISO 3166-1 alpha-2 country code",
      "un codice paese ISO 3166-1 alpha-2", "un code pays ISO 3166-1 alpha-2", "un código de país ISO 3166-1 alfa-2");
  private static final Phrase EXPECTED_ALPHA3 = Phrase.of("an ISO 3166-1 alpha-3 country code",
      "un codice paese ISO 3166-1 alpha-3", "un code pays ISO 3166-1 alpha-3", "un código de país ISO 3166-1 alfa-3");
  private static final Phrase EXPECTED_M49 = Phrase.of("a UN M49 country or area code such as \"380\"",
      "un codice di paese o area UN M49, come \"380\"", "un code de pays ou de zone M49 de l'ONU, comme \"380\"",
      "un código de país o zona M49 de la ONU, como \"380\"");
  private static final Phrase NO_SUCH_COUNTRY = Phrase.of("no such country or area",
      "nessun paese o area ha questo codice", "aucun pays ni zone n'a ce code", "ningún país ni zona tiene este código");
  private static final Phrase.Template CODE_OF_A_REGION = Phrase.template(
      "that is the code of the region {0}, not of a country (see M49Region.of)",
      "è il codice della regione {0}, non di un paese (vedi M49Region.of)",
      "c'est le code de la région {0}, pas d'un pays (voir M49Region.of)",
      "es el código de la región {0}, no de un país (véase M49Region.of)");

  private final String alpha2;
  private final String alpha3;
  private final String m49Code;
  private final Map<String, String> names;
  private final List<M49Region> regions;
  private final boolean leastDeveloped;
  private final boolean landlocked;
  private final boolean smallIslandDevelopingState;

  private Country(
      String alpha2,
      String alpha3,
      String m49Code,
      Map<String, String> names,
      List<M49Region> regions,
      boolean leastDeveloped,
      boolean landlocked,
      boolean smallIslandDevelopingState) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.m49Code = m49Code;
    this.names = Map.copyOf(names);
    this.regions = List.copyOf(regions);
    this.leastDeveloped = leastDeveloped;
    this.landlocked = landlocked;
    this.smallIslandDevelopingState = smallIslandDevelopingState;
  }

  /** Creates a country from a row of the table; for {@link M49Table} only. */
  static Country create(
      String alpha2,
      String alpha3,
      String m49Code,
      Map<String, String> names,
      List<M49Region> regions,
      boolean leastDeveloped,
      boolean landlocked,
      boolean smallIslandDevelopingState) {
    return new Country(
        alpha2,
        alpha3,
        m49Code,
        names,
        regions,
        leastDeveloped,
        landlocked,
        smallIslandDevelopingState);
  }

  /** Creates Kosovo, in Serbia's M49 regions; for {@link M49Table} only. */
  static Country kosovo(Map<String, M49Region> regionsByCode) {
    List<M49Region> regions = new ArrayList<>();
    for (String code : List.of("039", "150", "001")) {
      M49Region region = regionsByCode.get(code);
      if (region == null) {
        throw new IllegalStateException("the UN M49 table lacks region " + code + " for Kosovo");
      }
      regions.add(region);
    }
    return new Country(
        KOSOVO_ALPHA2,
        "XKX",
        null,
        Map.of("en", "Kosovo", "fr", "Kosovo", "es", "Kosovo"),
        regions,
        false,
        false,
        false);
  }

  /**
   * The country with an ISO 3166-1 alpha-2 code.
   *
   * @param alpha2 the code in upper case, such as {@code IT}
   * @return the country
   * @throws InvalidValueException if the code is null, not two upper-case letters, or not the code
   *     of a country or area of the UN M49 table or Kosovo ({@code XK})
   */
  public static Country of(String alpha2) {
    return lookUp(alpha2, 2, EXPECTED_ALPHA2, M49Table.get()::byAlpha2);
  }

  private static Country lookUp(
      String code, int letters, Phrase expected, java.util.function.Function<String, Country> table) {
    if (!isUpperCaseLetters(code, letters)) {
      throw new InvalidValueException(expected, code);
    }
    Country country = table.apply(code);
    if (country == null) {
      throw new InvalidValueException(expected, code, NO_SUCH_COUNTRY);
    }
    return country;
  }

  /** Whether a code is exactly {@code count} ASCII letters A to Z: {@code [A-Z]{count}}, no regex. */
  private static boolean isUpperCaseLetters(String code, int count) {
    if (code == null || code.length() != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The country with an ISO 3166-1 alpha-3 code.
   *
   * @param alpha3 the code in upper case, such as {@code ITA}
   * @return the country
   * @throws InvalidValueException if the code is null, not three upper-case letters, or not the
   *     code of a country or area of the UN M49 table or Kosovo ({@code XKX})
   */
  public static Country ofAlpha3(String alpha3) {
    return lookUp(alpha3, 3, EXPECTED_ALPHA3, M49Table.get()::byAlpha3);
  }

  /**
   * The country with a UN M49 numeric code.
   *
   * @param m49Code the code as three digits, such as {@code 380} for Italy or {@code 012} for
   *     Algeria
   * @return the country
   * @throws InvalidValueException if the code is null, not three digits, or not the code of a
   *     country or area of the UN M49 table; the code of a region, such as {@code 039}, is refused
   *     too (use {@link M49Region#of(String)} for regions)
   */
  public static Country ofM49(String m49Code) {
    if (!M49Region.isThreeDigits(m49Code)) {
      throw new InvalidValueException(EXPECTED_M49, m49Code);
    }
    M49Table table = M49Table.get();
    Country country = table.byM49(m49Code);
    if (country == null) {
      M49Region region = table.region(m49Code);
      throw new InvalidValueException(
          EXPECTED_M49,
          m49Code,
          region == null ? NO_SUCH_COUNTRY : CODE_OF_A_REGION.with(M49Table.nameOf(region)));
    }
    return country;
  }

  /**
   * Every country: the rows of the UN M49 table and Kosovo.
   *
   * @return the countries sorted by alpha-2 code, unmodifiable
   */
  public static List<Country> values() {
    return M49Table.get().countries();
  }

  /**
   * The ISO 3166-1 alpha-2 code.
   *
   * @return the code, such as {@code IT}
   */
  public String alpha2() {
    return alpha2;
  }

  /**
   * The ISO 3166-1 alpha-3 code.
   *
   * @return the code, such as {@code ITA}
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * The UN M49 numeric code.
   *
   * @return the code as three digits, such as {@code 380}; empty for Kosovo, which has none
   */
  public Optional<String> m49Code() {
    return Optional.ofNullable(m49Code);
  }

  /**
   * The name in a language. English, French and Spanish names are those of the UN tables;
   * Italian names are the JDK's ({@link Locale#getDisplayCountry(Locale)}), or English when the
   * JDK has none; any other language gets English. Only the locale's language matters.
   *
   * @param locale the wanted locale
   * @return the name, never null
   */
  @Override
  public String name(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    if (language.equals("it")) {
      String italian =
          new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(Locale.ITALIAN);
      return italian.isBlank() || italian.equals(alpha2) ? names.get("en") : italian;
    }
    return names.getOrDefault(language, names.get("en"));
  }

  /**
   * The M49 regions this country belongs to, from the innermost (an intermediate region or a
   * sub-region) out to World. Antarctica is only in World.
   *
   * @return the regions, innermost first, unmodifiable
   */
  public List<M49Region> regions() {
    return regions;
  }

  /**
   * Whether this country belongs to a region, directly or through one of its sub-regions.
   *
   * @param region the region
   * @return true if the region is one of {@link #regions()}
   */
  public boolean isIn(M49Region region) {
    return regions.contains(Objects.requireNonNull(region, "region"));
  }

  /**
   * Whether the UN counts this country among the least developed countries (LDC).
   *
   * @return the LDC flag of the UN table; false for Kosovo
   */
  public boolean isLeastDeveloped() {
    return leastDeveloped;
  }

  /**
   * Whether the UN counts this country among the landlocked developing countries (LLDC).
   *
   * @return the LLDC flag of the UN table; false for Kosovo
   */
  public boolean isLandlocked() {
    return landlocked;
  }

  /**
   * Whether the UN counts this country among the small island developing states (SIDS).
   *
   * @return the SIDS flag of the UN table; false for Kosovo
   */
  public boolean isSmallIslandDevelopingState() {
    return smallIslandDevelopingState;
  }

  /**
   * Whether this is the given country: a country contains itself only.
   *
   * @param country the country
   * @return true if {@code country} equals this
   */
  @Override
  public boolean contains(Country country) {
    return equals(Objects.requireNonNull(country, "country"));
  }

  /**
   * This country alone.
   *
   * @return a set holding this country only
   */
  @Override
  public Set<Country> countries() {
    return Set.of(this);
  }

  /**
   * Orders countries by alpha-2 code.
   *
   * @param other the other country
   * @return a negative number, zero or a positive number as this code sorts before, equal to or
   *     after the other's
   */
  @Override
  public int compareTo(Country other) {
    return alpha2.compareTo(other.alpha2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Country && ((Country) other).alpha2.equals(alpha2);
  }

  @Override
  public int hashCode() {
    return alpha2.hashCode();
  }

  /**
   * The alpha-2 code.
   *
   * @return the code, such as {@code IT}
   */
  @Override
  public String toString() {
    return alpha2;
  }
}
