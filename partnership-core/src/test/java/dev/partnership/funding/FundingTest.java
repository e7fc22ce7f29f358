package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.NetworkPositions.BrokerageRole;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FundingTest {
  static final Currency EUR = Money.currency("EUR");
  static final Organization DONOR =
      Organization.builder()
          .id(OrganizationId.of("XM-DAC-7"))
          .name("Ministry")
          .type(OrganizationType.GOVERNMENT)
          .addLevel(OperatingLevel.GLOBAL)
          .build();
  static final Organization INGO = Organization.of("INGO", OrganizationType.INTERNATIONAL_NGO);
  static final Organization LOCAL1 =
      Organization.of("Local One", OrganizationType.NATIONAL_NGO, "KE");
  static final Organization LOCAL2 =
      Organization.of("Local Two", OrganizationType.COMMUNITY_GROUP, "KE");
  static final Organization LOCAL3 =
      Organization.of("Local Three", OrganizationType.NATIONAL_NGO, "UG");

  static FundingFlow flow(Organization from, Organization to, String eur) {
    return FundingFlow.of(from.id(), to.id(), Money.of(eur, "EUR"), 2020);
  }

  /**
   * Donor gives 100: 20 directly to local1, 80 to the INGO. The INGO passes 60 on: 40 to local2, 20
   * to local1. Local1 passes 10 to local3. So: local1 keeps 20 of its 40 income... see test.
   */
  static FundingNetwork network() {
    return FundingNetwork.builder()
        .addOrganizations(DONOR, INGO, LOCAL1, LOCAL2, LOCAL3)
        .addFlows(
            flow(DONOR, LOCAL1, "20"),
            flow(DONOR, INGO, "80"),
            flow(INGO, LOCAL2, "40"),
            FundingFlow.builder()
                .from(flow(INGO, LOCAL1, "20"))
                .earmarking(Earmarking.UNEARMARKED)
                .multiYear(true)
                .build(),
            flow(LOCAL1, LOCAL3, "10"))
        .build();
  }

  @Test
  void moneyIsExactAndNeverMixesCurrencies() {
    assertEquals(Money.of("1.50", "EUR"), Money.of("1.5", "EUR"));
    assertEquals("3.00 EUR", Money.of("1.50", "EUR").add(Money.of("1.50", "EUR")).toString());
    assertEquals(
        "currency (USD) must be EUR: amounts in different currencies are not added without a rate",
        assertThrows(
                IllegalArgumentException.class,
                () -> Money.of("1", "EUR").add(Money.of("1", "USD")))
            .getMessage());
    assertEquals(
        "2.2 USD",
        Money.of("2", "EUR").convert(Money.currency("USD"), new BigDecimal("1.1")).toString());
    assertEquals(
        "currency (XXY) must be an ISO 4217 code such as EUR or USD",
        assertThrows(IllegalArgumentException.class, () -> Money.currency("XXY")).getMessage());
    assertEquals(
        "amount (\"1,5\") must be a decimal number",
        assertThrows(IllegalArgumentException.class, () -> Money.of("1,5", "EUR")).getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Money.of("1", "EUR").convert(EUR, BigDecimal.ZERO));
    assertTrue(Money.of("0.00", "EUR").isZero());
    assertTrue(Money.of("1", "EUR").compareTo(Money.of("2", "EUR")) < 0);
  }

  @Test
  void flowsAndNetworksCheckTheirFacts() {
    assertEquals(
        "recipient (ingo) must differ from the provider",
        assertThrows(IllegalArgumentException.class, () -> flow(INGO, INGO, "1")).getMessage());
    assertEquals(
        "date (2021-01-01) must fall in the year 2020",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    FundingFlow.builder()
                        .from(flow(DONOR, INGO, "1"))
                        .date(LocalDate.of(2021, 1, 1))
                        .build())
            .getMessage());
    assertEquals(
        "flows[0].recipient (local-one) must be an organisation of the network",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    FundingNetwork.builder()
                        .addOrganizations(DONOR)
                        .addFlow(flow(DONOR, LOCAL1, "1"))
                        .build())
            .getMessage());
    assertEquals("XM-DAC-7 -> ingo: 80 EUR (2020)", network().flows().get(1).toString());
    assertEquals("FundingNetwork: 5 organisations, 5 flows in [EUR]", network().toString());
  }

  @Test
  void chainsEndAtFinalRecipients() {
    ImmutableList<FundingChain> chains = FundingChains.all(network(), DONOR.id(), 100);
    assertEquals(
        List.of(
            "XM-DAC-7 -> local-one -> local-three (1 intermediary)",
            "XM-DAC-7 -> ingo -> local-two (1 intermediary)",
            "XM-DAC-7 -> ingo -> local-one -> local-three (2 intermediaries)"),
        chains.stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(2, FundingChains.longest(network(), DONOR.id(), 1).get(0).intermediaries());
    assertEquals(
        ImmutableMap.of(LOCAL1.id(), 0, INGO.id(), 0, LOCAL3.id(), 1, LOCAL2.id(), 1),
        FundingChains.fewestIntermediaries(network(), DONOR.id()));
    assertEquals(
        "chains from XM-DAC-7 number more than 2; raise the limit or use fewestIntermediaries",
        assertThrows(IllegalStateException.class, () -> FundingChains.all(network(), DONOR.id(), 2))
            .getMessage());
    assertEquals(
        "funder (nobody) must be an organisation of the network",
        assertThrows(
                IllegalArgumentException.class,
                () -> FundingChains.all(network(), OrganizationId.of("nobody"), 2))
            .getMessage());
  }

  @Test
  void localisationCountsPassThroughMoneyOnce() {
    Localisation l = Localisation.of(network(), DONOR.id(), EUR);
    // direct: local1 gets 0.2 of the donor's money; local1's income 40, outflow 10: keeps 3/4.
    //   kept directly: 0.2 * 3/4 = 0.15; passes 0.05 to local3 (kept through one intermediary).
    // INGO gets 0.8, income 80, outflow 60: keeps 1/4 -> 0.2 international; passes 0.6:
    //   local2 0.4 (kept, one intermediary), local1 0.2 -> keeps 0.15 (one intermediary), passes
    // 0.05 to local3 (two).
    assertEquals(0.15, l.directToLocal(), 1e-12);
    assertEquals(0.05 + 0.4 + 0.15, l.oneIntermediaryToLocal(), 1e-12);
    assertEquals(0.05, l.moreIntermediariesToLocal(), 1e-12);
    assertEquals(0.2, l.international(), 1e-12);
    assertEquals(0.0, l.untraced(), 1e-12);
    assertEquals(Money.of("100", "EUR"), l.disbursed());
    assertTrue(l.meetsGrandBargainTarget());
    // received: local1 0.2 directly; local2 0.4 and local1 0.2 through the INGO; local3's money
    // came through local1, already counted as received by a local actor
    assertEquals(0.2, l.receivedDirectly(), 1e-12);
    assertEquals(0.6, l.receivedThroughOneIntermediary(), 1e-12);
    assertEquals(0.0, l.receivedThroughMore(), 1e-12);
    assertEquals(0.8, l.asDirectlyAsPossible(), 1e-12);
    assertEquals(0.75, l.keptAsDirectlyAsPossible(), 1e-12);
    assertEquals(0.8, l.toLocalAndNational(), 1e-12);
    assertEquals(0.0, l.unclassified(), 1e-12);
    assertEquals(Money.of("0.00", "EUR"), l.unclassifiedAmount());
    assertEquals(
        List.of(
            "local-one Local One: 40.00 EUR directly; headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025",
            "local-two Local Two: 40.00 EUR through 1 intermediary; headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025"),
        l.countedAsLocal().stream().map(Object::toString).collect(Collectors.toList()));
    assertTrue(l.errorBound() > 0 && l.errorBound() < 1e-12);
    assertTrue(
        l.toString().contains("as directly as possible 80.0% (Grand Bargain target 25%: met)"),
        l.toString());
  }

  @Test
  void localisationLeavesOtherCurrenciesApartAndReportsCycles() {
    FundingNetwork withUsd =
        FundingNetwork.builder()
            .from(network())
            .addFlow(FundingFlow.of(DONOR.id(), LOCAL2.id(), Money.of("999", "USD"), 2020))
            .build();
    Localisation l = Localisation.of(withUsd, DONOR.id(), EUR);
    assertEquals(1, l.flowsInOtherCurrencies());
    assertEquals(0.15, l.directToLocal(), 1e-12);
    // a pure cycle: A gives to B, B gives all back to A and so on
    Organization a = Organization.of("A", OrganizationType.NATIONAL_NGO, "KE");
    Organization b = Organization.of("B", OrganizationType.NATIONAL_NGO, "KE");
    FundingNetwork cycle =
        FundingNetwork.builder()
            .addOrganizations(a, b)
            .addFlows(flow(a, b, "10"), flow(b, a, "10"))
            .build();
    assertEquals(1.0, Localisation.of(cycle, a.id(), EUR).untraced(), 1e-12);
    assertEquals(
        "funder (local-two) must disburse something in EUR",
        assertThrows(
                IllegalArgumentException.class, () -> Localisation.of(network(), LOCAL2.id(), EUR))
            .getMessage());
  }

  @Test
  void sharesAreExact() {
    assertEquals(
        ImmutableMap.of(2020, Money.of("60", "EUR")),
        FundingShares.byYear(network(), INGO.id(), EUR));
    assertEquals(
        ImmutableMap.of(Locality.LOCAL_OR_NATIONAL, Fraction.ONE),
        FundingShares.byRecipientLocality(network(), INGO.id(), EUR));
    assertEquals(
        ImmutableMap.of(
            Locality.LOCAL_OR_NATIONAL,
            Fraction.of(1, 5),
            Locality.INTERNATIONAL,
            Fraction.of(4, 5)),
        FundingShares.byRecipientLocality(network(), DONOR.id(), EUR));
    assertEquals(Fraction.of(1, 3), FundingShares.unearmarked(network(), INGO.id(), EUR));
    assertEquals(Fraction.of(1, 3), FundingShares.multiYear(network(), INGO.id(), EUR));
    assertEquals(
        "total (0) of the funder's flows must not be zero to take shares",
        assertThrows(
                IllegalArgumentException.class,
                () -> FundingShares.unearmarked(network(), LOCAL2.id(), EUR))
            .getMessage());
    assertEquals(Fraction.of(1, 40), Fraction.of(new BigDecimal("0.025")));
    assertEquals(Fraction.of(1200), Fraction.of(new BigDecimal("1.2E+3")));
  }

  @Test
  void brokerageRolesByLocality() {
    ImmutableMap<OrganizationId, ImmutableMap<BrokerageRole, Long>> roles =
        NetworkPositions.brokerage(network(), Organization::locality);
    // INGO (international) brokers donor (international) -> local2 (local): representative; donor
    // -> local1 is a direct tie
    assertEquals(ImmutableMap.of(BrokerageRole.REPRESENTATIVE, 1L), roles.get(INGO.id()));
    // local1 brokers donor -> local3 (gatekeeper) and INGO -> local3 (gatekeeper)
    assertEquals(ImmutableMap.of(BrokerageRole.GATEKEEPER, 2L), roles.get(LOCAL1.id()));
    ImmutableMap<OrganizationId, ImmutableMap<BrokerageRole, Long>> byType =
        NetworkPositions.brokerage(network(), Organization::type);
    // by type: donor (government) -> INGO -> local2 (community group): liaison
    assertEquals(ImmutableMap.of(BrokerageRole.LIAISON, 1L), byType.get(INGO.id()));
    // donor (government) -> local1 (national NGO) -> local3 (national NGO): gatekeeper; INGO ->
    // local1 -> local3 too
    assertEquals(ImmutableMap.of(BrokerageRole.GATEKEEPER, 2L), byType.get(LOCAL1.id()));
  }

  @Test
  void gatekeepersCutLocalGroupsOff() {
    ImmutableMap<OrganizationId, ImmutableList<OrganizationId>> g =
        NetworkPositions.gatekeepers(network());
    assertEquals(
        ImmutableMap.of(
            INGO.id(), ImmutableList.of(LOCAL2.id()), LOCAL1.id(), ImmutableList.of(LOCAL3.id())),
        g);
  }

  @Test
  void centralitiesComeFromJgrapht() {
    ImmutableMap<OrganizationId, Double> b = NetworkPositions.betweenness(network());
    // local1 lies on the shortest paths donor -> local3 and INGO -> local3 (shared with none)
    assertEquals(2.0, b.get(LOCAL1.id()), 1e-12);
    assertEquals(1.0, b.get(INGO.id()), 1e-12);
    assertEquals(0.0, b.get(DONOR.id()), 1e-12);
    ImmutableMap<OrganizationId, Double> h = NetworkPositions.harmonic(network());
    assertTrue(h.get(DONOR.id()) > h.get(INGO.id()));
    assertEquals(0.0, h.get(LOCAL2.id()), 1e-12);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(network(), network())
        .addEqualityGroup(FundingNetwork.builder().addOrganizations(DONOR).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Money.of("1", "EUR"), Money.of("1.00", "EUR"))
        .addEqualityGroup(Money.of("1", "USD"))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(FundingNetwork.class, network())
            .setDefault(OrganizationId.class, DONOR.id())
            .setDefault(Currency.class, EUR)
            .setDefault(Money.class, Money.of("1", "EUR"));
    npt.testAllPublicStaticMethods(Money.class);
    npt.testAllPublicStaticMethods(FundingChains.class);
    npt.testAllPublicStaticMethods(FundingShares.class);
    npt.testAllPublicStaticMethods(NetworkPositions.class);
    npt.testAllPublicStaticMethods(FundingFlow.class);
    npt.testAllPublicInstanceMethods(Money.of("1", "EUR"));
    npt.testAllPublicInstanceMethods(network());
    npt.setDefault(LocalisationScope.class, LocalisationScope.all());
    npt.testAllPublicStaticMethods(Localisation.class);
    npt.testAllPublicStaticMethods(LocalisationScope.class);
    npt.testAllPublicInstanceMethods(LocalisationScope.all());
    npt.testAllPublicInstanceMethods(Localisation.of(network(), DONOR.id(), EUR));
    npt.testAllPublicConstructors(CountedRecipient.class);
    npt.testAllPublicConstructors(FundingChain.class);
    new EqualsTester()
        .addEqualityGroup(
            Localisation.of(network(), DONOR.id(), EUR),
            Localisation.of(network(), DONOR.id(), EUR))
        .addEqualityGroup(Localisation.of(network(), INGO.id(), EUR))
        .testEquals();
    assertFalse(Earmarking.fromCode(9).isPresent());
    assertEquals(Earmarking.TIGHTLY_EARMARKED, Earmarking.fromCode(4).orElseThrow());
  }

  static final Organization UNTYPED =
      Organization.builder()
          .id(OrganizationId.of("XM-DAC-99"))
          .name("Untyped")
          .type(OrganizationType.UNKNOWN)
          .build();
  static final Organization DUTCH =
      Organization.of("NL-KVK-1", "Dutch NGO", OrganizationType.NATIONAL_NGO, "NL");

  /**
   * The donor's money by year, humanitarian mark and recipient: 2020 as in {@link #network()}, plus
   * 2021.
   */
  static FundingNetwork yearsAndMarks() {
    return FundingNetwork.builder()
        .from(network())
        .addOrganizations(UNTYPED, DUTCH)
        .addFlows(
            FundingFlow.builder()
                .from(FundingFlow.of(DONOR.id(), LOCAL2.id(), Money.of("30", "EUR"), 2021))
                .humanitarian(true)
                .build(),
            FundingFlow.builder()
                .from(FundingFlow.of(DONOR.id(), UNTYPED.id(), Money.of("50", "EUR"), 2021))
                .humanitarian(false)
                .build(),
            FundingFlow.of(DONOR.id(), DUTCH.id(), Money.of("20", "EUR"), 2021))
        .build();
  }

  @Test
  void localisationPerYearPerDefinitionAndHumanitarianOnly() {
    FundingNetwork net = yearsAndMarks();
    ImmutableSortedMap<Integer, Localisation> byYear =
        Localisation.byYear(net, DONOR.id(), EUR, LocalisationScope.all());
    assertEquals(List.of(2020, 2021), List.copyOf(byYear.keySet()));
    assertEquals(0.8, byYear.get(2020).asDirectlyAsPossible(), 1e-12);
    Localisation y2021 = byYear.get(2021);
    assertEquals(Money.of("100", "EUR"), y2021.disbursed());
    assertEquals(0.3, y2021.receivedDirectly(), 1e-12);
    assertEquals(0.5, y2021.unclassified(), 1e-12);
    assertEquals(Money.of("50.00", "EUR"), y2021.unclassifiedAmount());
    assertEquals(0.2, y2021.international(), 1e-12);
    assertEquals(1, y2021.countedAsLocal().size());
    assertEquals(Money.of("30.00", "EUR"), y2021.countedAsLocal().get(0).received());
    Localisation humanitarian =
        Localisation.of(
            net, DONOR.id(), EUR, LocalisationScope.all().year(2021).onlyHumanitarian());
    assertEquals(Money.of("30", "EUR"), humanitarian.disbursed());
    assertEquals(1.0, humanitarian.asDirectlyAsPossible(), 1e-12);
    assertEquals(1, humanitarian.flowsOfUnknownScope(), "the Dutch NGO's flow carries no mark");
    assertTrue(
        humanitarian.toString().contains("2021, humanitarian only"), humanitarian.toString());
    ImmutableMap<LocalityDefinition, Localisation> byDefinition =
        Localisation.byDefinition(net, DONOR.id(), EUR, LocalisationScope.all().year(2021));
    assertEquals(List.of(LocalityDefinition.values()), List.copyOf(byDefinition.keySet()));
    // local-two is a community group in Kenya: local under all three
    byDefinition.values().forEach(l -> assertEquals(0.3, l.receivedDirectly(), 1e-12));
    assertEquals(
        "funder (XM-DAC-7) must disburse something in EUR in scope (IASC, DAC List of ODA Recipients 2024-2025, 2019, all funding)",
        assertThrows(
                IllegalArgumentException.class,
                () -> Localisation.of(net, DONOR.id(), EUR, LocalisationScope.all().year(2019)))
            .getMessage());
    assertEquals(
        "year (1800) must be in [1900, 2200]",
        assertThrows(IllegalArgumentException.class, () -> LocalisationScope.all().year(1800))
            .getMessage());
    assertTrue(byYear.values().stream().noneMatch(l -> l.toString().contains("NaN")));
    assertTrue(y2021.pooledFunds().startsWith("pooled funds are not marked in the data"));
  }

  @Test
  void computedValuesRefuseInconsistentContents() {
    assertEquals(
        "path ([XM-DAC-7]) must hold a funder and a recipient",
        assertThrows(
                IllegalArgumentException.class,
                () -> new FundingChain(ImmutableList.of(DONOR.id())))
            .getMessage());
    assertEquals(
        "path ([XM-DAC-7, ingo, XM-DAC-7]) must not repeat an organisation",
        assertThrows(
                IllegalArgumentException.class,
                () -> new FundingChain(ImmutableList.of(DONOR.id(), INGO.id(), DONOR.id())))
            .getMessage());
    assertEquals(
        "received (-1 EUR) must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CountedRecipient(INGO.id(), "x", Money.of("-1", "EUR"), 0, "r"))
            .getMessage());
    assertEquals(
        "intermediaries (-1) must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CountedRecipient(INGO.id(), "x", Money.of("1", "EUR"), -1, "r"))
            .getMessage());
    assertEquals(
        "share (2.0) must be in [0, 1]",
        assertThrows(
                IllegalArgumentException.class,
                () -> Localisation.of(network(), DONOR.id(), EUR).amount(2.0))
            .getMessage());
  }

  @Test
  void hugeAmountsAreRefusedNotPrintedAsNaN() {
    // 1e400 is past Money's documented bound (below 10^100): refused where the amount is made,
    // with field, value and rule, instead of when tracing
    assertEquals(
        "amount (1E+400) must be below 10^100 in absolute value",
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("1e400"), EUR))
            .getMessage());
  }
}
