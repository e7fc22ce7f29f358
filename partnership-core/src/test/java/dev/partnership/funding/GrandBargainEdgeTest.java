package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Grand Bargain verdict at exactly 25%: a funder that gives exactly a quarter as directly as
 * possible meets the target, however the quarter is split among recipients, and one that gives a
 * cent less does not.
 */
class GrandBargainEdgeTest {
  static final Currency EUR = Money.currency("EUR");
  static final Organization FUNDER = Organization.of("Funder", OrganizationType.GOVERNMENT, "NL");
  static final Organization INGO = Organization.of("INGO", OrganizationType.INTERNATIONAL_NGO);

  /**
   * A funder giving {@code each} to each of {@code k} Kenyan national NGOs and {@code rest} to an
   * international NGO that keeps it.
   */
  static Localisation split(int k, String each, String rest) {
    List<Organization> orgs = new ArrayList<>(List.of(FUNDER, INGO));
    List<FundingFlow> flows = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Organization local = Organization.of("Local " + i, OrganizationType.NATIONAL_NGO, "KE");
      orgs.add(local);
      flows.add(FundingFlow.of(FUNDER.id(), local.id(), Money.of(each, "EUR"), 2024));
    }
    flows.add(FundingFlow.of(FUNDER.id(), INGO.id(), Money.of(rest, "EUR"), 2024));
    FundingNetwork net =
        FundingNetwork.builder().addAllOrganizations(orgs).addAllFlows(flows).build();
    return Localisation.of(net, FUNDER.id(), EUR);
  }

  @Test
  void exactlyAQuarterSplitAmongManyLocalRecipientsMeetsTheTarget() {
    for (int k = 1; k <= 40; k++) {
      Localisation l = split(k, "1", Integer.toString(3 * k));
      assertTrue(l.meetsGrandBargainTarget(), k + " recipients: " + l.asDirectlyAsPossible());
      assertTrue(
          l.toString().contains("as directly as possible 25.0% (Grand Bargain target 25%: met)"),
          l.toString());
    }
  }

  @Test
  void aCentBelowAQuarterDoesNotMeetTheTarget() {
    for (int k = 1; k <= 40; k++) {
      // k local recipients share 25 EUR less one cent; the INGO gets the rest of 100 k EUR
      String each =
          new java.math.BigDecimal(25 * k)
              .subtract(new java.math.BigDecimal("0.01"))
              .divide(java.math.BigDecimal.valueOf(k), 10, java.math.RoundingMode.DOWN)
              .toPlainString();
      java.math.BigDecimal given =
          new java.math.BigDecimal(each).multiply(java.math.BigDecimal.valueOf(k));
      String rest = java.math.BigDecimal.valueOf(100L * k).subtract(given).toPlainString();
      Localisation l = split(k, each, rest);
      assertFalse(l.meetsGrandBargainTarget(), k + " recipients: " + l.asDirectlyAsPossible());
    }
  }

  @Test
  void exactlyAQuarterGivenToOneRecipientMeetsTheTarget() {
    Localisation l = split(1, "250000", "750000");
    assertEquals(0.25, l.asDirectlyAsPossible());
    assertTrue(l.meetsGrandBargainTarget());
  }
}
