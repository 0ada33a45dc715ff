package org.migov.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.InvalidValueException;

class MoneyTest {

  @Test
  void equalityIsByValue() {
    Money a = Money.of("1.5", "EUR");
    Money b = Money.of("1.50", "EUR");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new BigDecimal("1.50"), b.amount(), "the scale is kept");
    assertNotEquals(Money.of("1.5", "EUR"), Money.of("1.5", "USD"));
    assertEquals(Money.of(new BigDecimal("1.5E+6"), "EUR"), Money.of("1500000", "EUR"));
  }

  @Test
  void sumsAreExact() {
    Money total =
        Money.of("1500000", "EUR")
            .plus(Money.of("2000000", "EUR"))
            .plus(Money.of("5000000", "EUR"))
            .plus(Money.of("2250000", "EUR"));
    assertEquals(Money.of("10750000", "EUR"), total);
    assertEquals(Money.of("0.3", "EUR"), Money.of("0.1", "EUR").plus(Money.of("0.2", "EUR")));
    assertEquals(Money.of("-1", "EUR"), Money.of("1", "EUR").minus(Money.of("2", "EUR")));
  }

  @Test
  void neverCrossesCurrencies() {
    CurrencyMismatchException e =
        assertThrows(CurrencyMismatchException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
    assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("USD"), e.getMessage());
    assertThrows(CurrencyMismatchException.class, () -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")));
  }

  @Test
  void printsWithoutExponent() {
    assertEquals("EUR 1500000", Money.of(new BigDecimal("1.5E+6"), "EUR").toString());
    assertEquals(Money.of("2250000", "EUR"), Money.parse("EUR 2250000"));
    assertEquals("EUR 2.25", Money.parse("EUR 2.25").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"XXY", "eur", "EURO", "", "E1"})
  void unknownCurrenciesAreRefused(String code) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("1", code));
    assertEquals(code, e.found());
    assertTrue(e.getMessage().contains("ISO 4217"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e1000000000", "1.5e3", "", " 1", "1,5", "NaN", ".5", "+1"})
  void amountsMustBePlainDecimals(String amount) {
    assertThrows(InvalidValueException.class, () -> Money.of(amount, "EUR"));
  }

  @Test
  void moneyWithoutCurrencyOrAmountIsRefused() {
    assertThrows(InvalidValueException.class, () -> Money.of("1", (String) null));
    assertThrows(NullPointerException.class, () -> Money.of((BigDecimal) null, "EUR"));
    assertThrows(InvalidValueException.class, () -> Money.parse("1500000"));
    assertThrows(InvalidValueException.class, () -> Money.of(BigDecimal.ONE.scaleByPowerOfTen(-100), "EUR"));
    assertThrows(InvalidValueException.class, () -> Money.of("1".repeat(41), "EUR"));
    assertThrows(InvalidValueException.class, () -> Money.of(BigDecimal.ONE.scaleByPowerOfTen(40), "EUR"));
    Money widest = Money.of("9".repeat(40) + "." + "9".repeat(40), "EUR");
    assertEquals(widest, Money.parse(widest.toString()));
    Money large = Money.of(BigDecimal.ONE.scaleByPowerOfTen(39), "EUR");
    assertEquals(large, Money.parse(large.toString()));
  }

  @Test
  void scalesAndPrecisionsPastTheBoundAreRefusedWithoutOverflow() {
    BigDecimal[] refused = {
      new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
      new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
      new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
      new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE),
      new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE),
      new BigDecimal("1E+1000000"),
      new BigDecimal("1E+40"),
      new BigDecimal("0E+40"),
      BigDecimal.ONE.movePointLeft(Money.MAX_PRECISION + 1),
      new BigDecimal("9".repeat(Money.MAX_PRECISION + 1)),
      new BigDecimal("9".repeat(Money.MAX_PRECISION + 1) + ".5"),
      new BigDecimal("-" + "9".repeat(Money.MAX_PRECISION) + "." + "9".repeat(Money.MAX_PRECISION + 1)),
      new BigDecimal(BigInteger.TEN.pow(100), 60),
    };
    for (BigDecimal amount : refused) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of(amount, "EUR"), amount::toString);
      assertEquals(amount.toString(), e.found());
      assertTrue(e.getMessage().contains("at most 40 integer digits and 40 decimal places"), e.getMessage());
    }
  }

  @Test
  void theBoundsAreInclusive() {
    BigDecimal[] accepted = {
      new BigDecimal("1E+39"),
      new BigDecimal("0E+39"),
      BigDecimal.ONE.movePointLeft(Money.MAX_PRECISION),
      new BigDecimal("-" + "9".repeat(Money.MAX_PRECISION) + "." + "9".repeat(Money.MAX_PRECISION)),
      new BigDecimal(BigInteger.TEN.pow(79), 40),
    };
    for (BigDecimal amount : accepted) {
      Money money = Money.of(amount, "EUR");
      assertEquals(money, Money.parse(money.toString()), amount::toString);
    }
  }

  @Test
  void arithmeticStaysWithinTheBounds() {
    Money widest = Money.of("9".repeat(Money.MAX_PRECISION), "EUR");
    assertThrows(InvalidValueException.class, () -> widest.plus(Money.of("1", "EUR")));
    assertThrows(InvalidValueException.class, () -> widest.minus(Money.of("-1", "EUR")));
    Money tiny = Money.of(BigDecimal.ONE.movePointLeft(Money.MAX_PRECISION), "EUR");
    assertEquals(Money.of("0." + "0".repeat(39) + "2", "EUR"), tiny.plus(tiny));
  }

  @Test
  void signIsReported() {
    assertTrue(Money.of("0.01", "EUR").isPositive());
    assertTrue(!Money.of("0", "EUR").isPositive());
    assertTrue(!Money.of("-5", "EUR").isPositive());
  }
}
