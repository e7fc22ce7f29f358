package dev.partnership.model;

import static dev.partnership.model.FundingOperators.addFlow;
import static dev.partnership.model.FundingOperators.changeEarmarking;
import static dev.partnership.model.FundingOperators.redirectFunding;
import static dev.partnership.model.FundingOperators.removeFlow;
import static dev.partnership.model.FundingQueries.localisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingOperatorsTest {
  static final Organization FUNDER = Organization.of("Funder", OrganizationType.FOUNDATION);
  static final Organization A = Organization.of("Partner A", OrganizationType.NATIONAL_NGO, "KE");
  static final Organization B = Organization.of("Partner B", OrganizationType.INTERNATIONAL_NGO);
  static final Organization OUT = Organization.of("Outsider", OrganizationType.NATIONAL_NGO, "KE");
  static final FundingFlow F1 = FundingFlow.of(FUNDER.id(), A.id(), Money.of("100", "EUR"), 2025);

  static Partnership p() {
    return Partnership.builder()
        .id("p")
        .name("P")
        .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
        .addMembers(
            Membership.of(FUNDER, Role.FUNDER),
            Membership.of(A, Role.MEMBER),
            Membership.of(B, Role.MEMBER))
        .addFlow(F1)
        .build();
  }

  @Test
  void flowsRunBetweenMembers() {
    assertEquals(
        "flows[1].recipient (outsider) must be a member",
        addFlow(FundingFlow.of(FUNDER.id(), OUT.id(), Money.of("1", "EUR"), 2025))
            .whyNotApplicable(p())
            .orElseThrow());
    assertEquals(
        Optional.of("partner-a gives or receives funding in p; redirect or remove its flows first"),
        PartnershipOperators.leave(A).whyNotApplicable(p()));
  }

  @Test
  void addRemoveRedirectAndEarmark() {
    FundingFlow f2 = FundingFlow.of(FUNDER.id(), B.id(), Money.of("300", "EUR"), 2025);
    Partnership two = p().with(addFlow(f2));
    assertEquals(2, two.flows().size());
    assertEquals(p(), two.with(removeFlow(f2)));
    assertEquals(Optional.of("flow " + f2 + " is not in p"), removeFlow(f2).whyNotApplicable(p()));
    Partnership redirected = two.with(redirectFunding(FUNDER.id(), B.id(), A.id()));
    assertEquals(2, redirected.flows().stream().filter(f -> f.recipient().equals(A.id())).count());
    assertEquals(
        Optional.of("no flow from funder to partner-b in p"),
        redirectFunding(FUNDER.id(), B.id(), A.id()).whyNotApplicable(p()));
    Partnership unearmarked =
        p().with(changeEarmarking(FUNDER.id(), A.id(), Earmarking.UNEARMARKED));
    assertEquals(Optional.of(Earmarking.UNEARMARKED), unearmarked.flows().get(0).earmarking());
    assertEquals(
        Optional.of("the flows from funder to partner-a are already UNEARMARKED"),
        changeEarmarking(FUNDER.id(), A.id(), Earmarking.UNEARMARKED)
            .whyNotApplicable(unearmarked));
    assertEquals(
        "redirectFunding(funder, partner-b, partner-a)",
        redirectFunding(FUNDER.id(), B.id(), A.id()).toString());
  }

  @Test
  void localisationWithinThePartnership() {
    Partnership two =
        p().with(addFlow(FundingFlow.of(FUNDER.id(), B.id(), Money.of("300", "EUR"), 2025)));
    assertEquals(
        0.25, two.query(localisation(FUNDER.id(), Money.currency("EUR"))).directToLocal(), 1e-12);
    assertThrows(
        IllegalArgumentException.class,
        () -> two.query(localisation(A.id(), Money.currency("EUR"))));
  }
}
