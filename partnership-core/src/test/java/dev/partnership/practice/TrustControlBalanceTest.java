package dev.partnership.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustControlBalanceTest {

  @Test
  void emptyWhenNoMechanism() {
    assertEquals(Optional.empty(), TrustControlBalance.of(Practice.empty()));
  }

  @Test
  void classifiesExplainsAndSuggests() {
    Practice p =
        Practice.builder()
            .addControls(
                ControlMechanism.EARMARKING,
                ControlMechanism.PRIOR_APPROVAL,
                ControlMechanism.AUDITS)
            .addTrusts(TrustMechanism.MULTI_YEAR_FUNDING)
            .build();
    TrustControlBalance b = TrustControlBalance.of(p).orElseThrow();
    // T = 2, C = 3 + 3 + 1 = 7: (2 - 7) / 9
    assertEquals(Fraction.of(-5, 9), b.score());
    assertEquals(TrustControlBalance.Kind.CONTROL_HEAVY, b.kind());
    assertEquals(
        List.of(
            "+2 trust: MULTI_YEAR_FUNDING",
            "-3 control: EARMARKING",
            "-3 control: PRIOR_APPROVAL",
            "-1 control: AUDITS"),
        b.explanation());
    // replacing earmarking: T 5, C 4 -> 1/9; prior approval likewise; audits: T 4, C 6 -> -1/5
    assertEquals(
        "replace EARMARKING by UNEARMARKED_FUNDING (balance 1/9)",
        b.suggestions().get(0).toString());
    assertEquals(ControlMechanism.PRIOR_APPROVAL, b.suggestions().get(1).replace());
    assertEquals(Fraction.of(-1, 5), b.suggestions().get(2).after());
    assertEquals("CONTROL_HEAVY (-5/9: trust 2, control 7)", b.toString());
  }

  @Test
  void balancedAndTrustBased() {
    assertEquals(
        TrustControlBalance.Kind.BALANCED,
        TrustControlBalance.of(
                Practice.builder()
                    .addControls(ControlMechanism.EARMARKING)
                    .addTrusts(TrustMechanism.DELEGATED_AUTHORITY)
                    .build())
            .orElseThrow()
            .kind());
    assertEquals(
        TrustControlBalance.Kind.TRUST_BASED,
        TrustControlBalance.of(
                Practice.builder().addTrusts(TrustMechanism.SUPPORT_BEYOND_MONEY).build())
            .orElseThrow()
            .kind());
  }

  @Test
  void practiceChecksItsFacts() {
    assertEquals(
        "known absent (SHARED_VALUES) must not also be recorded as a fact",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Practice.builder()
                        .addKnownAbsent(Topic.SHARED_VALUES)
                        .sharedValues(
                            new Facts.SharedValues(LocalDate.of(2020, 1, 1), ImmutableSet.of()))
                        .build())
            .getMessage());
    assertEquals(
        "movable share (3/2) must be in [0, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Practice.builder()
                        .budgetFlexibility(
                            new Facts.BudgetFlexibility(
                                Fraction.of(3, 2), ImmutableSet.of(), Optional.empty()))
                        .build())
            .getMessage());
    assertTrue(Practice.empty().namedOrganizations().isEmpty());
  }
}
