package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Fraction#doubleValue()} against the plain definition of "the nearest double": no other
 * double is closer to the exact value (compared exactly, as fractions), ties to the even one.
 */
class FractionDoubleProperties {

  /** Returns the exact value of a finite double as a fraction. */
  static Fraction exact(double d) {
    return Fraction.of(new BigDecimal(d));
  }

  /** Returns |a - b|. */
  static Fraction distance(Fraction a, Fraction b) {
    Fraction d = a.subtract(b);
    return d.signum() < 0 ? d.negate() : d;
  }

  /** Asserts that {@code got} is the double nearest to {@code f}, ties to even. */
  static void assertNearest(Fraction f, double got) {
    assertTrue(Double.isFinite(got), () -> f + " gave " + got);
    Fraction here = distance(f, exact(got));
    for (double other : new double[] {Math.nextUp(got), Math.nextDown(got)}) {
      if (!Double.isFinite(other)) {
        continue;
      }
      int c = here.compareTo(distance(f, exact(other)));
      assertTrue(
          c < 0 || (c == 0 && (Double.doubleToRawLongBits(got) & 1) == 0),
          () -> f + " gave " + got + " but " + other + " is nearer");
    }
  }

  /** A random big integer of 1 to {@code maxBits} bits, never zero. */
  static BigInteger big(long seed, int bits) {
    BigInteger b = new BigInteger(bits, new Random(seed));
    return b.signum() == 0 ? BigInteger.ONE : b;
  }

  @Test
  void doubleValueIsTheNearestDoubleForBigNumeratorsAndDenominators() {
    qt().withExamples(3000)
        .forAll(
            longs().all(), integers().between(1, 600), longs().all(), integers().between(1, 600))
        .checkAssert(
            (s1, b1, s2, b2) -> {
              Fraction f = Fraction.of(big(s1, b1), big(s2, b2));
              assertNearest(f, f.doubleValue());
              assertNearest(f.negate(), f.negate().doubleValue());
            });
  }

  @Test
  void doubleValueIsTheNearestDoubleForLongRatios() {
    qt().withExamples(3000)
        .forAll(longs().all(), longs().between(1, Long.MAX_VALUE))
        .checkAssert(
            (n, d) -> {
              Fraction f = Fraction.of(n, d);
              assertNearest(f, f.doubleValue());
            });
  }

  @Test
  void doubleValueAgreesWithTheJdkOnWholeNumbersAndDecimals() {
    qt().withExamples(2000)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert(
            (unscaled, scale) -> {
              BigDecimal d = BigDecimal.valueOf(unscaled, scale);
              assertEquals(d.doubleValue(), Fraction.of(d).doubleValue(), d::toPlainString);
            });
  }

  @Test
  void doubleValueAtTheEndsOfTheDoubleRange() {
    BigInteger two = BigInteger.TWO;
    // the smallest subnormal, and half of it rounding to even (zero) and just above half (up)
    assertEquals(Double.MIN_VALUE, Fraction.of(BigInteger.ONE, two.pow(1074)).doubleValue());
    assertEquals(0.0, Fraction.of(BigInteger.ONE, two.pow(1075)).doubleValue());
    assertEquals(
        Double.MIN_VALUE,
        Fraction.of(two.pow(1075).add(BigInteger.ONE), two.pow(2150)).doubleValue());
    // 2.5 and 3.5 times the smallest subnormal: ties go to the even multiple
    assertEquals(
        2 * Double.MIN_VALUE, Fraction.of(BigInteger.valueOf(5), two.pow(1075)).doubleValue());
    assertEquals(
        4 * Double.MIN_VALUE, Fraction.of(BigInteger.valueOf(7), two.pow(1075)).doubleValue());
    // the largest double, and values that round up past it to infinity
    BigInteger max = new BigDecimal(Double.MAX_VALUE).toBigIntegerExact();
    assertEquals(Double.MAX_VALUE, Fraction.of(max, BigInteger.ONE).doubleValue());
    assertEquals(
        Double.POSITIVE_INFINITY, Fraction.of(two.pow(1024), BigInteger.ONE).doubleValue());
    assertEquals(
        Double.NEGATIVE_INFINITY,
        Fraction.of(two.pow(1024).negate(), BigInteger.ONE).doubleValue());
    assertEquals(-0.0 + 0.0, Fraction.ZERO.doubleValue());
    assertEquals(1.0 / 3, Fraction.of(1, 3).doubleValue());
  }
}
