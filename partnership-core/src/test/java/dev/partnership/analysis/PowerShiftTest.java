package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.PowerShift.Change;
import dev.partnership.analysis.PowerShift.Direction;
import dev.partnership.analysis.PowerShift.Movement;
import dev.partnership.analysis.PowerShift.NetDirection;
import dev.partnership.analysis.PowerShift.Options;
import dev.partnership.analysis.PowerShift.Verdict;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.math.Fraction;
import dev.partnership.model.DecisionRightsOperators;
import dev.partnership.model.FundingOperators;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.model.Role;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Examples of power shifts. The partnerships are illustrative, shaped like GPPAC (a global
 * secretariat leading, regional networks as members) and Count Me In! (a lead passing money on);
 * their weights and amounts are made up.
 */
class PowerShiftTest {

  static final Organization SECRETARIAT =
      Organization.builder()
          .id(OrganizationId.of("gs"))
          .name("Global Secretariat")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .homeCountry(CountryCode.of("NL"))
          .addLevel(OperatingLevel.GLOBAL)
          .build();
  static final Organization WANEP =
      Organization.builder()
          .id(OrganizationId.of("wanep"))
          .name("GPPAC West Africa")
          .acronym("WANEP")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("GH"))
          .addLevel(OperatingLevel.NATIONAL)
          .build();
  static final Organization EAST =
      Organization.builder()
          .id(OrganizationId.of("east"))
          .name("GPPAC Eastern and Central Africa")
          .type(OrganizationType.NATIONAL_NGO)
          .homeCountry(CountryCode.of("KE"))
          .addLevel(OperatingLevel.NATIONAL)
          .build();
  static final Organization COMMUNITY =
      Organization.builder()
          .id(OrganizationId.of("community"))
          .name("Peace Committee of Bo")
          .type(OrganizationType.COMMUNITY_GROUP)
          .homeCountry(CountryCode.of("SL"))
          .addLevel(OperatingLevel.LOCAL)
          .build();
  static final Organization MYSTERY =
      Organization.of("A group of unknown type", OrganizationType.UNKNOWN);

  static final GoverningBody ISG =
      GoverningBody.of(
          "International Steering Group",
          BodyType.STEERING_COMMITTEE,
          DecisionRule.simpleMajority(),
          Seat.of(WANEP.id()),
          Seat.of(SECRETARIAT.id()),
          Seat.of(EAST.id()));

  static Partnership gppacLike() {
    return Partnership.builder()
        .id("gppac-like")
        .name("A GPPAC-like network (illustrative)")
        .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
        .addMembers(
            Membership.of(SECRETARIAT, Role.LEAD, Role.SECRETARIAT),
            Membership.of(WANEP, Role.MEMBER),
            Membership.of(EAST, Role.MEMBER),
            Membership.of(COMMUNITY, Role.LOCAL_GROUP))
        .secretariat(SECRETARIAT.id())
        .addBodies(ISG)
        .build();
  }

  static FundingFlow flow(Organization from, Organization to, String amount, Earmarking e) {
    return FundingFlow.builder()
        .provider(from.id())
        .recipient(to.id())
        .amount(Money.of(amount, "EUR"))
        .year(2026)
        .earmarking(e)
        .build();
  }

  @Test
  void aSteeringGroupReweightedMovesShapleyShubikPowerToTheHeavierSeat() {
    Partnership before = gppacLike();
    Partnership after =
        before.with(GovernanceOperators.reweight("International Steering Group", WANEP.id(), 2));
    PowerShift shift = PowerShift.between(before, after);

    Measure ss = Measure.power("International Steering Group", PowerMeasure.SHAPLEY_SHUBIK);
    // by hand: three seats, simple majority; WANEP weighs 2 of 4, quota 3. WANEP is pivotal in
    // 4 of the 6 orders, each of the others in 1.
    assertEquals(
        List.of(
            new Change(
                WANEP.id(), "GPPAC West Africa (WANEP)", ss, Fraction.of(1, 3), Fraction.of(2, 3)),
            new Change(
                EAST.id(),
                "GPPAC Eastern and Central Africa",
                ss,
                Fraction.of(1, 3),
                Fraction.of(1, 6)),
            new Change(
                SECRETARIAT.id(), "Global Secretariat", ss, Fraction.of(1, 3), Fraction.of(1, 6))),
        shift.changes().stream().filter(c -> c.measure().equals(ss)).collect(Collectors.toList()));
    assertEquals(Fraction.ZERO, shift.totalChange(ss).orElseThrow());
    assertEquals(
        List.of(
            new Movement(ss, EAST.id(), WANEP.id(), Fraction.of(1, 6), Direction.HORIZONTAL),
            new Movement(ss, SECRETARIAT.id(), WANEP.id(), Fraction.of(1, 6), Direction.DOWNWARD)),
        shift.movements().stream()
            .filter(m -> m.measure().equals(ss))
            .collect(Collectors.toList()));
    String summary = shift.summary();
    assertTrue(
        summary.contains(
            "GPPAC West Africa (WANEP) gained 33.3 percentage points of Shapley-Shubik power in the"
                + " International Steering Group (from 33.3% to 66.7%) — horizontal (16.7 percentage"
                + " points); vertical, downward (16.7 percentage points)"),
        summary);
    assertTrue(
        summary.contains(
            "Global Secretariat lost 16.7 percentage points of Shapley-Shubik power in the"
                + " International Steering Group (from 33.3% to 16.7%) — vertical, downward"),
        summary);
    assertTrue(
        summary.contains(
            "Net: Shapley-Shubik power in the International Steering Group moved towards local and"
                + " national actors (local and national +16.7 percentage points, international -16.7"
                + " percentage points, unknown locality ±0.0 percentage points)"),
        summary);
    assertFalse(summary.contains("SHAPLEY_SHUBIK"), summary);
    assertFalse(summary.contains("wanep"), summary);
  }

  @Test
  void powerGoingToTheLeadMovesUpward() {
    Partnership before = gppacLike();
    Partnership after =
        before.with(
            GovernanceOperators.reweight("International Steering Group", SECRETARIAT.id(), 2));
    PowerShift shift = PowerShift.between(before, after);
    assertEquals(1, shift.tierOf(SECRETARIAT.id()));
    assertEquals(2, shift.tierOf(WANEP.id()));
    assertTrue(
        shift.movements().stream()
            .allMatch(m -> m.to().equals(SECRETARIAT.id()) && m.direction() == Direction.UPWARD),
        shift.movements().toString());
    assertTrue(
        shift
            .summary()
            .contains(
                "Global Secretariat gained 33.3 percentage points of Shapley-Shubik power in the"
                    + " International Steering Group (from 33.3% to 66.7%) — vertical, upward"),
        shift.summary());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> shift.tierOf(COMMUNITY.id()));
    assertTrue(
        e.getMessage().startsWith("id (community) is not an organisation of this shift"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> shift.localityOf(COMMUNITY.id()));
    assertEquals(Locality.LOCAL_OR_NATIONAL, shift.localityOf(WANEP.id()));
    assertEquals(Locality.INTERNATIONAL, shift.localityOf(SECRETARIAT.id()));
  }

  @Test
  void aFlowRedirectedFromTheLeadToALocalGroupMovesMoneyDownward() {
    Partnership before =
        gppacLike()
            .with(
                FundingOperators.addFlow(
                    flow(EAST, SECRETARIAT, "1000000.00", Earmarking.UNEARMARKED)));
    Partnership after =
        before.with(FundingOperators.redirectFunding(EAST.id(), SECRETARIAT.id(), COMMUNITY.id()));
    PowerShift shift = PowerShift.between(before, after);
    Measure received =
        Measure.funding(Measure.Side.RECEIVED, Measure.Kind.UNEARMARKED, Money.currency("EUR"));
    assertEquals(ImmutableList.of(received), shift.measures());
    assertEquals(
        List.of(
            new Movement(
                received,
                SECRETARIAT.id(),
                COMMUNITY.id(),
                Fraction.of(1_000_000),
                Direction.DOWNWARD)),
        shift.movements());
    assertEquals(Fraction.ZERO, shift.totalChange(received).orElseThrow());
    NetDirection net = shift.netDirections().get(0);
    assertEquals(Verdict.TOWARDS_LOCAL, net.verdict());
    assertEquals(Fraction.of(1_000_000), net.localAndNational());
    assertTrue(
        shift
            .summary()
            .contains(
                "Peace Committee of Bo gained 1000000.00 EUR of unearmarked funding received in EUR"
                    + " (from 0.00 EUR to 1000000.00 EUR) — vertical, downward"),
        shift.summary());
  }

  @Test
  void aRoleMovedFromTheSecretariatToARegionalNetworkIsAVerticalDownwardMovement() {
    Partnership before = gppacLike();
    Partnership after =
        before
            .with(PartnershipOperators.revokeRole(SECRETARIAT.id(), Role.LEAD))
            .with(PartnershipOperators.assignRole(WANEP.id(), Role.LEAD));
    PowerShift shift = PowerShift.between(before, after);
    assertEquals(ImmutableSet.of(Role.LEAD), shift.rolesGained(WANEP.id()));
    assertEquals(ImmutableSet.of(Role.LEAD), shift.rolesLost(SECRETARIAT.id()));
    assertEquals(ImmutableSet.of(), shift.rolesGained(SECRETARIAT.id()));
    assertEquals(
        List.of(
            new Movement(
                Measure.role(Role.LEAD),
                SECRETARIAT.id(),
                WANEP.id(),
                Fraction.ONE,
                Direction.DOWNWARD)),
        shift.movements());
    assertTrue(
        shift
            .summary()
            .contains("GPPAC West Africa (WANEP) gained the role of lead — vertical, downward"),
        shift.summary());
    assertTrue(
        shift.summary().contains("Global Secretariat lost the role of lead — vertical, downward"),
        shift.summary());
  }

  @Test
  void aDecisionDelegatedToTheRegionsAndMovedToTheSteeringGroupShowsInLevelsAndSeats() {
    Decision budget = Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
    Partnership before =
        Partnership.builder()
            .from(gppacLike())
            .addBodies(
                GoverningBody.of(
                    "Board",
                    BodyType.BOARD,
                    DecisionRule.simpleMajority(),
                    Seat.of(SECRETARIAT.id())))
            .build()
            .with(DecisionRightsOperators.assignToBody(budget, "Board"))
            .with(
                DecisionRightsOperators.delegate(
                    "budget allocation", List.of(SECRETARIAT.id()), ParticipationLevel.DECIDES))
            .with(
                DecisionRightsOperators.delegate(
                    "budget allocation", List.of(WANEP.id()), ParticipationLevel.CONSULTED));
    Partnership after =
        before
            .with(
                DecisionRightsOperators.assignToBody(
                    "budget allocation", "International Steering Group"))
            .with(
                DecisionRightsOperators.delegate(
                    "budget allocation",
                    List.of(SECRETARIAT.id(), WANEP.id(), EAST.id()),
                    ParticipationLevel.CO_DECIDES));
    PowerShift shift = PowerShift.between(before, after);
    Measure level = Measure.decisionLevel("budget allocation");
    Measure seat = Measure.decidingSeat("budget allocation");
    assertEquals(ImmutableList.of(level, seat), shift.measures());
    assertEquals(
        List.of(
            new Change(
                EAST.id(),
                "GPPAC Eastern and Central Africa",
                level,
                Fraction.ZERO,
                Fraction.of(3)),
            new Change(
                WANEP.id(), "GPPAC West Africa (WANEP)", level, Fraction.of(2), Fraction.of(3)),
            new Change(
                SECRETARIAT.id(), "Global Secretariat", level, Fraction.of(4), Fraction.of(3))),
        shift.changes().stream()
            .filter(c -> c.measure().equals(level))
            .collect(Collectors.toList()));
    assertEquals(Fraction.of(3), shift.totalChange(level).orElseThrow());
    assertEquals(Fraction.of(2), shift.totalChange(seat).orElseThrow());
    String summary = shift.summary();
    assertTrue(
        summary.contains(
            "GPPAC Eastern and Central Africa gained 3 PAT levels of say in the decision \u201cbudget"
                + " allocation\u201d (from not informed (0) to co-decides (3)) — vertical, downward (0.75"
                + " PAT levels); from no other member (2.25 PAT levels)"),
        summary);
    assertTrue(
        summary.contains(
            "GPPAC West Africa (WANEP) gained a seat in the body that takes the decision \u201cbudget"
                + " allocation\u201d — from no other member"),
        summary);
    assertTrue(
        summary.contains(
            "Global Secretariat lost 1 PAT level of say in the decision \u201cbudget allocation\u201d"
                + " (from decides (4) to co-decides (3)) — vertical, downward"),
        summary);
    assertTrue(PowerShift.between(before, after).then(PowerShift.between(after, before)).isEmpty());
  }

  @Test
  void theNetDirectionGoesToTheGroupThatGainedMostOnBalance() {
    Measure m = Measure.role(Role.LEAD);
    Fraction one = Fraction.ONE;
    Fraction zero = Fraction.ZERO;
    Fraction minusOne = Fraction.of(-1);
    assertEquals(Verdict.TOWARDS_LOCAL, new NetDirection(m, one, minusOne, zero).verdict());
    assertEquals(Verdict.TOWARDS_INTERNATIONAL, new NetDirection(m, minusOne, one, zero).verdict());
    assertEquals(Verdict.TOWARDS_UNKNOWN, new NetDirection(m, zero, minusOne, one).verdict());
    // a tie, and a measure everyone lost, move in no one direction
    assertEquals(Verdict.NEITHER, new NetDirection(m, one, one, zero).verdict());
    assertEquals(Verdict.NEITHER, new NetDirection(m, minusOne, Fraction.of(-5), zero).verdict());
    assertEquals(
        "Net: the role of lead moved towards local and national actors (local and national +1,"
            + " international -1, unknown locality ±0)",
        new NetDirection(m, one, minusOne, zero).toString());
  }

  @Test
  void equalStatesGiveAnEmptyShift() {
    PowerShift shift = PowerShift.between(gppacLike(), gppacLike());
    assertTrue(shift.isEmpty());
    assertEquals(List.of(), shift.changes());
    assertEquals(List.of(), shift.movements());
    assertEquals("No power moved: the two states are equal in every measure.", shift.summary());
  }

  @Test
  void anOrganisationThatJoinsStartsFromZeroAndOneThatLeavesEndsAtZero() {
    Partnership before = gppacLike();
    Partnership after =
        before
            .with(PartnershipOperators.admit(MYSTERY, Role.MEMBER))
            .with(GovernanceOperators.seat("International Steering Group", MYSTERY.id(), 1))
            .with(GovernanceOperators.unseat("International Steering Group", EAST.id()))
            .with(PartnershipOperators.leave(EAST.id()));
    PowerShift shift = PowerShift.between(before, after);
    assertEquals(List.of(MYSTERY.id()), shift.joined());
    assertEquals(List.of(EAST.id()), shift.left());
    Measure banzhaf = Measure.power("International Steering Group", PowerMeasure.BANZHAF);
    Change joined =
        shift.changesOf(MYSTERY.id()).stream()
            .filter(c -> c.measure().equals(banzhaf))
            .findFirst()
            .orElseThrow();
    assertEquals(Fraction.ZERO, joined.before());
    assertEquals(Fraction.of(1, 3), joined.after());
    assertEquals(Locality.UNKNOWN, shift.localityOf(MYSTERY.id()));
    NetDirection net =
        shift.netDirections().stream()
            .filter(n -> n.measure().equals(banzhaf))
            .findFirst()
            .orElseThrow();
    // the unknown group's gain is kept apart and never counted as local
    assertEquals(Fraction.of(1, 3), net.unknown());
    assertEquals(Fraction.of(-1, 3), net.localAndNational());
    assertEquals(Verdict.TOWARDS_UNKNOWN, net.verdict());
    assertTrue(
        shift.summary().contains("A group of unknown type joined as member."), shift.summary());
    assertTrue(
        shift.summary().contains("GPPAC Eastern and Central Africa left; it was member."),
        shift.summary());
  }

  @Test
  void aBodyTooLargeToComputeIsReportedNotDropped() {
    // 3,000 seats of distinct weights and a veto holder: too large for every exact method
    Partnership.Builder b =
        Partnership.builder()
            .id("big")
            .name("A large assembly (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    GoverningBody.Builder body =
        GoverningBody.builder()
            .name("Assembly")
            .type(BodyType.ASSEMBLY)
            .rule(DecisionRule.simpleMajority());
    for (int i = 0; i < 3000; i++) {
      Organization o = Organization.of("m" + i, "Member " + i, OrganizationType.NATIONAL_NGO, "KE");
      b.addMembers(Membership.of(o, Role.MEMBER));
      body.addSeats(Seat.of(o.id(), 1_000_003L + 7919L * i));
    }
    Partnership before = b.addBodies(body.build()).build();
    Partnership after =
        before.with(GovernanceOperators.reweight("Assembly", OrganizationId.of("m0"), 5));
    PowerShift shift = PowerShift.between(before, after);
    Measure ss = Measure.power("Assembly", PowerMeasure.SHAPLEY_SHUBIK);
    assertTrue(shift.measures().contains(ss));
    assertEquals(4, shift.uncomputed().size(), shift.uncomputed().toString());
    assertTrue(shift.totalChange(ss).isEmpty());
    assertTrue(
        shift
            .summary()
            .contains(
                "Shapley-Shubik power in the Assembly could not be computed exactly before the change: "));
    assertFalse(shift.isEmpty());
    // equal huge bodies are not computed at all
    assertTrue(PowerShift.between(before, before).isEmpty());
  }

  @Test
  void composingThroughAStateWhoseBodyCannotBeComputedIsStillExact() {
    Partnership.Builder members =
        Partnership.builder()
            .id("big")
            .name("A network that grows its assembly for a while (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    GoverningBody.Builder huge =
        GoverningBody.builder()
            .name("Assembly")
            .type(BodyType.ASSEMBLY)
            .rule(DecisionRule.simpleMajority());
    for (int i = 0; i < 3000; i++) {
      Organization o = Organization.of("m" + i, "Member " + i, OrganizationType.NATIONAL_NGO, "KE");
      members.addMembers(Membership.of(o, Role.MEMBER));
      huge.addSeats(Seat.of(o.id(), 1_000_003L + 7919L * i));
    }
    Partnership none = members.build();
    GoverningBody small =
        GoverningBody.of(
            "Assembly",
            BodyType.ASSEMBLY,
            DecisionRule.simpleMajority(),
            Seat.of(OrganizationId.of("m0"), 2),
            Seat.of(OrganizationId.of("m1")),
            Seat.of(OrganizationId.of("m2")));
    Partnership a = Partnership.builder().from(none).addBodies(small).build();
    Partnership b = Partnership.builder().from(none).addBodies(huge.build()).build();
    Partnership c = a.with(GovernanceOperators.reweight("Assembly", OrganizationId.of("m1"), 2));
    PowerShift ab = PowerShift.between(a, b);
    PowerShift bc = PowerShift.between(b, c);
    assertEquals(2, ab.uncomputed().size());
    assertEquals(2, bc.uncomputed().size());
    PowerShift ac = ab.then(bc);
    assertEquals(PowerShift.between(a, c), ac);
    assertEquals(List.of(), ac.uncomputed());
    assertEquals(
        Fraction.of(1, 6),
        ac.changesOf(OrganizationId.of("m1")).stream()
            .filter(x -> x.measure().equals(Measure.power("Assembly", PowerMeasure.SHAPLEY_SHUBIK)))
            .findFirst()
            .orElseThrow()
            .delta());
    assertTrue(ab.then(PowerShift.between(b, a)).isEmpty());
  }

  @Test
  void nullsInsideCollectionsAreRefusedByName() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> Options.defaults().withIndices(PowerMeasure.BANZHAF, null));
    assertEquals("indices[1] must not be null", e.getMessage());
    NullPointerException tier =
        assertThrows(
            NullPointerException.class,
            () -> new Tiers.Tier("funders", java.util.Arrays.asList(Role.FUNDER, null)));
    assertEquals("roles[1] must not be null", tier.getMessage());
    NullPointerException tiers =
        assertThrows(
            NullPointerException.class, () -> Tiers.of(Tiers.standard().tiers().get(0), null));
    assertEquals("tiers[1] must not be null", tiers.getMessage());
  }

  @Test
  void aLargeBodyOfTwoWeightsChangingItsRuleIsSummarisedWithoutListingEveryPair() {
    Partnership.Builder b =
        Partnership.builder()
            .id("large")
            .name("A large assembly of two weights (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    GoverningBody.Builder body =
        GoverningBody.builder()
            .name("Assembly")
            .type(BodyType.ASSEMBLY)
            .rule(DecisionRule.simpleMajority());
    for (int i = 0; i < 600; i++) {
      Organization o =
          Organization.of(
              "m" + i, "Member " + i, OrganizationType.NATIONAL_NGO, i < 300 ? "KE" : "NL");
      b.addMembers(Membership.of(o, i < 300 ? Role.MEMBER : Role.REGRANTER));
      body.addSeats(Seat.of(o.id(), i < 300 ? 1 : 3));
    }
    Partnership before = b.addBodies(body.build()).build();
    Partnership after =
        before.with(
            GovernanceOperators.changeRule("Assembly", DecisionRule.qualifiedMajority(2, 3)));
    PowerShift shift =
        PowerShift.between(
            before, after, Options.defaults().withIndices(PowerMeasure.SHAPLEY_SHUBIK));
    Measure ss = Measure.power("Assembly", PowerMeasure.SHAPLEY_SHUBIK);
    assertEquals(List.of(), shift.uncomputed());
    assertEquals(Fraction.ZERO, shift.totalChange(ss).orElseThrow());
    // every seat's share moves a little: 300 gainers, 300 losers, 90,000 pairs not listed
    assertEquals(600, shift.changes().size());
    String summary = shift.summary();
    // five changes at each end, a count of the other 590, one net direction, tiers and locality
    assertEquals(13, summary.lines().count(), summary);
    assertTrue(summary.contains("... and 590 more organisations changed in"), summary);
    assertTrue(summary.contains("Member 0 "), summary.lines().findFirst().orElseThrow());
  }

  @Test
  void manyCurrenciesStayApartAndAmountsNearTheLimitAreExact() {
    Partnership base = gppacLike();
    String huge = "9".repeat(Money.MAX_INTEGER_DIGITS) + "." + "9".repeat(Money.MAX_DECIMALS);
    Partnership before = base;
    Partnership after = base;
    List<String> currencies = List.of("EUR", "USD", "KES", "GHS", "JPY", "XOF", "CHF", "SLE");
    for (String c : currencies) {
      FundingFlow f =
          FundingFlow.builder()
              .provider(SECRETARIAT.id())
              .recipient(WANEP.id())
              .amount(Money.of(huge, c))
              .year(2026)
              .build();
      after = after.with(FundingOperators.addFlow(f));
      after =
          after.with(FundingOperators.addFlow(FundingFlow.builder().from(f).year(2027).build()));
    }
    PowerShift shift = PowerShift.between(before, after);
    Fraction twice = Fraction.of(new BigDecimal(huge)).multiply(Fraction.of(2));
    for (String c : currencies) {
      Measure received =
          Measure.funding(
              Measure.Side.RECEIVED, Measure.Kind.EARMARKING_NOT_STATED, Money.currency(c));
      assertEquals(twice, shift.totalChange(received).orElseThrow(), c);
    }
    assertEquals(16, shift.measures().size());
    assertTrue(shift.summary().contains("1" + "9".repeat(100) + "." + "9".repeat(99) + "8 EUR"));
    assertTrue(PowerShift.between(after, before).then(shift).isEmpty());
  }

  @Test
  void emptyFacetsAndTheSameStateInAnotherPartnershipGiveNoShift() {
    Partnership a =
        Partnership.of(
            "a",
            "A",
            PartnershipForm.BILATERAL,
            Membership.of(WANEP, Role.LEAD),
            Membership.of(EAST, Role.MEMBER));
    Partnership b =
        Partnership.of(
            "b",
            "B",
            PartnershipForm.ALLIANCE_OR_CONSORTIUM,
            Membership.of(WANEP, Role.LEAD),
            Membership.of(EAST, Role.MEMBER));
    assertTrue(PowerShift.between(a, b).isEmpty());
  }

  @Test
  void userTiersAndLocalityDefinitionChangeTheLabels() {
    Partnership before = gppacLike();
    Partnership after =
        before.with(GovernanceOperators.reweight("International Steering Group", WANEP.id(), 2));
    Tiers flat = Tiers.of(new Tiers.Tier("everyone", EnumSet.allOf(Role.class)));
    Options options =
        Options.defaults()
            .withTiers(flat)
            .withIndices(PowerMeasure.SHAPLEY_SHUBIK)
            .withLocality(LocalityDefinition.CHARTER4CHANGE, AidRecipients.dac2024to2025());
    PowerShift shift = PowerShift.between(before, after, options);
    assertTrue(shift.movements().stream().allMatch(m -> m.direction() == Direction.HORIZONTAL));
    assertEquals(
        "Options[Tiers[everyone [lead, funder, secretariat, member, implementing partner, local"
            + " group, lobby partner, re-granter, broker]], Charter4Change, DAC List of ODA Recipients"
            + " 2024-2025, Shapley-Shubik]",
        options.toString());
    assertEquals(
        "Options[standard tiers, IASC, DAC List of ODA Recipients 2024-2025, Shapley-Shubik and"
            + " Banzhaf]",
        Options.defaults().toString());
    assertTrue(shift.measures().stream().noneMatch(m -> m.label().startsWith("Banzhaf")));
    assertFalse(shift.summary().contains("this library's own mapping"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PowerShift.between(before, after).then(PowerShift.between(after, before, options)));
  }

  @Test
  void thenRefusesAShiftThatDoesNotStartWhereThisOneEnds() {
    Partnership a = gppacLike();
    Partnership b =
        a.with(GovernanceOperators.reweight("International Steering Group", WANEP.id(), 2));
    Partnership c =
        a.with(GovernanceOperators.reweight("International Steering Group", WANEP.id(), 3));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PowerShift.between(a, b).then(PowerShift.between(c, a)));
    assertTrue(e.getMessage().contains("must start where this shift ends"), e.getMessage());
  }

  @Test
  void tiersRefuseARoleInTwoTiersOrInNone() {
    assertEquals(1, Tiers.standard().tierOf(EnumSet.of(Role.MEMBER, Role.LEAD)));
    assertEquals(3, Tiers.standard().tierOf(EnumSet.of(Role.LOCAL_GROUP)));
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> Tiers.of(new Tiers.Tier("funders", EnumSet.of(Role.FUNDER))));
    assertTrue(none.getMessage().contains("must place every role in a tier"), none.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Tiers.of(
                    new Tiers.Tier("all", EnumSet.allOf(Role.class)),
                    new Tiers.Tier("funders", EnumSet.of(Role.FUNDER))));
    assertTrue(twice.getMessage().contains("funder"), twice.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Tiers.standard().tierOf(EnumSet.noneOf(Role.class)));
    assertThrows(
        IllegalArgumentException.class, () -> new Tiers.Tier(" ", EnumSet.of(Role.FUNDER)));
  }

  @Test
  void equalsAndNulls() {
    Partnership a = gppacLike();
    Partnership b =
        a.with(GovernanceOperators.reweight("International Steering Group", WANEP.id(), 2));
    new EqualsTester()
        .addEqualityGroup(PowerShift.between(a, b), PowerShift.between(a, b))
        .addEqualityGroup(PowerShift.between(b, a))
        .addEqualityGroup(PowerShift.between(a, a), PowerShift.between(b, b))
        .addEqualityGroup(
            PowerShift.between(a, b, Options.defaults().withIndices(PowerMeasure.BANZHAF)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Tiers.standard(), Tiers.standard())
        .addEqualityGroup(Tiers.of(new Tiers.Tier("everyone", EnumSet.allOf(Role.class))))
        .testEquals();
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Partnership.class, a)
            .setDefault(PowerShift.class, PowerShift.between(a, b))
            .setDefault(Options.class, Options.defaults())
            .setDefault(Tiers.class, Tiers.standard())
            .setDefault(Measure.class, Measure.role(Role.LEAD))
            .setDefault(Fraction.class, Fraction.ONE)
            .setDefault(AidRecipients.class, AidRecipients.dac2024to2025())
            .setDefault(OrganizationId.class, WANEP.id());
    t.testAllPublicStaticMethods(PowerShift.class);
    t.testAllPublicInstanceMethods(PowerShift.between(a, b));
    t.testAllPublicInstanceMethods(Tiers.standard());
    t.testAllPublicStaticMethods(Measure.class);
    t.testAllPublicConstructors(Change.class);
    t.testAllPublicConstructors(Movement.class);
    t.testAllPublicConstructors(NetDirection.class);
    t.testAllPublicConstructors(PowerShift.Uncomputed.class);
    t.testAllPublicConstructors(Options.class);
    t.testAllPublicConstructors(Tiers.class);
    t.testAllPublicConstructors(Tiers.Tier.class);
    t.testAllPublicConstructors(Measure.Power.class);
    t.testAllPublicConstructors(Measure.Funding.class);
    t.testAllPublicConstructors(Measure.RoleHeld.class);
    t.testAllPublicInstanceMethods(Options.defaults());
  }
}
