package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.NetworkPositions.BrokerageRole;
import dev.partnership.math.Fraction;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The localisation figure and its neighbours tried as an adversary would: edges of the input space.
 */
class LocalisationTest {
  static final Currency EUR = Money.currency("EUR");
  static final Organization FUNDER = Organization.of("Funder", OrganizationType.GOVERNMENT, "NL");
  static final Organization INGO = Organization.of("INGO", OrganizationType.INTERNATIONAL_NGO);
  static final Organization LOCAL = Organization.of("Local", OrganizationType.NATIONAL_NGO, "KE");
  static final Organization UNTYPED = Organization.of("Untyped", OrganizationType.UNKNOWN);

  static FundingFlow flow(Organization from, Organization to, String amount, int year) {
    return FundingFlow.of(from.id(), to.id(), Money.of(amount, "EUR"), year);
  }

  static FundingNetwork net(FundingFlow... flows) {
    return FundingNetwork.builder()
        .addOrganizations(FUNDER, INGO, LOCAL, UNTYPED)
        .addFlows(flows)
        .build();
  }

  static void assertConsistent(Localisation l) {
    double[] shares = {
      l.receivedDirectly(),
      l.receivedThroughOneIntermediary(),
      l.receivedThroughMore(),
      l.directToLocal(),
      l.oneIntermediaryToLocal(),
      l.moreIntermediariesToLocal(),
      l.international(),
      l.unclassified(),
      l.untraced()
    };
    for (double s : shares) {
      assertTrue(s >= 0 && s <= 1 + l.errorBound(), l.toString());
    }
    double kept = l.directToLocal() + l.oneIntermediaryToLocal() + l.moreIntermediariesToLocal();
    assertEquals(
        1.0, kept + l.international() + l.unclassified() + l.untraced(), 1e-12, l.toString());
    assertTrue(kept <= l.toLocalAndNational() + 1e-12, l.toString());
    assertFalse(l.toString().contains("NaN"), l.toString());
  }

  @Test
  void emptyNetworksAndFundersWithoutFlowsAreRefused() {
    FundingNetwork empty = FundingNetwork.builder().build();
    assertEquals(
        "funder (funder) must be an organisation of the network",
        assertThrows(IllegalArgumentException.class, () -> Localisation.of(empty, FUNDER.id(), EUR))
            .getMessage());
    assertEquals(
        "funder (funder) must disburse something in EUR",
        assertThrows(IllegalArgumentException.class, () -> Localisation.of(net(), FUNDER.id(), EUR))
            .getMessage());
    assertEquals(
        ImmutableMap.of(), Localisation.byYear(net(), FUNDER.id(), EUR, LocalisationScope.all()));
    assertEquals(ImmutableMap.of(), FundingShares.byYear(net(), FUNDER.id(), EUR));
  }

  @Test
  void reversalsAreNettedPerPairAndReported() {
    // 10 to the INGO, a reversal of 5 to the local NGO that received nothing: the reversal is left
    // out and counted
    Localisation l =
        Localisation.of(
            net(flow(FUNDER, INGO, "10", 2020), flow(FUNDER, LOCAL, "-5", 2020)), FUNDER.id(), EUR);
    assertEquals(Money.of("10", "EUR"), l.disbursed());
    assertEquals(1, l.negativeNetsLeftOut());
    assertEquals(1.0, l.international(), 1e-12);
    assertTrue(l.toString().endsWith("; 1 negative nets (reversals) left out"), l.toString());
    assertConsistent(l);
    // only reversals: nothing to trace, said so
    assertEquals(
        "funder (funder) must disburse something in EUR in scope (IASC, DAC List of ODA Recipients 2024-2025, all years, all funding)",
        assertThrows(
                IllegalArgumentException.class,
                () -> Localisation.of(net(flow(FUNDER, LOCAL, "-5", 2020)), FUNDER.id(), EUR))
            .getMessage());
    // a payment partly reversed: the net counts
    Localisation partly =
        Localisation.of(
            net(
                flow(FUNDER, LOCAL, "10", 2020),
                flow(FUNDER, LOCAL, "-4", 2020),
                flow(FUNDER, INGO, "6", 2020)),
            FUNDER.id(),
            EUR);
    assertEquals(Money.of("12", "EUR"), partly.disbursed());
    assertEquals(0.5, partly.receivedDirectly(), 1e-12);
    assertEquals(0, partly.negativeNetsLeftOut());
    // shares of direct flows with reversals stay in [0, 1]
    FundingNetwork reversed = net(flow(FUNDER, LOCAL, "-5", 2020), flow(FUNDER, INGO, "10", 2020));
    assertEquals(
        ImmutableMap.of(Locality.INTERNATIONAL, Fraction.ONE),
        FundingShares.byRecipientLocality(reversed, FUNDER.id(), EUR));
    assertEquals(Fraction.ZERO, FundingShares.unearmarked(reversed, FUNDER.id(), EUR));
  }

