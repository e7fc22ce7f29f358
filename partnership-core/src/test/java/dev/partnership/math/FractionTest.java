package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void reducesToLowestTermsWithAPositiveDenominator() {
    assertEquals("5/12", Fraction.of(10, 24).toString());
    assertEquals("-1/2", Fraction.of(3, -6).toString());
    assertEquals("3", Fraction.of(6, 2).toString());
    assertEquals(Fraction.ZERO, Fraction.of(0, -5));
    assertEquals(BigInteger.valueOf(-1), Fraction.of(3, -6).numerator());
    assertEquals(BigInteger.TWO, Fraction.of(3, -6).denominator());
  }

  @Test
  void arithmetic() {
    assertEquals(Fraction.of(5, 12), Fraction.of(1, 4).add(Fraction.of(1, 6)));
    assertEquals(Fraction.of(1, 12), Fraction.of(1, 4).subtract(Fraction.of(1, 6)));
    assertEquals(Fraction.of(1, 24), Fraction.of(1, 4).multiply(Fraction.of(1, 6)));
    assertEquals(Fraction.of(3, 2), Fraction.of(1, 4).divide(Fraction.of(1, 6)));
    assertEquals(Fraction.of(-1, 4), Fraction.of(1, 4).negate());
    assertEquals(-1, Fraction.of(-1, 4).signum());
    assertEquals(0.25, Fraction.of(1, 4).doubleValue());
    assertEquals(0.25f, Fraction.of(1, 4).floatValue());
    assertEquals(2, Fraction.of(7, 3).intValue());
    assertEquals(2L, Fraction.of(7, 3).longValue());
    assertEquals("0.3333", Fraction.of(1, 3).toBigDecimal(new MathContext(4)).toString());
    assertTrue(Fraction.of(1, 3).compareTo(Fraction.of(1, 2)) < 0);
  }

  @Test
  void hugeValuesStillConvertToDouble() {
    BigInteger big = BigInteger.TWO.pow(400);
    assertEquals(
        1.0 / 3, Fraction.of(big, big.multiply(BigInteger.valueOf(3))).doubleValue(), 1e-15);
    assertEquals(
        0.1,
        Fraction.of(big.add(BigInteger.ONE), big.multiply(BigInteger.TEN)).doubleValue(),
        1e-15);
  }

  @Test
  void rejectsZeroDenominator() {
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> Fraction.of(1, 0));
    assertEquals("denominator (0) must not be zero: 1/0", e.getMessage());
    assertThrows(ArithmeticException.class, () -> Fraction.ONE.divide(Fraction.ZERO));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(2, 4), Fraction.of(-3, -6))
        .addEqualityGroup(Fraction.ONE, Fraction.of(7, 7))
        .addEqualityGroup(Fraction.ZERO)
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Fraction.class);
    new NullPointerTester().testAllPublicInstanceMethods(Fraction.of(1, 2));
  }

  @Test
  void additionMatchesDoubleArithmetic() {
    qt().forAll(
            longs().between(-1000, 1000),
            longs().between(1, 1000),
            longs().between(-1000, 1000),
            longs().between(1, 1000))
        .checkAssert(
            (a, b, c, d) ->
                assertEquals(
                    (double) a / b + (double) c / d,
                    Fraction.of(a, b).add(Fraction.of(c, d)).doubleValue(),
                    1e-9));
  }
}
