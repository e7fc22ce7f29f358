package dev.partnership.examples;

import static dev.partnership.model.PartnershipQueries.illustrativeFacts;
import static dev.partnership.model.PartnershipQueries.sourcedFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.Provenance;
import dev.partnership.document.Format;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.governance.GoverningBody;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.SourcedFact;
import dev.partnership.practice.Practice;
import dev.partnership.rights.DecisionRight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllianceDocumentsTest {
  /** Counts every fact of {@code p} that can carry a provenance, whether or not it does. */
  static long facts(Partnership p) {
    long n = p.countries().size() + p.members().size() + p.flows().size();
    n += p.risks().risks().size() + p.decisionRights().rights().size();
    n += p.risks().civicSpace().size() + p.powerMap().relations().size();
    for (GoverningBody b : p.bodies()) {
      n += b.seats().size();
    }
    Practice pr = p.practice();
    n += pr.interests().size() + pr.learning().size() + pr.feedbackLoops().size();
    n += pr.controls().size() + pr.trusts().size();
    for (Optional<?> o :
        List.of(
            pr.sharedValues(),
            pr.design(),
            pr.contextReviews(),
            pr.budgetFlexibility(),
            pr.powerArrangement(),
            pr.civicSpace())) {
      n += o.isPresent() ? 1 : 0;
    }
    return n;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Alliances.class.getResourceAsStream(Alliances.FOLDER + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyFactOfTheThreeDocumentsHasAProvenance() {
    for (Partnership p : Alliances.documents()) {
      List<SourcedFact> sourced = p.query(sourcedFacts());
      assertEquals(facts(p), sourced.size(), p.name());
      assertTrue(sourced.size() >= 8, p.name() + " has " + sourced.size() + " facts");
      for (SourcedFact f : sourced) {
        assertFalse(f.provenance().source().isBlank(), f.fact());
      }
    }
    // the counts pin the documents: a fact added without a provenance would fail above
    assertEquals(
        // GPPAC: members (Sida among them), seats, decision rights, practice, risks and the 7 Sida
        // disbursements of dportal_38.xml; Count Me In!: members and
        // decision rights; FAIR: members, decision rights and the 9 countries of the Fair Tax
        // Monitor's 2018 cycle
        List.of(20L + 18 + 6 + 10 + 3 + 7, 8L + 5, 11L + 6 + 9),
        Alliances.documents().stream().map(AllianceDocumentsTest::facts).toList());
  }

  @Test
  void writingEachAllianceGivesItsDocumentBackUnchangedAndReadingItGivesTheAlliance()
      throws IOException {
    for (int i = 0; i < 3; i++) {
      Partnership p = Alliances.documents().get(i);
      String name = Alliances.DOCUMENT_NAMES.get(i);
      String text = PartnershipDocuments.write(p, Format.YAML);
      assertEquals(resource(name), text, name);
      assertEquals(p, PartnershipDocuments.readYaml(text), name);
      assertEquals(p, PartnershipDocuments.readJson(PartnershipDocuments.write(p, Format.JSON)));
    }
  }

  @Test
  void madeUpValuesAreMarkedAndEachSaysWhy() {
    // Count Me In!'s decision-making is not public: its five decision rights are all made up
    List<SourcedFact> cmi = Alliances.countMeIn().query(illustrativeFacts());
    assertEquals(5, cmi.size(), cmi.toString());
    assertTrue(cmi.stream().allMatch(f -> f.fact().startsWith("decision right ")), cmi.toString());
    // FAIR: three of its six decision rights are made up (funding, reporting, national messages)
    List<SourcedFact> fair = Alliances.fair().query(illustrativeFacts());
    assertEquals(3, fair.size(), fair.toString());
    for (SourcedFact f : fair) {
      assertTrue(f.fact().startsWith("decision right "), f.fact());
      assertTrue(f.provenance().source().startsWith("illustrative: "), f.fact());
    }
    List<SourcedFact> made = Alliances.gppac().query(illustrativeFacts());
    // 3 international NGOs, 18 seats, 2 decision rights, 5 practice facts, 4 mechanisms, 3 risks
    assertEquals(3 + 18 + 2 + 5 + 4 + 3, made.size());
    for (int i = 1; i <= 3; i++) {
      Membership m = Alliances.gppac().member(Alliances.internationalNgo(i).id()).orElseThrow();
      assertTrue(m.provenance().orElseThrow().illustrative(), m.toString());
      assertTrue(m.organization().name().endsWith("(illustrative)"));
    }
    for (Membership m : Alliances.gppac().members()) {
      boolean ingo = m.organization().id().value().startsWith("ingo-");
      assertEquals(ingo, m.provenance().orElseThrow().illustrative(), m.toString());
    }
    Provenance design = Alliances.gppac().practice().design().orElseThrow().provenance().get();
    assertFalse(design.illustrative());
    assertTrue(design.source().contains("Global Action Agenda (2005)"), design.source());
  }

  @Test
  void eachAllianceHasFewDecisionRightsEachWithItsProvenance() {
    assertEquals(
        List.of(6, 5, 6),
        Alliances.documents().stream().map(p -> p.decisionRights().rights().size()).toList());
    for (Partnership p : Alliances.documents()) {
      for (DecisionRight r : p.decisionRights().rights()) {
        Provenance v = r.provenance().orElseThrow(() -> new AssertionError(r.toString()));
        // a sourced right names its source; a made-up one says so first
        assertEquals(v.illustrative(), v.source().startsWith("illustrative: "), r.toString());
        assertTrue(v.illustrative() || v.source().contains("https://"), r.toString());
      }
    }
    // GPPAC's steering group takes the sourced governance decisions; each region chooses its own
    // representative
    var gppac = Alliances.gppac();
    assertEquals(
        Optional.of(Alliances.ISG),
        gppac.decisionRights().rights().get(0).body(),
        gppac.decisionRights().toString());
    assertEquals(15, gppac.decisionRights().rights().get(2).levels().size());
    // the scenarios' own decisions are not listed, so the scenarios add them
    for (Partnership p : Alliances.documents()) {
      assertFalse(
          p.decisionRights().rights().stream().anyMatch(r -> r.name().equals("budget allocation")),
          p.name());
    }
  }

  @Test
  void everyFairFactIsDatedTheDayItsSourcesWereRead() {
    assertEquals(LocalDate.of(2026, 11, 29), Alliances.FAIR_SOURCES_READ);
    for (SourcedFact f : Alliances.fair().query(sourcedFacts())) {
      assertEquals(Optional.of(Alliances.FAIR_SOURCES_READ), f.provenance().date(), f.fact());
      assertTrue(
          f.provenance().illustrative() || f.provenance().source().contains("http"), f.fact());
    }
    for (SourcedFact f : Alliances.countMeIn().query(sourcedFacts())) {
      assertTrue(
          f.provenance().source().startsWith("WO=MEN, \"Count Me In!")
              || f.provenance().source().contains("(WO=MEN, \"Count Me In! Consortium\""),
          f.fact());
    }
  }

  @Test
  void theRegionsWithoutAidRecipientsAreReadFromTheCountriesTheirNetworksOperateIn() {
    assertEquals(
        ImmutableSet.of("North America", "Western Europe"),
        Alliances.REGIONS_WITHOUT_AID_RECIPIENTS);
    assertEquals("[US, CA]", Alliances.regionalNetwork("North America").countries().toString());
    assertEquals(
        "[AT, BE, FR, DE, LI, LU, MC, NL, CH]",
        Alliances.regionalNetwork("Western Europe").countries().toString());
    for (String region : Alliances.GPPAC_REGIONS) {
      Membership m = Alliances.gppac().member(Alliances.regionalNetwork(region).id()).orElseThrow();
      boolean recorded = !m.organization().countries().isEmpty();
      assertEquals(Alliances.REGIONS_WITHOUT_AID_RECIPIENTS.contains(region), recorded, region);
      // where the countries come from: the membership's provenance says they are a reading
      assertEquals(
          recorded,
          m.provenance().orElseThrow().source().contains("this example's reading of the region"),
          region);
    }
    assertEquals(
        "INTERNATIONAL: no country of Western Europe is on the DAC List of ODA Recipients"
            + " 2024-2025",
        Alliances.regionalLocality("Western Europe", LocalityDefinition.IASC_WITH_REGIONAL)
            .toString());
  }

  @Test
  void fairWorksInTheNineCountriesOfTheFairTaxMonitorEachWithItsSource() {
    Partnership fair = Alliances.fair();
    assertEquals(Alliances.FAIR_FTM_COUNTRIES_2018, fair.countries().asList());
    assertEquals(fair.countries(), fair.countryProvenance().keySet());
    for (Provenance p : fair.countryProvenance().values()) {
      assertTrue(
          p.source().startsWith("https://maketaxfair.net/event/fair-tax-monitor-"), p.source());
      assertTrue(p.source().endsWith("docs/research/fair.md F5)"), p.source());
      assertFalse(p.illustrative());
    }
    assertEquals(
        "works in Senegal (SN) — " + fair.countryProvenance().get(CountryCode.of("SN")),
        fair.query(sourcedFacts()).get(0).toString());
  }

  @Test
  void theConstantsAreTheMembersOfTheDocuments() {
    assertSame(
        Alliances.countMeIn().member(Alliances.MAMA_CASH.id()).orElseThrow().organization(),
        Alliances.MAMA_CASH);
    assertEquals("Mama Cash", Alliances.MAMA_CASH.name());
    assertEquals(Alliances.gppac().secretariat(), Optional.of(Alliances.GPPAC_FOUNDATION.id()));
    assertEquals(15, Alliances.GPPAC_REGIONS.size());
    assertEquals("Eastern and Central Africa", Alliances.GPPAC_REGIONS.get(0));
    assertEquals("Western Europe", Alliances.GPPAC_REGIONS.get(14));
    assertEquals("International Steering Group", Alliances.ISG);
    assertEquals(
        "GPPAC regional network West Africa", Alliances.regionalNetwork("West Africa").name());
    assertSame(Alliances.gppac(), Alliances.gppac(), "read once");
    assertEquals(4, Alliances.FAIR_TRACK_RECORD_PARTNERS.size());
    assertEquals("Articulação SUL", Alliances.FAIR_TRACK_RECORD_PARTNERS.get(3).name());
    assertEquals(3, Alliances.FTM_PILOT_PARTNERS_OF_UNKNOWN_TYPE.size());
  }

  @Test
  void lookUpsOutsideTheDocumentsAreRefusedWithTheFieldAndTheValue() {
    for (int i : new int[] {0, 4, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Alliances.internationalNgo(i));
      assertEquals(
          "international NGO (" + i + ") must be 1 to 3, the international NGOs of gppac.yaml",
          e.getMessage());
    }
    for (String r : new String[] {"Atlantis", "", "west africa", "West Africa "}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Alliances.regionalNetwork(r));
      assertEquals("region (" + r + ") must be one of GPPAC's regions", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Alliances.regionalNetwork(null));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> Alliances.read("none.yaml"));
    assertEquals("alliance document (none.yaml) must be on the class path", missing.getMessage());
  }
}
