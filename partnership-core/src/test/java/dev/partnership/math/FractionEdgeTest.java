package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Fractions at the limits of long and of decimal exponents. */
class FractionEdgeTest {

  @Test
  void longLimitsAreExact() {
    Fraction min = Fraction.of(Long.MIN_VALUE);
    assertEquals(BigInteger.valueOf(Long.MIN_VALUE).negate(), min.negate().numerator());
    assertEquals(Fraction.ONE, Fraction.of(Long.MIN_VALUE, Long.MIN_VALUE));
    assertEquals(
        Fraction.of(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO), BigInteger.ONE),
        Fraction.of(Long.MAX_VALUE).add(Fraction.of(Long.MAX_VALUE)));
    assertEquals(Fraction.of(-1, Long.MAX_VALUE), Fraction.of(1, Long.MIN_VALUE + 1));
    assertTrue(Fraction.of(Long.MAX_VALUE, 1).compareTo(Fraction.of(Long.MAX_VALUE - 1, 1)) > 0);
  }

  @Test
  void hugeDecimalExponentsAreRefusedQuickly() {
    assertEquals(
        "value's scale (-999999999) must be within [-10000, 10000] to be converted exactly",
        assertThrows(
                IllegalArgumentException.class, () -> Fraction.of(new BigDecimal("1E+999999999")))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> Fraction.of(new BigDecimal("1E-999999999")));
    assertEquals(BigInteger.TEN.pow(10_000), Fraction.of(new BigDecimal("1E+10000")).numerator());
    assertEquals(Fraction.of(1, 40), Fraction.of(new BigDecimal("0.025")));
  }

  @Test
  void divisionByZeroAndUnlimitedPrecisionSaySo() {
    assertEquals(
        "divisor (0) must not be zero: 1/2 / 0",
        assertThrows(ArithmeticException.class, () -> Fraction.of(1, 2).divide(Fraction.ZERO))
            .getMessage());
    assertEquals(new BigDecimal("0.125"), Fraction.of(1, 8).toBigDecimal(MathContext.UNLIMITED));
    assertEquals(
        "context (unlimited precision) cannot hold 1/3 exactly: its decimal expansion does not terminate",
        assertThrows(
                IllegalArgumentException.class,
                () -> Fraction.of(1, 3).toBigDecimal(MathContext.UNLIMITED))
            .getMessage());
    assertEquals(
        "other",
        assertThrows(NullPointerException.class, () -> Fraction.ONE.add(null)).getMessage());
  }
}
