package dev.partnership.participation;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import java.time.LocalDate;

/** A small PAT session used by the example tests (illustrative scores). */
public final class Sessions {
  private Sessions() {}

  public static final Organization LEAD =
      Organization.builder()
          .id(OrganizationId.of("lead"))
          .name("Lead Foundation")
          .type(OrganizationType.FOUNDATION)
          .addLevel(OperatingLevel.GLOBAL)
          .build();
  public static final Organization LOCAL_A =
      Organization.of("Local A", OrganizationType.NATIONAL_NGO, "KE");
  public static final Organization LOCAL_B =
      Organization.of("Local B", OrganizationType.COMMUNITY_GROUP, "KE");

  public static final String FUND = "Flexible fund";
  public static final String MESSAGES = "Advocacy messages";
  public static final String PARTNERS = "Partner selection";

  /**
   * Lead decides the fund alone (locals informed/excluded, no agreement); messages co-decided
   * (agree); partners not yet discussed.
   */
  public static Assessment session() {
    return Assessment.builder()
        .context("Annual reflection of an illustrative alliance")
        .purpose(Purpose.EXISTING_PARTNERSHIP)
        .addCountries(CountryCode.of("KE"), CountryCode.of("UG"))
        .date(LocalDate.of(2026, 5, 12))
        .addOrganizations(LEAD, LOCAL_A, LOCAL_B)
        .addDecisions(
            Decision.of(FUND, DecisionArea.RESOURCES_AMONG_PARTNERS),
            Decision.of(MESSAGES, DecisionArea.ADVOCACY_MESSAGES),
            Decision.of(PARTNERS, DecisionArea.PARTNER_SELECTION))
        .putActual(Cell.of(FUND, LEAD.id()), ParticipationLevel.DECIDES)
        .putActual(Cell.of(FUND, LOCAL_A.id()), ParticipationLevel.INFORMED)
        .putActual(Cell.of(FUND, LOCAL_B.id()), ParticipationLevel.NOT_INFORMED)
        .putActual(Cell.of(MESSAGES, LEAD.id()), ParticipationLevel.CO_DECIDES)
        .putActual(Cell.of(MESSAGES, LOCAL_A.id()), ParticipationLevel.CO_DECIDES)
        .putActual(Cell.of(MESSAGES, LOCAL_B.id()), ParticipationLevel.CONSULTED)
        .putActual(Cell.of(PARTNERS, LEAD.id()), ParticipationLevel.DECIDES)
        .putActual(Cell.of(PARTNERS, LOCAL_A.id()), ParticipationLevel.CONSULTED)
        .addNotScored(Cell.of(PARTNERS, LOCAL_B.id()))
        .putAgreement(FUND, Agreement.NO_AGREEMENT)
        .putAgreement(MESSAGES, Agreement.AGREE)
        .putAgreement(PARTNERS, Agreement.NOT_YET_DISCUSSED)
        .putDesired(Cell.of(FUND, LEAD.id()), ParticipationLevel.CO_DECIDES)
        .putDesired(Cell.of(FUND, LOCAL_A.id()), ParticipationLevel.CO_DECIDES)
        .putDesired(Cell.of(FUND, LOCAL_B.id()), ParticipationLevel.CONSULTED)
        .addAction(
            Action.of(
                "Open the fund committee to partners", FUND, LEAD.id(), LocalDate.of(2026, 9, 1)))
        .addComment("Partners want a say in the fund before the next call.")
        .summary("The fund is the main point of disagreement.")
        .build();
  }
}
