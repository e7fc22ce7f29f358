package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ExclusiveDecision;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Sessions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipationQueriesTest {

  static Partnership alliance() {
    return Partnership.builder()
        .id("alliance")
        .name("Alliance")
        .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
        .addMembers(
            Membership.of(Sessions.LEAD, Role.LEAD, Role.FUNDER),
            Membership.of(Sessions.LOCAL_A, Role.MEMBER),
            Membership.of(Sessions.LOCAL_B, Role.LOCAL_GROUP))
        .build();
  }

  @Test
  void aSessionFitsWhenItsOrganisationsAreMembers() {
    assertEquals(
        List.of(), alliance().query(ParticipationQueries.problemsWith(Sessions.session())));
    Partnership without = alliance().with(PartnershipOperators.leave(Sessions.LOCAL_B));
    Assessment tied = Assessment.builder().from(Sessions.session()).partnershipId("other").build();
    assertEquals(
        List.of(
            "partnership (other) of the session must be alliance",
            "organization (local-b) of the session must be a member of alliance"),
        without.query(ParticipationQueries.problemsWith(tied)));
  }

  @Test
  void funderOrLeadDecidingAloneIsFound() {
    ImmutableList<ExclusiveDecision> found =
        alliance().query(ParticipationQueries.funderOrLeadDecidesAlone(Sessions.session()));
    assertEquals(1, found.size());
    assertEquals(Sessions.FUND, found.get(0).decision());
    Partnership plain =
        alliance()
            .with(PartnershipOperators.assignRole(Sessions.LEAD, Role.MEMBER))
            .with(PartnershipOperators.revokeRole(Sessions.LEAD, Role.LEAD))
            .with(PartnershipOperators.revokeRole(Sessions.LEAD, Role.FUNDER));
    assertEquals(
        List.of(), plain.query(ParticipationQueries.funderOrLeadDecidesAlone(Sessions.session())));
  }

  @Test
  void aDraftFromGovernanceIsMarkedDerived() {
    Partnership p =
        alliance()
            .with(
                GovernanceOperators.establish(
                    GoverningBody.of(
                        "Steering committee",
                        BodyType.STEERING_COMMITTEE,
                        DecisionRule.weightedQuota(3),
                        Seat.of(Sessions.LEAD.id(), 3),
                        Seat.of(Sessions.LOCAL_A.id(), 1))));
    Decision budget = Decision.of("Budget", DecisionArea.RESOURCES_AMONG_PARTNERS);
    Assessment draft =
        p.query(
            ParticipationQueries.draftFromBody(
                "Steering committee", LocalDate.of(2026, 2, 1), List.of(budget)));
    assertTrue(draft.derived());
    assertEquals(Optional.of("alliance"), draft.partnershipId());
    // the lead is a dictator (3 of 4, quota 3); local A holds a powerless seat; local B has none
    assertEquals(
        Optional.of(ParticipationLevel.DECIDES),
        draft.actualIn(Cell.of("Budget", Sessions.LEAD.id())));
    assertEquals(
        Optional.of(ParticipationLevel.INFORMED),
        draft.actualIn(Cell.of("Budget", Sessions.LOCAL_A.id())));
    assertEquals(Optional.empty(), draft.actualIn(Cell.of("Budget", Sessions.LOCAL_B.id())));
    assertTrue(draft.notScored().contains(Cell.of("Budget", Sessions.LOCAL_B.id())));
    Partnership shared =
        p.with(GovernanceOperators.changeRule("Steering committee", DecisionRule.unanimity()));
    Assessment coDecided =
        shared.query(
            ParticipationQueries.draftFromBody(
                "Steering committee", LocalDate.of(2026, 2, 1), List.of(budget)));
    assertEquals(
        Optional.of(ParticipationLevel.CO_DECIDES),
        coDecided.actualIn(Cell.of("Budget", Sessions.LOCAL_A.id())));
    assertEquals(
        Optional.of(ParticipationLevel.CO_DECIDES),
        coDecided.actualIn(Cell.of("Budget", Sessions.LEAD.id())));
  }
}
