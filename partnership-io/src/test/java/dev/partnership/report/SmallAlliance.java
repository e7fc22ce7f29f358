package dev.partnership.report;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.DecisionRightsOperators;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.PracticeOperators;
import dev.partnership.model.RiskOperators;
import dev.partnership.model.Role;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.scenario.Scenario;
import java.util.List;

/**
 * A small hand-built alliance (every value illustrative) for the report's example tests: a Dutch
 * funder, a Dutch lead that re-grants, and a Kenyan partner; a board the lead controls alone; one
 * decision right; one control and one trust mechanism; one high risk without mitigation.
 */
final class SmallAlliance {
  private SmallAlliance() {}

  static final Organization MINISTRY =
      Organization.of("XM-DAC-7", "Dutch Ministry", OrganizationType.GOVERNMENT, "NL");
  static final Organization LEAD =
      Organization.of("NL-KVK-1", "Mama Doe", OrganizationType.NATIONAL_NGO, "NL");
  static final Organization PARTNER =
      Organization.of("KE-NGO-1", "Kenya Women", OrganizationType.PARTNER_COUNTRY_BASED_NGO, "KE");
  static final Decision BUDGET =
      Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);

  /** The alliance with its lead named {@code leadName}. */
  static Partnership alliance(Organization lead) {
    Partnership p =
        Partnership.builder()
            .id("small")
            .name("Small alliance")
            .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
            .addMembers(
                Membership.of(MINISTRY, Role.FUNDER),
                Membership.of(lead, Role.LEAD, Role.REGRANTER),
                Membership.of(PARTNER, Role.IMPLEMENTING_PARTNER))
            .addBodies(
                GoverningBody.of(
                    "Board",
                    BodyType.BOARD,
                    DecisionRule.weightedQuota(3),
                    Seat.of(lead.id(), 3),
                    Seat.of(PARTNER.id(), 1)))
            .addFlows(
                FundingFlow.of(MINISTRY.id(), lead.id(), Money.of("1000000", "EUR"), 2024),
                FundingFlow.of(lead.id(), PARTNER.id(), Money.of("300000", "EUR"), 2024))
            .build();
    return p.with(DecisionRightsOperators.assignToBody(BUDGET, "Board"))
        .with(
            DecisionRightsOperators.delegate(
                BUDGET, List.of(lead.id()), ParticipationLevel.DECIDES))
        .with(
            DecisionRightsOperators.delegate(
                BUDGET, List.of(PARTNER.id()), ParticipationLevel.CONSULTED))
        .with(PracticeOperators.addControl(ControlMechanism.EARMARKING))
        .with(PracticeOperators.addTrust(TrustMechanism.MULTI_YEAR_FUNDING))
        .with(
            RiskOperators.addRisk(
                Risk.builder()
                    .id("R1")
                    .area(RiskArea.SECURITY)
                    .description("partner staff threatened")
                    .likelihood(Likelihood.LIKELY)
                    .impact(Impact.MAJOR)
                    .bearer(PARTNER.id())
                    .build()));
  }

  static Partnership alliance() {
    return alliance(LEAD);
  }

  /**
   * Three steps: the board needs both seats; the partner co-decides the budget; a step on a body
   * that does not exist (skipped).
   */
  static Scenario scenario(Partnership p) {
    return Scenario.start(p)
        .then(
            "2025-01",
            "the board needs both",
            GovernanceOperators.changeRule("Board", DecisionRule.weightedQuota(4)))
        .then(
            "2025-06",
            "the partner co-decides the budget",
            DecisionRightsOperators.delegate(
                BUDGET.name(), List.of(PARTNER.id()), ParticipationLevel.CO_DECIDES))
        .then(
            "2025-09",
            "a seat on a body that does not exist",
            GovernanceOperators.reweight("Assembly", PARTNER.id(), 2));
  }
}
