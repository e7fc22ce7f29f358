package dev.partnership.report;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;

/** Partnerships with hostile names for the report tests. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String QUOTES = "The \"Quoted\" & 'Co' [x] {y} (z) | #1; `tick`";
  static final String NEWLINE = "First line\nsecond line\r\nthird \\ backslash";
  static final String LONG = "L".repeat(5_000);

  static final Organization FUNDER =
      Organization.of("XM-DAC-7", "Ministry " + QUOTES, OrganizationType.GOVERNMENT, "NL");
  static final Organization LEAD =
      Organization.of("NL-KVK-1", SCRIPT, OrganizationType.NATIONAL_NGO, "NL");
  static final Organization LOCAL =
      Organization.of("KE-NGO-1", NEWLINE, OrganizationType.PARTNER_COUNTRY_BASED_NGO, "KE");
  static final Organization LONG_NAMED =
      Organization.of("UG-NGO-2", LONG, OrganizationType.PARTNER_COUNTRY_BASED_NGO, "UG");

  /** A partnership whose every name is hostile, with a body, flows and a funder. */
  static Partnership hostile() {
    return Partnership.builder()
        .id("hostile\"<id>")
        .name("Alliance " + SCRIPT + " " + QUOTES)
        .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
        .addMembers(
            Membership.of(FUNDER, Role.FUNDER),
            Membership.of(LEAD, Role.LEAD, Role.REGRANTER),
            Membership.of(LOCAL, Role.IMPLEMENTING_PARTNER),
            Membership.of(LONG_NAMED, Role.LOCAL_GROUP))
        .addBodies(
            GoverningBody.of(
                "Board " + SCRIPT,
                BodyType.BOARD,
                DecisionRule.weightedQuota(4),
                Seat.of(LEAD.id(), 3),
                Seat.of(LOCAL.id(), 2),
                Seat.of(LONG_NAMED.id(), 1)))
        .addFlows(
            FundingFlow.of(FUNDER.id(), LEAD.id(), Money.of("1000000", "EUR"), 2024),
            FundingFlow.of(LEAD.id(), LOCAL.id(), Money.of("300000", "EUR"), 2024),
            FundingFlow.of(LOCAL.id(), LONG_NAMED.id(), Money.of("50000", "EUR"), 2024))
        .build();
  }

  /** A network of {@code n} members, the first the lead, none in a body. */
  static Partnership large(int n) {
    Partnership.Builder b =
        Partnership.builder()
            .id("large")
            .name("Large network")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    for (int i = 0; i < n; i++) {
      b.addMembers(
          Membership.of(
              Organization.of(
                  "KE-NGO-" + i,
                  "Member <" + i + "> & \"co\"",
                  OrganizationType.PARTNER_COUNTRY_BASED_NGO,
                  "KE"),
              i == 0 ? Role.LEAD : Role.MEMBER));
    }
    return b.build();
  }
}
