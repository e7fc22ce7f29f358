package dev.partnership.model;

import static dev.partnership.model.PartnershipProperties.assertAgreesWithWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.Sessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Operators and queries tried as an adversary would: hostile arguments, operators applied twice,
 * one-member and bilateral partnerships, weights at the limits of a {@code long}.
 */
class OperatorAdversarialTest {
  static final Organization LEAD = OperatorTest.LEAD;
  static final Organization JASS = OperatorTest.JASS;
  static final Organization CREA = OperatorTest.CREA;
  static final Organization AWID = OperatorTest.AWID;

  static Partnership one() {
    return Partnership.of(
        "one", "One", PartnershipForm.NETWORK_WITH_SECRETARIAT, Membership.of(LEAD, Role.LEAD));
  }

  static Partnership bilateral() {
    return Partnership.of(
        "two",
        "Two",
        PartnershipForm.BILATERAL,
        Membership.of(LEAD, Role.LEAD, Role.FUNDER),
        Membership.of(JASS, Role.MEMBER));
  }

  /** Hostile operators: unknown members and bodies, empty names, weights 0, negative and huge. */
  static List<PartnershipOperator> hostile() {
    OrganizationId nobody = OrganizationId.of("nobody");
    List<PartnershipOperator> ops = new ArrayList<>();
    for (OrganizationId id : List.of(nobody, LEAD.id(), JASS.id(), CREA.id(), AWID.id())) {
      for (Role role : Role.values()) {
        ops.add(PartnershipOperators.assignRole(id, role));
        ops.add(PartnershipOperators.revokeRole(id, role));
      }
      ops.add(PartnershipOperators.leave(id));
      ops.add(PartnershipOperators.hostSecretariat(id));
      for (String body : List.of("Board", "", " ", "Nowhere")) {
        for (long w :
            new long[] {
              Long.MIN_VALUE, -1, 0, 1, 12, Long.MAX_VALUE / 2, Long.MAX_VALUE - 12, Long.MAX_VALUE
            }) {
          ops.add(GovernanceOperators.seat(body, id, w));
          ops.add(GovernanceOperators.reweight(body, id, w));
        }
        ops.add(GovernanceOperators.unseat(body, id));
        ops.add(GovernanceOperators.grantVeto(body, id));
        ops.add(GovernanceOperators.revokeVeto(body, id));
        ops.add(GovernanceOperators.dissolve(body));
        ops.add(GovernanceOperators.changeRule(body, DecisionRule.weightedQuota(Long.MAX_VALUE)));
        ops.add(GovernanceOperators.changeRule(body, DecisionRule.qualifiedMajority(2, 3)));
        ops.add(
            GovernanceOperators.changeRule(
                body, DecisionRule.simpleMajority().withMinimumMembers(Integer.MAX_VALUE)));
      }
      ops.add(FundingOperators.redirectFunding(LEAD.id(), CREA.id(), id));
      if (!id.equals(LEAD.id())) {
        ops.add(
            FundingOperators.addFlow(FundingFlow.of(LEAD.id(), id, Money.of("1", "EUR"), 2025)));
      }
    }
    ops.add(
        GovernanceOperators.establish(
            GoverningBody.of("Board", BodyType.BOARD, DecisionRule.consent(), Seat.of(nobody))));
    ops.add(
        GovernanceOperators.establish(
            GoverningBody.of(
                "Big",
                BodyType.BOARD,
                DecisionRule.qualifiedMajority(2, 3),
                Seat.of(LEAD.id(), Long.MAX_VALUE))));
    ops.add(
        PartnershipOperators.admit(
            Organization.of("Lead", OrganizationType.NATIONAL_NGO), Role.MEMBER));
    ops.add(
        PartnershipOperators.admit(
            Organization.of("Second lead", OrganizationType.NATIONAL_NGO), Role.LEAD));
    ops.add(
        PartnershipOperators.admit(
            Organization.of("Third", OrganizationType.NATIONAL_NGO), Role.SECRETARIAT));
    return ops;
  }

  static List<Partnership> states() {
    Partnership big =
        OperatorTest.alliance()
            .with(GovernanceOperators.reweight("Board", LEAD.id(), Long.MAX_VALUE - 12));
    return List.of(OperatorTest.alliance(), big, one(), bilateral(), PartnershipTest.cmi());
  }

  @Test
  void everyHostileOperatorAgreesWithWithOnEveryKindOfPartnership() {
    for (Partnership p : states()) {
      for (PartnershipOperator op : hostile()) {
        assertAgreesWithWith(p, op);
      }
    }
  }

