package org.migov.core.taxonomy;

import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * The three objectives of IOM's Migration Governance Framework (MiGOF), endorsed by IOM Council
 * resolution 1310 in November 2015 (document C/106/40); see {@link MigofPrinciple} for the
 * principles that serve them.
 *
 * <p>{@link #title()} is the short form of IOM's MiGOF brochure; {@link #statement()} is the
 * wording of the Council document.
 */
public enum MigofObjective implements CodedEnum {
  /** Objective 1: socioeconomic well-being. */
  SOCIOECONOMIC_WELL_BEING(
      "Advance the socioeconomic well-being of migrants and society",
      "Good migration governance and related policy should seek to advance the socioeconomic"
          + " well-being of migrants and society"),
  /** Objective 2: mobility dimensions of crises. */
  MOBILITY_DIMENSIONS_OF_CRISES(
      "Effectively address the mobility dimensions of crises",
      "Good migration governance is based on effective responses to the mobility dimensions of"
          + " crises"),
  /** Objective 3: safe, orderly and dignified migration. */
  SAFE_ORDERLY_AND_DIGNIFIED_MIGRATION(
      "Ensure that migration takes place in a safe, orderly and dignified manner",
      "Migration should take place in a safe, orderly and dignified manner");

  private final String title;
  private final String statement;

  MigofObjective(String title, String statement) {
    this.title = title;
    this.statement = statement;
  }

  /**
   * The objective's number in the framework.
   *
   * @return a number from 1 to 3
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The objective's official short English title.
   *
   * @return the title, such as "Effectively address the mobility dimensions of crises"
   */
  public String title() {
    return title;
  }

  /**
   * The objective as the IOM Council document states it.
   *
   * @return the statement, such as "Migration should take place in a safe, orderly and dignified
   *     manner"
   */
  public String statement() {
    return statement;
  }

  /**
   * Finds an objective by its number.
   *
   * @param number the number, from 1 to 3
   * @return the objective
   * @throws InvalidValueException if the number is not between 1 and 3
   */
  public static MigofObjective ofNumber(int number) {
    MigofObjective[] values = values();
    if (number < 1 || number > values.length) {
      throw new InvalidValueException(Phrase.template("a MiGOF objective number, 1 to {0}",
          "un numero di obiettivo MiGOF, da 1 a {0}", "un numéro d'objectif MiGOF, de 1 à {0}",
          "un número de objetivo MiGOF, de 1 a {0}").with(values.length), String.valueOf(number));
    }
    return values[number - 1];
  }
}
