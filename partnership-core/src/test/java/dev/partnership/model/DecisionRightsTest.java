package dev.partnership.model;

import static dev.partnership.model.DecisionRightsOperators.assignToBody;
import static dev.partnership.model.DecisionRightsOperators.delegate;
import static dev.partnership.model.DecisionRightsOperators.removeLevel;
import static dev.partnership.model.DecisionRightsOperators.reserve;
import static dev.partnership.model.DecisionRightsOperators.revokeDecision;
import static dev.partnership.model.DecisionRightsOperators.unassign;
import static dev.partnership.model.DecisionRightsQueries.compareWith;
import static dev.partnership.model.DecisionRightsQueries.draftFromRights;
import static dev.partnership.model.DecisionRightsQueries.rightsOf;
import static dev.partnership.model.DecisionRightsQueries.whoDecides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import dev.partnership.rights.RightsComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Examples of the decision-rights facet on a GPPAC-like network. The names of GPPAC's regions and
 * bodies follow the design notes; the rights themselves are illustrative, not GPPAC's.
 */
class DecisionRightsTest {
  static final Organization SECRETARIAT =
      Organization.of("GPPAC-GS", OrganizationType.INTERNATIONAL_NGO);
  static final Organization ESA = Organization.of("GPPAC-ESA", OrganizationType.REGIONAL_NGO);
  static final Organization WA = Organization.of("GPPAC-WA", OrganizationType.REGIONAL_NGO);
  static final Organization PAC = Organization.of("GPPAC-PAC", OrganizationType.REGIONAL_NGO);

  static final Decision BUDGET =
      Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
  static final Decision MESSAGES = Decision.of("advocacy messages", DecisionArea.ADVOCACY_MESSAGES);
  static final Decision SELECTION =
      Decision.of("partner selection", DecisionArea.PARTNER_SELECTION);

  static Partnership gppac() {
    return Partnership.builder()
        .id("gppac")
        .name("GPPAC (illustrative rights)")
        .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
        .addMembers(
            Membership.of(SECRETARIAT, Role.SECRETARIAT),
            Membership.of(ESA, Role.MEMBER),
            Membership.of(WA, Role.MEMBER),
            Membership.of(PAC, Role.MEMBER))
        .secretariat(SECRETARIAT.id())
        .addBody(
            GoverningBody.of(
                "ISG",
                BodyType.STEERING_COMMITTEE,
                DecisionRule.simpleMajority(),
                Seat.of(ESA.id(), 1),
                Seat.of(WA.id(), 1),
                Seat.of(PAC.id(), 1)))
        .build();
  }

  static Partnership withRights() {
    return gppac()
        .with(assignToBody(BUDGET, "ISG"))
        .with(delegate(MESSAGES, List.of(ESA.id(), WA.id()), ParticipationLevel.DECIDES))
        .with(delegate("advocacy messages", List.of(PAC.id()), ParticipationLevel.CONSULTED))
        .with(reserve(SELECTION, SECRETARIAT.id()));
  }

  @Test
  void aPartnershipHasNoDecisionRightsByDefault() {
    assertEquals(DecisionRights.empty(), gppac().decisionRights());
    assertTrue(gppac().decisionRights().isEmpty());
    assertEquals(ImmutableList.of(), gppac().query(whoDecides()));
    assertEquals("no decision rights", DecisionRights.empty().toString());
  }

  @Test
  void operatorsPrintLikeTheCall() {
    assertEquals(
        "delegate(budget allocation, [gppac-esa, gppac-wa], DECIDES)",
        delegate("budget allocation", List.of(ESA.id(), WA.id()), ParticipationLevel.DECIDES)
            .toString());
    assertEquals(
        "delegate(budget allocation, [gppac-esa], CONSULTED)",
        delegate(BUDGET, List.of(ESA.id()), ParticipationLevel.CONSULTED).toString());
    assertEquals(
        "reserve(partner selection, gppac-gs)", reserve(SELECTION, SECRETARIAT.id()).toString());
    assertEquals("assignToBody(budget allocation, ISG)", assignToBody(BUDGET, "ISG").toString());
    assertEquals("unassign(budget allocation)", unassign("budget allocation").toString());
    assertEquals(
        "removeLevel(budget allocation, gppac-esa)",
        removeLevel("budget allocation", ESA.id()).toString());
    assertEquals(
        "revokeDecision(budget allocation)", revokeDecision("budget allocation").toString());
  }

  @Test
  void operatorsAreEqualWhenTheirCallsAre() {
    assertEquals(
        delegate("x", List.of(ESA.id()), ParticipationLevel.DECIDES),
        delegate("x", List.of(ESA.id()), ParticipationLevel.DECIDES));
    assertFalse(
        delegate("x", List.of(ESA.id()), ParticipationLevel.DECIDES)
            .equals(delegate("x", List.of(ESA.id()), ParticipationLevel.CO_DECIDES)));
    assertFalse(assignToBody(BUDGET, "ISG").equals(assignToBody("budget allocation", "ISG")));
  }

