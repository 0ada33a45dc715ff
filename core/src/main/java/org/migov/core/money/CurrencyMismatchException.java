package org.migov.core.money;

import java.util.Currency;

/** Thrown by arithmetic or comparison between amounts in different currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param expected the currency of the left-hand amount
   * @param found the currency of the right-hand amount
   */
  public CurrencyMismatchException(Currency expected, Currency found) {
    super(
        "expected an amount in "
            + expected.getCurrencyCode()
            + ", found one in "
            + found.getCurrencyCode()
            + ": migov never converts between currencies");
  }
}
