package dev.partnership.participation;

import static dev.partnership.participation.Sessions.FUND;
import static dev.partnership.participation.Sessions.LEAD;
import static dev.partnership.participation.Sessions.LOCAL_A;
import static dev.partnership.participation.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** PAT sessions tried as an adversary would: empty, duplicated, out of range, absent, huge. */
class AssessmentAdversarialTest {

  static Assessment empty() {
    return Assessment.builder()
        .context("Empty session")
        .purpose(Purpose.OTHER)
        .date(LocalDate.of(2026, 1, 1))
        .build();
  }

  @Test
  void anEmptySessionGivesEmptyAnswers() {
    Assessment a = empty();
    assertEquals(List.of(), ParticipationRules.gaps(a));
    assertEquals(List.of(), ParticipationRules.decisionsNeedingChange(a));
    assertEquals(ImmutableMap.of(), ParticipationRules.decidesAlone(a));
    assertEquals(Optional.empty(), ParticipationRules.overallConcentration(a));
    assertEquals(
        new LocalitySplit(Optional.empty(), Optional.empty()), ParticipationRules.localitySplit(a));
    AssessmentStatistics s = AssessmentStatistics.of(a);
    assertEquals(1, s.assessments());
    assertEquals(0, s.scores());
    assertEquals(List.of(), s.areasMostOftenWithoutAgreement());
    assertEquals(s, Stream.of(a).collect(ParticipationRules.statistics()));
  }

