package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Concentration of values with many different denominators (1/1, 1/2, ..., 1/n): the denominators'
 * common multiple has thousands of digits, and the indices must still come out, exactly. The time
 * limit is a hang guard only.
 */
// seconds per run: run by every mvn verify, not once per PIT mutant
@Tag("slow")
class ConcentrationAdversaryTest {

  /** The plain definitions, one fraction at a time: shares, sum of squares. */
  static List<Fraction> plainShares(List<Fraction> values) {
    Fraction total = values.stream().reduce(Fraction.ZERO, Fraction::add);
    List<Fraction> out = new ArrayList<>();
    values.forEach(v -> out.add(v.divide(total)));
    return out;
  }

  static Fraction plainHerfindahl(List<Fraction> shares) {
    return shares.stream().map(s -> s.multiply(s)).reduce(Fraction.ZERO, Fraction::add);
  }

  @Test
  void fiveThousandHarmonicValuesAreMeasuredExactly() {
    List<Fraction> values = new ArrayList<>();
    for (int k = 1; k <= 5_000; k++) {
      values.add(Fraction.of(1, k));
    }
    Concentration c =
        assertTimeoutPreemptively(
            Duration.ofMinutes(3),
            () -> {
              Concentration x = Concentration.of(values);
              x.herfindahl();
              x.gini();
              x.normalizedHerfindahl();
              return x;
            });
    // the largest share is 1 / H(5000), about 1 / 9.0945 (10,000 values took 79 s on a loaded
    // machine; 5,000 keep the hang guard far away)
    assertEquals(1 / 9.09450885298443, c.shares().get(0).doubleValue(), 1e-12);
    assertEquals(5_000, c.shares().size());
  }

  @Test
  void sharesAndIndicesEqualThePlainDefinitionsForFractionsWithMixedDenominators() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 50)).ofSizeBetween(1, 12),
            lists().of(integers().between(1, 60)).ofSize(12))
        .assuming((ns, ds) -> ns.stream().anyMatch(x -> x > 0))
        .checkAssert(
            (ns, ds) -> {
              List<Fraction> values = new ArrayList<>();
              for (int i = 0; i < ns.size(); i++) {
                values.add(Fraction.of(ns.get(i), ds.get(i)));
              }
              Concentration c = Concentration.of(values);
              List<Fraction> shares = plainShares(values);
              assertEquals(shares, c.shares());
              assertEquals(plainHerfindahl(shares), c.herfindahl());
              assertEquals(ConcentrationProperties.pairwiseGini(shares), c.gini());
            });
  }
}
