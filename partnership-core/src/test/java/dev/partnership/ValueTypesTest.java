package dev.partnership;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.participation.Action;
import dev.partnership.power.Dimensions.Confidence;
import dev.partnership.power.Dimensions.Expression;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.Dimensions.Level;
import dev.partnership.power.Dimensions.Space;
import dev.partnership.power.PowerMap;
import dev.partnership.power.PowerRelation;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Equality and null handling of the value types not covered by their own packages' tests. */
class ValueTypesTest {
  static final OrganizationId A = OrganizationId.of("a");
  static final OrganizationId B = OrganizationId.of("b");

  static FundingFlow flow() {
    return FundingFlow.of(A, B, Money.of("10", "EUR"), 2025);
  }

  static Risk risk() {
    return Risk.builder()
        .id("R1")
        .area(RiskArea.SECURITY)
        .description("d")
        .likelihood(Likelihood.LIKELY)
        .impact(Impact.MAJOR)
        .bearer(A)
        .build();
  }

  static PowerRelation relation() {
    return PowerRelation.builder()
        .holder(A)
        .overActor(B)
        .form(Form.HIDDEN)
        .space(Space.CLOSED)
        .level(Level.GLOBAL)
        .expression(Expression.POWER_OVER)
        .source("s")
        .date(LocalDate.of(2026, 1, 1))
        .confidence(Confidence.LOW)
        .build();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(flow(), flow(), FundingFlow.builder().from(flow()).build())
        .addEqualityGroup(
            FundingFlow.builder().from(flow()).earmarking(Earmarking.UNEARMARKED).build())
        .addEqualityGroup(FundingFlow.builder().from(flow()).multiYear(true).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Action.of("x", "d", A, LocalDate.of(2026, 1, 1)),
            Action.of("x", "d", A, LocalDate.of(2026, 1, 1)))
        .addEqualityGroup(Action.of("y", "d", A, LocalDate.of(2026, 1, 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Practice.empty(), Practice.builder().build())
        .addEqualityGroup(Practice.builder().addKnownAbsent(Topic.FEEDBACK_LOOPS).build())
        .addEqualityGroup(
            Practice.builder()
                .addControls(ControlMechanism.AUDITS)
                .addTrusts(TrustMechanism.SUPPORT_BEYOND_MONEY)
                .build())
        .addEqualityGroup(
            Practice.builder()
                .sharedValues(new Facts.SharedValues(LocalDate.of(2020, 1, 1), ImmutableSet.of(A)))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(risk(), risk())
        .addEqualityGroup(
            Risk.builder().from(risk()).addMitigation(Mitigation.unfunded("m")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RiskRegister.empty(), RiskRegister.builder().build())
        .addEqualityGroup(RiskRegister.builder().addRisk(risk()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(relation(), relation())
        .addEqualityGroup(
            PowerRelation.builder().from(relation()).confidence(Confidence.HIGH).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PowerMap.empty(), PowerMap.builder().build())
        .addEqualityGroup(PowerMap.builder().addRelation(relation()).build())
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester npt = new NullPointerTester().setDefault(OrganizationId.class, A);
    npt.testAllPublicInstanceMethods(flow());
    npt.testAllPublicInstanceMethods(risk());
    npt.testAllPublicInstanceMethods(relation());
    npt.testAllPublicInstanceMethods(Practice.empty());
    npt.testAllPublicInstanceMethods(PowerMap.empty());
    npt.testAllPublicStaticMethods(Mitigation.class);
    npt.testAllPublicStaticMethods(Risk.class);
    npt.testAllPublicStaticMethods(Practice.class);
    for (Class<?> fact : Facts.class.getDeclaredClasses()) {
      npt.testAllPublicConstructors(fact);
    }
  }
}
