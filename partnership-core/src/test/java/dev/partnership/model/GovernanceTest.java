package dev.partnership.model;

import static dev.partnership.model.GovernanceOperators.changeRule;
import static dev.partnership.model.GovernanceOperators.dissolve;
import static dev.partnership.model.GovernanceOperators.establish;
import static dev.partnership.model.GovernanceOperators.grantVeto;
import static dev.partnership.model.GovernanceOperators.revokeVeto;
import static dev.partnership.model.GovernanceOperators.reweight;
import static dev.partnership.model.GovernanceOperators.seat;
import static dev.partnership.model.GovernanceOperators.unseat;
import static dev.partnership.model.GovernanceQueries.blockers;
import static dev.partnership.model.GovernanceQueries.power;
import static dev.partnership.model.GovernanceQueries.powerChangesUnder;
import static dev.partnership.model.GovernanceQueries.powerConcentration;
import static dev.partnership.model.GovernanceQueries.powerInEveryBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerChange;
import dev.partnership.governance.PowerIndices;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.math.Fraction;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernanceTest {
  static final Organization A = Organization.of("Alpha", OrganizationType.NATIONAL_NGO);
  static final Organization B = Organization.of("Beta", OrganizationType.NATIONAL_NGO);
  static final Organization C = Organization.of("Gamma", OrganizationType.NATIONAL_NGO);
  static final Organization D = Organization.of("Delta", OrganizationType.INTERNATIONAL_NGO);

  static GoverningBody board() {
    return GoverningBody.of(
        "Board",
        BodyType.BOARD,
        DecisionRule.weightedQuota(12),
        Seat.of(A.id(), 8),
        Seat.of(B.id(), 6),
        Seat.of(C.id(), 4),
        Seat.of(D.id(), 2));
  }

  static Partnership alliance() {
    return Partnership.builder()
        .id("alliance")
        .name("Alliance")
        .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
        .addMembers(
            Membership.of(A, Role.LEAD),
            Membership.of(B, Role.MEMBER),
            Membership.of(C, Role.MEMBER),
            Membership.of(D, Role.MEMBER))
        .addBody(board())
        .build();
  }

  @Test
  void rulesMapToGames() {
    GoverningBody b = board();
    assertEquals("[12; 8, 6, 4, 2]", b.game().toString());
    assertEquals(ImmutableList.of("alpha", "beta", "gamma", "delta"), b.game().labels());
    assertEquals(
        "[20; 8, 6, 4, 2] veto [0, 1, 2, 3] min 4 players".replace("[20;", "[0;"),
        GoverningBody.builder().from(b).rule(DecisionRule.unanimity()).build().game().toString());
    assertEquals(
        "[11; 8, 6, 4, 2]",
        GoverningBody.builder()
            .from(b)
            .rule(DecisionRule.simpleMajority())
            .build()
            .game()
            .toString());
    assertEquals(
        "[14; 8, 6, 4, 2]",
        GoverningBody.builder()
            .from(b)
            .rule(DecisionRule.qualifiedMajority(2, 3))
            .build()
            .game()
            .toString());
    assertEquals(
        "[10; 8, 6, 4, 2]",
        GoverningBody.builder()
            .from(b)
            .rule(DecisionRule.qualifiedMajority(1, 2))
            .build()
            .game()
            .toString());
    assertEquals(
        "[12; 8, 6, 4, 2] veto [3] min 3 players",
        GoverningBody.builder()
            .from(b)
            .rule(DecisionRule.weightedQuota(12).withVetoHolders(D.id()).withMinimumMembers(3))
            .build()
            .game()
            .toString());
  }

  @Test
  void consentLetsEverySeatBlock() {
    GoverningBody b = GoverningBody.builder().from(board()).rule(DecisionRule.consent()).build();
    assertEquals(ImmutableSet.of(0, 1, 2, 3), b.game().vetoPlayers());
    assertEquals(
        ImmutableList.of(
            Fraction.of(1, 4), Fraction.of(1, 4), Fraction.of(1, 4), Fraction.of(1, 4)),
        PowerIndices.banzhaf(b.game()).values());
  }

  @Test
  void holdersWithPowerAreThoseWhoCanSwing() {
    assertEquals(ImmutableSet.of(A.id(), B.id(), C.id(), D.id()), board().holdersWithPower());
    GoverningBody dictated =
        GoverningBody.builder()
            .from(board())
            .rule(DecisionRule.weightedQuota(8))
            .seats(ImmutableList.of(Seat.of(A.id(), 8), Seat.of(B.id(), 1)))
            .build();
    assertEquals(ImmutableSet.of(A.id()), dictated.holdersWithPower());
  }

  @Test
  void bodyInvariantsNameFieldValueAndRule() {
    assertEquals(
        "seats (alpha) of body X must give each organisation one seat",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GoverningBody.of(
                        "X",
                        BodyType.BOARD,
                        DecisionRule.simpleMajority(),
                        Seat.of(A.id()),
                        Seat.of(A.id())))
            .getMessage());
    assertEquals(
        "veto holder (delta) of body X must hold a seat",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GoverningBody.of(
                        "X",
                        BodyType.BOARD,
                        DecisionRule.simpleMajority().withVetoHolders(D.id()),
                        Seat.of(A.id())))
            .getMessage());
    assertEquals(
        "rule (weighted quota 5) of body X cannot pass: quota (5) must not exceed the total weight (1): no coalition could pass",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GoverningBody.of(
                        "X", BodyType.BOARD, DecisionRule.weightedQuota(5), Seat.of(A.id())))
            .getMessage());
    assertEquals(
        "minimum members (2) of body X must not exceed its 1 seats",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    GoverningBody.of(
                        "X",
                        BodyType.BOARD,
                        DecisionRule.simpleMajority().withMinimumMembers(2),
                        Seat.of(A.id())))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> GoverningBody.of("X", BodyType.BOARD, DecisionRule.simpleMajority()));
    assertEquals(
        "weight (-1 of alpha) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> Seat.of(A.id(), -1)).getMessage());
  }

  @Test
  void ruleInvariants() {
    assertEquals(
        "threshold (3/2) must be in (0, 1]",
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.qualifiedMajority(3, 2))
            .getMessage());
    assertEquals(
        "quota (0) must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.weightedQuota(0))
            .getMessage());
    assertEquals(
        "minimum members (0) must be at least 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> DecisionRule.simpleMajority().withMinimumMembers(0))
            .getMessage());
    assertEquals(
        "qualified majority 2/3, veto [delta], min 3 members",
        DecisionRule.qualifiedMajority(2, 3)
            .withVetoHolders(D.id())
            .withMinimumMembers(3)
            .toString());
    assertEquals(
        DecisionRule.simpleMajority(),
        DecisionRule.simpleMajority().withVetoHolders(D.id()).withoutVetoHolder(D.id()));
    assertEquals(7, DecisionRule.qualifiedMajority(2, 3).quotaFor(10));
    assertEquals(6, DecisionRule.simpleMajority().quotaFor(10));
    assertEquals(6, DecisionRule.simpleMajority().quotaFor(11));
  }

  @Test
  void partnershipChecksSeatHoldersAndBodyNames() {
    Organization outsider = Organization.of("Outsider", OrganizationType.NATIONAL_NGO);
    assertEquals(
        "seat holder (outsider in X) must be a member",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Partnership.builder()
                        .from(alliance())
                        .addBody(
                            GoverningBody.of(
                                "X",
                                BodyType.OTHER,
                                DecisionRule.consent(),
                                Seat.of(outsider.id())))
                        .build())
            .getMessage());
    assertEquals(
        "bodies (Board) must have distinct names",
        assertThrows(
                IllegalArgumentException.class,
                () -> Partnership.builder().from(alliance()).addBody(board()).build())
            .getMessage());
  }

  @Test
  void aSeatHolderCannotLeaveBeforeBeingUnseated() {
    Partnership p = alliance();
    assertEquals(
        Optional.of("delta holds seats in [Board]; unseat it first"),
        PartnershipOperators.leave(D).whyNotApplicable(p));
    Partnership unseated = p.with(unseat("Board", D.id()));
    assertEquals(ImmutableList.of(), unseated.seatsOf(D.id()));
    assertTrue(PartnershipOperators.leave(D).isApplicableTo(unseated));
  }

  @Test
  void operatorsChangeSeatsWeightsRulesAndVetoes() {
    Partnership p = alliance();
    Partnership q = p.with(changeRule("Board", DecisionRule.simpleMajority()));
    assertEquals(DecisionRule.simpleMajority(), q.body("Board").orElseThrow().rule());
    Partnership r = p.with(reweight("Board", D.id(), 4));
    assertEquals(4, r.body("Board").orElseThrow().seatOf(D.id()).orElseThrow().weight());
    Partnership v = p.with(grantVeto("Board", D.id()));
    assertEquals(
        ImmutableSet.of(D.id()),
        v.query(blockers("Board")).stream()
            .filter(x -> x.equals(D.id()))
            .collect(ImmutableSet.toImmutableSet()));
    assertEquals(p, v.with(revokeVeto("Board", D.id())));
    Partnership e =
        p.with(
            establish(
                GoverningBody.of(
                    "Assembly",
                    BodyType.ASSEMBLY,
                    DecisionRule.simpleMajority(),
                    Seat.of(A.id()),
                    Seat.of(B.id()))));
    assertEquals(2, e.bodies().size());
    assertEquals(p, e.with(dissolve("Assembly")));
    Partnership s = e.with(seat("Assembly", C, 1));
    assertEquals(3, s.body("Assembly").orElseThrow().seats().size());
    assertEquals("seat(Assembly, gamma, 1)", seat("Assembly", C, 1).toString());
    assertEquals(
        "changeRule(Board, simple majority)",
        changeRule("Board", DecisionRule.simpleMajority()).toString());
  }

  @Test
  void operatorsSayWhyTheyDoNotApply() {
    Partnership p = alliance();
    assertEquals(
        Optional.of("body (Assembly) is not a governing body of alliance; bodies are [Board]"),
        dissolve("Assembly").whyNotApplicable(p));
    assertEquals(
        Optional.of("Board is already a governing body of alliance"),
        establish(board()).whyNotApplicable(p));
    assertEquals(
        Optional.of("alpha already holds a seat in Board"),
        seat("Board", A.id(), 1).whyNotApplicable(p));
    assertEquals(
        Optional.of(
            "rule (weighted quota 21) of body Board cannot pass: quota (21) must not exceed the total weight (20): no coalition could pass"),
        changeRule("Board", DecisionRule.weightedQuota(21)).whyNotApplicable(p));
    assertEquals(
        Optional.of("alpha already has weight 8 in Board"),
        reweight("Board", A.id(), 8).whyNotApplicable(p));
    assertEquals(
        Optional.of("Board already decides by weighted quota 12"),
        changeRule("Board", DecisionRule.weightedQuota(12)).whyNotApplicable(p));
    assertEquals(
        Optional.of("delta holds no veto in Board"),
        revokeVeto("Board", D.id()).whyNotApplicable(p));
    assertEquals(
        Optional.of("delta already holds a veto in Board"),
        grantVeto("Board", D.id()).whyNotApplicable(p.with(grantVeto("Board", D.id()))));
    assertEquals(
        Optional.of("outsider holds no seat in Board"),
        unseat("Board", OrganizationId.of("outsider")).whyNotApplicable(p));
    OperatorNotApplicableException e =
        assertThrows(OperatorNotApplicableException.class, () -> p.with(dissolve("Assembly")));
    assertEquals(
        "dissolve(Assembly) does not apply: body (Assembly) is not a governing body of alliance; bodies are [Board]",
        e.getMessage());
  }

  @Test
  void queriesGivePowerBlockersConcentrationAndChanges() {
    Partnership p = alliance();
    assertEquals(
        ImmutableMap.of(
            A.id(),
            Fraction.of(5, 12),
            B.id(),
            Fraction.of(1, 4),
            C.id(),
            Fraction.of(1, 4),
            D.id(),
            Fraction.of(1, 12)),
        p.query(power("Board", PowerMeasure.BANZHAF)));
    assertEquals(ImmutableSet.of(), p.query(blockers("Board")));
    assertEquals(
        ImmutableSet.of(A.id()),
        p.with(changeRule("Board", DecisionRule.weightedQuota(13))).query(blockers("Board")));
    assertEquals(
        Fraction.of(1, 4),
        p.query(powerConcentration("Board", PowerMeasure.SHAPLEY_SHUBIK)).gini());
    assertEquals(
        ImmutableMap.of("Board", p.query(power("Board", PowerMeasure.SHAPLEY_SHUBIK))),
        p.query(powerInEveryBody(PowerMeasure.SHAPLEY_SHUBIK)));
    ImmutableList<PowerChange> changes =
        p.query(powerChangesUnder("Board", DecisionRule.unanimity(), PowerMeasure.BANZHAF));
    assertEquals(
        ImmutableList.of(
            new PowerChange(A.id(), Fraction.of(5, 12), Fraction.of(1, 4)),
            new PowerChange(D.id(), Fraction.of(1, 12), Fraction.of(1, 4))),
        changes);
    assertEquals("alpha: 5/12 -> 1/4 (-1/6)", changes.get(0).toString());
    assertEquals("delta: 1/12 -> 1/4 (+1/6)", changes.get(1).toString());
    assertEquals(
        "body (Assembly) is not a governing body of alliance; bodies are [Board]",
        assertThrows(
                IllegalArgumentException.class,
                () -> p.query(power("Assembly", PowerMeasure.BANZHAF)))
            .getMessage());
    assertEquals("power(Board, BANZHAF)", power("Board", PowerMeasure.BANZHAF).toString());
  }

  @Test
  void valueTypesHaveEqualsAndRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(board(), board())
        .addEqualityGroup(
            GoverningBody.builder().from(board()).rule(DecisionRule.consent()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DecisionRule.qualifiedMajority(2, 3), DecisionRule.qualifiedMajority(4, 6))
        .addEqualityGroup(DecisionRule.simpleMajority())
        .addEqualityGroup(DecisionRule.simpleMajority().withMinimumMembers(2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Seat.of(A.id()), Seat.of(A.id(), 1))
        .addEqualityGroup(Seat.of(A.id(), 2))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(OrganizationId.class, A.id())
            .setDefault(Organization.class, A)
            .setDefault(GoverningBody.class, board())
            .setDefault(DecisionRule.class, DecisionRule.simpleMajority())
            .setDefault(Fraction.class, Fraction.ONE)
            .setDefault(Provenance.class, Provenance.of("s"));
    npt.testAllPublicStaticMethods(GovernanceOperators.class);
    npt.testAllPublicStaticMethods(GovernanceQueries.class);
    npt.testAllPublicStaticMethods(GoverningBody.class);
    npt.testAllPublicStaticMethods(DecisionRule.class);
    npt.testAllPublicStaticMethods(Seat.class);
    npt.testAllPublicInstanceMethods(board());
    npt.testAllPublicInstanceMethods(DecisionRule.simpleMajority());
    npt.testAllPublicConstructors(PowerChange.class);
  }
}
