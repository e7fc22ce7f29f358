package dev.partnership.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.LocalityVerdict;
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
import java.time.LocalDate;

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

  /**
   * GPPAC's regions none of whose countries is on the DAC List of ODA Recipients 2024-2025 (the
   * United States and Canada; the countries of Western Europe): their regional networks are not in
   * aid-recipient countries under any definition. Source: the region names (GPPAC, "Our
   * governance", https://gppac.net/our-governance) checked against {@link
   * AidRecipients#dac2024to2025()}.
   */
  public static final ImmutableSet<String> REGIONS_WITHOUT_AID_RECIPIENTS =
      ImmutableSet.of("North America", "Western Europe");

  /**
   * Returns the regional network of {@code region}: a regional NGO working at regional level. The
   * country hosting each regional secretariat is not modelled (not a fact this example has a source
   * for), so under the regional variant its locality is unknown, except for the regions without aid
   * recipients ({@link #regionalLocality}).
   */
  public static Organization regionalNetwork(String region) {
    return Organization.builder()
        .id(OrganizationId.slugOf("GPPAC " + region))
        .name("GPPAC regional network " + region)
        .acronym("GPPAC " + region)
        .type(OrganizationType.REGIONAL_NGO)
        .addLevels(OperatingLevel.REGIONAL)
        .build();
  }

  /**
   * Returns the locality of {@code region}'s network under {@code definition}: international for
   * the regions without aid recipients; under {@link LocalityDefinition#IASC_WITH_REGIONAL} a
   * network of any other region is based in an aid-recipient region and counts as local (this
   * example's reading, as the hosts of the regional secretariats are not modelled); under the other
   * definitions a regional organisation is international.
   */
  public static LocalityVerdict regionalLocality(String region, LocalityDefinition definition) {
    if (REGIONS_WITHOUT_AID_RECIPIENTS.contains(region)) {
      return new LocalityVerdict(
          Locality.INTERNATIONAL,
          "no country of " + region + " is on the " + AidRecipients.dac2024to2025().name());
    }
    if (definition == LocalityDefinition.IASC_WITH_REGIONAL) {
      return new LocalityVerdict(
          Locality.LOCAL_OR_NATIONAL,
          "a regional network of "
              + region
              + ", an aid-recipient region (regional variant; this example's reading)");
    }
    return regionalNetwork(region).localityVerdict(definition, AidRecipients.dac2024to2025());
  }

  /**
   * The Netherlands Ministry of Foreign Affairs, funder of Count Me In! (IATI identifier {@code
   * XM-DAC-7}).
   */
  public static final Organization MINISTRY =
      Organization.builder()
          .id(OrganizationId.of("XM-DAC-7"))
          .name("Netherlands Ministry of Foreign Affairs")
          .type(OrganizationType.GOVERNMENT)
          .homeCountry(CountryCode.of("NL"))
          .build();

  /**
   * Mama Cash, lead of Count Me In! ({@code NL-KVK-41202535}): an international women's fund in
   * Amsterdam.
   */
  public static final Organization MAMA_CASH =
      Organization.builder()
          .id(OrganizationId.of("NL-KVK-41202535"))
          .name("Mama Cash")
          .type(OrganizationType.FOUNDATION)
          .homeCountry(CountryCode.of("NL"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /**
   * Urgent Action Fund for Women's Human Rights: registered in the United States, grants worldwide.
   * No IATI identifier: Sida's data names it only by the CRS channel code 21000 ({@code
   * dportal_44.xml}).
   */
  public static final Organization URGENT_ACTION_FUND =
      Organization.builder()
          .id(OrganizationId.of("urgent-action-fund"))
          .name("Urgent Action Fund for Women's Human Rights")
          .acronym("UAF")
          .type(OrganizationType.FOUNDATION)
          .homeCountry(CountryCode.of("US"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /**
   * Urgent Action Fund-Africa: a pan-African women's fund in Nairobi, one of the four independent
   * Urgent Action Sister Funds (Sida's activity text in {@code dportal_44.xml};
   * https://www.uaf-africa.org). No IATI identifier found.
   */
  public static final Organization UAF_AFRICA =
      Organization.builder()
          .id(OrganizationId.of("uaf-africa"))
          .name("Urgent Action Fund-Africa")
          .acronym("UAF-Africa")
          .type(OrganizationType.FOUNDATION)
          .homeCountry(CountryCode.of("KE"))
          .addLevel(OperatingLevel.REGIONAL)
          .build();

  /**
   * CREA: a feminist international human rights organisation based in New Delhi
   * (https://creaworld.org). No IATI identifier found.
   */
  public static final Organization CREA =
      Organization.builder()
          .id(OrganizationId.of("crea"))
          .name("CREA")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .homeCountry(CountryCode.of("IN"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /**
   * AWID, the Association for Women's Rights in Development: an international membership
   * organisation registered in Canada (https://www.awid.org).
   */
  public static final Organization AWID =
      Organization.builder()
          .id(OrganizationId.of("awid"))
          .name("Association for Women's Rights in Development")
          .acronym("AWID")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .homeCountry(CountryCode.of("CA"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /**
   * JASS (Just Associates): a transnational feminist network. It publishes to IATI as {@code
   * US-EIN-06-1597-668} with type 21 International NGO ({@code partnerships-sample.xml}, activity
   * {@code US-EIN-06-1597-668-PU1-GL}).
   */
  public static final Organization JASS =
      Organization.builder()
          .id(OrganizationId.of("US-EIN-06-1597-668"))
          .name("Just Associates")
          .acronym("JASS")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /**
   * WO=MEN, the Dutch Gender Platform ({@code NL-KVK-27293385}): Count Me In!'s lobby and advocacy
   * partner in the Netherlands.
   */
  public static final Organization WO_MEN =
      Organization.builder()
          .id(OrganizationId.of("NL-KVK-27293385"))
          .name("WO=MEN Dutch Gender Platform")
          .acronym("WO=MEN")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("NL"))
          .build();

  /**
   * Returns Count Me In! 2.0 (2021-2025): Mama Cash (lead), Urgent Action Fund, Urgent Action
   * Fund-Africa, CREA, AWID and JASS, with WO=MEN as lobby and advocacy partner, funded by the
   * Netherlands Ministry of Foreign Affairs. Source: WO=MEN, "Count Me In! Consortium",
   * https://www.wo-men.nl/wat-we-doen/count-me-in-consortium (consortium, lead, partners and
   * years); identifiers from the shared IATI data and the list. Under IASC none of them is
   * a local or national actor.
   */
  public static Partnership countMeIn() {
    Partnership.Builder b =
        Partnership.builder()
            .id("count-me-in-2")
            .name("Count Me In! 2.0 (2021-2025)")
            .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
            .addMember(Membership.of(MAMA_CASH, Role.LEAD, Role.REGRANTER))
            .addMember(Membership.of(MINISTRY, Role.FUNDER));
    for (Organization o : ImmutableList.of(URGENT_ACTION_FUND, UAF_AFRICA, CREA, AWID, JASS)) {
      b.addMember(Membership.of(o, Role.MEMBER));
    }
    return b.addMember(Membership.of(WO_MEN, Role.LOBBY_PARTNER)).build();
  }

  /**
   * The date the public sources on FAIR were read for this example (see {@code
   * docs/research/fair.md}).
   */
  public static final LocalDate FAIR_SOURCES_READ = LocalDate.of(2026, 11, 29);

  /**
   * The nine countries where the 2018 cycle of the Fair Tax Monitor, "an important instrument in
   * Oxfam's Fiscal Accountability for Inequality Reduction program (FAIR-EiU)", was under way:
   * Senegal, Tunisia, Nigeria, Uganda, the Occupied Palestinian Territories (ISO {@code PS}),
   * Pakistan, Bangladesh, Vietnam and Cambodia. Source: Fair Tax Monitor, "Fair Tax Monitor
   * Strategic Reflection and Review Workshop",
   * https://maketaxfair.net/event/fair-tax-monitor-strategic-reflection-and-review-workshop/ (read
   * {@link #FAIR_SOURCES_READ}). FAIR as a whole works in "over 40 countries"
   * (https://maketaxfair.net/oxfam-fair/); their list is not public in the sources read.
   */
  public static final ImmutableList<CountryCode> FAIR_FTM_COUNTRIES_2018 =
      ImmutableList.of(
          CountryCode.of("SN"),
          CountryCode.of("TN"),
          CountryCode.of("NG"),
          CountryCode.of("UG"),
          CountryCode.of("PS"),
          CountryCode.of("PK"),
          CountryCode.of("BD"),
          CountryCode.of("VN"),
          CountryCode.of("KH"));

  /**
   * Oxfam Novib ({@code NL-KVK-27108436}), FAIR's lead in {@link #fair()} (this example's reading):
   * an international NGO (IATI type 21) with its main office in the Netherlands, member of the
   * Oxfam International confederation. Identifier, name and type as Oxfam Novib reports itself in
   * the shared IATI data ({@code dportal_29.xml}, {@code dportal_30.xml}); main office and
   * confederation from its own participating-org text in activity {@code
   * NL-KVK-27108436-A-06467-02:XG} ({@code dportal_30.xml}). The ministry's activity {@code
   * XM-DAC-7-PPR-4000003915} ({@code dportal_125.xml}) types it 22, National NGO; the example keeps
   * Oxfam Novib's own type.
   */
  public static final Organization OXFAM_NOVIB =
      Organization.builder()
          .id(OrganizationId.of("NL-KVK-27108436"))
          .name("Oxfam Novib")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .homeCountry(CountryCode.of("NL"))
          .affiliation("Oxfam International")
          .addLevel(OperatingLevel.GLOBAL)
          .build();

  /**
   * The Ministry for Foreign Affairs of Finland: co-funder (with the European Commission) of
   * Oxfam's "Mobilising Progressive Domestic Resources for Quality Public Services" project in
   * Vietnam (December 2014 to June 2018), which is part of the FAIR-EIU programme. Source: Oxfam in
   * Vietnam, https://vietnam.oxfam.org/node/949 (read {@link #FAIR_SOURCES_READ}). No IATI
   * identifier is used here: no organisation of Finland (no {@code FI-} identifier) is in the
   * shared IATI data, where Finland is only named in the text of one Sida activity ({@code
   * dportal_44.xml}). Its type, IATI 10 Government, is this example's mapping for a ministry (the
   * Dutch ministry reports itself as type 10 in {@code dportal_125.xml}).
   */
  public static final Organization FINLAND_MFA =
      Organization.builder()
          .id(OrganizationId.of("finland-mfa"))
          .name("Ministry for Foreign Affairs of Finland")
          .type(OrganizationType.GOVERNMENT)
          .homeCountry(CountryCode.of("FI"))
          .build();

  /**
   * Tax Justice Network Africa: a pan-African research and advocacy network launched in Nairobi in
   * January 2007, with its secretariat in Nairobi; with Oxfam it developed the Fair Tax Monitor, an
   * instrument of FAIR. Sources: https://maketaxfair.net/about-us/tjna/ and
   * https://maketaxfair.net/event/fair-tax-monitor-strategic-reflection-and-review-workshop/ (read
   * {@link #FAIR_SOURCES_READ}). "Pan-African network" is mapped to IATI type 23 Regional NGO and
   * the secretariat's city to the home country: both mappings are this example's own.
   */
  public static final Organization TAX_JUSTICE_NETWORK_AFRICA =
      Organization.builder()
          .id(OrganizationId.of("tjna"))
          .name("Tax Justice Network Africa")
          .acronym("TJNA")
          .type(OrganizationType.REGIONAL_NGO)
          .homeCountry(CountryCode.of("KE"))
          .addLevel(OperatingLevel.REGIONAL)
          .build();

  /**
   * Indus Consortium, Pakistan: a Fair Tax Monitor pilot partner (Oxfam Novib, "Fair Tax Monitor",
   * https://oxfamnovib.nl/donors-partners/about-oxfam/projects-and-programs/fair-tax-monitor). It
   * is a partner-country-based NGO (IATI type 24) working in Pakistan as Oxfam Novib reports it in
   * activity {@code NL-KVK-27108436-A-05001-08:PK} ({@code dportal_29.xml}; a Fair Finance Asia
   * activity, not a FAIR one).
   */
  public static final Organization INDUS_CONSORTIUM =
      Organization.builder()
          .id(OrganizationId.of("indus-consortium"))
          .name("Indus Consortium")
          .type(OrganizationType.PARTNER_COUNTRY_BASED_NGO)
          .homeCountry(CountryCode.of("PK"))
          .build();

  /**
   * Returns a partner named in a public source on FAIR whose organisation type is not known to this
   * example: its type is {@link OrganizationType#UNKNOWN}, so its locality is unknown (never local)
   * under every definition. The country is the one the source pairs it with.
   */
  static Organization partnerOfUnknownType(String name, String country) {
    return Organization.builder()
        .id(OrganizationId.slugOf(name))
        .name(name)
        .type(OrganizationType.UNKNOWN)
        .homeCountry(CountryCode.of(country))
        .build();
  }

  /**
   * The other three Fair Tax Monitor pilot partners, of unknown type: SUPRO (Bangladesh), Forum
   * Civil (Senegal), SEATINI (Uganda). Source: Oxfam Novib, "Fair Tax Monitor",
   * https://oxfamnovib.nl/donors-partners/about-oxfam/projects-and-programs/fair-tax-monitor (read
   * {@link #FAIR_SOURCES_READ}).
   */
  public static final ImmutableList<Organization> FTM_PILOT_PARTNERS_OF_UNKNOWN_TYPE =
      ImmutableList.of(
          partnerOfUnknownType("SUPRO", "BD"),
          partnerOfUnknownType("Forum Civil", "SN"),
          partnerOfUnknownType("SEATINI", "UG"));

  /**
   * The partners named in FAIR's own track record, of unknown type: MIFTAH, AMAN and ARIJ with
   * Oxfam in the Occupied Palestinian Territory, and Articulação SUL (ASUL) with Oxfam Brasil
   * (2016-2018). Source: Oxfam, "FAIR track record",
   * https://indepth.oxfam.org.uk/fair-track-record/ (read {@link #FAIR_SOURCES_READ}).
   */
  public static final ImmutableList<Organization> FAIR_TRACK_RECORD_PARTNERS =
      ImmutableList.of(
          partnerOfUnknownType("MIFTAH", "PS"),
          partnerOfUnknownType("AMAN", "PS"),
          partnerOfUnknownType("ARIJ", "PS"),
          partnerOfUnknownType("Articulação SUL", "BR"));

  /**
   * Returns FAIR - Even It Up!, Oxfam's Fiscal Accountability for Inequality Reduction programme:
   * co-created at the end of 2015 by more than eight Oxfam affiliates and 25 country offices,
   * linked to Oxfam's Even It Up! campaign, uniting Oxfam and partners in over 40 countries.
   * Sources: Oxfam Novib, "F.A.I.R. - Even it Up!",
   * https://oxfamnovib.nl/donors-partners/about-oxfam/projects-and-programs/f-a-i-r-even-it-up, and
   * https://maketaxfair.net/oxfam-fair/ (read {@link #FAIR_SOURCES_READ}); every fact and source is
   * listed in {@code docs/research/fair.md}.
   *
   * <p>Members: Oxfam Novib (lead), the Ministry for Foreign Affairs of Finland (funder of a FAIR
   * project in Vietnam), Tax Justice Network Africa (member: co-developer of the Fair Tax Monitor),
   * the four partners named in FAIR's track record and the four Fair Tax Monitor pilot partners
   * (implementing partners). This example's own readings, not stated in the sources: Oxfam Novib as
   * the lead (the meet-up called FAIR "Oxfam Novib's network of partners"); the form, a network (no
   * secretariat is named, so none is set); the Fair Tax Monitor's pilot partners as FAIR partners
   * (the Monitor is an instrument of FAIR; its partners of 2018 are not named). No flows: no
   * activity in the shared IATI data is a FAIR activity, and no amount is public in the sources
   * read. No practice, risks or governing bodies: none are public in the sources read.
   *
   * <p>Not to be confused with FAIR for ALL, Oxfam Novib's Power of Voices partnership with the
   * Dutch Ministry of Foreign Affairs (2021-2025, with SOMO, Huairou Commission and Third World
   * Network Africa), which is not modelled here.
   *
   * <pre>{@code
   * Partnership fair = Alliances.fair();
   * fair.members().size()   // 11
   * Alliances.INDUS_CONSORTIUM.locality()   // LOCAL_OR_NATIONAL
   * Alliances.FAIR_TRACK_RECORD_PARTNERS.get(0).localityReason()
   * // type not reported: locality cannot be decided
   * }</pre>
   */
  public static Partnership fair() {
    Partnership.Builder b =
        Partnership.builder()
            .id("fair-even-it-up")
            .name("FAIR - Even It Up! (Fiscal Accountability for Inequality Reduction)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addMember(Membership.of(OXFAM_NOVIB, Role.LEAD))
            .addMember(Membership.of(FINLAND_MFA, Role.FUNDER))
            .addMember(Membership.of(TAX_JUSTICE_NETWORK_AFRICA, Role.MEMBER));
    for (Organization o : FAIR_TRACK_RECORD_PARTNERS) {
      b.addMember(Membership.of(o, Role.IMPLEMENTING_PARTNER));
    }
    b.addMember(Membership.of(INDUS_CONSORTIUM, Role.IMPLEMENTING_PARTNER));
    for (Organization o : FTM_PILOT_PARTNERS_OF_UNKNOWN_TYPE) {
      b.addMember(Membership.of(o, Role.IMPLEMENTING_PARTNER));
    }
    return b.build();
  }

  /**
   * Returns GPPAC's practice. Public fact: GPPAC's Global Action Agenda (2005) was built from
   * fifteen Regional Action Agendas, so the regions' priorities informed the global strategy.
   * Everything else here is <strong>illustrative</strong> (dates, cadences, mechanisms), to show
   * the rules at work.
   */
  static Practice gppacPractice(Partnership p) {
    ImmutableSet<OrganizationId> regions =
        GPPAC_REGIONS.stream()
            .map(r -> regionalNetwork(r).id())
            .collect(ImmutableSet.toImmutableSet());
    ImmutableSet<OrganizationId> isg =
        p.body(ISG).orElseThrow().holders().stream().collect(ImmutableSet.toImmutableSet());
    return Practice.builder()
        .design(
            new Facts.ProgrammeDesign(
                ImmutableSet.<OrganizationId>builder()
                    .add(GPPAC_FOUNDATION.id())
                    .addAll(regions)
                    .build(),
                regions,
                regions))
        .sharedValues(
            new Facts.SharedValues(
                LocalDate.of(2005, 7, 19),
                ImmutableSet.<OrganizationId>builder()
                    .add(GPPAC_FOUNDATION.id())
                    .addAll(regions)
                    .build()))
        .addLearning(
            new Facts.LearningPractice(
                "Annual ISG reflection on the network's values", true, 12, isg))
        .contextReviews(new Facts.ContextReviews(12, LocalDate.of(2026, 4, 15), isg))
        .powerArrangement(new Facts.PowerArrangement(isg, LocalDate.of(2016, 6, 1)))
        .civicSpace(
            new Facts.CivicSpaceStrategy(
                "Protection of peacebuilders and their space to act", false))
        .addControls(ControlMechanism.EARMARKING, ControlMechanism.DETAILED_REPORTING)
        .addTrusts(TrustMechanism.MULTI_YEAR_FUNDING, TrustMechanism.SUPPORT_BEYOND_MONEY)
        .build();
  }

  /** Returns an illustrative risk register for GPPAC. */
  static RiskRegister gppacRisks() {
    return RiskRegister.builder()
        .addRisk(
            Risk.builder()
                .id("R1")
                .area(RiskArea.SECURITY)
                .description("Surveillance and harassment of peacebuilders after public statements")
                .likelihood(Likelihood.LIKELY)
                .impact(Impact.MAJOR)
                .bearer(regionalNetwork("Central Asia").id())
                .build())
        .addRisk(
            Risk.builder()
                .id("R2")
                .area(RiskArea.REPUTATIONAL)
                .description("Regional statements read as positions of the whole network")
                .likelihood(Likelihood.POSSIBLE)
                .impact(Impact.MODERATE)
                .bearer(GPPAC_FOUNDATION.id())
                .owner(GPPAC_FOUNDATION.id())
                .origin("the ISG delegates public statements to the regional networks")
                .build())
        .addRisk(
            Risk.builder()
                .id("R3")
                .area(RiskArea.FIDUCIARY)
                .description("Regranted funds not accounted for")
                .likelihood(Likelihood.UNLIKELY)
                .impact(Impact.MODERATE)
                .bearer(regionalNetwork("West Africa").id())
                .owner(GPPAC_FOUNDATION.id())
                .addMitigation(
                    Mitigation.fundedBy("Joint financial training", GPPAC_FOUNDATION.id()))
                .build())
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
        GoverningBody.builder()
            .name(ISG)
            .type(BodyType.STEERING_COMMITTEE)
            .rule(DecisionRule.simpleMajority());
    for (String region : GPPAC_REGIONS) {
      isg.addSeat(Seat.of(regionalNetwork(region).id()));
    }
    for (int i = 1; i <= 3; i++) {
      b.addMember(Membership.of(internationalNgo(i), Role.MEMBER));
      isg.addSeat(Seat.of(internationalNgo(i).id()));
    }
    b.addBody(isg.build());
    Partnership withoutPractice = b.build();
    return Partnership.builder()
        .from(withoutPractice)
        .practice(gppacPractice(withoutPractice))
        .risks(gppacRisks())
        .build();
  }
}
