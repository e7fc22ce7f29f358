package dev.partnership.model;

import static dev.partnership.model.PracticeOperatorsTest.refuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnership.math.Fraction;
import org.junit.jupiter.api.Test;

/**
 * Budget shares that one decimal rounds to 0% or 100% print on the right side of the bound, so a
 * refusal never reads "would be 100%; at most 100% can move".
 */
class BudgetShareTextTest {
  @Test
  void sharesThatRoundToABoundSayWhichSideTheyAreOn() {
    assertEquals("10%", PracticeOperators.share(Fraction.of(1, 10)));
    assertEquals("33.3% (1/3)", PracticeOperators.share(Fraction.of(1, 3)));
    assertEquals("0%", PracticeOperators.share(Fraction.ZERO));
    assertEquals("100%", PracticeOperators.share(Fraction.ONE));
    assertEquals("less than 0.1% (1/1000000)", PracticeOperators.share(Fraction.of(1, 1_000_000)));
    assertEquals(
        "more than 100% (1000001/1000000)",
        PracticeOperators.share(Fraction.of(1_000_001, 1_000_000)));
    assertEquals(
        "less than 100% (999999/1000000)",
        PracticeOperators.share(Fraction.of(999_999, 1_000_000)));
    assertEquals("0.1% (1/1001)", PracticeOperators.share(Fraction.of(1, 1001)));
  }

  @Test
  void aTinyLineAboveAFullBudgetIsRefusedReadably() {
    Partnership full =
        PracticeOperatorsTest.p().with(PracticeOperators.setBudgetFlexibility(Fraction.ONE));
    refuses(
        full,
        PracticeOperators.addFlexibleBudgetLine(Fraction.of(1, 1_000_000)),
        "the movable share of the budget of alliance would be more than 100% (1000001/1000000)"
            + " (100% + less than 0.1% (1/1000000)); at most 100% of a budget can move");
  }
}
