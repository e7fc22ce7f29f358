package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fractions with numbers of tens of thousands of digits: refusals stay short and exact decimal
 * expansions stay fast. The time limits are hang guards only.
 */
// seconds per run: run by every mvn verify, not once per PIT mutant
@Tag("slow")
class FractionAdversaryTest {

  @Test
  void aNonTerminatingHugeFractionIsRefusedWithAShortMessage() {
    Fraction f =
        Fraction.of(BigInteger.ONE, BigInteger.valueOf(3).multiply(BigInteger.TWO.pow(100_000)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> f.toBigDecimal(MathContext.UNLIMITED));
    assertTrue(e.getMessage().length() < 250, e.getMessage().length() + " characters");
    assertTrue(
        e.getMessage().startsWith("context (unlimited precision) cannot hold 1/"), e.getMessage());
    assertTrue(e.getMessage().endsWith(" exactly: its decimal expansion does not terminate"));
  }

  @Test
  void theExactExpansionOfAHugePowerOfFiveIsQuick() {
    Fraction f = Fraction.of(BigInteger.ONE, BigInteger.valueOf(5).pow(50_000));
    BigDecimal d =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> f.toBigDecimal(MathContext.UNLIMITED));
    // 1 / 5^k = 2^k / 10^k
    assertEquals(0, new BigDecimal(BigInteger.TWO.pow(50_000), 50_000).compareTo(d));
  }

  @Test
  void exactExpansionsAgreeWithBigDecimalDivision() {
    qt().withExamples(2000)
        .forAll(longs().all(), integers().between(0, 60), integers().between(0, 40))
        .checkAssert(
            (n, twos, fives) -> {
              BigInteger d = BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives));
              BigDecimal expected = new BigDecimal(BigInteger.valueOf(n)).divide(new BigDecimal(d));
              Fraction f = Fraction.of(BigInteger.valueOf(n), d);
              BigDecimal got = f.toBigDecimal(MathContext.UNLIMITED);
              assertEquals(0, expected.compareTo(got), f + ": " + got + " vs " + expected);
              assertEquals(f, Fraction.of(got));
            });
  }

  @Test
  void nonTerminatingFractionsAreRefusedWhateverTheirSize() {
    qt().withExamples(1000)
        .forAll(longs().between(1, Long.MAX_VALUE), integers().between(0, 30))
        .assuming((d, k) -> d.longValue() != 1)
        .checkAssert(
            (d, k) -> {
              BigInteger rest = BigInteger.valueOf(d);
              while (rest.mod(BigInteger.TWO).signum() == 0) {
                rest = rest.divide(BigInteger.TWO);
              }
              while (rest.mod(BigInteger.valueOf(5)).signum() == 0) {
                rest = rest.divide(BigInteger.valueOf(5));
              }
              Fraction f =
                  Fraction.of(
                      BigInteger.ONE, BigInteger.valueOf(d).multiply(BigInteger.TEN.pow(k)));
              if (rest.equals(BigInteger.ONE)) {
                assertEquals(f, Fraction.of(f.toBigDecimal(MathContext.UNLIMITED)));
              } else {
                assertThrows(
                    IllegalArgumentException.class, () -> f.toBigDecimal(MathContext.UNLIMITED));
              }
            });
  }
}
