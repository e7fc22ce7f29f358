package dev.partnership.model;

import static dev.partnership.model.PartnershipQueries.illustrativeFacts;
import static dev.partnership.model.PartnershipQueries.sourcedFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.power.Dimensions.Confidence;
import dev.partnership.power.Dimensions.Expression;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.Dimensions.Level;
import dev.partnership.power.Dimensions.Space;
import dev.partnership.power.PowerMap;
import dev.partnership.power.PowerRelation;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Provenance on every facet, the queries that list it, and what operators do with it. */
class ProvenanceTest {
  static final LocalDate JUNE = LocalDate.of(2024, 6, 1);
  static final Provenance REPORT = Provenance.of("GPPAC annual report 2023", JUNE);
  static final Provenance MADE_UP = Provenance.illustrative("weights are made up");
  static final Organization WANEP = Organization.of("WANEP", OrganizationType.REGIONAL_NGO);
  static final Organization GPPAC = Organization.of("GPPAC", OrganizationType.INTERNATIONAL_NGO);
  static final Organization FUNDER = Organization.of("Ministry", OrganizationType.GOVERNMENT);

  static Risk risk(Optional<Provenance> provenance) {
    return Risk.builder()
        .id("R1")
        .area(RiskArea.SECURITY)
        .description("Surveillance of activists")
        .likelihood(Likelihood.LIKELY)
        .impact(Impact.SEVERE)
        .bearer(WANEP.id())
        .provenance(provenance)
        .build();
  }

  static PowerRelation relation(boolean illustrative) {
    return PowerRelation.builder()
        .holder(FUNDER.id())
        .overActor(GPPAC.id())
        .form(Form.HIDDEN)
        .space(Space.CLOSED)
        .level(Level.GLOBAL)
        .expression(Expression.POWER_OVER)
        .source("Interview")
        .date(LocalDate.of(2026, 5, 12))
        .confidence(Confidence.MEDIUM)
        .illustrative(illustrative)
        .build();
  }

  /** A partnership with one illustrative and one sourced fact in every facet. */
  static Partnership gppac() {
    return Partnership.builder()
        .id("gppac")
        .name("GPPAC")
        .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
        .addMember(Membership.of(GPPAC, Role.LEAD, Role.SECRETARIAT).withProvenance(REPORT))
        .addMember(Membership.of(WANEP, Role.MEMBER).withProvenance(MADE_UP))
        .addMember(Membership.of(FUNDER, Role.FUNDER))
        .secretariat(GPPAC.id())
        .addBody(
            GoverningBody.of(
                "International Steering Group",
                BodyType.STEERING_COMMITTEE,
                DecisionRule.simpleMajority(),
                Seat.of(WANEP.id(), 3, MADE_UP),
                Seat.of(GPPAC.id(), 1, REPORT)))
        .addFlow(
            FundingFlow.builder()
                .from(FundingFlow.of(FUNDER.id(), GPPAC.id(), Money.of("1000000", "EUR"), 2023))
                .provenance(REPORT)
                .build())
        .addFlow(
            FundingFlow.builder()
                .from(FundingFlow.of(GPPAC.id(), WANEP.id(), Money.of("50000", "EUR"), 2023))
                .provenance(Provenance.illustrative("regranting amount is made up"))
                .build())
        .practice(
            Practice.builder()
                .sharedValues(
                    new Facts.SharedValues(JUNE, ImmutableSet.of(GPPAC.id(), WANEP.id()))
                        .withProvenance(REPORT))
                .civicSpace(
                    new Facts.CivicSpaceStrategy("protect activists online", true)
                        .withProvenance(Provenance.illustrative("no strategy was published")))
                .addControls(ControlMechanism.EARMARKING)
                .putControlProvenance(
                    ControlMechanism.EARMARKING, Provenance.illustrative("assumed earmarking"))
                .addTrusts(TrustMechanism.MULTI_YEAR_FUNDING)
                .putTrustProvenance(TrustMechanism.MULTI_YEAR_FUNDING, REPORT)
                .build())
        .risks(
            RiskRegister.builder()
                .addRisk(risk(Optional.of(Provenance.illustrative("ratings are made up"))))
                .putCivicSpace(CountryCode.of("NG"), CivicSpace.REPRESSED)
                .putCivicSpaceProvenance(
                    CountryCode.of("NG"),
                    Provenance.of("CIVICUS Monitor", LocalDate.of(2024, 12, 4)))
                .build())
        .powerMap(PowerMap.builder().addRelation(relation(true)).build())
        .build();
  }