  @Test
  void theOperatorsBuildTheFacet() {
    Partnership p = withRights();
    assertEquals(
        List.of("budget allocation", "advocacy messages", "partner selection"),
        p.decisionRights().names());
    DecisionRight messages = p.decisionRights().right("advocacy messages").orElseThrow();
    assertEquals(
        ImmutableMap.of(
            ESA.id(), ParticipationLevel.DECIDES,
            WA.id(), ParticipationLevel.DECIDES,
            PAC.id(), ParticipationLevel.CONSULTED),
        messages.levels());
    assertEquals(Optional.empty(), messages.body());
    assertEquals(
        Optional.of("ISG"), p.decisionRights().right("budget allocation").orElseThrow().body());
    assertTrue(
        p.toString()
            .endsWith(", decisions [budget allocation, advocacy messages, partner selection]"));
  }

  @Test
  void whoDecidesNamesTheBodyAndTheMembersAtLevelThreeOrFour() {
    Partnership p = withRights();
    assertEquals(
        List.of(
            "budget allocation: body ISG",
            "advocacy messages: gppac-esa 4 decides, gppac-wa 4 decides",
            "partner selection: gppac-gs 4 decides"),
        p.query(whoDecides()).stream().map(Object::toString).toList());
    Partnership none = p.with(unassign("budget allocation"));
    assertTrue(none.query(whoDecides("budget allocation")).nobody());
    assertEquals(
        "budget allocation: nobody recorded as deciding",
        none.query(whoDecides("budget allocation")).toString());
  }

