package dev.partnership.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts keep their own invariants; the balance cannot be built inconsistent and reads in words. */
class FactsTest {
  static final OrganizationId A = OrganizationId.of("a");

  @Test
  void factsRefuseCadencesSharesAndBlankTextsAtTheirLimits() {
    assertEquals(
        "learning cadence (0 months) must be at least 1 month",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Facts.LearningPractice("x", true, 0, ImmutableSet.of()))
            .getMessage());
    assertEquals(
        "feedback cadence (-2147483648 months) must be at least 1 month",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Facts.FeedbackLoop(
                        ImmutableSet.of(), A, "survey", Integer.MIN_VALUE, Optional.empty()))
            .getMessage());
    assertEquals(
        "context review cadence (-1 months) must be at least 1 month",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Facts.ContextReviews(-1, LocalDate.MIN, ImmutableSet.of()))
            .getMessage());
    assertEquals(
        "movable share (-1/100) must be in [0, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Facts.BudgetFlexibility(
                        Fraction.of(-1, 100), ImmutableSet.of(), Optional.empty()))
            .getMessage());
    assertEquals(
        "channel (\" \") must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> new Facts.FeedbackLoop(ImmutableSet.of(), A, " ", 1, Optional.empty()))
            .getMessage());
    assertEquals(
        12,
        new Facts.LearningPractice("x", true, Integer.MAX_VALUE, ImmutableSet.of()).cadenceMonths()
                > 0
            ? 12
            : 0);
    assertEquals(
        Fraction.ONE,
        new Facts.BudgetFlexibility(Fraction.ONE, ImmutableSet.of(), Optional.empty())
            .movableShare());
  }

  @Test
  void theBalanceIsAValueOfItsMechanisms() {
    assertEquals(
        "mechanisms (none) must hold at least one trust or control mechanism",
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrustControlBalance(ImmutableSet.of(), ImmutableSet.of()))
            .getMessage());
    TrustControlBalance a =
        new TrustControlBalance(
            ImmutableSet.of(TrustMechanism.SIMPLIFIED_REPORTING, TrustMechanism.MULTI_YEAR_FUNDING),
            ImmutableSet.of(ControlMechanism.AUDITS));
    TrustControlBalance b =
        new TrustControlBalance(
            ImmutableSet.of(TrustMechanism.MULTI_YEAR_FUNDING, TrustMechanism.SIMPLIFIED_REPORTING),
            ImmutableSet.of(ControlMechanism.AUDITS));
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(
            new TrustControlBalance(ImmutableSet.of(), ImmutableSet.of(ControlMechanism.AUDITS)))
        .testEquals();
    assertEquals(
        ImmutableList.of(
            "+2 trust: MULTI_YEAR_FUNDING", "+2 trust: SIMPLIFIED_REPORTING", "-1 control: AUDITS"),
        b.explanation());
    assertEquals(
        "trust-based: balance 60% (trust 4, control 1; weights and cut-offs of our own, illustrative)",
        a.text());
    assertEquals(
        "replace audits by joint risk assessment (balance 100%)", a.suggestions().get(0).text());
    assertEquals(
        "by (UNEARMARKED_FUNDING) must be the counterpart of AUDITS (JOINT_RISK_ASSESSMENT)",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new TrustControlBalance.Suggestion(
                        ControlMechanism.AUDITS, TrustMechanism.UNEARMARKED_FUNDING, Fraction.ZERO))
            .getMessage());
    assertEquals(
        "after (2) must be in [-1, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new TrustControlBalance.Suggestion(
                        ControlMechanism.AUDITS,
                        TrustMechanism.JOINT_RISK_ASSESSMENT,
                        Fraction.of(2)))
            .getMessage());
    assertEquals("control-heavy", TrustControlBalance.Kind.CONTROL_HEAVY.label());
    assertEquals("unearmarked funding", TrustMechanism.UNEARMARKED_FUNDING.label());
    assertTrue(ControlMechanism.SPENDING_THRESHOLDS.label().equals("spending thresholds"));
  }

  @Test
  void nulls() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Fraction.class, Fraction.ZERO)
            .setDefault(OrganizationId.class, A);
    npt.testAllPublicConstructors(TrustControlBalance.class);
    npt.testAllPublicConstructors(TrustControlBalance.Suggestion.class);
    npt.testAllPublicStaticMethods(TrustControlBalance.class);
  }
}