  @Test
  void illustrativeFactsListEveryMadeUpValueWithWhereItIs() {
    List<String> facts =
        gppac().query(illustrativeFacts()).stream().map(SourcedFact::toString).toList();
    assertEquals(
        List.of(
            "membership of WANEP — illustrative: weights are made up",
            "seat of WANEP in International Steering Group, weight 3 — illustrative: weights are"
                + " made up",
            "funding from GPPAC to WANEP, 50000 EUR in 2023 — illustrative: regranting amount is"
                + " made up",
            "civic space strategy — illustrative: no strategy was published",
            "control mechanism earmarking — illustrative: assumed earmarking",
            "risk R1 \"Surveillance of activists\" — illustrative: ratings are made up",
            "power relation: Ministry power over GPPAC — illustrative: Interview, 2026-05-12"),
        facts);
    assertEquals("illustrativeFacts()", illustrativeFacts().toString());
  }

  @Test
  void sourcedFactsListEveryFactWithAProvenanceInFacetOrder() {
    List<String> facts = gppac().query(sourcedFacts()).stream().map(SourcedFact::fact).toList();
    assertEquals(
        List.of(
            "membership of GPPAC",
            "membership of WANEP",
            "seat of WANEP in International Steering Group, weight 3",
            "seat of GPPAC in International Steering Group, weight 1",
            "funding from Ministry to GPPAC, 1000000 EUR in 2023",
            "funding from GPPAC to WANEP, 50000 EUR in 2023",
            "shared values",
            "civic space strategy",
            "control mechanism earmarking",
            "trust mechanism multi year funding",
            "risk R1 \"Surveillance of activists\"",
            "civic space of NG rated repressed",
            "power relation: Ministry power over GPPAC"),
        facts);
    assertEquals(
        "CIVICUS Monitor, 2024-12-04",
        gppac().query(sourcedFacts()).get(11).provenance().toString());
  }

  @Test
  void aPartnershipWithoutProvenanceHasNoSourcedFacts() {
    Partnership plain =
        Partnership.of(
            "p", "P", PartnershipForm.ALLIANCE_OR_CONSORTIUM, Membership.of(WANEP, Role.LEAD));
    assertEquals(List.of(), plain.query(sourcedFacts()));
    assertEquals(List.of(), plain.query(illustrativeFacts()));
  }

  @Test
  void toStringsMarkIllustrativeValues() {
    Partnership p = gppac();
    assertEquals("wanep x3 (illustrative)", p.bodies().get(0).seats().get(0).toString());
    assertEquals("gppac x1", p.bodies().get(0).seats().get(1).toString());
    assertEquals("WANEP [MEMBER] (illustrative)", p.members().get(1).toString());
    assertEquals("GPPAC [LEAD, SECRETARIAT]", p.members().get(0).toString());
    assertEquals("gppac -> wanep: 50000 EUR (2023) (illustrative)", p.flows().get(1).toString());
    assertTrue(p.risks().risks().get(0).toString().endsWith("borne by wanep) (illustrative)"));
    assertTrue(relation(true).toString().endsWith("MEDIUM) (illustrative)"));
    assertTrue(relation(false).toString().endsWith("MEDIUM)"));
    assertEquals(
        "CivicSpaceStrategy[description=protect activists online, includesDigital=true,"
            + " provenance=illustrative: no strategy was published] (illustrative)",
        p.practice().civicSpace().orElseThrow().toString());
    assertEquals(
        "CivicSpaceStrategy[description=d, includesDigital=false]",
        new Facts.CivicSpaceStrategy("d", false).toString());
  }

