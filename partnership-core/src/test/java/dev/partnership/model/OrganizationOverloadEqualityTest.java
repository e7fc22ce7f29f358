package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import dev.partnership.actors.Organization;
import org.junit.jupiter.api.Test;

/**
 * An operator made from an organisation is the operator made from its id, as for {@link
 * PartnershipOperators#hostSecretariat(Organization)}: it only prints the short name.
 */
class OrganizationOverloadEqualityTest {
  private static final Organization JASS = OperatorTest.JASS;
  private static final Organization LEAD = OperatorTest.LEAD;

  @Test
  void organisationOverloadsEqualTheirIdOverloads() {
    new EqualsTester()
        .addEqualityGroup(
            PracticeOperators.declareInterest(JASS, "reach", true),
            PracticeOperators.declareInterest(JASS.id(), "reach", true))
        .addEqualityGroup(PracticeOperators.declareInterest(LEAD, "reach", true))
        .addEqualityGroup(
            RiskOperators.fundMitigation("R1", "training", JASS),
            RiskOperators.fundMitigation("R1", "training", JASS.id()))
        .addEqualityGroup(
            RiskOperators.changeOwner("R1", JASS), RiskOperators.changeOwner("R1", JASS.id()))
        .addEqualityGroup(RiskOperators.changeOwner("R1", LEAD))
        .addEqualityGroup(
            PartnershipOperators.moveSecretariat(JASS, LEAD),
            PartnershipOperators.moveSecretariat(JASS.id(), LEAD.id()))
        .addEqualityGroup(PartnershipOperators.moveSecretariat(LEAD, JASS))
        .testEquals();
  }

  @Test
  void theyStillPrintAsCalled() {
    assertEquals(
        "changeOwner(R1, " + JASS.shortName() + ")",
        RiskOperators.changeOwner("R1", JASS).toString());
    assertEquals(
        "changeOwner(R1, " + JASS.id() + ")",
        RiskOperators.changeOwner("R1", JASS.id()).toString());
  }
}
