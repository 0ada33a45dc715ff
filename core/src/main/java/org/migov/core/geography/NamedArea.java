package org.migov.core.geography;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.migov.core.InvalidValueException;
import org.migov.core.text.MultilingualText;
import org.migov.core.text.Phrase;

/**
 * A geographic area defined by its member countries rather than by a standard: "Horn of Africa",
 * "the Caribbean" as an organisation uses it (which may include Guyana, unlike UN M49), "southern
 * Mediterranean shore". It has a multilingual name and at least one member.
 *
 * <p>Members iterate in alpha-2 order, so that output is deterministic. Equality is by name and
 * members. Instances are immutable and thread-safe.
 */
public final class NamedArea implements GeographicArea {
  private static final Phrase EXPECTED_MEMBERS = Phrase.of("a named area with at least one member country",
      "un'area con nome e almeno un paese membro", "une zone nommée avec au moins un pays membre",
      "una zona con nombre y al menos un país miembro");

  private static final Phrase.Template NO_MEMBER = Phrase.template("no member given for {0}",
      "nessun membro indicato per {0}", "aucun membre donné pour {0}", "ningún miembro indicado para {0}");

  private final MultilingualText name;
  private final Set<Country> members;

  private NamedArea(MultilingualText name, Set<Country> members) {
    this.name = name;
    this.members = members;
  }

  /**
   * A named area.
   *
   * @param name the name, in one or more languages
   * @param members the member countries; duplicates are ignored
   * @return the area
   * @throws InvalidValueException if there is no member
   * @throws NullPointerException if the name, the collection or a member is null
   */
  public static NamedArea of(MultilingualText name, Collection<Country> members) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(members, "members");
    TreeSet<Country> sorted = new TreeSet<>();
    for (Country member : members) {
      sorted.add(Objects.requireNonNull(member, "member"));
    }
    if (sorted.isEmpty()) {
      throw new InvalidValueException(EXPECTED_MEMBERS, "[]", NO_MEMBER.with(InvalidValueException.quote(name.get(Locale.ENGLISH))));
    }
    return new NamedArea(name, Collections.unmodifiableSortedSet(sorted));
  }

  /**
   * A named area with an English name.
   *
   * @param englishName the name in English, non-blank
   * @param members the member countries; duplicates are ignored
   * @return the area
   * @throws InvalidValueException if the name is blank or there is no member
   * @throws NullPointerException if the array or a member is null
   */
  public static NamedArea of(String englishName, Country... members) {
    return of(MultilingualText.of("en", englishName), Arrays.asList(members));
  }

  /**
   * The name in every language given.
   *
   * @return the name
   */
  public MultilingualText name() {
    return name;
  }

  /**
   * The name in a language, following the fallback chain of {@link MultilingualText#get(Locale)}.
   *
   * @param locale the wanted locale
   * @return the name, never null
   */
  @Override
  public String name(Locale locale) {
    return name.get(locale);
  }

  /**
   * The member countries.
   *
   * @return the members, unmodifiable, iterating in alpha-2 order
   */
  public Set<Country> members() {
    return members;
  }

  /**
   * The member countries, as {@link #members()}.
   *
   * @return the members, unmodifiable, iterating in alpha-2 order
   */
  @Override
  public Set<Country> countries() {
    return members;
  }

  /**
   * Whether a country is a member of this area.
   *
   * @param country the country
   * @return true if the country is a member
   */
  @Override
  public boolean contains(Country country) {
    return members.contains(Objects.requireNonNull(country, "country"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedArea
        && ((NamedArea) other).name.equals(name)
        && ((NamedArea) other).members.equals(members);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + members.hashCode();
  }

  /**
   * The English (or fallback) name and the members' codes.
   *
   * @return a readable form such as {@code Horn of Africa [DJ, ER, ET, SO]}
   */
  @Override
  public String toString() {
    return name.get(Locale.ENGLISH) + " " + members;
  }
}
