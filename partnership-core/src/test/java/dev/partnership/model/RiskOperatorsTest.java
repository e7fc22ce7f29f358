package dev.partnership.model;

import static dev.partnership.model.PracticeOperatorsTest.onceThen;
import static dev.partnership.model.PracticeOperatorsTest.refuses;
import static dev.partnership.model.RiskOperators.addRisk;
import static dev.partnership.model.RiskOperators.changeOwner;
import static dev.partnership.model.RiskOperators.fundMitigation;
import static dev.partnership.model.RiskOperators.mitigate;
import static dev.partnership.model.RiskOperators.rateCivicSpace;
import static dev.partnership.model.RiskOperators.reassess;
import static dev.partnership.model.RiskOperators.removeCivicSpaceRating;
import static dev.partnership.model.RiskOperators.removeMitigation;
import static dev.partnership.model.RiskOperators.removeRisk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples and every refusal of {@link RiskOperators}. */
class RiskOperatorsTest {
  static final Organization LEAD = OperatorTest.LEAD;
  static final Organization JASS = OperatorTest.JASS;
  static final Organization CREA = OperatorTest.CREA;
  static final OrganizationId NOBODY = OrganizationId.of("nobody");

  static Risk surveillance() {
    return Risk.builder()
        .id("R1")
        .area(RiskArea.SECURITY)
        .description("Surveillance of activists")
        .likelihood(Likelihood.LIKELY)
        .impact(Impact.SEVERE)
        .bearer(JASS.id())
        .build();
  }

  static Partnership p() {
    return OperatorTest.alliance().with(addRisk(surveillance()));
  }

  @Test
  void risksAreAddedOnceAndRemoved() {
    PartnershipOperator op = addRisk(surveillance());
    assertEquals("addRisk(R1 \"Surveillance of activists\")", op.toString());
    Partnership p =
        onceThen(
            OperatorTest.alliance(),
            op,
            "risk R1 is already in the register of alliance: \"Surveillance of activists\"");
    assertEquals(ImmutableList.of(surveillance()), p.risks().risks());
    Risk outsiders = Risk.builder().from(surveillance()).id("R2").bearer(NOBODY).build();
    refuses(p, addRisk(outsiders), "nobody is not a member of alliance");
    Risk ownedByOutsider = Risk.builder().from(surveillance()).id("R2").owner(NOBODY).build();
    refuses(p, addRisk(ownedByOutsider), "nobody is not a member of alliance");
    Risk fundedByOutsider =
        Risk.builder()
            .from(surveillance())
            .id("R2")
            .addMitigation(Mitigation.fundedBy("m", NOBODY))
            .build();
    refuses(p, addRisk(fundedByOutsider), "nobody is not a member of alliance");
    Partnership removed =
        onceThen(p, removeRisk("R1"), "risk R1 is not in the register of alliance; risks are []");
    assertEquals(OperatorTest.alliance(), removed);
    refuses(p, removeRisk("R7"), "risk R7 is not in the register of alliance; risks are [R1]");
    assertThrows(IllegalArgumentException.class, () -> removeRisk(" "));
  }

  @Test
  void aSecurityRiskIsMitigatedAndFundedByTheSecretariatInOneCall() {
    Partnership hosted = p().with(PartnershipOperators.hostSecretariat(CREA));
    PartnershipOperator op =
        mitigate("R1", Mitigation.fundedBy("Digital security training", CREA.id()));
    assertEquals("mitigate(R1, \"Digital security training\" funded by crea)", op.toString());
    Partnership next =
        onceThen(
            hosted,
            op,
            "risk R1 already has a mitigation \"Digital security training\"; fund or remove it"
                + " instead");
    Risk r = next.risks().risks().get(0);
    assertTrue(r.isMitigated());
    assertEquals(
        ImmutableList.of(Mitigation.fundedBy("Digital security training", CREA.id())),
        r.mitigations());
    refuses(
        p(),
        mitigate("R1", Mitigation.fundedBy("x", NOBODY)),
        "nobody is not a member of alliance");
    refuses(p(), mitigate("R7", "x"), "risk R7 is not in the register of alliance; risks are [R1]");
    assertEquals("mitigate(R1, \"x\" (unfunded))", mitigate("R1", "x").toString());
  }

