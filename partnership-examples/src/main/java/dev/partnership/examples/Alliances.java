package dev.partnership.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.LocalityVerdict;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import dev.partnership.document.Format;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.GoverningBody;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The alliances of the Partos meet-up, read from the documents {@code gppac.yaml}, {@code
 * count-me-in.yaml} and {@code fair.yaml} (format {@code partnership/1}) in the resource folder
 * {@code dev/partnership/examples/alliances/}. Every membership, seat, practice fact, mechanism and
 * risk in them carries its provenance (source, and for FAIR the date the sources were read); every
 * made-up value (GPPAC's steering-group weights and rule, its practice, mechanisms and risks, the
 * international NGOs on its steering group) is marked illustrative. Where a name is made up it also
 * says "illustrative". This class holds no facts: its constants are looked up in the documents by
 * id, which are read once, when the class is first used.
 *
 * <pre>{@code
 * Alliances.gppac().query(PartnershipQueries.illustrativeFacts()).size()   // 35
 * Alliances.MAMA_CASH.name()   // Mama Cash
 * }</pre>
 */
public final class Alliances {
  private Alliances() {}

  /** The folder of the alliance documents, relative to this class's package on the class path. */
  static final String FOLDER = "alliances/";

  /** The document names, in the order {@link #documents()} returns them. */
  static final ImmutableList<String> DOCUMENT_NAMES =
      ImmutableList.of("gppac.yaml", "count-me-in.yaml", "fair.yaml");

  /** The three documents, read once when first used. */
  private static final class Documents {
    static final Partnership GPPAC = read("gppac.yaml");
    static final Partnership COUNT_ME_IN = read("count-me-in.yaml");
    static final Partnership FAIR = read("fair.yaml");

    private Documents() {}
  }

  /**
   * Returns the alliance document {@code name} read from the class path.
   *
   * @throws IllegalStateException if the document is not on the class path
   * @throws dev.partnership.document.DocumentException if it is not a valid document
   */
  static Partnership read(String name) {
    InputStream in = Alliances.class.getResourceAsStream(FOLDER + name);
    checkField(in != null, "alliance document", name, "must be on the class path");
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return PartnershipDocuments.read(r, name, Format.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alliance document " + name, e);
    }
  }

  /** Returns the three alliances as read from their documents: GPPAC, Count Me In! and FAIR. */
  static ImmutableList<Partnership> documents() {
    return ImmutableList.of(Documents.GPPAC, Documents.COUNT_ME_IN, Documents.FAIR);
  }

