package dev.partnership.examples;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.model.Membership;
import dev.partnership.model.ParticipationQueries;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import dev.partnership.participation.Action;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Purpose;
import dev.partnership.report.AssessmentReport;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Recreates a Power Awareness Tool session of Count Me In! and prints its report. The members are
 * the consortium's (Mama Cash as lead, JASS, CREA, Urgent Action Fund, WO=MEN as lobby partner);
 * the <strong>scores are illustrative</strong>, not the consortium's own.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java
 * -Dexec.mainClass=dev.partnership.examples.PatSessionExample}.
 */
public final class PatSessionExample {
  private PatSessionExample() {}

  static final Organization MAMA_CASH =
      Organization.builder()
          .id(OrganizationId.of("mama-cash"))
          .name("Mama Cash")
          .type(OrganizationType.FOUNDATION)
          .homeCountry(CountryCode.of("NL"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();
  static final Organization JASS = Organization.of("JASS", OrganizationType.REGIONAL_NGO);
  static final Organization CREA =
      Organization.builder()
          .id(OrganizationId.of("crea"))
          .name("CREA")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("IN"))
          .build();
  static final Organization UAF =
      Organization.of("Urgent Action Fund", OrganizationType.FOUNDATION);
  static final Organization WO_MEN =
      Organization.builder()
          .id(OrganizationId.of("wo-men"))
          .name("WO=MEN")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("NL"))
          .build();

  static final String STRATEGY = "Annual advocacy priorities";
  static final String FUND = "Allocation of the flexible fund among partners";
  static final String GRANTS = "Grants to local women's rights groups";
  static final String REPORTING = "Reporting format to the ministry";

  /** Returns Count Me In! as a partnership (members and roles from public facts). */
  public static Partnership countMeIn() {
    return Partnership.of(
        "count-me-in",
        "Count Me In!",
        PartnershipForm.ALLIANCE_OR_CONSORTIUM,
        Membership.of(MAMA_CASH, Role.LEAD, Role.REGRANTER),
        Membership.of(JASS, Role.MEMBER),
        Membership.of(CREA, Role.MEMBER),
        Membership.of(UAF, Role.MEMBER, Role.REGRANTER),
        Membership.of(WO_MEN, Role.LOBBY_PARTNER));
  }

  /** Returns the illustrative session. */
  public static Assessment session() {
    Organization[] orgs = {MAMA_CASH, JASS, CREA, UAF, WO_MEN};
    int[][] levels = {
      {3, 3, 3, 3, 2}, // strategy: co-decided, WO=MEN consulted
      {4, 1, 1, 2, 0}, // fund: the lead decides
      {2, 3, 3, 4, 0}, // grants: UAF decides with partners
      {4, 1, 0, 1, 0}, // reporting: the lead decides
    };
    String[] decisions = {STRATEGY, FUND, GRANTS, REPORTING};
    DecisionArea[] areas = {
      DecisionArea.AGENDA_AND_STRATEGY,
      DecisionArea.RESOURCES_AMONG_PARTNERS,
      DecisionArea.GRANT_MAKING,
      DecisionArea.MONITORING_EVALUATION_REPORTING
    };
    Assessment.Builder b =
        Assessment.builder()
            .context("Count Me In! mid-term reflection (illustrative scores)")
            .purpose(Purpose.EXISTING_PARTNERSHIP)
            .partnershipId("count-me-in")
            .date(LocalDate.of(2026, 6, 15))
            .addCountries(CountryCode.of("NL"), CountryCode.of("IN"), CountryCode.of("KE"))
            .addOrganizations(orgs);
    for (int d = 0; d < decisions.length; d++) {
      b.addDecision(Decision.of(decisions[d], areas[d]));
      for (int o = 0; o < orgs.length; o++) {
        b.putActual(Cell.of(decisions[d], orgs[o].id()), ParticipationLevel.of(levels[d][o]));
      }
    }
    b.putAgreement(STRATEGY, Agreement.AGREE)
        .putAgreement(FUND, Agreement.NO_AGREEMENT)
        .putAgreement(GRANTS, Agreement.AGREE)
        .putAgreement(REPORTING, Agreement.NOT_YET_DISCUSSED)
        .putDesired(Cell.of(FUND, MAMA_CASH.id()), ParticipationLevel.CO_DECIDES)
        .putDesired(Cell.of(FUND, JASS.id()), ParticipationLevel.CO_DECIDES)
        .putDesired(Cell.of(FUND, CREA.id()), ParticipationLevel.CO_DECIDES)
        .putDesired(Cell.of(FUND, UAF.id()), ParticipationLevel.CO_DECIDES)
        .putDesired(Cell.of(FUND, WO_MEN.id()), ParticipationLevel.CONSULTED)
        .addAction(
            Action.of(
                "Set up a joint fund committee with rotating partner seats",
                FUND,
                MAMA_CASH.id(),
                LocalDate.of(2026, 10, 1)))
        .addAction(
            Action.of(
                "Propose criteria for the flexible fund",
                FUND,
                JASS.id(),
                LocalDate.of(2026, 9, 1)))
        .addComment(
            "Partners value the co-created strategy; money decisions still sit with the lead.")
        .summary("One decision without agreement (the flexible fund); two actions agreed.");
    return b.build();
  }

  /**
   * Prints the session's report, with the check that its organisations are members and the
   * decisions where the lead decides alone while local partners are informed or excluded.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(countMeIn(), session(), System.out);
  }

  static void print(Partnership p, Assessment a, PrintStream out) {
    out.print(AssessmentReport.markdown(a));
    out.println();
    out.println("## Checks against the partnership");
    out.println();
    var problems = p.query(ParticipationQueries.problemsWith(a));
    out.println(
        problems.isEmpty()
            ? "- The session fits " + p.name() + ": all its organisations are members."
            : "- " + problems);
    for (var e : p.query(ParticipationQueries.funderOrLeadDecidesAlone(a))) {
      out.println("- " + e);
    }
  }
}