  @Test
  void everyOperatorAppliedTwiceStillAgreesWithWith() {
    Partnership p = OperatorTest.alliance().with(GovernanceOperators.grantVeto("Board", CREA.id()));
    List<PartnershipOperator> ops = new ArrayList<>(OperatorTest.everyKind());
    ops.addAll(hostile());
    for (PartnershipOperator op : ops) {
      if (op.isApplicableTo(p)) {
        Partnership once = p.with(op);
        assertAgreesWithWith(once, op);
      }
    }
    // the once-only operators refuse a second time, naming the state
    PartnershipOperator seat = GovernanceOperators.seat("Board", JASS, 2);
    assertEquals(
        Optional.of("jass already holds a seat in Board"), seat.whyNotApplicable(p.with(seat)));
    PartnershipOperator admit =
        PartnershipOperators.admit(
            Organization.of("Outsider", OrganizationType.NATIONAL_NGO), Role.MEMBER);
    assertEquals(
        Optional.of("outsider is already a member of alliance"),
        admit.whyNotApplicable(p.with(admit)));
  }

  @Test
  void aOneMemberPartnershipRefusesWhatWouldEmptyIt() {
    assertEquals(
        Optional.of("lead is the last member of one"),
        PartnershipOperators.leave(LEAD).whyNotApplicable(one()));
    assertEquals(
        Optional.of("LEAD is the only role of lead; a member holds at least one"),
        PartnershipOperators.revokeRole(LEAD, Role.LEAD).whyNotApplicable(one()));
    Partnership hosted = one().with(PartnershipOperators.hostSecretariat(LEAD));
    assertEquals(Optional.of(LEAD.id()), hosted.secretariat());
    assertEquals(
        Optional.of("lead already hosts the secretariat of one"),
        PartnershipOperators.hostSecretariat(LEAD).whyNotApplicable(hosted));
  }

  @Test
  void aBilateralPartnershipKeepsExactlyTwoMembers() {
    PartnershipOperator admit = PartnershipOperators.admit(CREA, Role.MEMBER);
    assertEquals(
        Optional.of("members (3 members) of a BILATERAL partnership must be exactly 2"),
        admit.whyNotApplicable(bilateral()));
    assertEquals(
        "admit(crea, [MEMBER]) does not apply: members (3 members) of a BILATERAL partnership must be exactly 2",
        assertThrows(OperatorNotApplicableException.class, () -> bilateral().with(admit))
            .getMessage());
    assertEquals(
        Optional.of("members (1 members) of a BILATERAL partnership must be exactly 2"),
        PartnershipOperators.leave(JASS).whyNotApplicable(bilateral()));
  }

  @Test
  void admitOperatorsAreEqualOnlyForEqualMemberships() {
    Organization newcomer = Organization.of("Newcomer", OrganizationType.NATIONAL_NGO, "KE");
    Membership plain = Membership.of(newcomer, Role.MEMBER);
    Membership fromDesign = Membership.builder().from(plain).involvedFromDesign(true).build();
    Membership dated = Membership.builder().from(plain).startDate(LocalDate.of(2021, 1, 1)).build();
    Organization renamed = Organization.builder().from(newcomer).name("Newcomer (renamed)").build();
    new EqualsTester()
        .addEqualityGroup(
            PartnershipOperators.admit(plain), PartnershipOperators.admit(newcomer, Role.MEMBER))
        .addEqualityGroup(PartnershipOperators.admit(fromDesign))
        .addEqualityGroup(PartnershipOperators.admit(dated))
        .addEqualityGroup(PartnershipOperators.admit(renamed, Role.MEMBER))
        .addEqualityGroup(PartnershipOperators.admit(newcomer, Role.MEMBER, Role.LOBBY_PARTNER))
        .testEquals();
    // equal calls give equal results; operators that print alike may still differ
    assertEquals(
        PartnershipOperators.admit(plain).toString(),
        PartnershipOperators.admit(fromDesign).toString());
    Partnership p = OperatorTest.alliance();
    assertNotEquals(
        p.with(PartnershipOperators.admit(plain)), p.with(PartnershipOperators.admit(fromDesign)));
  }

