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
import dev.partnership.participation.Assessment;
import dev.partnership.report.AssessmentReport;
import java.io.PrintStream;

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

  /**
   * Returns the illustrative session, read from its document ({@link Alliances#countMeInSession()},
   * {@code count-me-in-session.yaml}): four decisions (the advocacy priorities, the flexible fund,
   * grants to local groups, the reporting format) scored for five organisations.
   */
  public static Assessment session() {
    return Alliances.countMeInSession();
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
