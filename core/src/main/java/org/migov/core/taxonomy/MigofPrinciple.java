package org.migov.core.taxonomy;

import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * The three principles of IOM's Migration Governance Framework (MiGOF), endorsed by IOM Council
 * resolution 1310 in November 2015 (document C/106/40). The principles are the means by which a
 * State ensures that the systemic requirements for good migration governance are in place; see
 * {@link MigofObjective} for the ends.
 *
 * <p>{@link #title()} is the short form of IOM's MiGOF brochure; {@link #statement()} is the
 * wording of the Council document.
 */
public enum MigofPrinciple implements CodedEnum {
  /** Principle 1: international standards and migrants' rights. */
  INTERNATIONAL_STANDARDS_AND_MIGRANTS_RIGHTS(
      "Adherence to international standards and fulfilment of migrants' rights",
      "Good migration governance would require adherence to international standards and the"
          + " fulfilment of migrants' rights"),
  /** Principle 2: evidence and a whole-of-government approach. */
  EVIDENCE_AND_WHOLE_OF_GOVERNMENT(
      "Formulating policy using evidence and a \"whole-of-government\" approach",
      "Migration and related policies are best formulated using evidence and whole of government"
          + " approaches"),
  /** Principle 3: partnerships. */
  PARTNERSHIPS(
      "Engagement with partners to address migration and related issues",
      "Good migration governance relies on strong partnerships");

  private final String title;
  private final String statement;

  MigofPrinciple(String title, String statement) {
    this.title = title;
    this.statement = statement;
  }

  /**
   * The principle's number in the framework.
   *
   * @return a number from 1 to 3
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The principle's official short English title.
   *
   * @return the title, such as "Engagement with partners to address migration and related issues"
   */
  public String title() {
    return title;
  }

  /**
   * The principle as the IOM Council document states it.
   *
   * @return the statement, such as "Good migration governance relies on strong partnerships"
   */
  public String statement() {
    return statement;
  }

  /**
   * Finds a principle by its number.
   *
   * @param number the number, from 1 to 3
   * @return the principle
   * @throws InvalidValueException if the number is not between 1 and 3
   */
  public static MigofPrinciple ofNumber(int number) {
    MigofPrinciple[] values = values();
    if (number < 1 || number > values.length) {
      throw new InvalidValueException(Phrase.template("a MiGOF principle number, 1 to {0}",
          "un numero di principio MiGOF, da 1 a {0}", "un numéro de principe MiGOF, de 1 à {0}",
          "un número de principio MiGOF, de 1 a {0}").with(values.length), String.valueOf(number));
    }
    return values[number - 1];
  }
}