  @Test
  void everyOperatorReadsLikeItsCall() {
    List<String> calls =
        OperatorTest.everyKind().stream()
            .map(Object::toString)
            .collect(ImmutableList.toImmutableList());
    assertEquals(
        List.of(
            "admit(outsider, [MEMBER])",
            "leave(jass)",
            "assignRole(jass, LOBBY_PARTNER)",
            "revokeRole(lead, FUNDER)",
            "hostSecretariat(jass)",
            "establish(Assembly)",
            "dissolve(Board)",
            "seat(Board, jass, 2)",
            "unseat(Board, awid)",
            "reweight(Board, awid, 4)",
            "changeRule(Board, simple majority)",
            "grantVeto(Board, awid)",
            "revokeVeto(Board, crea)",
            "addFlow(lead -> jass: 50 EUR (2025))",
            "removeFlow(lead -> crea: 100 EUR (2025))",
            "redirectFunding(lead, crea, jass)",
            "changeEarmarking(lead, crea, UNEARMARKED)"),
        calls);
  }

  @Test
  void queriesAreValuesEqualWhenTheirCallsAre() {
    Decision budget = Decision.of("Budget", DecisionArea.RESOURCES_AMONG_PARTNERS);
    Decision fund = Decision.of("Fund", DecisionArea.RESOURCES_AMONG_PARTNERS);
    LocalDate date = LocalDate.of(2026, 1, 1);
    Assessment session = Sessions.session();
    Assessment renamed = Assessment.builder().from(session).summary("Another summary").build();
    new EqualsTester()
        .addEqualityGroup(PartnershipQueries.lead(), PartnershipQueries.lead())
        .addEqualityGroup(
            PartnershipQueries.membersWithRole(Role.FUNDER),
            PartnershipQueries.membersWithRole(Role.FUNDER))
        .addEqualityGroup(PartnershipQueries.membersWithRole(Role.LEAD))
        .addEqualityGroup(
            FundingQueries.localisation(LEAD.id(), Money.currency("EUR")),
            FundingQueries.localisation(LEAD.id(), Money.currency("EUR")))
        .addEqualityGroup(FundingQueries.localisation(LEAD.id(), Money.currency("XOF")))
        .addEqualityGroup(
            ParticipationQueries.draftFromBody("Board", date, List.of(budget)),
            ParticipationQueries.draftFromBody("Board", date, List.of(budget)))
        .addEqualityGroup(ParticipationQueries.draftFromBody("Board", date, List.of(fund)))
        .addEqualityGroup(
            ParticipationQueries.problemsWith(session), ParticipationQueries.problemsWith(session))
        .addEqualityGroup(ParticipationQueries.problemsWith(renamed))
        .testEquals();
    // the two drafts print alike (one decision each) and still differ
    assertEquals(
        ParticipationQueries.draftFromBody("Board", date, List.of(budget)).toString(),
        ParticipationQueries.draftFromBody("Board", date, List.of(fund)).toString());
  }

  @Test
  void aMissingOrEmptyBodyNameHasTheOneWording() {
    Partnership p = OperatorTest.alliance();
    assertEquals(
        Optional.of("body () is not a governing body of alliance; bodies are [Board]"),
        GovernanceOperators.dissolve("").whyNotApplicable(p));
    assertEquals(
        Optional.of("body (Nowhere) is not a governing body of alliance; bodies are [Board]"),
        GovernanceOperators.unseat("Nowhere", JASS.id()).whyNotApplicable(p));
    assertEquals(
        "body (Nowhere) is not a governing body of alliance; bodies are [Board]",
        assertThrows(IllegalArgumentException.class, () -> p.requireBody("Nowhere")).getMessage());
  }

  @Test
  void weightsAtTheLimitsOfALong() {
    Partnership p = OperatorTest.alliance();
    Partnership full =
        p.with(GovernanceOperators.reweight("Board", LEAD.id(), Long.MAX_VALUE - 12));
    assertEquals(Long.MAX_VALUE, full.requireBody("Board").totalWeight());
    // a qualified majority of a total of Long.MAX_VALUE is computed exactly, without overflow
    Partnership twoThirds =
        full.with(GovernanceOperators.changeRule("Board", DecisionRule.qualifiedMajority(2, 3)));
    assertEquals(DecisionRule.qualifiedMajority(2, 3), twoThirds.requireBody("Board").rule());
    // a seat of weight 0 is allowed, and then no weight can be added
    Partnership zero = full.with(GovernanceOperators.seat("Board", JASS, 0));
    assertEquals(0, zero.requireBody("Board").seatOf(JASS.id()).orElseThrow().weight());
    assertEquals(
        Optional.of(
            "weight (1 of jass) in Board must keep the total weight of the seats within 9223372036854775807"),
        GovernanceOperators.reweight("Board", JASS.id(), 1).whyNotApplicable(zero));
    assertEquals(
        Optional.of("weight (-9223372036854775808 of jass) must not be negative"),
        GovernanceOperators.seat("Board", JASS, Long.MIN_VALUE).whyNotApplicable(p));
    assertEquals(
        Optional.of("minimum members (2147483647) of body Board must not exceed its 3 seats"),
        GovernanceOperators.changeRule(
                "Board", DecisionRule.simpleMajority().withMinimumMembers(Integer.MAX_VALUE))
            .whyNotApplicable(p));
  }

