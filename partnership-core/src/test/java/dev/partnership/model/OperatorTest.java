package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one operator shape: one attempt, one build, reasons from the invariants, calls as values. */
class OperatorTest {
  static final Organization LEAD = Organization.of("Lead", OrganizationType.FOUNDATION);
  static final Organization JASS = PartnershipTest.JASS;
  static final Organization CREA = PartnershipTest.CREA;
  static final Organization AWID = Organization.of("AWID", OrganizationType.INTERNATIONAL_NGO);
  static final FundingFlow GRANT =
      FundingFlow.of(LEAD.id(), CREA.id(), Money.of("100", "EUR"), 2025);

  static GoverningBody board() {
    return GoverningBody.of(
        "Board",
        BodyType.BOARD,
        DecisionRule.weightedQuota(12),
        Seat.of(LEAD.id(), 8),
        Seat.of(CREA.id(), 6),
        Seat.of(AWID.id(), 6));
  }

  static Partnership alliance() {
    Partnership members =
        Partnership.of(
            "alliance",
            "Alliance",
            PartnershipForm.ALLIANCE_OR_CONSORTIUM,
            Membership.of(LEAD, Role.LEAD, Role.FUNDER),
            Membership.of(JASS, Role.MEMBER),
            Membership.of(CREA, Role.MEMBER),
            Membership.of(AWID, Role.MEMBER));
    return Partnership.builder().from(members).addBody(board()).addFlow(GRANT).build();
  }

  /** One applicable operator of every kind, on {@link #alliance()}. */
  static List<PartnershipOperator> everyKind() {
    Organization outsider = Organization.of("Outsider", OrganizationType.NATIONAL_NGO);
    return List.of(
        PartnershipOperators.admit(outsider, Role.MEMBER),
        PartnershipOperators.leave(JASS),
        PartnershipOperators.assignRole(JASS, Role.LOBBY_PARTNER),
        PartnershipOperators.revokeRole(LEAD, Role.FUNDER),
        PartnershipOperators.hostSecretariat(JASS),
        GovernanceOperators.establish(
            GoverningBody.of(
                "Assembly", BodyType.ASSEMBLY, DecisionRule.consent(), Seat.of(JASS.id()))),
        GovernanceOperators.dissolve("Board"),
        GovernanceOperators.seat("Board", JASS, 2),
        GovernanceOperators.unseat("Board", AWID.id()),
        GovernanceOperators.reweight("Board", AWID.id(), 4),
        GovernanceOperators.changeRule("Board", DecisionRule.simpleMajority()),
        GovernanceOperators.grantVeto("Board", AWID.id()),
        GovernanceOperators.revokeVeto("Board", CREA.id()),
        FundingOperators.addFlow(FundingFlow.of(LEAD.id(), JASS.id(), Money.of("50", "EUR"), 2025)),
        FundingOperators.removeFlow(GRANT),
        FundingOperators.redirectFunding(LEAD.id(), CREA.id(), JASS.id()),
        FundingOperators.changeEarmarking(LEAD.id(), CREA.id(), Earmarking.UNEARMARKED));
  }

  @Test
  void everyOperatorBuildsItsResultOnceAndAgreesWithWith() {
    Partnership p = alliance().with(GovernanceOperators.grantVeto("Board", CREA.id()));
    for (PartnershipOperator op : everyKind()) {
      AtomicInteger builds = new AtomicInteger();
      PartnershipOperator counted =
          assertInstanceOf(Operator.class, op)
              .mapChange(
                  change ->
                      (q, b) -> {
                        builds.incrementAndGet();
                        change.accept(q, b);
                      });
      assertEquals(Optional.empty(), counted.whyNotApplicable(p), op.toString());
      assertEquals(1, builds.get(), op + ": whyNotApplicable builds once");
      Partnership next = counted.apply(p);
      assertEquals(2, builds.get(), op + ": apply builds once");
      assertEquals(p.with(op), next);
      assertFalse(next.equals(p), op + " changes something");
    }
  }

  @Test
  void aPreconditionThatFailsBuildsNothing() {
    AtomicInteger builds = new AtomicInteger();
    Operator op =
        ((Operator) PartnershipOperators.leave(CREA))
            .mapChange(
                change ->
                    (q, b) -> {
                      builds.incrementAndGet();
                      change.accept(q, b);
                    });
    OperatorNotApplicableException e =
        assertThrows(OperatorNotApplicableException.class, () -> op.apply(alliance()));
    assertEquals(
        "leave(crea) does not apply: crea holds seats in [Board]; unseat it first", e.getMessage());
    assertEquals(0, builds.get());
  }