  @Test
  void aYearThatTheOtherYearsCancelIsStillTraced() {
    // 2020: 10 to the local NGO; 2021: the 10 reversed. The 2020 figure exists; all years net to
    // nothing.
    FundingNetwork n = net(flow(FUNDER, LOCAL, "10", 2020), flow(FUNDER, LOCAL, "-10", 2021));
    Localisation y2020 = Localisation.of(n, FUNDER.id(), EUR, LocalisationScope.all().year(2020));
    assertEquals(1.0, y2020.receivedDirectly(), 1e-12);
    assertEquals(
        List.of(2020),
        List.copyOf(Localisation.byYear(n, FUNDER.id(), EUR, LocalisationScope.all()).keySet()));
    assertThrows(IllegalArgumentException.class, () -> Localisation.of(n, FUNDER.id(), EUR));
  }

  @Test
  void amountsAcrossTheWholeRangeTraceWithoutNaN() {
    String largest = "9".repeat(99);
    Localisation huge =
        Localisation.of(
            net(flow(FUNDER, LOCAL, largest, 2020), flow(FUNDER, INGO, "1e-100", 2020)),
            FUNDER.id(),
            EUR);
    assertEquals(1.0, huge.receivedDirectly(), 1e-12);
    assertConsistent(huge);
    Localisation tiny =
        Localisation.of(
            net(flow(FUNDER, INGO, "1e-100", 2020), flow(INGO, LOCAL, "1e-100", 2020)),
            FUNDER.id(),
            EUR);
    assertEquals(1.0, tiny.receivedThroughOneIntermediary(), 1e-12);
    assertEquals(Money.of("0.00", "EUR"), tiny.countedAsLocal().get(0).received());
    assertConsistent(tiny);
    Localisation decimals =
        Localisation.of(
            net(
                flow(FUNDER, LOCAL, "0." + "3".repeat(100), 2020),
                flow(FUNDER, INGO, "0." + "6".repeat(100), 2020)),
            FUNDER.id(),
            EUR);
    assertEquals(1.0 / 3, decimals.receivedDirectly(), 1e-12);
    assertConsistent(decimals);
    // the total of several amounts below the bound can reach it: refused with the field named
    String sum =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Localisation.of(
                        net(
                            flow(FUNDER, LOCAL, largest + "0", 2020),
                            flow(FUNDER, INGO, largest + "0", 2020)),
                        FUNDER.id(),
                        EUR))
            .getMessage();
    assertTrue(
        sum.startsWith("disbursement of funder in scope (1999")
            && sum.endsWith(") must be below 10^100 in absolute value"),
        sum);
  }

  @Test
  void currenciesNeverMix() {
    FundingNetwork.Builder b =
        FundingNetwork.builder().addOrganizations(FUNDER, INGO, LOCAL, UNTYPED);
    List<String> codes =
        List.of("EUR", "USD", "GBP", "JPY", "KES", "UGX", "CHF", "SEK", "NOK", "DKK");
    for (int i = 0; i < codes.size(); i++) {
      b.addFlows(
          FundingFlow.of(
              FUNDER.id(),
              i % 2 == 0 ? LOCAL.id() : INGO.id(),
              Money.of(String.valueOf(i + 1), codes.get(i)),
              2020));
    }
    FundingNetwork n = b.build();
    for (int i = 0; i < codes.size(); i++) {
      Localisation l = Localisation.of(n, FUNDER.id(), Money.currency(codes.get(i)));
      assertEquals(i % 2 == 0 ? 1.0 : 0.0, l.receivedDirectly(), 1e-12);
      assertEquals(codes.size() - 1, l.flowsInOtherCurrencies());
      assertEquals(Money.of(String.valueOf(i + 1), codes.get(i)), l.disbursed());
    }
    assertEquals(
        "funder (funder) must disburse something in XOF",
        assertThrows(
                IllegalArgumentException.class,
                () -> Localisation.of(n, FUNDER.id(), Money.currency("XOF")))
            .getMessage());
  }

  @Test
  void cyclesAndLongChainsEndUntracedNotLost() {
    // funder -> INGO -> local -> INGO: the local NGO passes half back, so the INGO's income is 15
    // and it passes on 10/15 of what reaches it
    FundingNetwork cycle =
        net(
            flow(FUNDER, INGO, "10", 2020),
            flow(INGO, LOCAL, "10", 2020),
            flow(LOCAL, INGO, "5", 2020));
    Localisation l = Localisation.of(cycle, FUNDER.id(), EUR);
    assertEquals(2.0 / 3, l.receivedThroughOneIntermediary(), 1e-12);
    assertEquals(0.0, l.receivedThroughMore(), 1e-12);
    assertConsistent(l);
    // a chain of 20,000 international organisations, then a local one: beyond MAX_DEPTH the money
    // is
    // untraced, and the chain is walked without recursion
    List<Organization> orgs = new ArrayList<>(List.of(FUNDER));
    for (int i = 0; i < 20_000; i++) {
      orgs.add(Organization.of("Hop " + i, OrganizationType.INTERNATIONAL_NGO));
    }
    orgs.add(LOCAL);
    FundingNetwork.Builder b = FundingNetwork.builder().addAllOrganizations(orgs);
    for (int i = 0; i + 1 < orgs.size(); i++) {
      b.addFlows(flow(orgs.get(i), orgs.get(i + 1), "1", 2020));
    }
    FundingNetwork chain = b.build();
    Localisation far = Localisation.of(chain, FUNDER.id(), EUR);
    assertEquals(1.0, far.untraced(), 1e-12);
    assertConsistent(far);
    // the chain itself is listed without overflowing the stack
    ImmutableList<FundingChain> chains = FundingChains.all(chain, FUNDER.id(), 1);
    assertEquals(20_000, chains.get(0).intermediaries());
    assertEquals(20_000, FundingChains.fewestIntermediaries(chain, FUNDER.id()).get(LOCAL.id()));
  }

  @Test
  void chainLimitsAndCountsAreChecked() {
    FundingNetwork n = net(flow(FUNDER, LOCAL, "1", 2020));
    assertEquals(
        "limit (-1) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> FundingChains.all(n, FUNDER.id(), -1))
            .getMessage());
    assertEquals(
        "count (-1) must not be negative",
        assertThrows(
                IllegalArgumentException.class, () -> FundingChains.longest(n, FUNDER.id(), -1))
            .getMessage());
    assertEquals(
        "chains from funder number more than 0; raise the limit or use fewestIntermediaries",
        assertThrows(IllegalStateException.class, () -> FundingChains.all(n, FUNDER.id(), 0))
            .getMessage());
    assertEquals(ImmutableList.of(), FundingChains.longest(n, FUNDER.id(), 0));
    assertEquals(ImmutableList.of(), FundingChains.all(net(), FUNDER.id(), 0));
  }

  @Test
  void brokerageNamesAGroupThatIsNull() {
    FundingNetwork n = net(flow(FUNDER, INGO, "1", 2020), flow(INGO, LOCAL, "1", 2020));
    assertEquals(
        "group of funder must not be null",
        assertThrows(NullPointerException.class, () -> NetworkPositions.brokerage(n, o -> null))
            .getMessage());
    assertEquals(
        ImmutableMap.of(INGO.id(), ImmutableMap.of(BrokerageRole.REPRESENTATIVE, 1L)),
        NetworkPositions.brokerage(n, Organization::locality));
  }

  @Test
  void sharesOfAYearAreTheNetOutflow() {
    FundingNetwork n =
        net(
            flow(FUNDER, LOCAL, "10", 2020),
            flow(FUNDER, LOCAL, "-4", 2020),
            flow(FUNDER, INGO, "1", 2021));
    assertEquals(
        ImmutableMap.of(2020, Money.of("6", "EUR"), 2021, Money.of("1", "EUR")),
        FundingShares.byYear(n, FUNDER.id(), EUR));
    assertEquals(OrganizationId.of("funder"), Localisation.of(n, FUNDER.id(), EUR).funder());
  }
}
