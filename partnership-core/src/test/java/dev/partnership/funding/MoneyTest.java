package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Money's documented bounds: below 10^100, at most 100 decimals, texts of at most 400 characters.
 */
class MoneyTest {
  static final Currency EUR = Money.currency("EUR");

  static String refusal(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void amountsJustInsideTheBoundsAreExact() {
    BigDecimal largest = BigDecimal.TEN.pow(100).subtract(BigDecimal.ONE);
    assertEquals(largest, Money.of(largest, EUR).amount());
    assertEquals(largest.negate(), Money.of(largest.negate(), EUR).amount());
    assertEquals(new BigDecimal("1E-100"), Money.of("1e-100", "EUR").amount());
    // trailing zeros past 100 decimals do not count
    assertEquals(Money.of("1", "EUR"), Money.of("1." + "0".repeat(150), "EUR"));
    // zero with a huge exponent is zero, printed short
    assertEquals("0 EUR", Money.of(new BigDecimal("0E+999999999"), EUR).toString());
  }

  @Test
  void amountsPastTheBoundsAreRefusedWithFieldValueAndRule() {
    assertEquals(
        "amount (1E+100) must be below 10^100 in absolute value",
        refusal(() -> Money.of("1e100", "EUR")));
    assertEquals(
        "amount (-1E+100) must be below 10^100 in absolute value",
        refusal(() -> Money.of("-1e100", "EUR")));
    assertEquals(
        "amount (1E+999999999) must be below 10^100 in absolute value",
        refusal(() -> Money.of("1e999999999", "EUR")));
    assertEquals(
        "amount (1E-101) must have at most 100 decimal places",
        refusal(() -> Money.of("1e-101", "EUR")));
    assertEquals(
        "amount (1E-999999999) must have at most 100 decimal places",
        refusal(() -> Money.of(new BigDecimal("1e-999999999"), EUR)));
    String millionDigits = refusal(() -> Money.of("9".repeat(1_000_000), "EUR"));
    assertEquals(
        "amount (\"99999999999999999999...\", 1000000 characters) must be at most 400 characters",
        millionDigits);
  }

  @Test
  void sumsAndConversionsPastTheBoundsAreRefused() {
    Money big = Money.of(BigDecimal.TEN.pow(100).subtract(BigDecimal.ONE), EUR);
    String sum = refusal(() -> big.add(Money.of("1", "EUR")));
    assertTrue(
        sum.startsWith("sum of 9999") && sum.endsWith(") must be below 10^100 in absolute value"),
        sum);
    assertTrue(sum.length() < 400, sum);
    assertEquals(
        "1 EUR converted at 1E+100 (1E+100) must be below 10^100 in absolute value",
        refusal(() -> Money.of("1", "EUR").convert(EUR, new BigDecimal("1e100"))));
    assertEquals(
        "1.5 EUR converted at 1E-100 (1.5E-100) must have at most 100 decimal places",
        refusal(() -> Money.of("1.5", "EUR").convert(EUR, new BigDecimal("1e-100"))));
    assertEquals(
        "rate (-1) from EUR to EUR must be positive",
        refusal(() -> Money.of("1", "EUR").convert(EUR, new BigDecimal("-1"))));
  }

  @Test
  void printedAmountsStayShort() {
    assertTrue(Money.of("1e99", "EUR").toString().length() <= 105);
    assertTrue(Money.of("-1e-100", "EUR").toString().length() <= 110);
  }
}