  @Test
  void leaveDoesNotApplyToAMemberNamedInPracticeOrBearingARisk() {
    Partnership named =
        Partnership.builder()
            .from(alliance())
            .practice(
                Practice.builder()
                    .sharedValues(
                        new Facts.SharedValues(
                            LocalDate.of(2024, 1, 1), ImmutableSet.of(JASS.id())))
                    .build())
            .build();
    assertEquals(
        Optional.of("practice (jass) must name members only"),
        PartnershipOperators.leave(JASS).whyNotApplicable(named));
    assertEquals(
        "leave(jass) does not apply: practice (jass) must name members only",
        assertThrows(
                OperatorNotApplicableException.class,
                () -> named.with(PartnershipOperators.leave(JASS)))
            .getMessage());
    Risk risk =
        Risk.builder()
            .id("R1")
            .area(RiskArea.SECURITY)
            .description("Surveillance of activists")
            .likelihood(Likelihood.LIKELY)
            .impact(Impact.SEVERE)
            .bearer(JASS.id())
            .build();
    Partnership bearing =
        Partnership.builder()
            .from(alliance())
            .risks(RiskRegister.builder().addRisk(risk).build())
            .build();
    assertEquals(
        Optional.of("risk R1 bearer (jass) must be a member"),
        PartnershipOperators.leave(JASS).whyNotApplicable(bearing));
    assertThrows(
        OperatorNotApplicableException.class, () -> bearing.with(PartnershipOperators.leave(JASS)));
    Partnership bilateral =
        Partnership.of(
            "b",
            "B",
            PartnershipForm.BILATERAL,
            Membership.of(JASS, Role.MEMBER),
            Membership.of(CREA, Role.MEMBER));
    assertEquals(
        Optional.of("members (1 members) of a BILATERAL partnership must be exactly 2"),
        PartnershipOperators.leave(JASS).whyNotApplicable(bilateral));
  }

  @Test
  void overflowingWeightsDoNotApply() {
    Partnership p = alliance();
    String reason =
        "weight (9223372036854775807 of jass) in Board must keep the total weight of the seats within 9223372036854775807";
    assertEquals(
        Optional.of(reason),
        GovernanceOperators.seat("Board", JASS, Long.MAX_VALUE).whyNotApplicable(p));
    assertEquals(
        "seat(Board, jass, 9223372036854775807) does not apply: " + reason,
        assertThrows(
                OperatorNotApplicableException.class,
                () -> p.with(GovernanceOperators.seat("Board", JASS, Long.MAX_VALUE)))
            .getMessage());
    Partnership big = p.with(GovernanceOperators.reweight("Board", LEAD.id(), Long.MAX_VALUE - 12));
    assertEquals(Long.MAX_VALUE, big.requireBody("Board").totalWeight());
    assertFalse(GovernanceOperators.reweight("Board", AWID.id(), 7).isApplicableTo(big));
    assertThrows(
        OperatorNotApplicableException.class,
        () -> big.with(GovernanceOperators.seat("Board", JASS, 1)));
    assertEquals(
        Optional.of("weight (-1 of jass) must not be negative"),
        GovernanceOperators.seat("Board", JASS, -1).whyNotApplicable(p));
  }

  @Test
  void aMissingBodyHasOneWording() {
    Partnership p = alliance();
    assertEquals(
        "body (Assembly) is not a governing body of alliance; bodies are [Board]",
        assertThrows(IllegalArgumentException.class, () -> p.requireBody("Assembly")).getMessage());
    assertEquals(
        Optional.of("body (Assembly) is not a governing body of alliance; bodies are [Board]"),
        GovernanceOperators.seat("Assembly", JASS, 1).whyNotApplicable(p));
    assertEquals(board(), p.requireBody("Board"));
    assertEquals(List.of("Board"), p.bodyNames());
  }

