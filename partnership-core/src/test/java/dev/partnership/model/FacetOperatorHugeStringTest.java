package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import dev.partnership.practice.Facts;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Texts of a million characters (descriptions, interests, risk ids, channels, thresholds) in the
 * practice and risk operators: the calls and refusals that print them stay short, and two operators
 * whose long texts differ stay different.
 */
class FacetOperatorHugeStringTest {
  private static final int SHORT = 400;
  private static final String HUGE = "y".repeat(1_000_000);
  private static final String HUGE_TOO = "y".repeat(999_999) + "z";

  /** Asserts that {@code op} prints short and, on {@code p}, refuses with a short message. */
  private static void shortCallAndRefusal(Partnership p, PartnershipOperator op) {
    assertShort(op.toString());
    Optional<String> why = op.whyNotApplicable(p);
    assertTrue(why.isPresent(), op.toString());
    assertShort(why.get());
    assertShort(assertThrows(OperatorNotApplicableException.class, () -> p.with(op)).getMessage());
  }

  private static void assertShort(String text) {
    assertTrue(
        text.length() < SHORT,
        () -> text.length() + " characters: " + text.substring(0, SHORT) + "...");
  }

  @Test
  void practiceCallsAndRefusalsStayShort() {
    Partnership p = PracticeOperatorsTest.p();
    shortCallAndRefusal(p, PracticeOperators.removeLearning(HUGE));
    Partnership learning = p.with(PracticeOperators.addLearning(HUGE, true, 1));
    shortCallAndRefusal(learning, PracticeOperators.addLearning(HUGE, true, 1));
    shortCallAndRefusal(learning, PracticeOperators.removeLearning("retreat"));
    PartnershipOperator declare = PracticeOperators.declareInterest(OperatorTest.JASS, HUGE, true);
    shortCallAndRefusal(p.with(declare), declare);
    PartnershipOperator civic = PracticeOperators.setCivicSpaceStrategy(HUGE, true);
    shortCallAndRefusal(p.with(civic), civic);
    Facts.FeedbackLoop loop =
        new Facts.FeedbackLoop(
            ImmutableSet.of(OperatorTest.JASS.id()),
            OperatorTest.LEAD.id(),
            HUGE,
            6,
            Optional.of(HUGE));
    shortCallAndRefusal(p, PracticeOperators.removeFeedbackLoop(loop));
    shortCallAndRefusal(
        p.with(PracticeOperators.addFeedbackLoop(loop)), PracticeOperators.addFeedbackLoop(loop));
    PartnershipOperator budget =
        PracticeOperators.setBudgetFlexibility(
            new Facts.BudgetFlexibility(Fraction.of(1, 5), ImmutableSet.of(), Optional.of(HUGE)));
    shortCallAndRefusal(p.with(budget), budget);
  }

  @Test
  void riskCallsAndRefusalsStayShort() {
    Partnership p = RiskOperatorsTest.p();
    shortCallAndRefusal(p, RiskOperators.removeRisk(HUGE));
    shortCallAndRefusal(p, RiskOperators.mitigate(HUGE, "training"));
    shortCallAndRefusal(p, RiskOperators.removeMitigation("R1", HUGE));
    shortCallAndRefusal(p, RiskOperators.fundMitigation("R1", HUGE, OperatorTest.JASS));
    Partnership mitigated = p.with(RiskOperators.mitigate("R1", HUGE));
    shortCallAndRefusal(mitigated, RiskOperators.mitigate("R1", HUGE));
    shortCallAndRefusal(mitigated, RiskOperators.removeMitigation("R1", "other"));
    Risk huge =
        Risk.builder().from(RiskOperatorsTest.surveillance()).id(HUGE).description(HUGE).build();
    shortCallAndRefusal(p.with(RiskOperators.addRisk(huge)), RiskOperators.addRisk(huge));
    shortCallAndRefusal(p.with(RiskOperators.addRisk(huge)), RiskOperators.removeRisk("R7"));
    assertShort(Mitigation.unfunded(HUGE).toString());
  }

