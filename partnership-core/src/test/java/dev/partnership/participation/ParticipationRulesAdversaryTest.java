package dev.partnership.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PAT rules asked about decisions a session does not list, and about sessions with no scores. */
class ParticipationRulesAdversaryTest {

  static Assessment session() {
    return Assessment.builder()
        .context("c")
        .purpose(Purpose.EXISTING_PARTNERSHIP)
        .date(LocalDate.of(2026, 1, 1))
        .addOrganizations(Organization.of("Org", OrganizationType.NATIONAL_NGO, "KE"))
        .addDecision(Decision.of("Budget", DecisionArea.RESOURCES_AMONG_PARTNERS))
        .build();
  }

  @Test
  void aHugeDecisionNameThatIsNotListedIsQuotedBriefly() {
    String name = "x".repeat(1_000_000);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ParticipationRules.concentration(session(), name));
    assertTrue(e.getMessage().length() < 250, e.getMessage().length() + " characters");
    assertTrue(e.getMessage().startsWith("decision (xxxxxxxxxx"), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(") must be listed in PAT 2026-01-01 \"c\": 1 decisions x 1 organisations"),
        e.getMessage());
  }

  // what held

  @Test
  void aShortNameIsQuotedWhole() {
    assertEquals(
        "decision (nope) must be listed in PAT 2026-01-01 \"c\": 1 decisions x 1 organisations",
        assertThrows(
                IllegalArgumentException.class,
                () -> ParticipationRules.localitySplit(session(), "nope"))
            .getMessage());
  }

  @Test
  void aSessionWithoutScoresHasNoConcentrationAndEmptyStatistics() {
    Assessment a = session();
    assertEquals(Optional.empty(), ParticipationRules.concentration(a, "Budget"));
    assertEquals(Optional.empty(), ParticipationRules.overallConcentration(a));
    assertEquals(
        "local/national n/a, international n/a", ParticipationRules.localitySplit(a).toString());
    AssessmentStatistics s = AssessmentStatistics.of(a);
    assertEquals(1, s.assessments());
    assertEquals(0, s.scores());
    assertTrue(s.areasMostOftenWithoutAgreement().isEmpty());
    assertEquals(s, s.combine(AssessmentStatistics.empty()));
    assertEquals(s, AssessmentStatistics.empty().combine(s));
  }
}