  @Test
  void provenanceIsPartOfEquality() {
    new EqualsTester()
        .addEqualityGroup(Seat.of(WANEP.id(), 3), Seat.of(WANEP.id(), 3))
        .addEqualityGroup(
            Seat.of(WANEP.id(), 3, MADE_UP), Seat.of(WANEP.id(), 3).withProvenance(MADE_UP))
        .addEqualityGroup(Seat.of(WANEP.id(), 3, REPORT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Membership.of(WANEP, Role.MEMBER), Membership.of(WANEP, Role.MEMBER))
        .addEqualityGroup(Membership.of(WANEP, Role.MEMBER).withProvenance(MADE_UP))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(risk(Optional.empty()), risk(Optional.empty()))
        .addEqualityGroup(risk(Optional.of(REPORT)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Facts.DeclaredInterest("visibility", true),
            new Facts.DeclaredInterest("visibility", true, Optional.empty()))
        .addEqualityGroup(new Facts.DeclaredInterest("visibility", true).withProvenance(REPORT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(relation(false), relation(false))
        .addEqualityGroup(relation(true))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new SourcedFact("x", REPORT), new SourcedFact("x", REPORT))
        .addEqualityGroup(new SourcedFact("y", REPORT))
        .addEqualityGroup(new SourcedFact("x", MADE_UP))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t =
        new NullPointerTester().setDefault(Provenance.class, REPORT).setDefault(String.class, "x");
    t.testAllPublicConstructors(SourcedFact.class);
    t.testAllPublicInstanceMethods(Seat.of(WANEP.id(), 1));
    t.testAllPublicInstanceMethods(Membership.of(WANEP, Role.MEMBER));
    t.testAllPublicConstructors(Facts.CivicSpaceStrategy.class);
    t.testAllPublicInstanceMethods(new Facts.CivicSpaceStrategy("d", false));
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new Facts.PowerArrangement(ImmutableSet.of(), JUNE, null));
    assertEquals("provenance", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SourcedFact(" ", REPORT));
  }

  @Test
  void theProvenanceOfAMechanismOrRatingThatIsNotThereIsDropped() {
    assertEquals(
        Practice.empty(),
        Practice.builder().putControlProvenance(ControlMechanism.AUDITS, REPORT).build());
    Practice withBoth =
        Practice.builder()
            .addControls(ControlMechanism.AUDITS)
            .putControlProvenance(ControlMechanism.AUDITS, REPORT)
            .addTrusts(TrustMechanism.MULTI_YEAR_FUNDING)
            .putTrustProvenance(TrustMechanism.MULTI_YEAR_FUNDING, MADE_UP)
            .build();
    Practice withoutTrust = Practice.builder().from(withBoth).trusts(ImmutableSet.of()).build();
    assertEquals(ImmutableMap.of(), withoutTrust.trustProvenance());
    assertEquals(withBoth.controlProvenance(), withoutTrust.controlProvenance());
    RiskRegister rated =
        RiskRegister.builder()
            .putCivicSpace(CountryCode.of("NG"), CivicSpace.REPRESSED)
            .putCivicSpaceProvenance(CountryCode.of("NG"), REPORT)
            .putCivicSpaceProvenance(CountryCode.of("KE"), REPORT)
            .build();
    assertEquals(ImmutableMap.of(CountryCode.of("NG"), REPORT), rated.civicSpaceProvenance());
  }

  @Test
  void aPowerRelationGivesItsSourceAndDateAsAProvenanceWithinTheSameBounds() {
    assertEquals(
        Provenance.of("Interview", Optional.of(LocalDate.of(2026, 5, 12)), true),
        relation(true).provenance());
    assertEquals(
        Provenance.of("Interview", LocalDate.of(2026, 5, 12)), relation(false).provenance());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PowerRelation.builder().from(relation(false)).date(LocalDate.of(1, 1, 1)).build());
    assertEquals("source date (0001-01-01) must be in the years 1900 to 2200", e.getMessage());
  }

  @Test
  void anOperatorKeepsAnIllustrativeProvenanceOfWhatItChangesAndDropsASourcedOne() {
    Partnership p = gppac();
    Partnership reweighted =
        p.with(GovernanceOperators.reweight("International Steering Group", WANEP.id(), 5))
            .with(GovernanceOperators.reweight("International Steering Group", GPPAC.id(), 2));
    assertEquals(
        List.of(Seat.of(WANEP.id(), 5, MADE_UP), Seat.of(GPPAC.id(), 2)),
        reweighted.bodies().get(0).seats());

    Partnership roles =
        p.with(PartnershipOperators.assignRole(WANEP.id(), Role.LOBBY_PARTNER))
            .with(PartnershipOperators.assignRole(GPPAC.id(), Role.MEMBER));
    assertEquals(Optional.of(MADE_UP), roles.members().get(1).provenance());
    assertEquals(Optional.empty(), roles.members().get(0).provenance());
    assertEquals(p.members().get(2), roles.members().get(2));

    Partnership earmarked =
        p.with(
            FundingOperators.changeEarmarking(
                FUNDER.id(), GPPAC.id(), Earmarking.TIGHTLY_EARMARKED));
    assertEquals(Optional.empty(), earmarked.flows().get(0).provenance());
    assertEquals(p.flows().get(1), earmarked.flows().get(1));
    assertEquals(p.practice(), earmarked.practice());
    assertEquals(p.risks(), earmarked.risks());
  }
}
