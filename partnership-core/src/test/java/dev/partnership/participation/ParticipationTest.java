package dev.partnership.participation;

import static dev.partnership.participation.Sessions.FUND;
import static dev.partnership.participation.Sessions.LEAD;
import static dev.partnership.participation.Sessions.LOCAL_A;
import static dev.partnership.participation.Sessions.LOCAL_B;
import static dev.partnership.participation.Sessions.MESSAGES;
import static dev.partnership.participation.Sessions.PARTNERS;
import static dev.partnership.participation.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.math.Fraction;
import dev.partnership.participation.ParticipationLevel.ArnsteinRung;
import dev.partnership.participation.ParticipationLevel.DelegationLevel;
import dev.partnership.participation.ParticipationLevel.Iap2Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParticipationTest {

  @Test
  void ladderAndConversions() {
    assertEquals(ParticipationLevel.CO_DECIDES, ParticipationLevel.of(3));
    assertEquals(3, ParticipationLevel.CO_DECIDES.score());
    assertEquals(
        "level (5) must be a PAT score in [0, 4]",
        assertThrows(IllegalArgumentException.class, () -> ParticipationLevel.of(5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> ParticipationLevel.of(-1));
    assertEquals(Optional.empty(), ParticipationLevel.NOT_INFORMED.toIap2());
    assertEquals(Optional.of(Iap2Level.CONSULT), ParticipationLevel.CONSULTED.toIap2());
    assertEquals(Optional.of(ArnsteinRung.PARTNERSHIP), ParticipationLevel.CO_DECIDES.toArnstein());
    assertEquals(Optional.of(DelegationLevel.DELEGATE), ParticipationLevel.DECIDES.toDelegation());
    assertEquals(ParticipationLevel.CONSULTED, ParticipationLevel.fromIap2(Iap2Level.INVOLVE));
    assertEquals(
        ParticipationLevel.CONSULTED, ParticipationLevel.fromArnstein(ArnsteinRung.PLACATION));
    assertEquals(
        ParticipationLevel.NOT_INFORMED, ParticipationLevel.fromArnstein(ArnsteinRung.THERAPY));
    assertEquals(
        ParticipationLevel.INFORMED, ParticipationLevel.fromDelegation(DelegationLevel.SELL));
    assertEquals(
        ParticipationLevel.DECIDES, ParticipationLevel.fromDelegation(DelegationLevel.INQUIRE));
    // every conversion there and back gives the level again
    for (ParticipationLevel l : ParticipationLevel.values()) {
      l.toIap2().ifPresent(x -> assertEquals(l, ParticipationLevel.fromIap2(x)));
      l.toArnstein().ifPresent(x -> assertEquals(l, ParticipationLevel.fromArnstein(x)));
      l.toDelegation().ifPresent(x -> assertEquals(l, ParticipationLevel.fromDelegation(x)));
    }
  }

  @Test
  void gapsAndDecisionsNeedingChange() {
    Assessment a = session();
    assertEquals(
        List.of(
            new Gap(
                Cell.of(FUND, LEAD.id()),
                ParticipationLevel.DECIDES,
                ParticipationLevel.CO_DECIDES),
            new Gap(
                Cell.of(FUND, LOCAL_A.id()),
                ParticipationLevel.INFORMED,
                ParticipationLevel.CO_DECIDES),
            new Gap(
                Cell.of(FUND, LOCAL_B.id()),
                ParticipationLevel.NOT_INFORMED,
                ParticipationLevel.CONSULTED)),
        ParticipationRules.gaps(a));
    assertEquals(
        "Flexible fund / local-a: INFORMED -> CO_DECIDES (+2)",
        ParticipationRules.gaps(a).get(1).toString());
    assertEquals(-1, ParticipationRules.gaps(a).get(0).delta());
    assertEquals(
        List.of(a.decision(FUND).orElseThrow()), ParticipationRules.decisionsNeedingChange(a));
    assertEquals(List.of(), ParticipationRules.unscoredGaps(a));
  }

  @Test
  void whoDecidesWhat() {
    Assessment a = session();
    assertEquals(
        ImmutableMap.of(LEAD.id(), ImmutableList.of(FUND, PARTNERS)),
        ParticipationRules.decidesAlone(a));
    assertEquals(
        ImmutableMap.of(LOCAL_B.id(), ImmutableList.of(FUND)), ParticipationRules.excluded(a));
    ImmutableList<ExclusiveDecision> ex =
        ParticipationRules.exclusiveDecisions(a, ImmutableSet.of(LEAD.id()));
    // partner selection: LOCAL_A is consulted, so not sidelined; the fund is exclusive
    assertEquals(
        List.of(
            new ExclusiveDecision(FUND, LEAD.id(), ImmutableList.of(LOCAL_A.id(), LOCAL_B.id()))),
        ex);
    assertEquals(
        "Flexible fund: lead decides alone; local/national partners [local-a, local-b] are informed or excluded",
        ex.get(0).toString());
    assertEquals(
        List.of(), ParticipationRules.exclusiveDecisions(a, ImmutableSet.of(LOCAL_A.id())));
  }

  @Test
  void concentrationAndLocalitySplit() {
    Assessment a = session();
    // fund: levels 4, 1, 0 -> shares 4/5, 1/5, 0
    assertEquals(
        Fraction.of(17, 25), ParticipationRules.concentration(a, FUND).orElseThrow().herfindahl());
    // messages: 3, 3, 2
    assertEquals(
        Fraction.of(1, 12), ParticipationRules.concentration(a, MESSAGES).orElseThrow().gini());
    // overall sums: lead 4+3+4=11, local a 1+3+2=6, local b 0+2=2
    assertEquals(
        List.of(Fraction.of(11, 19), Fraction.of(6, 19), Fraction.of(2, 19)),
        ParticipationRules.overallConcentration(a).orElseThrow().shares());
    LocalitySplit split = ParticipationRules.localitySplit(a);
    assertEquals(Optional.of(Fraction.of(11, 3)), split.international());
    assertEquals(Optional.of(Fraction.of(8, 5)), split.localAndNational());
    assertEquals(Optional.of(Fraction.of(8, 5).subtract(Fraction.of(11, 3))), split.difference());
    assertEquals(
        Optional.of(Fraction.of(1, 2)),
        ParticipationRules.localitySplit(a, FUND).localAndNational());
    assertEquals(
        "decision (Budget) must be listed in PAT 2026-05-12 \"Annual reflection of an illustrative alliance\": 3 decisions x 3 organisations",
        assertThrows(
                IllegalArgumentException.class, () -> ParticipationRules.concentration(a, "Budget"))
            .getMessage());
  }

  @Test
  void concentrationIsEmptyWhenNobodyTakesPart() {
    Assessment a =
        session()
            .withActual(Cell.of(FUND, LEAD.id()), ParticipationLevel.NOT_INFORMED)
            .withActual(Cell.of(FUND, LOCAL_A.id()), ParticipationLevel.NOT_INFORMED);
    assertEquals(Optional.empty(), ParticipationRules.concentration(a, FUND));
  }

  @Test
  void patStepsAreEnforced() {
    assertEquals(
        "desired level (Advocacy messages / local-b) is only set for a decision without agreement, not for one whose agreement is AGREE",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .putDesired(Cell.of(MESSAGES, LOCAL_B.id()), ParticipationLevel.DECIDES)
                        .build())
            .getMessage());
    assertEquals(
        "action (Share the shortlist) is only recorded for a decision with a desired level; Partner selection has none",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .addAction(
                            Action.of(
                                "Share the shortlist",
                                PARTNERS,
                                LEAD.id(),
                                LocalDate.of(2026, 6, 1)))
                        .build())
            .getMessage());
    assertEquals(
        "actual level (Partner selection / local-b) must be scored (or marked not scored) for every decision and organisation before reflection",
        assertThrows(
                IllegalArgumentException.class,
                () -> {
                  Assessment s = session();
                  Assessment.builder().from(s).notScored(ImmutableSet.of()).build();
                })
            .getMessage());
    assertEquals(
        "actual level (Partner selection / local-a) must not also be marked not scored",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .addNotScored(Cell.of(PARTNERS, LOCAL_A.id()))
                        .build())
            .getMessage());
    assertEquals(
        "actual level (Budget / lead) must name a listed decision",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .putActual(Cell.of("Budget", LEAD.id()), ParticipationLevel.DECIDES)
                        .build())
            .getMessage());
    assertEquals(
        "actual level (Flexible fund / stranger) must name a listed organisation",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .putActual(
                            Cell.of(FUND, OrganizationId.of("stranger")),
                            ParticipationLevel.DECIDES)
                        .build())
            .getMessage());
    assertEquals(
        "agreement (Budget) must name a listed decision",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .putAgreement("Budget", Agreement.AGREE)
                        .build())
            .getMessage());
    assertEquals(
        "decisions (Flexible fund) must be listed once",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .addDecision(Decision.of(FUND, DecisionArea.OTHER))
                        .build())
            .getMessage());
    assertEquals(
        "organizations (lead) must be listed once",
        assertThrows(
                IllegalArgumentException.class,
                () -> Assessment.builder().from(session()).addOrganization(LEAD).build())
            .getMessage());
    assertEquals(
        "action (Open up) must be for a listed decision, not Budget",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .addAction(
                            Action.of("Open up", "Budget", LEAD.id(), LocalDate.of(2026, 1, 1)))
                        .build())
            .getMessage());
    assertEquals(
        "not scored (Budget / lead) must name a listed decision",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Assessment.builder()
                        .from(session())
                        .addNotScored(Cell.of("Budget", LEAD.id()))
                        .build())
            .getMessage());
  }

  @Test
  void scoringMayBeIncompleteBeforeReflection() {
    Assessment early =
        Assessment.builder()
            .context("Scoring in progress")
            .purpose(Purpose.THOUGHT_EXPERIMENT)
            .date(LocalDate.of(2026, 1, 1))
            .addOrganization(LEAD)
            .addDecision(Decision.of(FUND, DecisionArea.GRANT_MAKING))
            .build();
    assertEquals(Agreement.NOT_YET_DISCUSSED, early.agreementOn(FUND));
    assertEquals(Optional.empty(), early.actualIn(Cell.of(FUND, LEAD.id())));
    assertEquals(
        "PAT 2026-01-01 \"Scoring in progress\": 1 decisions x 1 organisations", early.toString());
  }

  @Test
  void progressBetweenTwoSessions() {
    Assessment before = session();
    Assessment after =
        Assessment.builder()
            .from(before)
            .date(LocalDate.of(2027, 5, 12))
            .build()
            .withAgreement(FUND, Agreement.AGREE)
            .withActual(Cell.of(FUND, LOCAL_A.id()), ParticipationLevel.CO_DECIDES)
            .withActual(Cell.of(FUND, LEAD.id()), ParticipationLevel.CO_DECIDES)
            .withActual(Cell.of(MESSAGES, LOCAL_B.id()), ParticipationLevel.INFORMED)
            .withActual(Cell.of(PARTNERS, LOCAL_B.id()), ParticipationLevel.CONSULTED);
    assertEquals(List.of(), after.desired().keySet().asList());
    assertEquals(List.of(), after.actions());
    assertEquals(List.of(), after.notScored().asList());
    Progress p = ParticipationRules.progress(before, after);
    assertEquals(
        List.of(
            new LevelChange(
                Cell.of(FUND, LOCAL_A.id()),
                ParticipationLevel.INFORMED,
                ParticipationLevel.CO_DECIDES)),
        p.rose());
    assertEquals(
        List.of(
            new LevelChange(
                Cell.of(FUND, LEAD.id()),
                ParticipationLevel.DECIDES,
                ParticipationLevel.CO_DECIDES),
            new LevelChange(
                Cell.of(MESSAGES, LOCAL_B.id()),
                ParticipationLevel.CONSULTED,
                ParticipationLevel.INFORMED)),
        p.fell());
    assertEquals(List.of(FUND), p.resolved());
    Action open = before.actions().get(0);
    assertEquals(2, p.changesAfterAction().get(open).size());
    assertEquals(List.of(), p.actionsWithoutChange(before.actions()));
    assertEquals(
        List.of(open),
        ParticipationRules.progress(before, before).actionsWithoutChange(before.actions()));
    assertEquals(
        "date (2025-01-01) of the later session must not be before 2026-05-12",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ParticipationRules.progress(
                        before,
                        Assessment.builder().from(before).date(LocalDate.of(2025, 1, 1)).build()))
            .getMessage());
    assertEquals(
        "partnership (none vs cmi) must be the same for two sessions compared",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ParticipationRules.progress(
                        before, Assessment.builder().from(before).partnershipId("cmi").build()))
            .getMessage());
  }

  @Test
  void statisticsCountAndAverage() {
    Assessment a = session();
    Assessment b =
        Assessment.builder()
            .from(a)
            .purpose(Purpose.EMERGING_PARTNERSHIP)
            .countries(ImmutableSet.of(CountryCode.of("KE")))
            .build();
    AssessmentStatistics s = Stream.of(a, b).collect(ParticipationRules.statistics());
    assertEquals(2, s.assessments());
    assertEquals(16, s.scores());
    assertEquals(
        ImmutableMap.of(Purpose.EXISTING_PARTNERSHIP, 1L, Purpose.EMERGING_PARTNERSHIP, 1L),
        s.byPurpose());
    assertEquals(
        ImmutableMap.of(CountryCode.of("KE"), 2L, CountryCode.of("UG"), 1L), s.byCountry());
    assertEquals(
        List.of(Map.entry(DecisionArea.RESOURCES_AMONG_PARTNERS, Fraction.ONE)),
        s.areasMostOftenWithoutAgreement());
    assertEquals(3, s.decisionsByArea().size());
    // gaps: lead -1 (foundation, international), local a +2 (national NGO), local b +2 (community
    // group)
    assertEquals(
        ImmutableMap.of(
            Locality.LOCAL_OR_NATIONAL, Fraction.of(2), Locality.INTERNATIONAL, Fraction.of(-1)),
        s.meanGapByLocality());
    assertEquals(Fraction.of(-1), s.meanGapByType().get(OrganizationType.FOUNDATION));
    assertEquals(s, AssessmentStatistics.of(a).combine(AssessmentStatistics.of(b)));
    assertEquals(
        AssessmentStatistics.of(a),
        AssessmentStatistics.empty().combine(AssessmentStatistics.of(a)));
    assertEquals(s, Stream.of(a, b).parallel().collect(ParticipationRules.statistics()));
    assertTrue(s.toString().startsWith("2 sessions, 16 scores"));
  }

  @Test
  void valueTypesHaveEqualsAndRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(session(), session())
        .addEqualityGroup(Assessment.builder().from(session()).derived(true).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Decision.of(FUND, DecisionArea.GRANT_MAKING),
            Decision.of(FUND, DecisionArea.GRANT_MAKING))
        .addEqualityGroup(
            Decision.builder().name(FUND).area(DecisionArea.GRANT_MAKING).description("d").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AssessmentStatistics.of(session()), AssessmentStatistics.of(session()))
        .addEqualityGroup(AssessmentStatistics.empty())
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Assessment.class, session())
            .setDefault(OrganizationId.class, LEAD.id())
            .setDefault(Cell.class, Cell.of(FUND, LEAD.id()))
            .setDefault(String.class, FUND);
    npt.testAllPublicStaticMethods(ParticipationRules.class);
    npt.testAllPublicStaticMethods(Assessment.class);
    npt.testAllPublicStaticMethods(Decision.class);
    npt.testAllPublicStaticMethods(Action.class);
    npt.testAllPublicStaticMethods(AssessmentStatistics.class);
    npt.testAllPublicInstanceMethods(session());
    npt.testAllPublicInstanceMethods(AssessmentStatistics.empty());
    npt.testAllPublicConstructors(Gap.class);
    npt.testAllPublicConstructors(Cell.class);
    npt.testAllPublicConstructors(LevelChange.class);
    assertFalse(Decision.of("x", DecisionArea.OTHER).description().isPresent());
  }
}
