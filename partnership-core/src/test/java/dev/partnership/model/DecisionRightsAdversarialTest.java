package dev.partnership.model;

import static dev.partnership.model.DecisionRightsOperators.assignToBody;
import static dev.partnership.model.DecisionRightsOperators.delegate;
import static dev.partnership.model.DecisionRightsOperators.reserve;
import static dev.partnership.model.DecisionRightsQueries.compareWith;
import static dev.partnership.model.DecisionRightsQueries.draftFromRights;
import static dev.partnership.model.DecisionRightsQueries.rightsOf;
import static dev.partnership.model.DecisionRightsQueries.whoDecides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Purpose;
import dev.partnership.participation.Sessions;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hostile input to the decision-rights operators and queries: each fails fast and says why. */
class DecisionRightsAdversarialTest {
  static final OrganizationId ESA = DecisionRightsTest.ESA.id();
  static final OrganizationId NOBODY = OrganizationId.of("nobody");

  @Test
  void everyCatalogueMethodNamesANullArgument() {
    NullPointerTester npt =
        ModelNullsTest.tester()
            .setDefault(Decision.class, DecisionRightsTest.BUDGET)
            .setDefault(ParticipationLevel.class, ParticipationLevel.DECIDES)
            .setDefault(LocalDate.class, LocalDate.of(2026, 11, 29))
            .setDefault(java.util.Collection.class, List.of(ESA));
    npt.testAllPublicStaticMethods(DecisionRightsOperators.class);
    npt.testAllPublicStaticMethods(DecisionRightsQueries.class);
  }

