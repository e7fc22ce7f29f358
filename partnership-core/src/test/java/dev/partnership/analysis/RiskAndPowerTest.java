package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.CountryCode;
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
import dev.partnership.power.Dimensions.Confidence;
import dev.partnership.power.Dimensions.Expression;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.Dimensions.Level;
import dev.partnership.power.Dimensions.Space;
import dev.partnership.power.PowerMap;
import dev.partnership.power.PowerRelation;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskAndPowerTest {
  static final Organization FUNDER =
      Organization.of("XM-DAC-7", "Ministry", OrganizationType.GOVERNMENT, "NL");
  static final Organization LEAD = Organization.of("Lead INGO", OrganizationType.INTERNATIONAL_NGO);
  static final Organization UG =
      Organization.builder()
          .id(OrganizationId.of("ug-partner"))
          .name("Uganda Partner")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("UG"))
          .build();
  static final Organization KE =
      Organization.builder()
          .id(OrganizationId.of("ke-partner"))
          .name("Kenya Partner")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("KE"))
          .build();

  static Risk.Builder risk(String id) {
    return Risk.builder()
        .id(id)
        .area(RiskArea.FIDUCIARY)
        .description("Funds diverted")
        .likelihood(Likelihood.POSSIBLE)
        .impact(Impact.MAJOR)
        .bearer(KE.id());
  }

  static Partnership partnership(RiskRegister register) {
    return Partnership.builder()
        .id("p")
        .name("P")
        .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
        .addMembers(
            Membership.of(FUNDER, Role.FUNDER),
            Membership.of(LEAD, Role.LEAD),
            Membership.of(UG, Role.LOBBY_PARTNER),
            Membership.of(KE, Role.MEMBER))
        .risks(register)
        .build();
  }

  @Test
  void risksScoreAndCheck() {
    Risk r = risk("R1").build();
    assertEquals(12, r.score());
    assertTrue(r.isHigh());
    assertEquals(
        "R1 FIDUCIARY \"Funds diverted\" (POSSIBLE x MAJOR = 12, borne by ke-partner)",
        r.toString());
    assertEquals(
        "risk description (\" \") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> risk("R").description(" ").build())
            .getMessage());
    assertEquals(
        "risks (R1) must have distinct ids",
        assertThrows(
                IllegalArgumentException.class, () -> RiskRegister.builder().addRisks(r, r).build())
            .getMessage());
    assertEquals(
        "risk R1 bearer (stranger) must be a member",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    partnership(
                        RiskRegister.builder()
                            .addRisk(risk("R1").bearer(OrganizationId.of("stranger")).build())
                            .build()))
            .getMessage());
  }

  @Test
  void transferredVersusShared() {
    Risk transferred = risk("R1").addMitigation(Mitigation.unfunded("Second signatory")).build();
    Risk owned = risk("R2").owner(LEAD.id()).build();
    Risk paid =
        risk("R3").addMitigation(Mitigation.fundedBy("External audit", FUNDER.id())).build();
    Risk international = risk("R4").bearer(LEAD.id()).build();
    Partnership p =
        partnership(
            RiskRegister.builder().addRisks(transferred, owned, paid, international).build());
    assertEquals(List.of(transferred), RiskRules.transferred(p));
    assertEquals(List.of(owned, paid, international), RiskRules.shared(p));
  }

  @Test
  void findingsForUnmitigatedTransferredExposedAndShifts() {
    Risk unmitigated = risk("R1").owner(LEAD.id()).build();
    Risk shift =
        risk("R2")
            .likelihood(Likelihood.UNLIKELY)
            .owner(LEAD.id())
            .origin("delegate grant-making to partners")
            .build();
    RiskRegister register =
        RiskRegister.builder()
            .addRisks(unmitigated, shift)
            .putCivicSpace(CountryCode.of("UG"), CivicSpace.REPRESSED)
            .putCivicSpace(CountryCode.of("KE"), CivicSpace.OBSTRUCTED)
            .build();
    ImmutableList<Finding> findings = RiskRules.check(partnership(register));
    assertEquals(
        List.of("RISK-UNMITIGATED", "RISK-EXPOSED", "RISK-SHIFT-UNMITIGATED"),
        findings.stream().map(Finding::rule).collect(ImmutableList.toImmutableList()));
    Finding exposed = findings.get(1);
    assertEquals(
        List.of("Uganda Partner in Uganda (civic space repressed)", "is visible as lobby partner"),
        exposed.evidence());
    assertEquals(
        "Assess security risks with Uganda Partner and fund their mitigation before raising its profile",
        exposed.suggestion());
    // security support paid by the funder removes the exposure finding
    Risk security =
        Risk.builder()
            .id("R3")
            .area(RiskArea.SECURITY)
            .description("Raids on the office")
            .likelihood(Likelihood.LIKELY)
            .impact(Impact.SEVERE)
            .bearer(UG.id())
            .addMitigation(Mitigation.fundedBy("Digital and physical security plan", FUNDER.id()))
            .build();
    ImmutableList<Finding> supported =
        RiskRules.check(
            partnership(RiskRegister.builder().from(register).addRisk(security).build()));
    assertTrue(supported.stream().noneMatch(f -> f.rule().equals("RISK-EXPOSED")));
    // decision power without visibility also exposes
    Partnership deciding =
        Partnership.builder()
            .from(partnership(register))
            .members(
                partnership(register).members().stream()
                    .map(m -> m.id().equals(UG.id()) ? Membership.of(UG, Role.MEMBER) : m)
                    .collect(ImmutableList.toImmutableList()))
            .addBody(
                GoverningBody.of(
                    "SC",
                    BodyType.STEERING_COMMITTEE,
                    DecisionRule.simpleMajority(),
                    Seat.of(UG.id()),
                    Seat.of(LEAD.id())))
            .build();
    assertEquals(
        List.of("Uganda Partner in Uganda (civic space repressed)", "holds decision power"),
        RiskRules.check(deciding).get(1).evidence());
  }

  @Test
  void powerRelationsAlongThePowercube() {
    PowerRelation hidden =
        PowerRelation.builder()
            .holder(FUNDER.id())
            .overActor(UG.id())
            .form(Form.HIDDEN)
            .space(Space.CLOSED)
            .level(Level.GLOBAL)
            .expression(Expression.POWER_OVER)
            .source("PAT session")
            .date(LocalDate.of(2026, 5, 12))
            .confidence(Confidence.MEDIUM)
            .build();
    PowerRelation claimed =
        PowerRelation.builder()
            .holder(UG.id())
            .overIssue("land rights")
            .form(Form.VISIBLE)
            .space(Space.CLAIMED)
            .level(Level.NATIONAL)
            .expression(Expression.POWER_WITH)
            .source("Interview")
            .date(LocalDate.of(2026, 6, 1))
            .confidence(Confidence.HIGH)
            .build();
    PowerRelation invisible =
        PowerRelation.builder().from(hidden).holder(LEAD.id()).form(Form.INVISIBLE).build();
    PowerMap map = PowerMap.builder().addRelations(hidden, claimed, invisible).build();
    assertEquals(27, map.cube().size());
    assertEquals(
        1L, map.cube().get(new PowerMap.CubeCell(Form.HIDDEN, Space.CLOSED, Level.GLOBAL)));
    assertEquals(
        0L, map.cube().get(new PowerMap.CubeCell(Form.VISIBLE, Space.CLOSED, Level.LOCAL)));
    assertEquals(3L, map.cube().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(List.of(claimed), map.where(r -> r.space() == Space.CLAIMED));
    Partnership p =
        Partnership.builder().from(partnership(RiskRegister.empty())).powerMap(map).build();
    assertEquals(List.of(hidden, invisible), PowerAnalysis.hiddenPowerOfFundersAndLeads(p));
    assertEquals(
        "ug-partner POWER_WITH \"land rights\" (VISIBLE, CLAIMED, NATIONAL; Interview, 2026-06-01, HIGH)",
        claimed.toString());
    assertEquals(
        "subject (none) must be exactly one of an actor or an issue",
        assertThrows(
                IllegalArgumentException.class,
                () -> PowerRelation.builder().from(hidden).overActor(Optional.empty()).build())
            .getMessage());
  }

  @Test
  void nulls() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Partnership.class, partnership(RiskRegister.empty()))
            .setDefault(RuleSet.class, Lessons.meetup());
    npt.testAllPublicStaticMethods(RiskRules.class);
    npt.testAllPublicStaticMethods(PowerAnalysis.class);
    npt.testAllPublicStaticMethods(PrinciplesCheck.class);
  }
}
