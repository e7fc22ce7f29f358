package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.iati.IatiActivity;
import dev.partnership.iati.IatiOrgRef;
import dev.partnership.iati.IatiReader;
import dev.partnership.iati.OrganisationRole;
import dev.partnership.iati.ParticipatingOrg;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks {@link Alliances#fair()}: its members, roles and localities, and every fact it takes from
 * the shared IATI data, read again here from {@code ../shared/data/iati}. The real-data tests fail
 * when the data is missing; they never skip.
 */
class FairTest {

  /** Finds {@code shared/data/iati/activities} beside the project, or fails saying where. */
  static Path activities() {
    String property = System.getProperty("partnership.iati.dir");
    Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path[] candidates =
        property != null
            ? new Path[] {Path.of(property)}
            : new Path[] {
              cwd.resolve("../shared/data/iati"), cwd.resolve("../../shared/data/iati")
            };
    for (Path p : candidates) {
      if (Files.isDirectory(p.resolve("activities"))) {
        return p.resolve("activities").normalize();
      }
    }
    return fail(
        "The real IATI data is missing: looked for shared/data/iati/activities at "
            + Arrays.toString(candidates)
            + ". CI puts shared/ beside the clone; set -Dpartnership.iati.dir to point elsewhere.");
  }

  static Path activities(String name) {
    Path p = activities().resolve(name);
    if (!Files.isRegularFile(p)) {
      fail("The real IATI file " + p + " is missing");
    }
    return p;
  }

  static List<IatiActivity> read(String name) {
    List<IatiActivity> all = new ArrayList<>();
    IatiReader.forEach(activities(name), all::add);
    return all;
  }

  static Document dom(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(file.toFile());
    } catch (Exception e) {
      return fail("cannot parse " + file + ": " + e);
    }
  }

  static List<String> texts(Element parent, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** Returns the stripped text of the direct children of {@code parent} named {@code tag}. */
  static List<String> childTexts(Element parent, String tag) {
    List<String> out = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
        out.add(n.getTextContent().strip());
      }
    }
    return out;
  }

  // --- facts from the shared IATI data ---

  @Test
  void oxfamNovibIsModelledAsItReportsItselfInIati() {
    // SOURCES.md: Oxfam Novib reports 96 of the 100 activities of dportal_29 and 78 of dportal_30
    for (String[] file : new String[][] {{"dportal_29.xml", "96"}, {"dportal_30.xml", "78"}}) {
      List<IatiOrgRef> reporters =
          read(file[0]).stream()
              .map(IatiActivity::reportingOrg)
              .filter(r -> r.ref().equals(java.util.Optional.of("NL-KVK-27108436")))
              .collect(Collectors.toList());
      assertEquals(Integer.parseInt(file[1]), reporters.size(), file[0]);
      for (IatiOrgRef r : reporters) {
        assertEquals(Alliances.OXFAM_NOVIB.id().value(), r.ref().orElseThrow(), file[0]);
        assertEquals(java.util.Optional.of(Alliances.OXFAM_NOVIB.name()), r.name(), file[0]);
        assertEquals(
            java.util.Optional.of(Alliances.OXFAM_NOVIB.type().iatiCode()), r.type(), file[0]);
      }
    }
    assertEquals(21, Alliances.OXFAM_NOVIB.type().iatiCode());
  }

  @Test
  void noOrganisationOfFinlandIsInTheSharedIatiDataAndMinistriesReportAsGovernment()
      throws IOException {
    // FINLAND_MFA has no IATI identifier because no FI- organisation is in the data; its type 10
    // is the example's mapping, matching how the Dutch ministry reports itself
    int files = 0;
    try (var paths = Files.list(activities())) {
      for (Path f : paths.filter(x -> x.toString().endsWith(".xml")).sorted().toList()) {
        files++;
        Document d = dom(f);
        for (String tag : List.of("reporting-org", "participating-org")) {
          NodeList orgs = d.getElementsByTagName(tag);
          for (int i = 0; i < orgs.getLength(); i++) {
            String ref = ((Element) orgs.item(i)).getAttribute("ref");
            assertFalse(ref.startsWith("FI-"), f.getFileName() + " " + tag + " " + ref);
          }
        }
      }
    }
    assertEquals(11, files);
    Element ministry =
        (Element)
            activity(dom(activities("dportal_125.xml")), "XM-DAC-7-PPR-4000003915")
                .getElementsByTagName("reporting-org")
                .item(0);
    assertEquals("XM-DAC-7", ministry.getAttribute("ref"));
    assertEquals("10", ministry.getAttribute("type"));
    assertEquals(OrganizationType.GOVERNMENT, Alliances.FINLAND_MFA.type());
  }

  @Test
  void theMinistryTypesOxfamNovibDifferentlyAndTheModelKeepsOxfamNovibsOwnType() {
    // the ministry's activity XM-DAC-7-PPR-4000003915 names Oxfam Novib as implementing, type 22
    // (national NGO); Oxfam Novib reports itself as 21 (international NGO): the model uses 21
    IatiActivity ministry =
        read("dportal_125.xml").stream()
            .filter(x -> x.identifier().equals("XM-DAC-7-PPR-4000003915"))
            .findFirst()
            .orElseGet(() -> fail("XM-DAC-7-PPR-4000003915 not in dportal_125.xml"));
    ImmutableList<ParticipatingOrg> implementing = ministry.withRole(OrganisationRole.IMPLEMENTING);
    assertEquals(1, implementing.size(), ministry.toString());
    assertEquals(java.util.Optional.of("NL-KVK-27108436"), implementing.get(0).org().ref());
    assertEquals(java.util.Optional.of(22), implementing.get(0).org().type());
    assertEquals(OrganizationType.INTERNATIONAL_NGO, Alliances.OXFAM_NOVIB.type());
    // and the activity is about COVID-19, not FAIR
    Element a = activity(dom(activities("dportal_125.xml")), ministry.identifier());
    assertEquals(List.of("COVID-19 Oxfam response to the pandemic"), childTexts(a, "title"));
  }

  @Test
  void oxfamNovibsConfederationComesFromItsOwnIatiText() {
    Document d = dom(activities("dportal_30.xml"));
    Element activity = activity(d, "NL-KVK-27108436-A-06467-02:XG");
    boolean says = false;
    NodeList orgs = activity.getElementsByTagName("participating-org");
    for (int i = 0; i < orgs.getLength(); i++) {
      Element o = (Element) orgs.item(i);
      if ("NL-KVK-27108436".equals(o.getAttribute("ref"))
          && o.getTextContent().contains("member of the Oxfam International confederation")
          && o.getTextContent().contains("main office is based in The Netherlands")) {
        says = true;
      }
    }
    assertTrue(says, "Oxfam Novib's participating-org text in NL-KVK-27108436-A-06467-02:XG");
    assertEquals("Oxfam International", Alliances.OXFAM_NOVIB.affiliation().orElseThrow());
    assertEquals("NL", Alliances.OXFAM_NOVIB.homeCountry().orElseThrow().code());
  }

  @Test
  void indusConsortiumIsAPartnerCountryNgoInPakistanInIati() {
    IatiActivity a =
        read("dportal_29.xml").stream()
            .filter(x -> x.identifier().equals("NL-KVK-27108436-A-05001-08:PK"))
            .findFirst()
            .orElseGet(() -> fail("NL-KVK-27108436-A-05001-08:PK not in dportal_29.xml"));
    ImmutableList<ParticipatingOrg> implementing = a.withRole(OrganisationRole.IMPLEMENTING);
    assertEquals(1, implementing.size(), a.toString());
    IatiOrgRef indus = implementing.get(0).org();
    assertTrue(indus.name().orElseThrow().startsWith("Indus Consortium"), indus.toString());
    assertEquals(
        java.util.Optional.of(Alliances.INDUS_CONSORTIUM.type().iatiCode()),
        indus.type(),
        a.toString());
    assertEquals(24, Alliances.INDUS_CONSORTIUM.type().iatiCode());
    // the country: the activity's only recipient country, and "in Pakistan" in the partner's text
    Element dom = activity(dom(activities("dportal_29.xml")), a.identifier());
    NodeList countries = dom.getElementsByTagName("recipient-country");
    assertEquals(1, countries.getLength());
    assertEquals(
        Alliances.INDUS_CONSORTIUM.homeCountry().orElseThrow().code(),
        ((Element) countries.item(0)).getAttribute("code"));
    assertTrue(
        texts(dom, "participating-org").stream()
            .anyMatch(t -> t.contains("Indus Consortium") && t.contains("in Pakistan")));
  }

  /** Titles and project names that would mark an activity as part of FAIR. */
  private static final Pattern FAIR_TITLE =
      Pattern.compile(
          "\\bF\\.?A\\.?I\\.?R\\.?\\b|(?i:even it up|fiscal accountability for inequality)");

  private static final Pattern FAIR_TEXT =
      Pattern.compile("(?i)even it up|fiscal accountability for inequality reduction");

  @Test
  void noActivityInTheSharedIatiDataIsAFairActivitySoTheModelHasNoFlows() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(activities())) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    }
    assertEquals(11, files.size(), "activity files in shared/data/iati/activities");
    int activities = 0;
    List<String> hits = new ArrayList<>();
    for (Path f : files) {
      NodeList all = dom(f).getElementsByTagName("iati-activity");
      for (int i = 0; i < all.getLength(); i++) {
        activities++;
        Element a = (Element) all.item(i);
        List<String> titles = new ArrayList<>(childTexts(a, "title"));
        NodeList legacy = a.getElementsByTagName("legacy-data");
        for (int j = 0; j < legacy.getLength(); j++) {
          Element l = (Element) legacy.item(j);
          if (l.getAttribute("name").equals("project-name")) {
            titles.add(l.getAttribute("value"));
          }
        }
        boolean inTitle = titles.stream().anyMatch(x -> FAIR_TITLE.matcher(x).find());
        boolean inText =
            childTexts(a, "description").stream().anyMatch(x -> FAIR_TEXT.matcher(x).find());
        if (inTitle || inText) {
          hits.add(f.getFileName() + " " + texts(a, "iati-identifier"));
        }
      }
    }
    assertEquals(1308, activities, "activities read");
    assertEquals(List.of(), hits, "activities naming FAIR or Even It Up");
    assertTrue(Alliances.fair().flows().isEmpty());
  }

  @Test
  void theFairPatternsFindWhatTheyAreFor() {
    // the negative test above is only worth something if the patterns can match
    assertTrue(FAIR_TITLE.matcher("F.A.I.R. - Even it Up!").find());
    assertTrue(FAIR_TITLE.matcher("FAIR-EiU country plan").find());
    assertTrue(
        FAIR_TEXT.matcher("the Fiscal Accountability for Inequality Reduction programme").find());
    assertFalse(FAIR_TITLE.matcher("Fair Finance Asia - Sida - Pakistan Prog").find());
    assertFalse(FAIR_TITLE.matcher("Young Budget Trackers").find());
  }

  private static Element activity(Document d, String identifier) {
    NodeList all = d.getElementsByTagName("iati-activity");
    for (int i = 0; i < all.getLength(); i++) {
      Element a = (Element) all.item(i);
      if (texts(a, "iati-identifier").stream().anyMatch(x -> x.strip().equals(identifier))) {
        return a;
      }
    }
    return fail(identifier + " not found");
  }

  // --- the model ---

  @Test
  void membersAndRoles() {
    Partnership fair = Alliances.fair();
    assertEquals("fair-even-it-up", fair.id());
    assertEquals(PartnershipForm.NETWORK_WITH_SECRETARIAT, fair.form());
    assertEquals(11, fair.members().size());
    assertEquals(Alliances.OXFAM_NOVIB, fair.query(PartnershipQueries.lead()).orElseThrow());
    assertEquals(List.of(Alliances.FINLAND_MFA), fair.query(PartnershipQueries.funders()));
    assertEquals(
        8, fair.query(PartnershipQueries.membersWithRole(Role.IMPLEMENTING_PARTNER)).size());
    assertEquals(
        List.of(Alliances.TAX_JUSTICE_NETWORK_AFRICA),
        fair.query(PartnershipQueries.membersWithRole(Role.MEMBER)).stream()
            .map(Membership::organization)
            .collect(Collectors.toList()));
    assertTrue(fair.secretariat().isEmpty(), "no secretariat is named in the sources");
    assertTrue(fair.bodies().isEmpty(), "no governing body is public in the sources");
    assertTrue(fair.risks().risks().isEmpty(), "no risk is public in the sources");
    assertEquals(fair, Alliances.fair(), "built the same every time");
  }

  @Test
  void nobodyIsMadeLocalWithoutTheFacts() {
    Partnership fair = Alliances.fair();
    AidRecipients dac = AidRecipients.dac2024to2025();
    // only Indus Consortium: IATI type 24 in Pakistan
    assertEquals(
        List.of(Alliances.INDUS_CONSORTIUM),
        fair.query(PartnershipQueries.localAndNationalMembers()));
    assertEquals(Fraction.of(1, 11), fair.query(PartnershipQueries.localAndNationalShare()));
    ImmutableSet<Organization> unknownType =
        ImmutableSet.<Organization>builder()
            .addAll(Alliances.FAIR_TRACK_RECORD_PARTNERS)
            .addAll(Alliances.FTM_PILOT_PARTNERS_OF_UNKNOWN_TYPE)
            .build();
    assertEquals(7, unknownType.size());
    for (Organization o : unknownType) {
      assertEquals(OrganizationType.UNKNOWN, o.type(), o.name());
      for (LocalityDefinition d : LocalityDefinition.values()) {
        assertEquals(Locality.UNKNOWN, o.localityVerdict(d, dac).locality(), o.name() + " " + d);
      }
      assertTrue(o.localityReason().contains("type not reported"), o.localityReason());
    }
    assertEquals(Locality.INTERNATIONAL, Alliances.OXFAM_NOVIB.locality());
    assertEquals(Locality.INTERNATIONAL, Alliances.FINLAND_MFA.locality());
    // a pan-African network in Nairobi: international under IASC, local under the regional variant
    Organization tjna = Alliances.TAX_JUSTICE_NETWORK_AFRICA;
    assertEquals(Locality.INTERNATIONAL, tjna.locality());
    assertEquals(
        Locality.LOCAL_OR_NATIONAL,
        tjna.localityVerdict(LocalityDefinition.IASC_WITH_REGIONAL, dac).locality());
    assertEquals(Locality.LOCAL_OR_NATIONAL, Alliances.INDUS_CONSORTIUM.locality());
  }

  @Test
  void theFairTaxMonitorCountriesOf2018() {
    ImmutableList<CountryCode> c = Alliances.FAIR_FTM_COUNTRIES_2018;
    assertEquals(9, c.size());
    assertEquals(9, ImmutableSet.copyOf(c).size());
    for (CountryCode code : c) {
      assertTrue(AidRecipients.dac2024to2025().contains(code), code.toString());
    }
    // every partner with a country in those nine works in one of them, except the Brazilian one
    for (Membership m : Alliances.fair().members()) {
      m.organization()
          .homeCountry()
          .filter(h -> m.has(Role.IMPLEMENTING_PARTNER) && !h.code().equals("BR"))
          .ifPresent(h -> assertTrue(c.contains(h), m.organization().name()));
    }
  }

  @Test
  void aPartnerOfUnknownTypeRefusesANameWithoutLettersOrABadCountry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Alliances.partnerOfUnknownType(" - ", "BD"));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    RuntimeException bad =
        assertThrows(
            RuntimeException.class, () -> Alliances.partnerOfUnknownType("SUPRO", "Bangladesh"));
    assertTrue(bad.getMessage().contains("Bangladesh"), bad.getMessage());
    assertThrows(NullPointerException.class, () -> Alliances.partnerOfUnknownType(null, "BD"));
  }
}
