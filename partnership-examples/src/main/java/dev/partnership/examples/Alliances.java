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
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
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

  /**
   * Returns GPPAC's practice. Public fact: GPPAC's Global Action Agenda (2005) was built from
   * fifteen Regional Action Agendas, so the regions' priorities informed the global strategy.
   * Everything else here is <strong>illustrative</strong> (dates, cadences, mechanisms), to show
   * the rules at work.
   */
  static Practice gppacPractice(Partnership p) {
    ImmutableSet<OrganizationId> regions =
        GPPAC_REGIONS.stream().map(r -> regionalNetwork(r).id()).collect(ImmutableSet.toImmutableSet());
    ImmutableSet<OrganizationId> isg =
        p.body(ISG).orElseThrow().holders().stream().collect(ImmutableSet.toImmutableSet());
    return Practice.builder()
        .design(new Facts.ProgrammeDesign(
            ImmutableSet.<OrganizationId>builder().add(GPPAC_FOUNDATION.id()).addAll(regions).build(), regions, regions))
        .sharedValues(new Facts.SharedValues(LocalDate.of(2005, 7, 19),
            ImmutableSet.<OrganizationId>builder().add(GPPAC_FOUNDATION.id()).addAll(regions).build()))
        .addLearning(new Facts.LearningPractice("Annual ISG reflection on the network's values", true, 12, isg))
        .contextReviews(new Facts.ContextReviews(12, LocalDate.of(2026, 4, 15), isg))
        .powerArrangement(new Facts.PowerArrangement(isg, LocalDate.of(2016, 6, 1)))
        .civicSpace(new Facts.CivicSpaceStrategy("Protection of peacebuilders and their space to act", false))
        .addControls(ControlMechanism.EARMARKING, ControlMechanism.DETAILED_REPORTING)
        .addTrusts(TrustMechanism.MULTI_YEAR_FUNDING, TrustMechanism.SUPPORT_BEYOND_MONEY)
        .build();
  }

  /** Returns an illustrative risk register for GPPAC. */
  static RiskRegister gppacRisks() {
    return RiskRegister.builder()
        .addRisk(Risk.builder().id("R1").area(RiskArea.SECURITY)
            .description("Surveillance and harassment of peacebuilders after public statements")
            .likelihood(Likelihood.LIKELY).impact(Impact.MAJOR)
            .bearer(regionalNetwork("Central Asia").id()).build())
        .addRisk(Risk.builder().id("R2").area(RiskArea.REPUTATIONAL)
            .description("Regional statements read as positions of the whole network")
            .likelihood(Likelihood.POSSIBLE).impact(Impact.MODERATE)
            .bearer(GPPAC_FOUNDATION.id()).owner(GPPAC_FOUNDATION.id())
            .origin("the ISG delegates public statements to the regional networks").build())
        .addRisk(Risk.builder().id("R3").area(RiskArea.FIDUCIARY)
            .description("Regranted funds not accounted for").likelihood(Likelihood.UNLIKELY).impact(Impact.MODERATE)
            .bearer(regionalNetwork("West Africa").id()).owner(GPPAC_FOUNDATION.id())
            .addMitigation(Mitigation.fundedBy("Joint financial training", GPPAC_FOUNDATION.id())).build())
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
    b.addBody(isg.build());
    Partnership withoutPractice = b.build();
    return Partnership.builder().from(withoutPractice).practice(gppacPractice(withoutPractice)).risks(gppacRisks()).build();
  }
}