  @Test
  void aDecisionTheSessionDoesNotListIsRefusedByEveryRule() {
    String message = "decision (Nothing) must be listed in " + session();
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class,
                () -> ParticipationRules.concentration(session(), "Nothing"))
            .getMessage());
    assertEquals(
        message,
        assertThrows(
                IllegalArgumentException.class,
                () -> ParticipationRules.localitySplit(session(), "Nothing"))
            .getMessage());
    assertTrue(ParticipationRules.localitySplit(session(), FUND).localAndNational().isPresent());
  }

  @Test
  void duplicatesAndAbsentNamesAreRefusedWithFieldValueAndRule() {
    Decision fund = Decision.of(FUND, DecisionArea.RESOURCES_AMONG_PARTNERS);
    assertEquals(
        "decisions (Flexible fund) must be listed once",
        assertThrows(
                IllegalArgumentException.class,
                () -> Assessment.builder().from(empty()).addDecisions(fund, fund).build())
            .getMessage());
    Organization twin =
        Organization.of("lead", "Another lead", OrganizationType.NATIONAL_NGO, "KE");
    assertEquals(
        "organizations (lead) must be listed once",
        assertThrows(
                IllegalArgumentException.class,
                () -> Assessment.builder().from(empty()).addOrganizations(LEAD, twin).build())
            .getMessage());
    assertEquals(
        "actual level (Flexible fund / nobody) must name a listed organisation",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    session()
                        .withActual(
                            Cell.of(FUND, OrganizationId.of("nobody")), ParticipationLevel.DECIDES))
            .getMessage());
    assertEquals(
        "desired level (Nothing / lead) must name a listed decision",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .putDesired(Cell.of("Nothing", LEAD.id()), ParticipationLevel.DECIDES)
                        .build())
            .getMessage());
    assertEquals(
        "action (Open up) must be for a listed decision, not Nothing",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .addAction(
                            Action.of("Open up", "Nothing", LEAD.id(), LocalDate.of(2026, 9, 1)))
                        .build())
            .getMessage());
    assertEquals(
        "agreement (Nothing) must name a listed decision",
        assertThrows(
                IllegalArgumentException.class,
                () -> session().withAgreement("Nothing", Agreement.AGREE))
            .getMessage());
  }

  @Test
  void organisationsOfUnknownLocalityAreInNeitherMean() {
    Organization unknown = Organization.of("Collective", OrganizationType.OTHER);
    assertEquals(Locality.UNKNOWN, unknown.locality());
    Assessment a =
        Assessment.builder()
            .from(empty())
            .addOrganizations(LEAD, LOCAL_A, unknown)
            .addDecision(Decision.of(FUND, DecisionArea.RESOURCES_AMONG_PARTNERS))
            .putActual(Cell.of(FUND, LEAD.id()), ParticipationLevel.DECIDES)
            .putActual(Cell.of(FUND, LOCAL_A.id()), ParticipationLevel.INFORMED)
            .putActual(Cell.of(FUND, unknown.id()), ParticipationLevel.NOT_INFORMED)
            .build();
    LocalitySplit split = ParticipationRules.localitySplit(a);
    assertEquals(Optional.of(Fraction.of(4)), split.international());
    assertEquals(Optional.of(Fraction.of(1)), split.localAndNational());
    assertEquals(1, split.unknownLocality());
    assertEquals(
        "local/national 1, international 4, unknown locality 1 scores (in neither mean)",
        split.toString());
    assertEquals(
        "unknownLocality (-1) must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> new LocalitySplit(Optional.empty(), Optional.empty(), -1))
            .getMessage());
  }

  @Test
  void recordingThatADecisionIsNotYetDiscussedDoesNotStartReflection() {
    Assessment early =
        Assessment.builder()
            .from(empty())
            .addOrganization(LEAD)
            .addDecision(Decision.of(FUND, DecisionArea.GRANT_MAKING))
            .build();
    Assessment noted = early.withAgreement(FUND, Agreement.NOT_YET_DISCUSSED);
    assertEquals(Agreement.NOT_YET_DISCUSSED, noted.agreementOn(FUND));
    assertEquals(
        "actual level (Flexible fund / lead) must be scored (or marked not scored) for every decision and organisation"
            + " before reflection",
        assertThrows(
                IllegalArgumentException.class, () -> early.withAgreement(FUND, Agreement.AGREE))
            .getMessage());
  }

  @Test
  void levelsOutOfRangeAreRefused() {
    for (int score : new int[] {-1, 5, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(
          "level (" + score + ") must be a PAT score in [0, 4]",
          assertThrows(IllegalArgumentException.class, () -> ParticipationLevel.of(score))
              .getMessage());
    }
    for (ParticipationLevel l : ParticipationLevel.values()) {
      assertEquals(l, ParticipationLevel.of(l.score()));
    }
  }

  @Test
  void ladderConversionsNameANullArgument() {
    assertEquals(
        "level",
        assertThrows(NullPointerException.class, () -> ParticipationLevel.fromIap2(null))
            .getMessage());
    assertEquals(
        "rung",
        assertThrows(NullPointerException.class, () -> ParticipationLevel.fromArnstein(null))
            .getMessage());
    assertEquals(
        "level",
        assertThrows(NullPointerException.class, () -> ParticipationLevel.fromDelegation(null))
            .getMessage());
  }

  @Test
  void combiningPastTheRangeOfALongIsRefusedNotWrapped() {
    AssessmentStatistics s = AssessmentStatistics.of(empty());
    for (int i = 0; i < 62; i++) {
      s = s.combine(s);
    }
    assertEquals(1L << 62, s.assessments());
    AssessmentStatistics top = s;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> top.combine(top));
    assertEquals(
        "assessments (4611686018427387904 + 4611686018427387904) must stay within the range of a long"
            + " [-9223372036854775808, 9223372036854775807]",
        e.getMessage());
    // below the limit the counts stay exact
    assertEquals(ImmutableMap.of(Purpose.OTHER, 1L << 62), top.byPurpose());
    // a session with 8 scores reaches the limit of the scores first, and says so
    AssessmentStatistics scored = AssessmentStatistics.of(session());
    IllegalArgumentException first =
        assertThrows(
            IllegalArgumentException.class,
            () -> {
              AssessmentStatistics x = scored;
              for (int i = 0; i < 64; i++) {
                x = x.combine(x);
              }
            });
    assertEquals(
        "scores (4611686018427387904 + 4611686018427387904) must stay within the range of a long"
            + " [-9223372036854775808, 9223372036854775807]",
        first.getMessage());
  }

  /**
   * A session of 1,000 decisions by 1,000 organisations, every cell scored and desired and one
   * action per decision: every count is exact and the checks are not quadratic in the actions.
   */
  // excluded from PIT (pit.excludedGroups): too slow to run once per mutant
  @Tag("slow")
  @Test
  void aHugeSessionIsCountedExactly() {
    int n = 1000;
    Assessment.Builder b =
        Assessment.builder()
            .context("Huge session")
            .purpose(Purpose.THOUGHT_EXPERIMENT)
            .date(LocalDate.of(2026, 1, 1));
    Organization[] orgs = new Organization[n];
    for (int o = 0; o < n; o++) {
      orgs[o] =
          Organization.of(
              "org-" + o,
              "Organisation " + o,
              OrganizationType.NATIONAL_NGO,
              o % 2 == 0 ? "KE" : "NL");
      b.addOrganization(orgs[o]);
    }
    for (int d = 0; d < n; d++) {
      String name = "decision " + d;
      b.addDecision(Decision.of(name, DecisionArea.values()[d % DecisionArea.values().length]));
      b.putAgreement(name, Agreement.NO_AGREEMENT);
      for (int o = 0; o < n; o++) {
        Cell c = Cell.of(name, orgs[o].id());
        b.putActual(c, ParticipationLevel.INFORMED);
        b.putDesired(c, o % 2 == 0 ? ParticipationLevel.CO_DECIDES : ParticipationLevel.INFORMED);
      }
      b.addAction(Action.of("act on " + name, name, orgs[d].id(), LocalDate.of(2026, 12, 1)));
    }
    Assessment a = b.build();
    AssessmentStatistics s = Stream.of(a, a).parallel().collect(ParticipationRules.statistics());
    assertEquals(2, s.assessments());
    assertEquals(2L * n * n, s.scores());
    assertEquals(Fraction.of(2), s.meanGapByLocality().get(Locality.LOCAL_OR_NATIONAL));
    assertEquals(Fraction.ZERO, s.meanGapByLocality().get(Locality.INTERNATIONAL));
    assertEquals(Fraction.of(1), s.meanGapByType().get(OrganizationType.NATIONAL_NGO));
    assertEquals(s, AssessmentStatistics.of(a).combine(AssessmentStatistics.of(a)));
    assertEquals(
        n * n / 2, ParticipationRules.gaps(a).stream().filter(g -> g.delta() == 2).count());
    Progress p =
        ParticipationRules.progress(
            a, a.withActual(Cell.of("decision 7", orgs[0].id()), ParticipationLevel.CO_DECIDES));
    assertEquals(1, p.rose().size());
    assertEquals(1, p.changesAfterAction().size());
    assertEquals("decision 7", p.changesAfterAction().keySet().iterator().next().decision());
  }

  @Test
  void progressKeepsEachActionsChangesOnItsOwnDecision() {
    Assessment before = session();
    Action second = Action.of("Share the budget", FUND, LOCAL_A.id(), LocalDate.of(2026, 10, 1));
    Assessment twoActions = Assessment.builder().from(before).addAction(second).build();
    Assessment after =
        twoActions
            .withActual(Cell.of(FUND, LOCAL_A.id()), ParticipationLevel.CO_DECIDES)
            .withActual(Cell.of(Sessions.MESSAGES, LOCAL_A.id()), ParticipationLevel.CONSULTED);
    Progress p = ParticipationRules.progress(twoActions, after);
    assertEquals(1, p.rose().size());
    assertEquals(1, p.fell().size());
    assertEquals(2, p.changesAfterAction().keySet().size());
    p.changesAfterAction().forEach((act, ch) -> assertEquals(FUND, ch.cell().decision()));
    assertEquals(List.of(), p.actionsWithoutChange(twoActions.actions()));
  }
}
