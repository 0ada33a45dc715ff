package org.migov.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
  void signIsReported() {
    assertTrue(Money.of("0.01", "EUR").isPositive());
    assertTrue(!Money.of("0", "EUR").isPositive());
    assertTrue(!Money.of("-5", "EUR").isPositive());
  }
}