  @Test
  void operatorsAreValuesThatReadLikeTheirCall() {
    GoverningBody other =
        GoverningBody.of("Board", BodyType.BOARD, DecisionRule.consent(), Seat.of(JASS.id()));
    new EqualsTester()
        .addEqualityGroup(
            GovernanceOperators.seat("Board", JASS, 1),
            GovernanceOperators.seat("Board", JASS.id(), 1))
        .addEqualityGroup(GovernanceOperators.seat("Board", JASS, 2))
        .addEqualityGroup(GovernanceOperators.reweight("Board", JASS.id(), 1))
        .addEqualityGroup(
            GovernanceOperators.establish(board()), GovernanceOperators.establish(board()))
        .addEqualityGroup(GovernanceOperators.establish(other))
        .addEqualityGroup(PartnershipOperators.leave(JASS), PartnershipOperators.leave(JASS.id()))
        .testEquals();
    assertEquals("establish(Board)", GovernanceOperators.establish(other).toString());
    assertEquals("leave(jass)", PartnershipOperators.leave(JASS).toString());
    assertEquals(
        "revokeVeto(Board, crea)", GovernanceOperators.revokeVeto("Board", CREA.id()).toString());
    assertEquals(
        "changeEarmarking(lead, crea, UNEARMARKED)",
        FundingOperators.changeEarmarking(LEAD.id(), CREA.id(), Earmarking.UNEARMARKED).toString());
    assertEquals("addFlow(" + GRANT + ")", FundingOperators.addFlow(GRANT).toString());
    assertEquals(
        "localisation(lead, EUR)",
        FundingQueries.localisation(LEAD.id(), Money.currency("EUR")).toString());
    assertEquals("fundingNetwork()", FundingQueries.fundingNetwork().toString());
    assertEquals(4, alliance().query(FundingQueries.fundingNetwork()).organizations().size());
  }

  @Test
  void catalogueMethodsRejectNulls() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Organization.class, JASS)
            .setDefault(OrganizationId.class, JASS.id())
            .setDefault(FundingFlow.class, GRANT)
            .setDefault(GoverningBody.class, board())
            .setDefault(DecisionRule.class, DecisionRule.simpleMajority())
            .setDefault(Partnership.class, alliance());
    npt.testAllPublicStaticMethods(FundingOperators.class);
    npt.testAllPublicStaticMethods(FundingQueries.class);
    npt.testAllPublicStaticMethods(GovernanceOperators.class);
    npt.testAllPublicStaticMethods(PartnershipOperators.class);
    for (PartnershipOperator op : everyKind()) {
      npt.testAllPublicInstanceMethods(op);
    }
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> PartnershipOperators.admit(JASS, Role.MEMBER, null));
    assertEquals("roles[1] of admit(jass) must not be null", e.getMessage());
  }

  @Test
  void generatedWithersAreSwitchedOff() {
    for (Class<?> generated :
        new Class<?>[] {ImmutablePartnership.class, ImmutableMembership.class}) {
      assertTrue(
          Arrays.stream(generated.getDeclaredMethods())
              .map(Method::getName)
              .noneMatch(n -> n.startsWith("with")),
          generated + " has generated withers nobody can reach");
    }
  }

  @Test
  void nameAndArgumentsAreTheCallsValuesNotHowTheyPrint() {
    OrganizationId nl = OrganizationId.of("NL-KVK-1");
    PartnershipOperator reweight = GovernanceOperators.reweight("ISG", nl, 2);
    assertEquals("reweight", reweight.name());
    assertEquals(List.of("ISG", nl, 2L), reweight.arguments());
    GoverningBody board =
        GoverningBody.builder()
            .name("Board")
            .type(BodyType.BOARD)
            .rule(DecisionRule.simpleMajority())
            .addSeat(Seat.of(nl, 1))
            .build();
    // establish prints the body by its name but keeps the body itself
    PartnershipOperator establish = GovernanceOperators.establish(board);
    assertEquals("establish(Board)", establish.toString());
    assertEquals(List.of(board), establish.arguments());
    // equal operators have equal names and arguments, and the arguments list cannot be changed
    assertEquals(GovernanceOperators.establish(board).arguments(), establish.arguments());
    assertThrows(UnsupportedOperationException.class, () -> establish.arguments().add("x"));
    assertEquals(List.of(), DecisionRightsOperators.unassign("budget").arguments().subList(1, 1));
    assertEquals("unassign", DecisionRightsOperators.unassign("budget").name());
    assertEquals(List.of("budget"), DecisionRightsOperators.unassign("budget").arguments());
  }
}
