package dev.partnership.model;

import static dev.partnership.model.PartnershipProperties.assertAgreesWithWith;
import static dev.partnership.model.PracticeOperatorsTest.refuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.math.Fraction;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Topic;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The practice, risk and secretariat operators tried as an adversary would: huge facets, one-member
 * partnerships, hostile strings, nulls inside arguments, every operator on every small partnership.
 */
class FacetOperatorAdversarialTest {

  /** A partnership of {@code n} members (the first leads) with {@code risks} risks. */
  static Partnership big(int n, int risks) {
    Partnership.Builder b =
        Partnership.builder().id("big").name("Big").form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    for (int i = 0; i < n; i++) {
      b.addMember(
          Membership.of(
              Organization.builder()
                  .id(OrganizationId.of("m-" + i))
                  .name("Member " + i)
                  .type(OrganizationType.NATIONAL_NGO)
                  .build(),
              i == 0 ? Role.LEAD : Role.MEMBER));
    }
    RiskRegister.Builder r = RiskRegister.builder();
    for (int i = 0; i < risks; i++) {
      r.addRisk(
          Risk.builder()
              .from(RiskOperatorsTest.surveillance())
              .id("R" + i)
              .bearer(OrganizationId.of("m-" + (i % n)))
              .build());
    }
    return b.risks(r.build()).build();
  }

  @Test
  void refusalsOnHugeFacetsStayShort() {
    Partnership p = big(2_000, 10_000);
    String reason = RiskOperators.removeRisk("R-missing").whyNotApplicable(p).orElseThrow();
    assertEquals(
        "risk R-missing is not in the register of big; risks are [R0, R1, R2, R3, R4, R5, R6, R7,"
            + " R8, R9, ... and 9990 more]",
        reason);
    Partnership declared = p;
    for (int i = 0; i < 12; i++) {
      declared =
          declared.with(PracticeOperators.declareInterest(OrganizationId.of("m-" + i), "x", true));
    }
    assertEquals(
        Optional.of(
            "m-99 has declared no interest in big; interests are declared by [m-0, m-1, m-2, m-3,"
                + " m-4, m-5, m-6, m-7, m-8, m-9, ... and 2 more]"),
        PracticeOperators.withdrawInterest(OrganizationId.of("m-99")).whyNotApplicable(declared));
    assertEquals("[a, b]", PracticeOperators.listed(List.of("a", "b")));
    assertEquals(
        "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
        PracticeOperators.listed(IntStream.range(0, 10).boxed().toList()));
  }

  @Test
  void operatorsOnHugeFacetsApply() {
    Partnership p = big(2_000, 10_000);
    OrganizationId[] all = p.members().stream().map(Membership::id).toArray(OrganizationId[]::new);
    Partnership valued =
        p.with(PracticeOperators.defineSharedValues(LocalDate.of(2024, 1, 1), all));
    assertEquals(2_000, valued.practice().sharedValues().orElseThrow().definedBy().size());
    Partnership mitigated =
        p.with(RiskOperators.mitigate("R9999", Mitigation.fundedBy("Training", all[1999])));
    assertTrue(mitigated.risks().risks().get(9_999).isMitigated());
    assertEquals(9_999, mitigated.with(RiskOperators.removeRisk("R0")).risks().risks().size());
    PartnershipOperator lines = PracticeOperators.addFlexibleBudgetLine(Fraction.of(1, 1_000));
    Partnership flexible = p;
    for (int i = 0; i < 1_000; i++) {
      flexible = flexible.with(lines);
    }
    assertEquals(
        Fraction.ONE, flexible.practice().budgetFlexibility().orElseThrow().movableShare());
    refuses(
        flexible,
        lines,
        "the movable share of the budget of big would be 100.1% (100% + 0.1%); at most"
            + " 100% of a budget can move");
  }

  @Test
  void hostileStringsAreKeptAsData() {
    String hostile = "\"); DROP TABLE risks; --\n\u0000\u202e";
    Partnership p =
        PracticeOperatorsTest.p().with(RiskOperators.addRisk(RiskOperatorsTest.surveillance()));
    Partnership next = p.with(RiskOperators.mitigate("R1", hostile));
    assertEquals(hostile, next.risks().risks().get(0).mitigations().get(0).description());
    assertEquals(p, next.with(RiskOperators.removeMitigation("R1", hostile)));
    refuses(
        p,
        RiskOperators.removeRisk(hostile),
        "risk " + hostile + " is not in the register of alliance; risks are [R1]");
    assertThrows(IllegalArgumentException.class, () -> RiskOperators.mitigate("R1", "\t\n "));
    assertThrows(IllegalArgumentException.class, () -> RiskOperators.removeRisk(""));
    assertThrows(IllegalArgumentException.class, () -> PracticeOperators.removeLearning(" "));
  }

  @Test
  void aOneMemberPartnershipRefusesMovingItsSecretariatAndNamingOutsiders() {
    Partnership one =
        OperatorAdversarialTest.one().with(PartnershipOperators.hostSecretariat(OperatorTest.LEAD));
    OrganizationId lead = OperatorTest.LEAD.id();
    refuses(
        one,
        PartnershipOperators.moveSecretariat(lead, lead),
        "lead already hosts the secretariat of one");
    refuses(
        one,
        PracticeOperators.addFeedbackLoop(
            new Facts.FeedbackLoop(
                ImmutableSet.of(lead), OperatorTest.JASS.id(), "survey", 1, Optional.empty())),
        "jass is not a member of one");
    Partnership absent = one.with(PracticeOperators.markAbsent(Topic.FEEDBACK_LOOPS));
    assertEquals(ImmutableSet.of(Topic.FEEDBACK_LOOPS), absent.practice().knownAbsent());
  }

  @Test
  void nullsInsideArgumentsAreNamed() {
    assertEquals(
        "participants[0] must not be null",
        assertThrows(
                NullPointerException.class,
                () -> PracticeOperators.addLearning("x", true, 1, (OrganizationId) null))
            .getMessage());
    assertEquals(
        "decidedBy",
        assertThrows(
                NullPointerException.class,
                () ->
                    PracticeOperators.recordPowerArrangement(
                        LocalDate.of(2024, 1, 1), (OrganizationId[]) null))
            .getMessage());
    assertEquals(
        "participants[1] must not be null",
        assertThrows(
                NullPointerException.class,
                () ->
                    PracticeOperators.reviewContext(
                        LocalDate.of(2024, 1, 1), OperatorTest.JASS.id(), null))
            .getMessage());
  }

  @Test
  void everyOperatorKindAgreesWithWithOnSmallAndBilateralPartnerships() {
    List<Partnership> partnerships =
        List.of(
            OperatorAdversarialTest.one(),
            OperatorAdversarialTest.bilateral(),
            PracticeOperatorsTest.full(),
            PracticeOperatorsTest.p());
    for (Partnership p : partnerships) {
      for (PartnershipOperator op : PracticeOperatorsTest.everyKind()) {
        assertAgreesWithWith(p, op);
      }
      for (ControlMechanism c : ControlMechanism.values()) {
        assertAgreesWithWith(p, PracticeOperators.replaceControl(c));
      }
    }
  }
}
