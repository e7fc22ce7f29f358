package dev.partnership.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

  @Test
  void herfindahlAndGiniOfAKnownVector() {
    Concentration c = Concentration.ofLongs(8, 6, 4, 2);
    assertEquals(
        List.of(Fraction.of(2, 5), Fraction.of(3, 10), Fraction.of(1, 5), Fraction.of(1, 10)),
        c.shares());
    assertEquals(Fraction.of(3, 10), c.herfindahl());
    assertEquals(Fraction.of(1, 15), c.normalizedHerfindahl());
    assertEquals(Fraction.of(1, 4), c.gini());
    assertEquals("HHI 3/10 (normalised 1/15), Gini 1/4", c.toString());
  }

  @Test
  void extremes() {
    assertEquals(Fraction.ONE, Concentration.ofLongs(5).normalizedHerfindahl());
    assertEquals(Fraction.ZERO, Concentration.ofLongs(5).gini());
    Concentration one = Concentration.ofLongs(0, 0, 7, 0);
    assertEquals(Fraction.ONE, one.herfindahl());
    assertEquals(Fraction.ONE, one.normalizedHerfindahl());
    assertEquals(Fraction.of(3, 4), one.gini());
    Concentration equal = Concentration.ofLongs(3, 3, 3);
    assertEquals(Fraction.of(1, 3), equal.herfindahl());
    assertEquals(Fraction.ZERO, equal.normalizedHerfindahl());
    assertEquals(Fraction.ZERO, equal.gini());
  }

  @Test
  void rejectsEmptyNegativeAndAllZero() {
    assertEquals(
        "values ([]) must hold at least one value",
        assertThrows(IllegalArgumentException.class, () -> Concentration.ofLongs()).getMessage());
    assertEquals(
        "values[1] (-1) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> Concentration.ofLongs(1, -1))
            .getMessage());
    assertEquals(
        "values ([0, 0]) must not all be zero",
        assertThrows(IllegalArgumentException.class, () -> Concentration.ofLongs(0, 0))
            .getMessage());
  }

  @Test
  void boundsHoldForAnyVector() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 12))
        .assuming(l -> l.stream().anyMatch(x -> x > 0))
        .checkAssert(
            l -> {
              Concentration c =
                  Concentration.ofLongs(l.stream().mapToLong(Integer::longValue).toArray());
              int n = l.size();
              assertTrue(c.herfindahl().compareTo(Fraction.of(1, n)) >= 0);
              assertTrue(c.herfindahl().compareTo(Fraction.ONE) <= 0);
              assertTrue(c.gini().signum() >= 0);
              assertTrue(c.gini().compareTo(Fraction.of(n - 1, n)) <= 0);
              assertEquals(Fraction.ONE, c.shares().stream().reduce(Fraction.ZERO, Fraction::add));
            });
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Concentration.ofLongs(1, 2), Concentration.ofLongs(2, 4))
        .addEqualityGroup(Concentration.ofLongs(2, 1))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Concentration.class);
  }
}
