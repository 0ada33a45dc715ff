package org.migov.core.taxonomy;

import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration, adopted by UN
 * General Assembly resolution 73/195 of 19 December 2018. Constants are declared in the order of
 * the Compact, so {@link #ordinal()} is {@link #number()} minus one; titles are the official
 * English titles, without a final full stop.
 *
 * <p>Source: the numbered list of objectives in paragraph 16 of A/RES/73/195 (United Nations,
 * 2018). Every title was checked word for word against it (objectives 1 and 2 against the
 * resolution's own headings, 3 to 11 also against the UN Network on Migration's objective pages)
 * on 2026-12-02.
 */
public enum GcmObjective implements CodedEnum {
  /** Objective 1: data. */
  OBJECTIVE_1("Collect and utilize accurate and disaggregated data as a basis for evidence-based"
      + " policies"),
  /** Objective 2: adverse drivers. */
  OBJECTIVE_2("Minimize the adverse drivers and structural factors that compel people to leave"
      + " their country of origin"),
  /** Objective 3: information. */
  OBJECTIVE_3("Provide accurate and timely information at all stages of migration"),
  /** Objective 4: legal identity and documentation. */
  OBJECTIVE_4("Ensure that all migrants have proof of legal identity and adequate documentation"),
  /** Objective 5: regular pathways. */
  OBJECTIVE_5("Enhance availability and flexibility of pathways for regular migration"),
  /** Objective 6: fair recruitment and decent work. */
  OBJECTIVE_6("Facilitate fair and ethical recruitment and safeguard conditions that ensure"
      + " decent work"),
  /** Objective 7: vulnerabilities. */
  OBJECTIVE_7("Address and reduce vulnerabilities in migration"),
  /** Objective 8: saving lives and missing migrants. */
  OBJECTIVE_8("Save lives and establish coordinated international efforts on missing migrants"),
  /** Objective 9: smuggling of migrants. */
  OBJECTIVE_9("Strengthen the transnational response to smuggling of migrants"),
  /** Objective 10: trafficking in persons. */
  OBJECTIVE_10("Prevent, combat and eradicate trafficking in persons in the context of"
      + " international migration"),
  /** Objective 11: border management. */
  OBJECTIVE_11("Manage borders in an integrated, secure and coordinated manner"),
  /** Objective 12: screening and referral. */
  OBJECTIVE_12("Strengthen certainty and predictability in migration procedures for appropriate"
      + " screening, assessment and referral"),
  /** Objective 13: detention as a last resort. */
  OBJECTIVE_13("Use migration detention only as a measure of last resort and work towards"
      + " alternatives"),
  /** Objective 14: consular protection. */
  OBJECTIVE_14("Enhance consular protection, assistance and cooperation throughout the migration"
      + " cycle"),
  /** Objective 15: basic services. */
  OBJECTIVE_15("Provide access to basic services for migrants"),
  /** Objective 16: inclusion and social cohesion. */
  OBJECTIVE_16("Empower migrants and societies to realize full inclusion and social cohesion"),
  /** Objective 17: discrimination and public discourse. */
  OBJECTIVE_17("Eliminate all forms of discrimination and promote evidence-based public discourse"
      + " to shape perceptions of migration"),
  /** Objective 18: skills. */
  OBJECTIVE_18("Invest in skills development and facilitate mutual recognition of skills,"
      + " qualifications and competences"),
  /** Objective 19: migrant and diaspora contributions. */
  OBJECTIVE_19("Create conditions for migrants and diasporas to fully contribute to sustainable"
      + " development in all countries"),
  /** Objective 20: remittances. */
  OBJECTIVE_20("Promote faster, safer and cheaper transfer of remittances and foster financial"
      + " inclusion of migrants"),
  /** Objective 21: return and reintegration. */
  OBJECTIVE_21("Cooperate in facilitating safe and dignified return and readmission, as well as"
      + " sustainable reintegration"),
  /** Objective 22: social protection. */
  OBJECTIVE_22("Establish mechanisms for the portability of social security entitlements and"
      + " earned benefits"),
  /** Objective 23: international cooperation. */
  OBJECTIVE_23("Strengthen international cooperation and global partnerships for safe, orderly"
      + " and regular migration");

  private static final GcmObjective[] VALUES = values();

  private final String title;

  GcmObjective(String title) {
    this.title = title;
  }

  /**
   * The objective's number in the Compact.
   *
   * @return a number from 1 to 23
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The official English title.
   *
   * @return the title, such as "Manage borders in an integrated, secure and coordinated manner"
   */
  public String title() {
    return title;
  }

  /**
   * Finds an objective by its number.
   *
   * @param number the number, from 1 to 23
   * @return the objective
   * @throws InvalidValueException if the number is not between 1 and 23
   */
  public static GcmObjective ofNumber(int number) {
    if (number < 1 || number > VALUES.length) {
      throw new InvalidValueException(Phrase.template("a Global Compact for Migration objective number, 1 to {0}",
          "un numero di obiettivo del Patto globale sulla migrazione, da 1 a {0}",
          "un numéro d'objectif du Pacte mondial sur les migrations, de 1 à {0}",
          "un número de objetivo del Pacto Mundial sobre Migración, de 1 a {0}").with(VALUES.length), String.valueOf(number));
    }
    return VALUES[number - 1];
  }
}
