package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.model.DecisionRightsOperators;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/** Power shifts attacked with inputs the examples do not try. The partnerships are illustrative. */
class PowerShiftAdversarialTest {

  static Partnership assembly(int n, IntToLongFunction weight) {
    Partnership.Builder b =
        Partnership.builder()
            .id("big")
            .name("A large assembly (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    GoverningBody.Builder body =
        GoverningBody.builder()
            .name("Assembly")
            .type(BodyType.ASSEMBLY)
            .rule(DecisionRule.simpleMajority());
    for (int i = 0; i < n; i++) {
      Organization o = Organization.of("m" + i, "Member " + i, OrganizationType.NATIONAL_NGO, "KE");
      b.addMembers(Membership.of(o, Role.MEMBER));
      body.addSeats(Seat.of(o.id(), weight.applyAsLong(i)));
    }
    return b.addBodies(body.build()).build();
  }

  @Test
  void aBodyOfFiveThousandWeightsNearLongMaxIsReportedUncomputedOnBothSides() {
    Partnership before = assembly(5000, i -> Long.MAX_VALUE / 5000 - 7919L * i);
    Partnership after =
        before.with(GovernanceOperators.reweight("Assembly", OrganizationId.of("m0"), 5));
    PowerShift shift = PowerShift.between(before, after);
    assertEquals(4, shift.uncomputed().size(), shift.uncomputed().toString());
    assertTrue(shift.changes().isEmpty());
    assertTrue(shift.summary().length() < 4000, shift.summary());
  }

  @Test
  void twoSeatsSwappingWeightsInABodyTooLargeToComputeIsReportedNotTakenForNoChange() {
    // the refusal reads the same before and after (same sizes, same weights as a multiset), but
    // the body changed: the shift must say it could not compute it, not that nothing moved
    Partnership before = assembly(3000, i -> 1_000_003L + 7919L * i);
    Partnership after =
        before
            .with(
                GovernanceOperators.reweight(
                    "Assembly", OrganizationId.of("m0"), 1_000_003L + 7919L))
            .with(GovernanceOperators.reweight("Assembly", OrganizationId.of("m1"), 1_000_003L));
    PowerShift shift = PowerShift.between(before, after);
    assertFalse(shift.isEmpty());
    assertEquals(4, shift.uncomputed().size(), shift.uncomputed().toString());
    assertTrue(
        shift.measures().contains(Measure.power("Assembly", PowerMeasure.SHAPLEY_SHUBIK)),
        shift.measures().toString());
    // and the laws still hold through such a state
    assertTrue(shift.then(PowerShift.between(after, before)).isEmpty());
    assertEquals(PowerShift.between(before, before), shift.then(PowerShift.between(after, before)));
  }

  @Test
  void theSummaryOfAThousandMembersAndTenThousandFlowsIsShort() {
    Organization lead =
        Organization.of("lead", "Lead (illustrative)", OrganizationType.INTERNATIONAL_NGO, "NL");
    Partnership.Builder b =
        Partnership.builder()
            .id("wide")
            .name("A wide network (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addMembers(Membership.of(lead, Role.LEAD));
    List<FundingFlow> flows = new ArrayList<>();
    List<FundingFlow> raised = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Organization o = Organization.of("m" + i, "Member " + i, OrganizationType.NATIONAL_NGO, "KE");
      b.addMembers(Membership.of(o, Role.MEMBER));
      for (int k = 0; k < 10; k++) {
        FundingFlow.Builder f =
            FundingFlow.builder()
                .provider(lead.id())
                .recipient(o.id())
                .year(2020 + k)
                .earmarking(Earmarking.UNEARMARKED);
        flows.add(f.amount(Money.of("" + (k + 1), "EUR")).build());
        raised.add(f.amount(Money.of("" + (k + 1 + i), "EUR")).build());
      }
    }
    Partnership before = b.flows(flows).build();
    Partnership after = Partnership.builder().from(before).flows(raised).build();
    PowerShift shift = PowerShift.between(before, after);
    assertEquals(1000, shift.changes().size());
    String summary = shift.summary();
    assertTrue(summary.lines().count() <= 30, summary.lines().count() + " lines");
    assertTrue(summary.length() < 6000, summary.length() + " characters");
    // the largest gains are named, and the rest counted
    assertTrue(summary.contains("Member 999 gained 9990.00 EUR"), summary);
    assertTrue(summary.contains("Lead (illustrative) gained 4995000.00 EUR"), summary);
    assertTrue(summary.contains("and 989 more organisations"), summary);
  }

  @Test
  void aDecisionAndABodyNamedWithAMillionCharactersAreCutInTheSummary() {
    String longName = "y".repeat(1_000_000);
    Organization lead =
        Organization.of("lead", "Lead (illustrative)", OrganizationType.INTERNATIONAL_NGO, "NL");
    Organization member =
        Organization.of("member", "Member (illustrative)", OrganizationType.NATIONAL_NGO, "KE");
    Partnership before =
        Partnership.builder()
            .id("p")
            .name("A network (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addMembers(Membership.of(lead, Role.LEAD), Membership.of(member, Role.MEMBER))
            .addBodies(
                GoverningBody.of(
                    longName + "b",
                    BodyType.BOARD,
                    DecisionRule.simpleMajority(),
                    Seat.of(lead.id()),
                    Seat.of(member.id())))
            .build();
    Partnership after =
        before
            .with(GovernanceOperators.reweight(longName + "b", member.id(), 3))
            .with(
                DecisionRightsOperators.delegate(
                    Decision.of(longName, DecisionArea.OTHER),
                    List.of(member.id()),
                    ParticipationLevel.DECIDES))
            .with(
                DecisionRightsOperators.delegate(
                    Decision.of(longName + "z", DecisionArea.OTHER),
                    List.of(lead.id()),
                    ParticipationLevel.CO_DECIDES));
    PowerShift shift = PowerShift.between(before, after);
    String summary = shift.summary();
    assertTrue(summary.length() < 6000, () -> summary.length() + " characters");
    assertTrue(summary.contains("(1000000 characters)"), () -> summary.substring(0, 300));
    // two decisions whose names cut alike stay apart, and the laws hold
    assertEquals(
        2,
        shift.changes().stream().filter(c -> c.measure() instanceof Measure.DecisionLevel).count());
    assertTrue(shift.then(PowerShift.between(after, before)).isEmpty());
    assertEquals(shift.measures(), PowerShift.between(before, before).then(shift).measures());
  }
}