  @Test
  void nullsAreNamed() {
    Partnership p = OperatorTest.alliance();
    assertEquals(
        "organization",
        assertThrows(NullPointerException.class, () -> p.isMember((Organization) null))
            .getMessage());
    assertEquals(
        "id",
        assertThrows(NullPointerException.class, () -> p.isMember((OrganizationId) null))
            .getMessage());
    assertEquals(
        "operator", assertThrows(NullPointerException.class, () -> p.with(null)).getMessage());
    assertEquals(
        "query", assertThrows(NullPointerException.class, () -> p.query(null)).getMessage());
    assertEquals(
        "partnership",
        assertThrows(
                NullPointerException.class,
                () -> PartnershipOperators.leave(JASS).whyNotApplicable(null))
            .getMessage());
    assertEquals(
        "partnership",
        assertThrows(NullPointerException.class, () -> PartnershipQueries.lead().queryFrom(null))
            .getMessage());
    List<Decision> withNull = new ArrayList<>();
    withNull.add(Decision.of("Budget", DecisionArea.RESOURCES_AMONG_PARTNERS));
    withNull.add(null);
    assertEquals(
        "decisions[1] must not be null",
        assertThrows(
                NullPointerException.class,
                () ->
                    ParticipationQueries.draftFromBody("Board", LocalDate.of(2026, 1, 1), withNull))
            .getMessage());
  }

  @Test
  void aDraftRefusesTwoDecisionsOfOneName() {
    Decision budget = Decision.of("Budget", DecisionArea.RESOURCES_AMONG_PARTNERS);
    assertEquals(
        "decisions (Budget) must be listed once",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ParticipationQueries.draftFromBody(
                        "Board", LocalDate.of(2026, 1, 1), List.of(budget, budget)))
            .getMessage());
    // an empty list of decisions gives a draft with no cells
    assertTrue(
        OperatorTest.alliance()
            .query(ParticipationQueries.draftFromBody("Board", LocalDate.of(2026, 1, 1), List.of()))
            .actual()
            .isEmpty());
  }

  @Test
  void queriesOnEmptyFacetsAndAbsentFunding() {
    Partnership p = one();
    assertEquals(List.of(), p.query(PartnershipQueries.funders()));
    assertEquals(List.of(), p.query(PartnershipQueries.membersWithRole(Role.SECRETARIAT)));
    assertEquals(Optional.of(LEAD), p.query(PartnershipQueries.lead()));
    assertEquals(0, p.query(PartnershipQueries.localAndNationalShare()).signum());
    assertEquals(0, p.query(FundingQueries.fundingNetwork()).flows().size());
    assertEquals(
        "funder (lead) must disburse something in EUR",
        assertThrows(
                IllegalArgumentException.class,
                () -> p.query(FundingQueries.localisation(LEAD.id(), Money.currency("EUR"))))
            .getMessage());
    Partnership funded = OperatorTest.alliance();
    // a currency that does not occur, and a member that funds nothing
    assertEquals(
        "funder (lead) must disburse something in XOF",
        assertThrows(
                IllegalArgumentException.class,
                () -> funded.query(FundingQueries.localisation(LEAD.id(), Money.currency("XOF"))))
            .getMessage());
    assertEquals(
        "funder (jass) must disburse something in EUR",
        assertThrows(
                IllegalArgumentException.class,
                () -> funded.query(FundingQueries.localisation(JASS.id(), Money.currency("EUR"))))
            .getMessage());
    assertEquals(
        "funder (nobody) must be an organisation of the network",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    funded.query(
                        FundingQueries.localisation(
                            OrganizationId.of("nobody"), Money.currency("EUR"))))
            .getMessage());
    assertFalse(PartnershipQueries.lead().toString().isBlank());
    assertEquals(
        "membersWithRole(FUNDER)", PartnershipQueries.membersWithRole(Role.FUNDER).toString());
  }
}
