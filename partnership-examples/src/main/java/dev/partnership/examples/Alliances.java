package dev.partnership.examples;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;

/**
 * The alliances of the Partos meet-up, modelled from public facts. Where a fact is not public (the
 * names of the international NGOs on GPPAC's International Steering Group), the example says
 * "illustrative" in the name.
 */
public final class Alliances {
  private Alliances() {}

  /** GPPAC's fifteen regions, each with a regional network, secretariat and representative. */
  public static final ImmutableList<String> GPPAC_REGIONS =
      ImmutableList.of(
          "Eastern and Central Africa",
          "Southern Africa",
          "West Africa",
          "Middle East and North Africa",
          "Western Balkans",
          "Eastern Europe",
          "Caucasus",
          "Central Asia",
          "South Asia",
          "Southeast Asia",
          "Northeast Asia",
          "Pacific",
          "Latin America and the Caribbean",
          "North America",
          "Western Europe");

  /** The GPPAC Foundation in The Hague, which hosts the Global Secretariat. */
  public static final Organization GPPAC_FOUNDATION =
      Organization.builder()
          .id(OrganizationId.of("gppac-foundation"))
          .name("Global Partnership for the Prevention of Armed Conflict Foundation")
          .acronym("GPPAC Global Secretariat")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .homeCountry(CountryCode.of("NL"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /** Returns the regional network of {@code region}: a regional NGO working regionally and nationally. */
  public static Organization regionalNetwork(String region) {
    return Organization.builder()
        .id(OrganizationId.slugOf("GPPAC " + region))
        .name("GPPAC regional network " + region)
        .acronym("GPPAC " + region)
        .type(OrganizationType.REGIONAL_NGO)
        .addLevels(OperatingLevel.REGIONAL, OperatingLevel.NATIONAL)
        .build();
  }

  /** Returns the i-th (1-based) illustrative international NGO on GPPAC's steering group. */
  public static Organization internationalNgo(int i) {
    return Organization.builder()
        .id(OrganizationId.of("ingo-" + i))
        .name("International NGO " + i + " (illustrative)")
        .type(OrganizationType.INTERNATIONAL_NGO)
        .addLevel(OperatingLevel.GLOBAL)
        .build();
  }

  /** The name of GPPAC's International Steering Group. */
  public static final String ISG = "International Steering Group";

  /**
   * Returns GPPAC: 15 regional networks (each with its regional secretariat), the Global
   * Secretariat in The Hague, and three international NGOs (the steering group allows up to six).
   * Its International Steering Group seats the 15 regional representatives and the three
   * international NGOs, one seat one vote, deciding by simple majority (the rule is illustrative:
   * GPPAC's statutes are not modelled here).
   */
  public static Partnership gppac() {
    Partnership.Builder b =
        Partnership.builder()
            .id("gppac")
            .name("Global Partnership for the Prevention of Armed Conflict")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addMember(
                Membership.builder()
                    .organization(GPPAC_FOUNDATION)
                    .addRoles(Role.SECRETARIAT, Role.BROKER)
                    .involvedFromDesign(true)
                    .build())
            .secretariat(GPPAC_FOUNDATION.id());
    for (String region : GPPAC_REGIONS) {
      b.addMember(
          Membership.builder()
              .organization(regionalNetwork(region))
              .addRoles(Role.MEMBER, Role.SECRETARIAT)
              .involvedFromDesign(true)
              .build());
    }
    GoverningBody.Builder isg =
        GoverningBody.builder().name(ISG).type(BodyType.STEERING_COMMITTEE).rule(DecisionRule.simpleMajority());
    for (String region : GPPAC_REGIONS) {
      isg.addSeat(Seat.of(regionalNetwork(region).id()));
    }
    for (int i = 1; i <= 3; i++) {
      b.addMember(Membership.of(internationalNgo(i), Role.MEMBER));
      isg.addSeat(Seat.of(internationalNgo(i).id()));
    }
    return b.addBody(isg.build()).build();
  }
}