  @Test
  void nullsInsideTheMembersAreNamed() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                delegate(
                    "budget allocation", Arrays.asList(ESA, null), ParticipationLevel.DECIDES));
    assertEquals("members[1] must not be null", e.getMessage());
  }

  @Test
  void emptyOrRepeatedMembersAndBlankNamesAreRefusedAtOnce() {
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () -> delegate("budget allocation", List.of(), ParticipationLevel.DECIDES));
    assertEquals("members ([]) must name at least one organisation", empty.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> delegate("budget allocation", List.of(ESA, ESA), ParticipationLevel.DECIDES));
    assertEquals("members (gppac-esa) must list each organisation once", twice.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> reserve(" ", ESA));
    assertEquals("decision (\" \") must not be blank", blank.getMessage());
    assertThrows(IllegalArgumentException.class, () -> assignToBody("", "ISG"));
    assertThrows(IllegalArgumentException.class, () -> DecisionRightsOperators.unassign(""));
    assertThrows(
        IllegalArgumentException.class, () -> DecisionRightsOperators.revokeDecision("\t"));
  }

  @Test
  void unknownMembersAndBodiesAreRefusedWithTheInvariantsMessage() {
    Partnership p = DecisionRightsTest.withRights();
    assertEquals(
        Optional.of("decision partner selection level holder (nobody) must be a member"),
        reserve("partner selection", NOBODY).whyNotApplicable(p));
    assertEquals(
        Optional.of(
            "decision strategy body (Nowhere) is not a governing body of gppac; bodies are [ISG]"),
        assignToBody(Decision.of("strategy", DecisionArea.AGENDA_AND_STRATEGY), "Nowhere")
            .whyNotApplicable(p));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Partnership.builder()
                .from(p)
                .decisionRights(
                    p.decisionRights().with(DecisionRight.of(DecisionRightsTest.BUDGET, "Nowhere")))
                .build());
    IllegalArgumentException q =
        assertThrows(IllegalArgumentException.class, () -> p.query(whoDecides("strategy")));
    assertTrue(q.getMessage().startsWith("decision (strategy) is not listed"), q.getMessage());
  }

  @Test
  void aSessionOfAnotherPartnershipIsRefusedAndStrangersAreListed() {
    Partnership p = DecisionRightsTest.withRights();
    Assessment other =
        Assessment.builder()
            .from(p.query(draftFromRights(LocalDate.of(2026, 11, 29))))
            .partnershipId("fair")
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> p.query(compareWith(other)));
    assertEquals("partnership (fair) of the session must be gppac", e.getMessage());
    Assessment foreign = Sessions.session();
    var c = p.query(compareWith(foreign));
    assertEquals(foreign.decisions().size(), c.onlyInSession().size());
    assertEquals(p.decisionRights().names(), c.onlyInRights());
    assertEquals(0, c.comparable());
  }

  @Test
  void thousandsOfMembersAndDecisions() {
    int n = 3_000;
    List<Membership> members = new ArrayList<>();
    List<OrganizationId> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Organization o = Organization.of("Group " + i, OrganizationType.OTHER);
      members.add(Membership.of(o, Role.MEMBER));
      ids.add(o.id());
    }
    DecisionRights.Builder rights = DecisionRights.builder();
    for (int i = 0; i < n; i++) {
      rights.addRight(DecisionRight.of(Decision.of("decision " + i, DecisionArea.OTHER)));
    }
    Partnership p =
        Partnership.builder()
            .id("big")
            .name("Big network")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .members(members)
            .decisionRights(rights.build())
            .build();
    PartnershipOperator all = delegate("decision 0", ids, ParticipationLevel.CO_DECIDES);
    assertTrue(all.toString().endsWith("and 2990 more], CO_DECIDES)"), all.toString());
    Partnership q = all.apply(p).with(reserve("decision 0", ids.get(n - 1)));
    assertEquals(1, q.query(whoDecides("decision 0")).members().size());
    assertEquals(n, q.query(whoDecides()).size());
    assertEquals(1, q.query(rightsOf(ids.get(0))).size());
    Optional<String> again = all.whyNotApplicable(all.apply(p));
    assertTrue(again.orElseThrow().length() < 400, again.orElseThrow());
  }

  @Test
  void refusalsThatListDecisionsStayShortWithTenThousandOfThem() {
    Organization lead = Organization.of("Lead", OrganizationType.INTERNATIONAL_NGO);
    DecisionRights.Builder rights = DecisionRights.builder();
    for (int i = 0; i < 10_000; i++) {
      rights.addRight(DecisionRight.of(Decision.of("decision " + i, DecisionArea.OTHER), "Board"));
    }
    Partnership p =
        Partnership.builder()
            .id("big")
            .name("Big network")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addMembers(Membership.of(lead, Role.LEAD))
            .addBodies(
                dev.partnership.governance.GoverningBody.of(
                    "Board",
                    dev.partnership.governance.BodyType.BOARD,
                    dev.partnership.governance.DecisionRule.simpleMajority(),
                    dev.partnership.governance.Seat.of(lead.id())))
            .decisionRights(rights.build())
            .build();
    String notListed =
        DecisionRightsOperators.unassign("no such decision").whyNotApplicable(p).orElseThrow();
    assertTrue(notListed.length() < 400, notListed.length() + ": " + notListed.substring(0, 200));
    assertTrue(notListed.endsWith("and 9990 more]"), notListed);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> p.query(whoDecides("no such")));
    assertTrue(e.getMessage().length() < 400, e.getMessage().substring(0, 200));
    String dissolve = GovernanceOperators.dissolve("Board").whyNotApplicable(p).orElseThrow();
    assertTrue(dissolve.length() < 400, dissolve.length() + ": " + dissolve.substring(0, 200));
    assertTrue(dissolve.startsWith("Board takes the decisions [decision 0, decision 1,"), dissolve);
    assertTrue(dissolve.contains("and 9990 more]"), dissolve);
  }

  @Test
  void aDecidingBodyTooLargeForAnExactIndexIsRefusedAsDocumented() {
    Partnership.Builder b =
        Partnership.builder()
            .id("big")
            .name("A large assembly (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    dev.partnership.governance.GoverningBody.Builder body =
        dev.partnership.governance.GoverningBody.builder()
            .name("Assembly")
            .type(dev.partnership.governance.BodyType.ASSEMBLY)
            .rule(dev.partnership.governance.DecisionRule.simpleMajority());
    for (int i = 0; i < 3000; i++) {
      Organization o = Organization.of("m" + i, "Member " + i, OrganizationType.NATIONAL_NGO, "KE");
      b.addMembers(Membership.of(o, Role.MEMBER));
      body.addSeats(dev.partnership.governance.Seat.of(o.id(), 1_000_003L + 7919L * i));
    }
    Partnership p =
        b.addBodies(body.build())
            .decisionRights(
                DecisionRights.of(
                    DecisionRight.of(Decision.of("budget", DecisionArea.OTHER), "Assembly")))
            .build();
    // the Javadoc promises IllegalArgumentException, naming the decision and the body
    IllegalArgumentException draft =
        assertThrows(
            IllegalArgumentException.class,
            () -> p.query(draftFromRights(LocalDate.of(2026, 11, 29))));
    assertTrue(
        draft.getMessage().startsWith("decision (budget) is taken by Assembly, whose seats' power"),
        draft.getMessage());
    assertTrue(draft.getMessage().length() < 600, draft.getMessage());
    Assessment session =
        Assessment.builder()
            .context("A session (illustrative)")
            .purpose(Purpose.EXISTING_PARTNERSHIP)
            .date(LocalDate.of(2026, 11, 29))
            .addOrganizations(p.organizations().get(0))
            .addDecisions(Decision.of("budget", DecisionArea.OTHER))
            .build();
    IllegalArgumentException compared =
        assertThrows(IllegalArgumentException.class, () -> p.query(compareWith(session)));
    assertEquals(draft.getMessage(), compared.getMessage());
  }

  @Test
  void aDecisionNameOfAMillionCharactersIsCutInCallsAndRefusals() {
    String huge = "y".repeat(1_000_000);
    Organization lead = Organization.of("Lead", OrganizationType.INTERNATIONAL_NGO);
    Partnership p =
        Partnership.builder()
            .id("p")
            .name("A network (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addMembers(Membership.of(lead, Role.LEAD))
            .decisionRights(
                DecisionRights.of(DecisionRight.of(Decision.of(huge, DecisionArea.OTHER))))
            .build();
    PartnershipOperator byName = delegate(huge, List.of(lead.id()), ParticipationLevel.DECIDES);
    assertTrue(byName.toString().length() < 200, () -> byName.toString().substring(0, 100));
    assertTrue(byName.toString().contains("(1000000 characters)"), byName.toString());
    PartnershipOperator byDecision =
        delegate(
            Decision.of(huge, DecisionArea.AGENDA_AND_STRATEGY),
            List.of(lead.id()),
            ParticipationLevel.DECIDES);
    assertTrue(
        byDecision.toString().length() < 200,
        () -> byDecision.toString().substring(0, Math.min(100, byDecision.toString().length())));
    String otherArea = byDecision.whyNotApplicable(p).orElseThrow();
    assertTrue(
        otherArea.length() < 400, () -> otherArea.substring(0, Math.min(100, otherArea.length())));
    Partnership q = byName.apply(p);
    String already = byName.whyNotApplicable(q).orElseThrow();
    assertTrue(already.length() < 400, () -> already.substring(0, Math.min(100, already.length())));
    String alone = reserve(huge, lead.id()).whyNotApplicable(q).orElseThrow();
    assertTrue(alone.length() < 400, () -> alone.substring(0, Math.min(100, alone.length())));
    String notListed =
        DecisionRightsOperators.unassign(huge + "z").whyNotApplicable(p).orElseThrow();
    assertTrue(
        notListed.length() < 400, () -> notListed.substring(0, Math.min(100, notListed.length())));
  }

  @Test
  void theDraftOfAWideMatrixListsEveryCell() {
    // a draft has members x decisions cells (here 90,000); a 3,000 x 3,000 draft takes seconds
    int n = 300;
    List<Membership> members = new ArrayList<>();
    DecisionRights.Builder rights = DecisionRights.builder();
    for (int i = 0; i < n; i++) {
      Organization o = Organization.of("Group " + i, OrganizationType.OTHER);
      members.add(Membership.of(o, Role.MEMBER));
      rights.addRight(
          DecisionRight.of(Decision.of("decision " + i, DecisionArea.OTHER))
              .withLevel(o.id(), ParticipationLevel.DECIDES));
    }
    Partnership p =
        Partnership.builder()
            .id("wide")
            .name("Wide network")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .members(members)
            .decisionRights(rights.build())
            .build();
    Assessment a = p.query(draftFromRights(LocalDate.of(2026, 11, 29)));
    assertEquals(n, a.actual().size());
    assertEquals(n * n - n, a.notScored().size());
    assertEquals(0, p.query(compareWith(a)).differences().size());
  }

  @Test
  void anEmptyFacetDraftsAnEmptySessionThatComparesCleanly() {
    Partnership p = DecisionRightsTest.gppac();
    Assessment a = p.query(draftFromRights(LocalDate.of(2026, 11, 29)));
    assertEquals(ImmutableList.of(), a.decisions());
    assertEquals(Purpose.EXISTING_PARTNERSHIP, a.purpose());
    assertEquals("0 of 0 comparable cells differ", p.query(compareWith(a)).toString());
    assertEquals(Collections.emptyList(), p.query(rightsOf(ESA)));
  }
}
