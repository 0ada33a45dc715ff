package org.migov.core.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.migov.core.InvalidValueException;
import org.migov.core.text.Phrase;

/**
 * An exact amount of money in an ISO 4217 currency, as OCDS's Value: EUR 1.5 million is
 * {@code Money.of("1500000", "EUR")}.
 *
 * <p>Amounts are {@link BigDecimal}s, never rounded and never converted through {@code double}.
 * Equality is by value: {@code EUR 1.5} equals {@code EUR 1.50}, and they have the same hash
 * code; {@link #amount()} keeps the scale it was given. Arithmetic never crosses currencies: it
 * throws {@link CurrencyMismatchException}. Negative amounts can be represented (a refund, a
 * correction); whether a budget must be positive is a validation rule.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  /**
   * The largest number of integer digits, and of decimal places, accepted in an amount: the plain
   * form of an accepted amount has at most this many digits on each side of the point.
   */
  public static final int MAX_PRECISION = 40;

  private static final Phrase EXPECTED_CURRENCY = Phrase.of("an ISO 4217 currency code such as \"EUR\"",
      "un codice valuta ISO 4217, come \"EUR\"", "un code de devise ISO 4217, comme \"EUR\"",
      "un código de moneda ISO 4217, como \"EUR\"");

  private static final Phrase UNKNOWN_CURRENCY = Phrase.of(
      "unknown currency", "valuta sconosciuta", "devise inconnue", "moneda desconocida");

  private static final Phrase.Template EXPECTED_PRECISION = Phrase.template(
      "an amount of at most {0} integer digits and {0} decimal places",
      "un importo di al più {0} cifre intere e {0} decimali",
      "un montant d'au plus {0} chiffres entiers et {0} décimales",
      "un importe de {0} cifras enteras y {0} decimales como máximo");

  private static final Phrase EXPECTED_MONEY = Phrase.of("money as CUR AMOUNT, such as \"EUR 1500000\"",
      "un importo nella forma VALUTA IMPORTO, come \"EUR 1500000\"",
      "un montant de la forme DEVISE MONTANT, comme \"EUR 1500000\"",
      "un importe con la forma MONEDA IMPORTE, como \"EUR 1500000\"");

  private static final Phrase EXPECTED_AMOUNT = Phrase.of("a plain decimal amount such as \"1500000\" or \"2.25\"",
      "un importo decimale semplice, come \"1500000\" o \"2.25\"",
      "un montant décimal simple, comme \"1500000\" ou \"2.25\"",
      "un importe decimal simple, como \"1500000\" o \"2.25\"");

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Money from an amount and a currency.
   *
   * @param amount the exact amount
   * @param currency the currency
   * @return the money
   * @throws InvalidValueException if the amount has more than {@value #MAX_PRECISION} integer
   *     digits (precision minus scale) or more than {@value #MAX_PRECISION} decimal places (scale)
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    // In long: precision - scale overflows int for a scale near Integer.MIN_VALUE. A scale below
    // -MAX_PRECISION means more than MAX_PRECISION integer digits, refused before precision() is
    // computed.
    long scale = amount.scale();
    if (scale > MAX_PRECISION
        || scale < -MAX_PRECISION
        || amount.precision() - scale > MAX_PRECISION) {
      throw new InvalidValueException(EXPECTED_PRECISION.with(MAX_PRECISION), amount.toString());
    }
    return new Money(amount, currency);
  }

  /**
   * Money from an amount and a currency code.
   *
   * @param amount the exact amount
   * @param currencyCode an ISO 4217 alphabetic code, such as {@code EUR}
   * @return the money
   * @throws InvalidValueException if the code is not a known ISO 4217 currency
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    return of(amount, currency(currencyCode));
  }

  /**
   * Money from a decimal amount written as text and a currency code.
   *
   * @param amount the amount as a plain decimal, such as {@code 1500000} or {@code 2.25}
   * @param currencyCode an ISO 4217 alphabetic code
   * @return the money
   * @throws InvalidValueException if the amount is not a plain decimal number or the code is
   *     unknown
   */
  public static Money of(String amount, String currencyCode) {
    return of(decimal(amount), currency(currencyCode));
  }

  /**
   * Parses {@code "EUR 1500000"}: a currency code, one space, a plain decimal amount.
   *
   * @param text the text to parse
   * @return the money
   * @throws InvalidValueException if the text is malformed
   */
  public static Money parse(CharSequence text) {
    Phrase expected = EXPECTED_MONEY;
    if (text == null) {
      throw new InvalidValueException(expected, null);
    }
    String s = text.toString();
    int space = s.indexOf(' ');
    if (space != 3) {
      throw new InvalidValueException(expected, s);
    }
    return of(s.substring(4), s.substring(0, 3));
  }

  /**
   * Resolves an ISO 4217 alphabetic code.
   *
   * @param code three upper-case letters, such as {@code EUR}
   * @return the currency
   * @throws InvalidValueException if the code is malformed or not a known currency
   */
  public static Currency currency(String code) {
    if (!isThreeUpperCaseLetters(code)) {
      throw new InvalidValueException(EXPECTED_CURRENCY, code);
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(EXPECTED_CURRENCY, code, UNKNOWN_CURRENCY);
    }
  }

  /** Whether a code is exactly three ASCII letters A to Z: {@code [A-Z]{3}}, no regex. */
  private static boolean isThreeUpperCaseLetters(String code) {
    return code != null
        && code.length() == 3
        && isUpperCaseLetter(code.charAt(0))
        && isUpperCaseLetter(code.charAt(1))
        && isUpperCaseLetter(code.charAt(2));
  }

  private static boolean isUpperCaseLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static BigDecimal decimal(String amount) {
    Phrase expected = EXPECTED_AMOUNT;
    if (amount == null
        || amount.length() > MAX_PRECISION * 2 + 2
        || !PLAIN_DECIMAL.matcher(amount).matches()) {
      throw new InvalidValueException(expected, amount);
    }
    return new BigDecimal(amount);
  }

  /**
   * The amount, with the scale it was given.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true when positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * The sum of this and another amount in the same currency, exact.
   *
   * @param other money in the same currency
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount.add(other.amount), currency);
  }

  /**
   * The difference of this and another amount in the same currency, exact.
   *
   * @param other money in the same currency
   * @return this minus other
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return of(amount.subtract(other.amount), currency);
  }

  /**
   * The sums of amounts per currency, exact, never converted: {@code [EUR 1, USD 2, EUR 3]} gives
   * {@code [EUR 4, USD 2]}.
   *
   * @param amounts the amounts, in any currencies
   * @return one sum per currency, in the order the currencies first appear, unmodifiable
   * @throws org.migov.core.InvalidValueException if a sum has more than {@link #MAX_PRECISION} digits
   */
  public static List<Money> sumsByCurrency(Collection<Money> amounts) {
    Map<Currency, BigDecimal> sums = new LinkedHashMap<>();
    for (Money money : amounts) {
      sums.merge(money.currency, money.amount, BigDecimal::add);
    }
    List<Money> result = new ArrayList<>(sums.size());
    sums.forEach((currency, sum) -> result.add(of(sum, currency)));
    return Collections.unmodifiableList(result);
  }

  /**
   * Compares amounts in the same currency.
   *
   * @param other money in the same currency
   * @return a negative, zero or positive number
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /**
   * Equal when the currencies are the same and the amounts are numerically equal
   * ({@code EUR 1.5} equals {@code EUR 1.50}).
   *
   * @param other the object to compare with
   * @return true when equal by value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Money
        && ((Money) other).currency.equals(currency)
        && ((Money) other).amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.getCurrencyCode().hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /**
   * The form that {@link #parse(CharSequence)} reads: {@code EUR 1500000}, the amount as a plain
   * decimal without exponent.
   *
   * @return the currency code, a space, the amount
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
