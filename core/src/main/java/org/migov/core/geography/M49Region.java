package org.migov.core.geography;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * A region of the UN M49 standard ("Standard country or area codes for statistical use"): the
 * World ({@code 001}), a region ({@code 002} Africa, {@code 019} Americas, {@code 142} Asia,
 * {@code 150} Europe, {@code 009} Oceania), a sub-region ({@code 039} Southern Europe, {@code 419}
 * Latin America and the Caribbean) or an intermediate region ({@code 029} Caribbean, {@code 014}
 * Eastern Africa).
 *
 * <p>The hierarchy and the membership of countries are exactly those of the UN table: world,
 * region, sub-region, intermediate region, country. M49 regions are statistical groupings, not
 * political ones: Guyana is in South America ({@code 005}), not in the Caribbean ({@code 029}),
 * and Antarctica is in World only. Use a {@link NamedArea} for a grouping such as "the Caribbean"
 * as an organisation defines it.
 *
 * <p>Names are those of the UN tables in English, French and Spanish; Italian names were written
 * for migov. There is one instance per code; equality is by code. Instances are immutable and
 * thread-safe.
 */
public final class M49Region implements GeographicArea {
  /** The World, code {@code 001}: it contains every country. */
  public static final M49Region WORLD = new M49Region("001");

  private static final Phrase EXPECTED = Phrase.of("a UN M49 region code such as \"029\"",
      "un codice di regione UN M49, come \"029\"", "un code de région M49 de l'ONU, comme \"029\"",
      "un código de región M49 de la ONU, como \"029\"");

  private static final Phrase NO_SUCH_REGION = Phrase.of("no such region",
      "nessuna regione ha questo codice", "aucune région n'a ce code", "ninguna región tiene este código");

  private static final Phrase.Template CODE_OF_A_COUNTRY = Phrase.template(
      "that is the code of the country {0}, not of a region (see Country.ofM49)",
      "è il codice del paese {0}, non di una regione (vedi Country.ofM49)",
      "c'est le code du pays {0}, pas d'une région (voir Country.ofM49)",
      "es el código del país {0}, no de una región (véase Country.ofM49)");

  private final String code;

  private M49Region(String code) {
    this.code = code;
  }

  /** The region for a code of the table, {@link #WORLD} for 001; for {@link M49Table} only. */
  static M49Region create(String code) {
    return code.equals(WORLD.code) ? WORLD : new M49Region(code);
  }

  /** Whether a code is exactly three ASCII digits: {@code [0-9]{3}}, no regex. */
  static boolean isThreeDigits(String code) {
    if (code == null || code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The region with a UN M49 code.
   *
   * @param code three digits, such as {@code 029} (Caribbean) or {@code 001} (World)
   * @return the region
   * @throws InvalidValueException if the code is null, not three digits, or not the code of a
   *     region; the M49 code of a country, such as {@code 380} (Italy), is not a region code
   *     (use {@link Country#ofM49(String)})
   */
  public static M49Region of(String code) {
    if (!isThreeDigits(code)) {
      throw new InvalidValueException(EXPECTED, code);
    }
    M49Table table = M49Table.get();
    M49Region region = table.region(code);
    if (region == null) {
      Country country = table.byM49(code);
      throw new InvalidValueException(
          EXPECTED,
          code,
          country == null ? NO_SUCH_REGION : CODE_OF_A_COUNTRY.with(M49Table.nameOf(country)));
    }
    return region;
  }

  /**
   * Every region of the UN M49 table.
   *
   * @return the regions sorted by code, unmodifiable
   */
  public static List<M49Region> values() {
    return M49Table.get().regions();
  }

  private M49Table.RegionInfo info() {
    return M49Table.get().info(this);
  }

  /**
   * The M49 code.
   *
   * @return three digits, such as {@code 029}
   */
  public String code() {
    return code;
  }

  /**
   * The level of this region in the hierarchy.
   *
   * @return the level
   */
  public RegionLevel level() {
    return info().level();
  }

  /**
   * The region directly enclosing this one.
   *
   * @return the parent; empty for {@link #WORLD}
   */
  public Optional<M49Region> parent() {
    return Optional.ofNullable(info().parent());
  }

  /**
   * The regions directly inside this one.
   *
   * @return the child regions sorted by code, unmodifiable; empty for a region that has only
   *     countries
   */
  public List<M49Region> children() {
    return info().children();
  }

  /**
   * Every country in this region, directly or through its child regions.
   *
   * @return the countries, unmodifiable, iterating in alpha-2 order
   */
  @Override
  public Set<Country> countries() {
    return info().countries();
  }

  /**
   * Whether a country is in this region, directly or through its child regions.
   *
   * @param country the country
   * @return true if the country lies in this region
   */
  @Override
  public boolean contains(Country country) {
    return Objects.requireNonNull(country, "country").isIn(this);
  }

  /**
   * Whether a region is this one or lies inside it, at any depth: Europe contains Southern Europe
   * and itself; Latin America and the Caribbean contains the Caribbean.
   *
   * @param region the other region
   * @return true if {@code region} is this region or one of its descendants
   */
  public boolean contains(M49Region region) {
    Optional<M49Region> current = Optional.of(Objects.requireNonNull(region, "region"));
    while (current.isPresent()) {
      if (current.get().equals(this)) {
        return true;
      }
      current = current.get().parent();
    }
    return false;
  }

  /**
   * The name in a language: English, French and Spanish from the UN tables, Italian written for
   * migov; any other language gets English. Only the locale's language matters.
   *
   * @param locale the wanted locale
   * @return the name, never null
   */
  @Override
  public String name(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    Map<String, String> names = info().names();
    return names.getOrDefault(language, names.get("en"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof M49Region && ((M49Region) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The code.
   *
   * @return three digits, such as {@code 029}
   */
  @Override
  public String toString() {
    return code;
  }
}