  @Test
  void anUnfundedMitigationIsFundedLater() {
    Partnership mitigated = p().with(mitigate("R1", "Security training"));
    PartnershipOperator op = fundMitigation("R1", "Security training", LEAD);
    assertEquals("fundMitigation(R1, \"Security training\", Lead)", op.toString());
    assertEquals(
        "fundMitigation(R1, \"Security training\", lead)",
        fundMitigation("R1", "Security training", LEAD.id()).toString());
    Partnership funded =
        onceThen(
            mitigated,
            op,
            "the mitigation \"Security training\" of risk R1 is already funded by lead");
    assertEquals(
        Optional.of(LEAD.id()), funded.risks().risks().get(0).mitigations().get(0).fundedBy());
    Partnership refunded = funded.with(fundMitigation("R1", "Security training", CREA.id()));
    assertEquals(
        Optional.of(CREA.id()), refunded.risks().risks().get(0).mitigations().get(0).fundedBy());
    refuses(
        mitigated,
        fundMitigation("R1", "Audit", LEAD.id()),
        "risk R1 has no mitigation \"Audit\"; mitigations are [\"Security training\"]");
    refuses(
        mitigated,
        fundMitigation("R1", "Security training", NOBODY),
        "nobody is not a member of alliance");
    refuses(
        mitigated,
        fundMitigation("R2", "Security training", LEAD.id()),
        "risk R2 is not in the register of alliance; risks are [R1]");
    Partnership removed =
        onceThen(
            funded,
            removeMitigation("R1", "Security training"),
            "risk R1 has no mitigation \"Security training\"; mitigations are []");
    assertEquals(p(), removed);
    assertEquals(
        "mitigation (\"\") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> fundMitigation("R1", "", LEAD.id()))
            .getMessage());
  }

  @Test
  void ownersChangeAndRisksAreReassessed() {
    PartnershipOperator op = changeOwner("R1", CREA);
    assertEquals("changeOwner(R1, CREA)", op.toString());
    Partnership owned = onceThen(p(), op, "crea already owns risk R1");
    assertEquals(Optional.of(CREA.id()), owned.risks().risks().get(0).owner());
    assertEquals(
        Optional.of(JASS.id()),
        owned.with(changeOwner("R1", JASS.id())).risks().risks().get(0).owner());
    refuses(p(), changeOwner("R1", NOBODY), "nobody is not a member of alliance");
    refuses(
        p(),
        changeOwner("R9", CREA.id()),
        "risk R9 is not in the register of alliance; risks are [R1]");
    PartnershipOperator lower = reassess("R1", Likelihood.POSSIBLE, Impact.MAJOR);
    assertEquals("reassess(R1, POSSIBLE, MAJOR)", lower.toString());
    Partnership reassessed = onceThen(p(), lower, "risk R1 is already POSSIBLE x MAJOR");
    assertEquals(12, reassessed.risks().risks().get(0).score());
  }

  @Test
  void civicSpaceIsRatedPerCountry() {
    PartnershipOperator op = rateCivicSpace("ug", CivicSpace.REPRESSED);
    assertEquals("rateCivicSpace(UG, REPRESSED)", op.toString());
    Partnership rated =
        onceThen(p(), op, "the civic space of UG is already rated REPRESSED in alliance");
    Partnership two =
        rated
            .with(rateCivicSpace("KE", CivicSpace.OBSTRUCTED))
            .with(rateCivicSpace("UG", CivicSpace.CLOSED));
    assertEquals(
        ImmutableMap.of(
            CountryCode.of("UG"), CivicSpace.CLOSED, CountryCode.of("KE"), CivicSpace.OBSTRUCTED),
        two.risks().civicSpace());
    assertEquals(
        ImmutableList.of(CountryCode.of("UG"), CountryCode.of("KE")),
        two.risks().civicSpace().keySet().asList());
    onceThen(
        two,
        removeCivicSpaceRating(CountryCode.of("UG")),
        "the civic space of UG is not rated in alliance; rated are [KE]");
    assertEquals(p(), rated.with(removeCivicSpaceRating(CountryCode.of("UG"))));
    assertThrows(IllegalArgumentException.class, () -> rateCivicSpace("XX", CivicSpace.OPEN));
  }

  @Test
  void factoriesNameANullArgument() {
    NullPointerTester npt =
        ModelNullsTest.tester()
            .setDefault(Risk.class, surveillance())
            .setDefault(Mitigation.class, Mitigation.unfunded("m"))
            .setDefault(CountryCode.class, CountryCode.of("UG"))
            .setDefault(String.class, "R1");
    npt.testAllPublicStaticMethods(RiskOperators.class);
    npt.testAllPublicInstanceMethods(removeRisk("R1"));
    npt.testAllPublicInstanceMethods(Mitigation.unfunded("m"));
  }

  @Test
  void mitigationsPrintAndAreFundedLater() {
    Mitigation m = Mitigation.unfunded("Training");
    assertEquals("\"Training\" (unfunded)", m.toString());
    assertEquals(Mitigation.fundedBy("Training", JASS.id()), m.withFunder(JASS.id()));
    assertEquals("\"Training\" funded by jass", m.withFunder(JASS.id()).toString());
    assertTrue(m.withFunder(JASS.id()).isFunded());
    assertEquals(ImmutableList.of(), surveillance().mitigations("Training"));
    assertThrows(IllegalArgumentException.class, () -> surveillance().mitigations(" "));
  }
}