  @Test
  void aMembersRightsSayTheLevelAndTheSeatOnTheDecidingBody() {
    Partnership p = withRights();
    assertEquals(
        List.of(
            "budget allocation: level not recorded, seat on ISG", "advocacy messages: 4 decides"),
        p.query(rightsOf(ESA)).stream().map(Object::toString).toList());
    assertEquals(
        List.of("partner selection: 4 decides"),
        p.query(rightsOf(SECRETARIAT)).stream().map(Object::toString).toList());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> p.query(rightsOf(OrganizationId.of("nobody"))));
    assertEquals("member (nobody) must be a member of gppac", e.getMessage());
  }

  @Test
  void reserveLowersTheOtherDecidersToConsultedAndTakesTheDecisionFromTheBody() {
    Partnership p =
        withRights()
            .with(delegate("budget allocation", List.of(PAC.id()), ParticipationLevel.INFORMED))
            .with(delegate("budget allocation", List.of(WA.id()), ParticipationLevel.CO_DECIDES))
            .with(reserve("budget allocation", ESA.id()));
    DecisionRight budget = p.decisionRights().right("budget allocation").orElseThrow();
    assertEquals(Optional.empty(), budget.body());
    assertEquals(
        ImmutableMap.of(
            PAC.id(), ParticipationLevel.INFORMED,
            WA.id(), ParticipationLevel.CONSULTED,
            ESA.id(), ParticipationLevel.DECIDES),
        budget.levels());
    assertEquals(
        Optional.of("gppac-esa already decides budget allocation alone"),
        reserve("budget allocation", ESA.id()).whyNotApplicable(p));
  }

  @Test
  void leaveDropsTheLeaversLevelsAndKeepsTheDecisions() {
    Partnership p = withRights();
    Partnership after = p.with(hostElsewhere(p));
    assertTrue(after.isMember(SECRETARIAT.id()));
    Partnership left = after.with(PartnershipOperators.leave(SECRETARIAT.id()));
    assertFalse(left.decisionRights().namedOrganizations().contains(SECRETARIAT.id()));
    assertTrue(left.decisionRights().right("partner selection").orElseThrow().isUnassigned());
    assertEquals(
        "partner selection: nobody recorded as deciding",
        left.query(whoDecides("partner selection")).toString());
    assertEquals(
        p.decisionRights().right("advocacy messages"),
        left.decisionRights().right("advocacy messages"));
  }

  /** Moves the secretariat to ESA, so the old host can leave. */
  private static PartnershipOperator hostElsewhere(Partnership p) {
    return PartnershipOperators.hostSecretariat(ESA.id());
  }

  @Test
  void dissolveRefusesWhileTheBodyTakesDecisionsAndNamesThem() {
    Partnership p = withRights().with(assignToBody("advocacy messages", "ISG"));
    assertEquals(
        Optional.of(
            "ISG takes the decisions [budget allocation, advocacy messages]; assign them to another"
                + " body or unassign them first"),
        GovernanceOperators.dissolve("ISG").whyNotApplicable(p));
    Partnership freed = p.with(unassign("budget allocation")).with(unassign("advocacy messages"));
    assertTrue(freed.with(GovernanceOperators.dissolve("ISG")).bodies().isEmpty());
  }

  @Test
  void refusalsNameWhatIsWrong() {
    Partnership p = withRights();
    assertEquals(
        Optional.of(
            "decision (strategy) is not listed in the decision rights of gppac; decisions are"
                + " [budget allocation, advocacy messages, partner selection]"),
        delegate("strategy", List.of(ESA.id()), ParticipationLevel.DECIDES).whyNotApplicable(p));
    assertEquals(
        Optional.of("decision advocacy messages level holder (nobody) must be a member"),
        delegate(
                "advocacy messages",
                List.of(OrganizationId.of("nobody")),
                ParticipationLevel.DECIDES)
            .whyNotApplicable(p));
    assertEquals(
        Optional.of(
            "decision budget allocation body (Board) is not a governing body of gppac; bodies are"
                + " [ISG]"),
        assignToBody("budget allocation", "Board").whyNotApplicable(p));
    assertEquals(
        Optional.of(
            "decision (budget allocation) is listed as budget allocation (RESOURCES_AMONG_PARTNERS),"
                + " not as budget allocation (GRANT_MAKING)"),
        assignToBody(Decision.of("budget allocation", DecisionArea.GRANT_MAKING), "ISG")
            .whyNotApplicable(p));
    assertEquals(
        Optional.of("budget allocation is already taken by ISG"),
        assignToBody("budget allocation", "ISG").whyNotApplicable(p));
    assertEquals(
        Optional.of("[gppac-esa] already at DECIDES in advocacy messages"),
        delegate("advocacy messages", List.of(ESA.id()), ParticipationLevel.DECIDES)
            .whyNotApplicable(p));
    assertEquals(
        Optional.of("advocacy messages is taken by no governing body"),
        unassign("advocacy messages").whyNotApplicable(p));
    assertEquals(
        Optional.of("gppac-gs has no level in advocacy messages"),
        removeLevel("advocacy messages", SECRETARIAT.id()).whyNotApplicable(p));
    OperatorNotApplicableException e =
        assertThrows(
            OperatorNotApplicableException.class, () -> p.with(revokeDecision("strategy")));
    assertTrue(e.getMessage().contains("revokeDecision(strategy)"), e.getMessage());
  }

  @Test
  void revokeAndRemoveLevelUndoTheirCounterparts() {
    Partnership p = withRights();
    assertEquals(
        gppac().with(assignToBody(BUDGET, "ISG")).with(reserve(SELECTION, SECRETARIAT.id())),
        p.with(revokeDecision("advocacy messages")));
    Partnership q =
        p.with(delegate("budget allocation", List.of(ESA.id()), ParticipationLevel.INFORMED));
    assertEquals(p, q.with(removeLevel("budget allocation", ESA.id())));
  }

  @Test
  void theDraftTakesTheFormalLevelsAndIsMarkedDerived() {
    Partnership p = withRights();
    Assessment a = p.query(draftFromRights(LocalDate.of(2026, 11, 29)));
    assertTrue(a.derived());
    assertEquals(Optional.of("gppac"), a.partnershipId());
    assertEquals(p.decisionRights().decisions(), a.decisions());
    // a seat in a three-member simple-majority body has power: co-decides
    assertEquals(
        Optional.of(ParticipationLevel.CO_DECIDES),
        a.actualIn(Cell.of("budget allocation", ESA.id())));
    assertTrue(a.notScored().contains(Cell.of("budget allocation", SECRETARIAT.id())));
    assertEquals(
        Optional.of(ParticipationLevel.CONSULTED),
        a.actualIn(Cell.of("advocacy messages", PAC.id())));
    assertTrue(a.notScored().contains(Cell.of("advocacy messages", SECRETARIAT.id())));
    assertEquals(
        Optional.of(ParticipationLevel.DECIDES),
        a.actualIn(Cell.of("partner selection", SECRETARIAT.id())));
    // a recorded level wins over the seat
    Partnership q =
        p.with(delegate("budget allocation", List.of(ESA.id()), ParticipationLevel.INFORMED));
    assertEquals(
        Optional.of(ParticipationLevel.INFORMED),
        q.query(draftFromRights(LocalDate.of(2026, 11, 29)))
            .actualIn(Cell.of("budget allocation", ESA.id())));
  }

  @Test
  void aSessionComparedWithTheRightsListsTheDifferences() {
    Partnership p = withRights();
    Assessment session =
        p.query(draftFromRights(LocalDate.of(2026, 11, 29)))
            .withActual(Cell.of("advocacy messages", WA.id()), ParticipationLevel.CONSULTED)
            .withActual(Cell.of("advocacy messages", SECRETARIAT.id()), ParticipationLevel.DECIDES);
    RightsComparison c = p.query(compareWith(session));
    assertEquals(1, c.differences().size());
    assertEquals(
        "advocacy messages / gppac-wa: session 2 consulted, formally 4 decides (2 steps less in"
            + " practice)",
        c.differences().get(0).toString());
    // 3 budget (seats) + 3 messages + 1 selection, plus the secretariat's newly scored cell whose
    // formal level is not recorded and therefore not comparable
    assertEquals(7, c.comparable());
    assertEquals(12, c.cells().size());
    assertTrue(c.toString().startsWith("1 of 7 comparable cells differ"), c.toString());
    assertEquals(List.of(), c.onlyInSession());
    assertEquals(List.of(), c.onlyInRights());

    RightsComparison self =
        p.query(compareWith(p.query(draftFromRights(LocalDate.of(2026, 11, 29)))));
    assertEquals(List.of(), self.differences());
  }
}