  @Test
  void sharesWithHugeDenominatorsPrintShortly() {
    Fraction tiny = Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(400));
    Partnership full =
        PracticeOperatorsTest.p().with(PracticeOperators.setBudgetFlexibility(Fraction.ONE));
    shortCallAndRefusal(full, PracticeOperators.addFlexibleBudgetLine(tiny));
    PartnershipOperator nearlyAll =
        PracticeOperators.setBudgetFlexibility(Fraction.ONE.subtract(tiny));
    shortCallAndRefusal(PracticeOperatorsTest.p().with(nearlyAll), nearlyAll);
    assertNotEquals(
        PracticeOperators.addFlexibleBudgetLine(tiny),
        PracticeOperators.addFlexibleBudgetLine(tiny.add(tiny)));
  }

  @Test
  void callsNamingThousandsOfMembersStayShort() {
    Partnership big = FacetOperatorAdversarialTest.big(5_000, 0);
    OrganizationId[] named =
        IntStream.rangeClosed(0, 5_000)
            .mapToObj(i -> OrganizationId.of(i == 5_000 ? "outsider" : "m-" + i))
            .toArray(OrganizationId[]::new);
    ImmutableSet<OrganizationId> set = ImmutableSet.copyOf(named);
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (PartnershipOperator op :
        List.of(
            PracticeOperators.defineSharedValues(day, named),
            PracticeOperators.recordPowerArrangement(day, named),
            PracticeOperators.addLearning("retreat", true, 12, named),
            PracticeOperators.setContextReviews(12, day, named),
            PracticeOperators.setBudgetFlexibility(Fraction.of(1, 5), named),
            PracticeOperators.addFlexibleBudgetLine(Fraction.of(1, 5), named),
            PracticeOperators.setProgrammeDesign(new Facts.ProgrammeDesign(set, set, set)),
            PracticeOperators.addFeedbackLoop(
                new Facts.FeedbackLoop(
                    set, OrganizationId.of("m-0"), "survey", 6, Optional.empty())))) {
      shortCallAndRefusal(big, op);
    }
    Partnership reviewed = big.with(PracticeOperators.setContextReviews(12, day));
    shortCallAndRefusal(reviewed, PracticeOperators.reviewContext(day.plusDays(1), named));
    assertNotEquals(
        PracticeOperators.defineSharedValues(day, named),
        PracticeOperators.defineSharedValues(day, named[0], named[1]));
  }

  @Test
  void blankHugeTextsAreRefusedShortly() {
    String blank = " ".repeat(1_000_000);
    assertShort(
        assertThrows(
                IllegalArgumentException.class,
                () -> PracticeOperators.setCivicSpaceStrategy(blank, true))
            .getMessage());
    assertShort(
        assertThrows(IllegalArgumentException.class, () -> RiskOperators.removeRisk(blank))
            .getMessage());
  }

  @Test
  void operatorsWhoseLongTextsDifferAreDifferent() {
    for (List<PartnershipOperator> pair :
        List.of(
            List.of(
                PracticeOperators.removeLearning(HUGE), PracticeOperators.removeLearning(HUGE_TOO)),
            List.of(RiskOperators.removeRisk(HUGE), RiskOperators.removeRisk(HUGE_TOO)),
            List.of(RiskOperators.mitigate("R1", HUGE), RiskOperators.mitigate("R1", HUGE_TOO)),
            List.of(
                PracticeOperators.declareInterest(OperatorTest.JASS, HUGE, true),
                PracticeOperators.declareInterest(OperatorTest.JASS, HUGE_TOO, true)))) {
      assertNotEquals(pair.get(0), pair.get(1), pair.get(0).toString());
    }
    assertEquals(PracticeOperators.removeLearning(HUGE), PracticeOperators.removeLearning(HUGE));
  }
}
