package org.migov.core.taxonomy;

import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * The OECD Development Assistance Committee (DAC) Creditor Reporting System (CRS) purpose codes
 * that migov uses. This is not a codelist with derived codes: a purpose code is identified by its
 * official five-digit number. Every {@link ThematicArea} maps to {@link #MIGRATION}, the CRS
 * purpose code for aid that targets migration itself.
 */
public enum DacPurposeCode {
  /** 15190: facilitation of orderly, safe, regular and responsible migration and mobility. */
  MIGRATION(15190, "Facilitation of orderly, safe, regular and responsible migration and mobility");

  private final int number;
  private final String title;

  DacPurposeCode(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * The official five-digit purpose code.
   *
   * @return the code, such as {@code 15190}
   */
  public int number() {
    return number;
  }

  /**
   * The official English name of the purpose code.
   *
   * @return the name, such as "Facilitation of orderly, safe, regular and responsible migration
   *     and mobility"
   */
  public String title() {
    return title;
  }

  /**
   * Finds a purpose code by its number.
   *
   * @param number the five-digit code, such as {@code 15190}
   * @return the purpose code
   * @throws InvalidValueException if migov does not use that purpose code
   */
  public static DacPurposeCode ofNumber(int number) {
    for (DacPurposeCode code : values()) {
      if (code.number == number) {
        return code;
      }
    }
    throw new InvalidValueException(Phrase.of("a DAC CRS purpose code used by migov, such as 15190",
        "un codice di finalità DAC CRS usato da migov, come 15190",
        "un code d'objet DAC CRS utilisé par migov, comme 15190",
        "un código de propósito DAC CRS usado por migov, como 15190"), String.valueOf(number));
  }
}
