package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
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
}