  /** Throws {@code "<field> (<value>) <rule>"} unless {@code ok}, as the library's checks do. */
  private static void checkField(boolean ok, String field, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException(field + " (" + value + ") " + rule);
    }
  }

  /** Returns the member {@code id} of {@code p}, refusing an id that is not a member. */
  private static Organization member(Partnership p, String id) {
    return member(p, OrganizationId.of(id), "id");
  }

  private static Organization member(Partnership p, OrganizationId id, String field) {
    Optional<Membership> m = p.member(id);
    checkField(m.isPresent(), field, id, "must be a member of " + p.name());
    return m.orElseThrow().organization();
  }

  private static ImmutableList<Organization> members(Partnership p, String... ids) {
    return Stream.of(ids).map(id -> member(p, id)).collect(ImmutableList.toImmutableList());
  }

  /** The prefix of a GPPAC regional network's name, before the region. */
  private static final String REGIONAL_NETWORK = "GPPAC regional network ";

  /**
   * GPPAC's fifteen regions, each with a regional network, secretariat and representative: the
   * regional NGOs of {@code gppac.yaml}, in its order.
   */
  public static final ImmutableList<String> GPPAC_REGIONS =
      Documents.GPPAC.members().stream()
          .map(Membership::organization)
          .filter(o -> o.type() == OrganizationType.REGIONAL_NGO)
          .map(o -> o.name().substring(REGIONAL_NETWORK.length()))
          .collect(ImmutableList.toImmutableList());

  /** The GPPAC Foundation in The Hague, which hosts the Global Secretariat. */
  public static final Organization GPPAC_FOUNDATION = member(Documents.GPPAC, "gppac-foundation");

  /**
   * GPPAC's regions whose regional network's countries are recorded in {@code gppac.yaml} and none
   * of them is on the DAC List of ODA Recipients 2024-2025 ({@link AidRecipients#dac2024to2025()}):
   * North America (the United States and Canada) and Western Europe (the countries of Western
   * Europe in the UN M49 standard). Their networks are not in aid-recipient countries under any
   * definition. The countries are this example's reading of the region names (GPPAC, "Our
   * governance", https://gppac.net/our-governance), and each network's membership in the document
   * says so in its provenance; a region whose countries are not recorded is not in this set.
   */
  public static final ImmutableSet<String> REGIONS_WITHOUT_AID_RECIPIENTS =
      GPPAC_REGIONS.stream()
          .filter(
              r -> {
                ImmutableSet<CountryCode> countries = network(r).countries();
                return !countries.isEmpty()
                    && countries.stream().noneMatch(AidRecipients.dac2024to2025()::contains);
              })
          .collect(ImmutableSet.toImmutableSet());

  /** Returns the regional network of {@code region}, which must be one of GPPAC's regions. */
  private static Organization network(String region) {
    return member(Documents.GPPAC, OrganizationId.slugOf("GPPAC " + region), "region");
  }

  /**
   * Returns the regional network of {@code region}: a regional NGO working at regional level, as in
   * {@code gppac.yaml}. The country hosting each regional secretariat is not modelled (not a fact
   * this example has a source for), so under the regional variant its locality is unknown, except
   * for the regions without aid recipients ({@link #regionalLocality}). The networks of North
   * America and Western Europe record the countries they operate in ({@link
   * Organization#countries()}).
   *
   * @throws IllegalArgumentException if {@code region} is not one of {@link #GPPAC_REGIONS}
   */
  public static Organization regionalNetwork(String region) {
    checkField(GPPAC_REGIONS.contains(region), "region", region, "must be one of GPPAC's regions");
    return network(region);
  }

  /**
   * Returns the locality of {@code region}'s network under {@code definition}: international for
   * the regions without aid recipients ({@link #REGIONS_WITHOUT_AID_RECIPIENTS}, read from the
   * countries the network operates in); under {@link LocalityDefinition#IASC_WITH_REGIONAL} a
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
  public static final Organization MINISTRY = member(Documents.COUNT_ME_IN, "XM-DAC-7");

  /**
   * Mama Cash, lead of Count Me In! ({@code NL-KVK-41202535}): an international women's fund in
   * Amsterdam.
   */
  public static final Organization MAMA_CASH = member(Documents.COUNT_ME_IN, "NL-KVK-41202535");

  /**
   * Urgent Action Fund for Women's Human Rights: registered in the United States, grants worldwide.
   * No IATI identifier: Sida's data names it only by the CRS channel code 21000 ({@code
   * dportal_44.xml}).
   */
  public static final Organization URGENT_ACTION_FUND =
      member(Documents.COUNT_ME_IN, "urgent-action-fund");

  /**
   * Urgent Action Fund-Africa: a pan-African women's fund in Nairobi, one of the four independent
   * Urgent Action Sister Funds (Sida's activity text in {@code dportal_44.xml};
   * https://www.uaf-africa.org). No IATI identifier found.
   */
  public static final Organization UAF_AFRICA = member(Documents.COUNT_ME_IN, "uaf-africa");

  /**
   * CREA: a feminist international human rights organisation based in New Delhi
   * (https://creaworld.org). No IATI identifier found.
   */
  public static final Organization CREA = member(Documents.COUNT_ME_IN, "crea");

  /**
   * AWID, the Association for Women's Rights in Development: an international membership
   * organisation registered in Canada (https://www.awid.org).
   */
  public static final Organization AWID = member(Documents.COUNT_ME_IN, "awid");

  /**
   * JASS (Just Associates): a transnational feminist network. It publishes to IATI as {@code
   * US-EIN-06-1597-668} with type 21 International NGO ({@code partnerships-sample.xml}, activity
   * {@code US-EIN-06-1597-668-PU1-GL}).
   */
  public static final Organization JASS = member(Documents.COUNT_ME_IN, "US-EIN-06-1597-668");

  /**
   * WO=MEN, the Dutch Gender Platform ({@code NL-KVK-27293385}): Count Me In!'s lobby and advocacy
   * partner in the Netherlands.
   */
  public static final Organization WO_MEN = member(Documents.COUNT_ME_IN, "NL-KVK-27293385");

  /**
   * Returns Count Me In! 2.0 (2021-2025), read from {@code count-me-in.yaml}: Mama Cash (lead),
   * Urgent Action Fund, Urgent Action Fund-Africa, CREA, AWID and JASS, with WO=MEN as lobby and
   * advocacy partner, funded by the Netherlands Ministry of Foreign Affairs. Source of every
   * membership: WO=MEN, "Count Me In! Consortium",
   * https://www.wo-men.nl/wat-we-doen/count-me-in-consortium (consortium, lead, partners and
   * years); identifiers from the shared IATI data and the list. Under IASC none of them is
   * a local or national actor.
   */
  public static Partnership countMeIn() {
    return Documents.COUNT_ME_IN;
  }

  /**
   * The date the public sources on FAIR were read for this example (see {@code
   * docs/research/fair.md}): the date of the provenance of Oxfam Novib's membership in {@code
   * fair.yaml}.
   */
  public static final LocalDate FAIR_SOURCES_READ =
      Documents.FAIR
          .member(OrganizationId.of("NL-KVK-27108436"))
          .flatMap(Membership::provenance)
          .flatMap(Provenance::date)
          .orElseThrow();

  /**
   * The nine countries where the 2018 cycle of the Fair Tax Monitor, "an important instrument in
   * Oxfam's Fiscal Accountability for Inequality Reduction program (FAIR-EiU)", was under way:
   * Senegal, Tunisia, Nigeria, Uganda, the Occupied Palestinian Territories (ISO {@code PS}),
   * Pakistan, Bangladesh, Vietnam and Cambodia, in that order. They are the countries FAIR works in
   * in {@code fair.yaml} ({@link Partnership#countries()}), each with its provenance: Fair Tax
   * Monitor, "Fair Tax Monitor Strategic Reflection and Review Workshop",
   * https://maketaxfair.net/event/fair-tax-monitor-strategic-reflection-and-review-workshop/ (read
   * {@link #FAIR_SOURCES_READ}). FAIR as a whole works in "over 40 countries"
   * (https://maketaxfair.net/oxfam-fair/); their list is not public in the sources read, so the
   * document lists only these nine.
   */
  public static final ImmutableList<CountryCode> FAIR_FTM_COUNTRIES_2018 =
      ImmutableList.copyOf(Documents.FAIR.countries());

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
  public static final Organization OXFAM_NOVIB = member(Documents.FAIR, "NL-KVK-27108436");

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
  public static final Organization FINLAND_MFA = member(Documents.FAIR, "finland-mfa");

  /**
   * Tax Justice Network Africa: a pan-African research and advocacy network launched in Nairobi in
   * January 2007, with its secretariat in Nairobi; with Oxfam it developed the Fair Tax Monitor, an
   * instrument of FAIR. Sources: https://maketaxfair.net/about-us/tjna/ and
   * https://maketaxfair.net/event/fair-tax-monitor-strategic-reflection-and-review-workshop/ (read
   * {@link #FAIR_SOURCES_READ}). "Pan-African network" is mapped to IATI type 23 Regional NGO and
   * the secretariat's city to the home country: both mappings are this example's own.
   */
  public static final Organization TAX_JUSTICE_NETWORK_AFRICA = member(Documents.FAIR, "tjna");

  /**
   * Indus Consortium, Pakistan: a Fair Tax Monitor pilot partner (Oxfam Novib, "Fair Tax Monitor",
   * https://oxfamnovib.nl/donors-partners/about-oxfam/projects-and-programs/fair-tax-monitor). It
   * is a partner-country-based NGO (IATI type 24) working in Pakistan as Oxfam Novib reports it in
   * activity {@code NL-KVK-27108436-A-05001-08:PK} ({@code dportal_29.xml}; a Fair Finance Asia
   * activity, not a FAIR one).
   */
  public static final Organization INDUS_CONSORTIUM = member(Documents.FAIR, "indus-consortium");

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
      members(Documents.FAIR, "supro", "forum-civil", "seatini");

  /**
   * The partners named in FAIR's own track record, of unknown type: MIFTAH, AMAN and ARIJ with
   * Oxfam in the Occupied Palestinian Territory, and Articulação SUL (ASUL) with Oxfam Brasil
   * (2016-2018). Source: Oxfam, "FAIR track record",
   * https://indepth.oxfam.org.uk/fair-track-record/ (read {@link #FAIR_SOURCES_READ}).
   */
  public static final ImmutableList<Organization> FAIR_TRACK_RECORD_PARTNERS =
      members(Documents.FAIR, "miftah", "aman", "arij", "articulacao-sul");

  /**
   * Returns FAIR - Even It Up!, Oxfam's Fiscal Accountability for Inequality Reduction programme,
   * read from {@code fair.yaml}: co-created at the end of 2015 by more than eight Oxfam affiliates
   * and 25 country offices, linked to Oxfam's Even It Up! campaign, uniting Oxfam and partners in
   * over 40 countries. Sources: Oxfam Novib, "F.A.I.R. - Even it Up!",
   * https://oxfamnovib.nl/donors-partners/about-oxfam/projects-and-programs/f-a-i-r-even-it-up, and
   * https://maketaxfair.net/oxfam-fair/ (read {@link #FAIR_SOURCES_READ}); every fact and source is
   * listed in {@code docs/research/fair.md}, and each membership carries its own.
   *
   * <p>Members: Oxfam Novib (lead), the Ministry for Foreign Affairs of Finland (funder of a FAIR
   * project in Vietnam), Tax Justice Network Africa (member: co-developer of the Fair Tax Monitor),
   * the four partners named in FAIR's track record and the four Fair Tax Monitor pilot partners
   * (implementing partners). This example's own readings, not stated in the sources: Oxfam Novib as
   * the lead (the meet-up called FAIR "Oxfam Novib's network of partners"); the form, a network (no
   * secretariat is named, so none is set); the Fair Tax Monitor's pilot partners as FAIR partners
   * (the Monitor is an instrument of FAIR; its partners of 2018 are not named). Countries: the nine
   * where the Fair Tax Monitor's 2018 cycle ran ({@link #FAIR_FTM_COUNTRIES_2018}), each with its
   * source; FAIR's other countries are not listed in the sources read. No flows: no activity in the
   * shared IATI data is a FAIR activity, and no amount is public in the sources read. No practice,
   * risks or governing bodies: none are public in the sources read.
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
    return Documents.FAIR;
  }

  /**
   * Returns the i-th (1-based) illustrative international NGO on GPPAC's steering group.
   *
   * @throws IllegalArgumentException if there is no such NGO in {@code gppac.yaml} (there are
   *     three)
   */
  public static Organization internationalNgo(int i) {
    long n =
        Documents.GPPAC.members().stream()
            .filter(m -> m.organization().id().value().startsWith("ingo-"))
            .count();
    checkField(
        i >= 1 && i <= n,
        "international NGO",
        i,
        "must be 1 to " + n + ", the international NGOs of gppac.yaml");
    return member(Documents.GPPAC, OrganizationId.of("ingo-" + i), "international NGO");
  }

  /** The name of GPPAC's International Steering Group: its steering committee in the document. */
  public static final String ISG =
      Documents.GPPAC.bodies().stream()
          .filter(b -> b.type() == BodyType.STEERING_COMMITTEE)
          .map(GoverningBody::name)
          .findFirst()
          .orElseThrow();

  /**
   * Returns GPPAC, read from {@code gppac.yaml}: 15 regional networks (each with its regional
   * secretariat), the Global Secretariat in The Hague, and three international NGOs (the steering
   * group allows up to six). Its International Steering Group seats the 15 regional representatives
   * and the three international NGOs, one seat one vote, deciding by simple majority (the weights
   * and rule are illustrative: GPPAC's statutes are not modelled here). Public fact of its
   * practice: GPPAC's Global Action Agenda (2005) was built from fifteen Regional Action Agendas,
   * so the regions' priorities informed the global strategy. Everything else in its practice and
   * its risk register is <strong>illustrative</strong> (dates, cadences, mechanisms, risks), to
   * show the rules at work; the document marks each such fact.
   */
  public static Partnership gppac() {
    return Documents.GPPAC;
  }

  /**
   * The PAT session and scenario documents, in the order GPPAC, Count Me In!, FAIR: {@code
   * <alliance>-session.yaml} (format {@code pat-session/1}) and {@code <alliance>-scenario.yaml}
   * (format {@code scenario/1}) in the same folder as the alliance documents.
   */
  static final ImmutableList<String> SESSION_NAMES =
      ImmutableList.of("gppac-session.yaml", "count-me-in-session.yaml", "fair-session.yaml");

  /** The scenario documents, in the order GPPAC, Count Me In!, FAIR. */
  static final ImmutableList<String> SCENARIO_NAMES =
      ImmutableList.of("gppac-scenario.yaml", "count-me-in-scenario.yaml", "fair-scenario.yaml");

  /** The sessions, read once when first used. */
  private static final class Sessions {
    static final Assessment GPPAC = readSession(SESSION_NAMES.get(0));
    static final Assessment COUNT_ME_IN = readSession(SESSION_NAMES.get(1));
    static final Assessment FAIR = readSession(SESSION_NAMES.get(2));

    private Sessions() {}
  }

  /** The scenarios, read once when first used. */
  private static final class Scenarios {
    static final Scenario GPPAC = readScenario(SCENARIO_NAMES.get(0));
    static final Scenario COUNT_ME_IN = readScenario(SCENARIO_NAMES.get(1));
    static final Scenario FAIR = readScenario(SCENARIO_NAMES.get(2));

    private Scenarios() {}
  }

  /**
   * Returns the PAT session document {@code name} read from the class path.
   *
   * @throws IllegalArgumentException if the document is not on the class path
   * @throws dev.partnership.document.DocumentException if it is not a valid session document
   */
  static Assessment readSession(String name) {
    return resource(name, r -> PartnershipDocuments.readAssessment(r, name, Format.YAML));
  }

  /**
   * Returns the scenario document {@code name} read from the class path.
   *
   * @throws IllegalArgumentException if the document is not on the class path
   * @throws dev.partnership.document.DocumentException if it is not a valid scenario document
   */
  static Scenario readScenario(String name) {
    return resource(name, r -> PartnershipDocuments.readScenario(r, name, Format.YAML));
  }

  private static <T> T resource(String name, Function<Reader, T> parse) {
    InputStream in = Alliances.class.getResourceAsStream(FOLDER + name);
    checkField(in != null, "alliance document", name, "must be on the class path");
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse.apply(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alliance document " + name, e);
    }
  }

  /**
   * Returns an illustrative PAT session of GPPAC, read from {@code gppac-session.yaml}: its actual
   * levels are the draft {@code DecisionRightsQueries.draftFromRights} gives from the decision
   * rights of {@code gppac.yaml} (formal levels, partly sourced, partly illustrative), and its
   * agreement, desired levels, actions and comments are <strong>made up</strong> (the session's
   * context says so, and so does every report that prints it).
   *
   * <pre>{@code
   * Alliances.gppacSession().decisions().size()   // 6
   * Alliances.gppacSession().organizations().size()   // 20
   * }</pre>
   */
  public static Assessment gppacSession() {
    return Sessions.GPPAC;
  }

  /**
   * Returns the illustrative PAT session of Count Me In! of {@link PatSessionExample}, read from
   * {@code count-me-in-session.yaml}: the organisations are the consortium's, every score is
   * <strong>made up</strong>.
   */
  public static Assessment countMeInSession() {
    return Sessions.COUNT_ME_IN;
  }

  /**
   * Returns an illustrative PAT session of FAIR, read from {@code fair-session.yaml}: actual levels
   * drafted from the decision rights of {@code fair.yaml}; agreement, desired levels, actions and
   * comments <strong>made up</strong>.
   *
   * <pre>{@code
   * Alliances.fairSession().decisions().size()   // 6
   * }</pre>
   */
  public static Assessment fairSession() {
    return Sessions.FAIR;
  }

  /**
   * Returns the illustrative scenario of GPPAC of {@link GppacScenarioExample}, read from {@code
   * gppac-scenario.yaml}: it starts at {@link #gppac()}; its four steps and their dates are
   * <strong>made up</strong> (the regional representatives weigh double in the International
   * Steering Group; the regional networks decide the budget allocation; a flexible budget line the
   * regions may move; a security risk mitigated and paid for by the Global Secretariat).
   *
   * <pre>{@code
   * Alliances.gppacScenario().size()   // 4
   * Alliances.gppacScenario().start().equals(Alliances.gppac())   // true
   * }</pre>
   */
  public static Scenario gppacScenario() {
    return Scenarios.GPPAC;
  }

  /**
   * Returns an illustrative scenario of Count Me In!, read from {@code count-me-in-scenario.yaml}:
   * from {@link #countMeIn()}, decisions and money move vertically. A local feminist collective
   * (made up) joins as local group; Mama Cash re-grants to it directly, first tightly earmarked,
   * then unearmarked; UAF-Africa and the collective come to decide the grants to local groups while
   * Mama Cash is consulted; the partners co-decide the budget allocation with Mama Cash. Every
   * step, date and amount is <strong>made up</strong>, and each step's label says so.
   */
  public static Scenario countMeInScenario() {
    return Scenarios.COUNT_ME_IN;
  }

  /**
   * Returns an illustrative scenario of FAIR, read from {@code fair-scenario.yaml}: from {@link
   * #fair()}, decisions move from Oxfam Novib to its partners. Oxfam Novib approves the partners'
   * research plans and asks detailed reports; the Fair Tax Monitor's pilot partners come to decide
   * its research framework while Oxfam Novib is consulted; prior approval gives way to its trust
   * counterpart, delegated authority; the partners co-decide the allocation of funding with Oxfam
   * Novib. Every step and date is <strong>made up</strong>, and each step's label says so.
   */
  public static Scenario fairScenario() {
    return Scenarios.FAIR;
  }

  /** Returns the three sessions, in the order of {@link #documents()}. */
  static ImmutableList<Assessment> sessions() {
    return ImmutableList.of(Sessions.GPPAC, Sessions.COUNT_ME_IN, Sessions.FAIR);
  }

  /** Returns the three scenarios, in the order of {@link #documents()}. */
  static ImmutableList<Scenario> scenarios() {
    return ImmutableList.of(Scenarios.GPPAC, Scenarios.COUNT_ME_IN, Scenarios.FAIR);
  }
}
