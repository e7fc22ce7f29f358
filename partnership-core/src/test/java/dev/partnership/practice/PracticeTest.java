package dev.partnership.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which topics a practice has, the organisations its facts name, and the balance's cut-offs. */
class PracticeTest {
  static final OrganizationId A = OrganizationId.of("a");
  static final OrganizationId B = OrganizationId.of("b");
  static final OrganizationId C = OrganizationId.of("c");
  static final LocalDate D = LocalDate.of(2026, 1, 1);

  static Practice withFact(Topic topic, int n) {
    OrganizationId o = OrganizationId.of("o" + n);
    ImmutableSet<OrganizationId> s = ImmutableSet.of(o);
    Practice.Builder b = Practice.builder();
    switch (topic) {
      case SHARED_VALUES -> b.sharedValues(new Facts.SharedValues(D, s));
      case DECLARED_INTERESTS -> b.putInterest(o, new Facts.DeclaredInterest("reach", true));
      case PROGRAMME_DESIGN ->
          b.design(new Facts.ProgrammeDesign(s, ImmutableSet.of(), ImmutableSet.of()));
      case JOINT_LEARNING -> b.addLearning(new Facts.LearningPractice("retreat", true, 1, s));
      case FEEDBACK_LOOPS ->
          b.addFeedbackLoop(
              new Facts.FeedbackLoop(ImmutableSet.of(), o, "survey", 1, Optional.empty()));
      case CONTEXT_REVIEWS -> b.contextReviews(new Facts.ContextReviews(1, D, s));
      case BUDGET_FLEXIBILITY ->
          b.budgetFlexibility(new Facts.BudgetFlexibility(Fraction.ZERO, s, Optional.empty()));
      case POWER_ARRANGEMENT -> b.powerArrangement(new Facts.PowerArrangement(s, D));
      case CIVIC_SPACE -> b.civicSpace(new Facts.CivicSpaceStrategy("legal aid", false));
    }
    return b.build();
  }

  @Test
  void aPracticeHasExactlyTheTopicsOfItsFactsAndNamesTheirOrganisations() {
    for (Topic topic : Topic.values()) {
      Practice p = withFact(topic, topic.ordinal());
      for (Topic other : Topic.values()) {
        assertEquals(other == topic, p.has(other), topic + " / " + other);
      }
      assertEquals(
          topic == Topic.CIVIC_SPACE
              ? ImmutableSet.of()
              : ImmutableSet.of(OrganizationId.of("o" + topic.ordinal())),
          p.namedOrganizations(),
          topic.toString());
    }
    Practice design =
        Practice.builder()
            .design(
                new Facts.ProgrammeDesign(
                    ImmutableSet.of(A), ImmutableSet.of(B), ImmutableSet.of(C)))
            .build();
    assertEquals(ImmutableSet.of(A, B, C), design.namedOrganizations());
    Practice loop =
        Practice.builder()
            .addFeedbackLoop(
                new Facts.FeedbackLoop(ImmutableSet.of(A, B), C, "survey", 1, Optional.empty()))
            .build();
    assertEquals(ImmutableSet.of(A, B, C), loop.namedOrganizations());
  }

  @Test
  void theCutOffsOfTheBalanceBelongToTheOuterKinds() {
    // T 1, C 2: exactly -1/3; T 2, C 1: exactly 1/3
    TrustControlBalance low =
        new TrustControlBalance(
            ImmutableSet.of(TrustMechanism.SUPPORT_BEYOND_MONEY),
            ImmutableSet.of(ControlMechanism.SHORT_TERM_GRANTS));
    TrustControlBalance high =
        new TrustControlBalance(
            ImmutableSet.of(TrustMechanism.MULTI_YEAR_FUNDING),
            ImmutableSet.of(ControlMechanism.AUDITS));
    assertEquals(Fraction.of(-1, 3), low.score());
    assertEquals(TrustControlBalance.Kind.CONTROL_HEAVY, low.kind());
    assertEquals(TrustControlBalance.Kind.TRUST_BASED, high.kind());
    assertEquals(1, new Facts.ContextReviews(1, D, ImmutableSet.of()).cadenceMonths());
  }
}
