package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast Gini against the pairwise definition, across the whole range of long values. */
class ConcentrationProperties {

  /** The definition: {@code sum_i sum_j |x_i - x_j| / (2 n sum(x))}, over the shares. */
  static Fraction pairwiseGini(List<Fraction> shares) {
    Fraction sum = Fraction.ZERO;
    for (Fraction a : shares) {
      for (Fraction b : shares) {
        Fraction d = a.subtract(b);
        sum = sum.add(d.signum() < 0 ? d.negate() : d);
      }
    }
    return sum.divide(Fraction.of(2L * shares.size()));
  }

  @Test
  void giniEqualsThePairwiseDefinitionForAnyLongs() {
    qt().forAll(lists().of(longs().between(0, Long.MAX_VALUE)).ofSizeBetween(1, 14))
        .assuming(l -> l.stream().anyMatch(x -> x > 0))
        .checkAssert(
            l -> {
              Concentration c =
                  Concentration.ofLongs(l.stream().mapToLong(Long::longValue).toArray());
              assertEquals(pairwiseGini(c.shares()), c.gini());
              assertEquals(Fraction.ONE, c.shares().stream().reduce(Fraction.ZERO, Fraction::add));
              assertEquals(c, new Concentration(c.shares()));
            });
  }

  @Test
  void giniEqualsThePairwiseDefinitionForSmallVectors() {
    qt().forAll(lists().of(integers().between(0, 3)).ofSizeBetween(1, 10))
        .assuming(l -> l.stream().anyMatch(x -> x > 0))
        .checkAssert(
            l -> {
              Concentration c =
                  Concentration.ofLongs(l.stream().mapToLong(Integer::longValue).toArray());
              assertEquals(pairwiseGini(c.shares()), c.gini());
            });
  }

  @Test
  void sharesThatDoNotSumToOneAreRefused() {
    assertEquals(
        "shares (summing to 1/2) must sum to 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Concentration(ImmutableList.of(Fraction.of(1, 2))))
            .getMessage());
    assertEquals(
        "shares[0] (-1) must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Concentration(ImmutableList.of(Fraction.of(-1), Fraction.of(2))))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Concentration(ImmutableList.of()));
  }

  @Test
  void hugeInputsGiveExactResultsAndShortRefusals() {
    long[] many = new long[20_000];
    many[0] = Long.MAX_VALUE;
    many[1] = Long.MAX_VALUE;
    Concentration c = Concentration.ofLongs(many);
    assertEquals(Fraction.of(1, 2), c.herfindahl());
    assertEquals(Fraction.of(19_999 - 1, 20_000), c.gini()); // two equal holders among n: 1 - 2/n
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> Concentration.of(Collections.nCopies(100_000, Fraction.ZERO)))
            .getMessage();
    assertTrue(message.length() < 200, message);
    assertTrue(message.endsWith("... 100000 values]) must not all be zero"), message);
    assertEquals(
        "values[1] (-9223372036854775808) must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> Concentration.ofLongs(Long.MAX_VALUE, Long.MIN_VALUE))
            .getMessage());
  }
}
