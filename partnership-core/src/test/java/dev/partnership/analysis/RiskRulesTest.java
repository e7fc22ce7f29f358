package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.CountryCode;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskRegister;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk rules as a rule set, like the lessons. */
class RiskRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  static Partnership with(RiskRegister register) {
    return RiskAndPowerTest.partnership(register);
  }

  static Risk.Builder risk(String id) {
    return RiskAndPowerTest.risk(id);
  }

  @Test
  void theRiskRulesAreARuleSet() {
    assertEquals(
        List.of("RISK-UNMITIGATED", "RISK-TRANSFERRED", "RISK-EXPOSED", "RISK-SHIFT-UNMITIGATED"),
        RiskRules.rules().ids());
    assertEquals(RiskRules.rules(), RiskRules.rules());
    PrinciplesCheck.Result r =
        PrinciplesCheck.run(
            with(RiskRegister.builder().addRisk(risk("R1").build()).build()),
            RiskRules.rules(),
            AS_OF);
    assertEquals(4, r.findings().size());
    assertEquals(Status.NOT_MET, r.finding("RISK-UNMITIGATED").orElseThrow().status());
    assertEquals(Status.NOT_MET, r.finding("RISK-TRANSFERRED").orElseThrow().status());
    assertEquals(Status.NOT_ASSESSABLE, r.finding("RISK-EXPOSED").orElseThrow().status());
    assertEquals(Status.MET, r.finding("RISK-SHIFT-UNMITIGATED").orElseThrow().status());
  }

  @Test
  void aRiskRuleIsDroppedAddedAndReplacedExactlyAsALesson() {
    Partnership p = with(RiskRegister.builder().addRisk(risk("R1").build()).build());
    RuleSet without = RiskRules.rules().without("RISK-TRANSFERRED");
    assertTrue(PrinciplesCheck.run(p, without, AS_OF).finding("RISK-TRANSFERRED").isEmpty());
    Principle lenient =
        Principle.of(
            "RISK-UNMITIGATED",
            "High risk without mitigation (lenient)",
            "our own",
            "met: always",
            (self, partnership, asOf) ->
                self.finding(Status.MET, List.of("accepted by the board"), "ignored when met"));
    RuleSet replaced = RiskRules.rules().replace(lenient);
    assertEquals(RiskRules.rules().ids(), replaced.ids());
    Finding f = PrinciplesCheck.run(p, replaced, AS_OF).finding("RISK-UNMITIGATED").orElseThrow();
    assertEquals(Status.MET, f.status());
    assertEquals("", f.suggestion());
    RuleSet both = Lessons.meetup().with(RiskRules.UNMITIGATED);
    assertEquals(13, PrinciplesCheck.run(p, both, AS_OF).findings().size());
    assertEquals(
        "rule (RISK-NOPE) must be in the set to be replaced; ids are " + RiskRules.rules().ids(),
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    RiskRules.rules()
                        .replace(
                            Principle.of(
                                "RISK-NOPE",
                                "t",
                                "s",
                                "c",
                                (self, x, d) -> self.notAssessable("x"))))
            .getMessage());
  }

  @Test
  void anEmptyRegisterIsNotAssessableAndNoProblem() {
    Partnership p = with(RiskRegister.empty());
    assertEquals(List.of(), RiskRules.check(p));
    PrinciplesCheck.Result r = PrinciplesCheck.run(p, RiskRules.rules(), AS_OF);
    assertEquals(4L, r.summary().get(Status.NOT_ASSESSABLE));
    assertTrue(r.findings().get(0).missing().get(0).startsWith("risk register"));
  }

  @Test
  void oneFindingPerRuleWithOneLineOfEvidencePerRisk() {
    Risk r1 = risk("R1").build();
    Risk r2 = risk("R2").likelihood(Likelihood.ALMOST_CERTAIN).impact(Impact.SEVERE).build();
    Risk low = risk("R3").likelihood(Likelihood.RARE).build();
    Partnership p = with(RiskRegister.builder().addRisks(r1, r2, low).build());
    Finding unmitigated = RiskRules.UNMITIGATED.check(p, AS_OF);
    assertEquals(Status.NOT_MET, unmitigated.status());
    assertEquals(3, unmitigated.evidence().size());
    assertEquals("Agree a mitigation for R1, R2 and who pays for it", unmitigated.suggestion());
    // people read names, words and the nature of the threshold, not ids of organisations or enum
    // constants
    String text = unmitigated.text();
    assertTrue(text.startsWith("Not met: High risk without mitigation"), text);
    assertTrue(
        text.contains(
            "R1 fiduciary risk \"Funds diverted\" (possible x major = 12), borne by Kenya Partner"),
        text);
    assertTrue(text.contains("(threshold of our own, illustrative)"), text);
    assertFalse(
        text.contains("FIDUCIARY") || text.contains("ke-partner") || text.contains("NOT_MET"),
        text);
    Finding transferred = RiskRules.TRANSFERRED.check(p, AS_OF);
    assertEquals(3, transferred.evidence().size());
    assertEquals(
        "Share R1, R2, R3: let the lead or funder own them or pay for the mitigation",
        transferred.suggestion());
  }

  @Test
  void metWhenEveryRiskIsMitigatedAndShared() {
    Risk ok =
        risk("R1")
            .owner(RiskAndPowerTest.LEAD.id())
            .addMitigation(Mitigation.fundedBy("Audit", RiskAndPowerTest.FUNDER.id()))
            .build();
    Partnership p =
        with(
            RiskRegister.builder()
                .addRisk(ok)
                .putCivicSpace(CountryCode.of("KE"), CivicSpace.OPEN)
                .build());
    assertEquals(List.of(), RiskRules.check(p));
    PrinciplesCheck.Result r = PrinciplesCheck.run(p, RiskRules.rules(), AS_OF);
    assertEquals(4L, r.summary().get(Status.MET));
    assertEquals(List.of(), r.problems());
  }

  @Test
  void severalExposedMembersShareOneFinding() {
    RiskRegister register =
        RiskRegister.builder()
            .addRisk(
                risk("R1")
                    .owner(RiskAndPowerTest.LEAD.id())
                    .addMitigation(Mitigation.unfunded("m"))
                    .build())
            .putCivicSpace(CountryCode.of("UG"), CivicSpace.CLOSED)
            .putCivicSpace(CountryCode.of("KE"), CivicSpace.REPRESSED)
            .build();
    Partnership p =
        Partnership.builder()
            .from(with(register))
            .members(
                with(register).members().stream()
                    .map(
                        m ->
                            m.id().equals(RiskAndPowerTest.KE.id())
                                ? Membership.of(RiskAndPowerTest.KE, Role.LOBBY_PARTNER)
                                : m)
                    .collect(ImmutableList.toImmutableList()))
            .build();
    Finding exposed = RiskRules.EXPOSED.check(p, AS_OF);
    assertEquals(Status.NOT_MET, exposed.status());
    assertEquals(4, exposed.evidence().size());
    assertEquals(
        "Assess security risks with Uganda Partner, Kenya Partner and fund their mitigation before raising their profile",
        exposed.suggestion());
  }

  @Test
  void checkIsTheProblemsOfTheRuleSet() {
    Partnership p =
        with(
            RiskRegister.builder()
                .addRisk(risk("R1").origin("delegate grant-making").build())
                .build());
    assertEquals(PrinciplesCheck.run(p, RiskRules.rules(), AS_OF).problems(), RiskRules.check(p));
    assertEquals(
        List.of("RISK-UNMITIGATED", "RISK-TRANSFERRED", "RISK-SHIFT-UNMITIGATED"),
        RiskRules.check(p).stream().map(Finding::rule).toList());
  }
}
