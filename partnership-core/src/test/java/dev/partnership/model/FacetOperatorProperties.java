package dev.partnership.model;

import static dev.partnership.model.PartnershipProperties.assertAgreesWithWith;
import static dev.partnership.model.PartnershipProperties.assertInvariants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Sets;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.TrustControlBalance;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Laws of the practice, risk and secretariat operators, against plain reference computations. */
class FacetOperatorProperties {

  @Test
  void whyNotApplicableAgreesWithWithOnFullPracticeAndRiskFacets() {
    qt().withExamples(3000)
        .forAll(FacetOperatorGenerators.partnershipsWithOperators())
        .checkAssert(po -> assertAgreesWithWith(po.partnership(), po.operator()));
  }

  @Test
  void everyOperatorKindAppliesSomewhere() {
    // a generator whose operators never apply would make the property above empty
    qt().withExamples(1)
        .forAll(integers().between(0, 0))
        .checkAssert(
            ignored -> {
              List<String> applied = new ArrayList<>();
              SplittableRandom seeds = new SplittableRandom(7);
              for (int i = 0; i < 20_000 && applied.size() < FacetOperatorGenerators.KINDS; i++) {
                Partnership p =
                    FacetOperatorGenerators.enrich(
                        ModelGenerators.withFacets(
                            seeds.nextBoolean()
                                ? OperatorTest.alliance()
                                : OperatorTest.alliance()
                                    .with(PartnershipOperators.hostSecretariat(OperatorTest.JASS)),
                            seeds.nextLong()),
                        seeds.nextLong());
                List<OrganizationId> ids = new ArrayList<>();
                p.members().forEach(m -> ids.add(m.id()));
                ids.add(OrganizationId.of("nobody"));
                PartnershipOperator op =
                    FacetOperatorGenerators.operator(
                        p, ids, new SplittableRandom(seeds.nextLong()));
                String name = op.toString().substring(0, op.toString().indexOf('('));
                if (!applied.contains(name) && op.isApplicableTo(p)) {
                  applied.add(name);
                }
              }
              assertEquals(
                  FacetOperatorGenerators.KINDS,
                  applied.size(),
                  "operator names that applied: " + applied);
            });
  }

  @Test
  void replaceControlDropsTheControlAndAddsItsCounterpartRaisingTheBalance() {
    qt().forAll(
            FacetOperatorGenerators.partnershipsWithPracticeAndRisks(),
            Generate.enumValues(ControlMechanism.class))
        .checkAssert(
            (p, control) -> {
              Practice before = p.practice();
              PartnershipOperator op = PracticeOperators.replaceControl(control);
              if (!before.controls().contains(control)) {
                assertEquals(
                    Optional.of(
                        control
                            + " is not a control mechanism of p; controls are "
                            + before.controls()),
                    op.whyNotApplicable(p));
                return;
              }
              Practice after = p.with(op).practice();
              boolean counterpartInUse = before.trusts().contains(control.counterpart());
              assertEquals(
                  Sets.difference(before.controls(), Sets.newHashSet(control)), after.controls());
              assertTrue(after.trusts().contains(control.counterpart()));
              assertEquals(
                  before.trusts().size() + (counterpartInUse ? 0 : 1), after.trusts().size());
              assertEquals(
                  before.controls().size() + before.trusts().size() - (counterpartInUse ? 1 : 0),
                  after.controls().size() + after.trusts().size(),
                  "the number of mechanisms is kept unless the counterpart was in use");
              int t = after.trusts().stream().mapToInt(m -> m.weight()).sum();
              int c = after.controls().stream().mapToInt(m -> m.weight()).sum();
              Fraction reference = Fraction.of(t - c, t + c);
              assertEquals(reference, TrustControlBalance.of(after).orElseThrow().score());
              assertTrue(
                  reference.compareTo(TrustControlBalance.of(before).orElseThrow().score()) > 0,
                  "the balance rises");
              assertEquals(
                  TrustControlBalance.of(before).orElseThrow().suggestions().stream()
                      .filter(s -> s.replace() == control)
                      .findFirst()
                      .orElseThrow()
                      .after(),
                  reference,
                  "the operator does what the balance suggests");
            });
  }

  @Test
  void mitigateThenTheRiskIsMitigatedAndRemovingTheMitigationGivesItBack() {
    qt().forAll(FacetOperatorGenerators.partnershipsWithPracticeAndRisks(), longs().all())
        .assuming((p, seed) -> !p.risks().risks().isEmpty())
        .checkAssert(
            (p, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              Risk risk = p.risks().risks().get(r.nextInt(p.risks().risks().size()));
              OrganizationId funder = p.members().get(r.nextInt(p.members().size())).id();
              Mitigation m = Mitigation.fundedBy("Fresh mitigation " + seed, funder);
              Partnership next = p.with(RiskOperators.mitigate(risk.id(), m));
              Risk mitigated =
                  next.risks().risks().stream()
                      .filter(x -> x.id().equals(risk.id()))
                      .findFirst()
                      .orElseThrow();
              assertTrue(mitigated.isMitigated());
              assertEquals(m, mitigated.mitigations().get(mitigated.mitigations().size() - 1));
              assertEquals(risk.mitigations().size() + 1, mitigated.mitigations().size());
              assertEquals(
                  p.risks().risks().size(), next.risks().risks().size(), "no risk added or lost");
              assertEquals(
                  p, next.with(RiskOperators.removeMitigation(risk.id(), m.description())));
              Partnership unfundedThenFunded =
                  p.with(RiskOperators.mitigate(risk.id(), m.description()))
                      .with(RiskOperators.fundMitigation(risk.id(), m.description(), funder));
              assertEquals(next, unfundedThenFunded, "mitigate funded = mitigate, then fund");
            });
  }

  @Test
  void moveSecretariatKeepsExactlyOneSecretariatAndMovesTheRoleWithIt() {
    qt().forAll(
            ModelGenerators.partnershipsWithFacets()
                .map(
                    p ->
                        p.secretariat().isPresent()
                            ? p
                            : p.with(
                                PartnershipOperators.hostSecretariat(p.members().get(0).id()))),
            integers().between(0, 7))
        .checkAssert(
            (p, i) -> {
              OrganizationId from = p.secretariat().orElseThrow();
              OrganizationId to = p.members().get(i % p.members().size()).id();
              PartnershipOperator op = PartnershipOperators.moveSecretariat(from, to);
              if (to.equals(from)) {
                assertFalse(op.isApplicableTo(p));
                return;
              }
              Partnership next = p.with(op);
              assertInvariants(next);
              assertEquals(Optional.of(to), next.secretariat());
              assertTrue(next.member(to).orElseThrow().has(Role.SECRETARIAT));
              assertFalse(next.member(from).orElseThrow().has(Role.SECRETARIAT));
              assertEquals(p.with(PartnershipOperators.hostSecretariat(to)), next);
              for (Membership m : p.members()) {
                if (!m.id().equals(from) && !m.id().equals(to)) {
                  assertEquals(m, next.member(m.id()).orElseThrow(), "others keep their roles");
                }
              }
              Membership before = p.member(from).orElseThrow();
              if (before.roles().size() > 1 && !p.member(to).orElseThrow().has(Role.SECRETARIAT)) {
                assertEquals(p, next.with(PartnershipOperators.moveSecretariat(to, from)));
              }
            });
  }

  @Test
  void aFlexibleBudgetLineAddsItsShareOrSaysItWouldPassAllOfTheBudget() {
    qt().forAll(
            FacetOperatorGenerators.partnershipsWithPracticeAndRisks(),
            longs().between(1, Long.MAX_VALUE / 2),
            longs().between(0, Long.MAX_VALUE / 2))
        .checkAssert(
            (p, n, k) -> {
              Fraction share = Fraction.of(n, n + k); // in (0, 1]; n + k stays within a long
              Fraction before =
                  p.practice()
                      .budgetFlexibility()
                      .map(Facts.BudgetFlexibility::movableShare)
                      .orElse(Fraction.ZERO);
              PartnershipOperator op = PracticeOperators.addFlexibleBudgetLine(share);
              if (before.add(share).compareTo(Fraction.ONE) > 0) {
                assertTrue(op.whyNotApplicable(p).orElseThrow().contains("at most 100%"));
                return;
              }
              Facts.BudgetFlexibility after =
                  p.with(op).practice().budgetFlexibility().orElseThrow();
              assertEquals(before.add(share), after.movableShare());
              assertEquals(
                  p.practice()
                      .budgetFlexibility()
                      .map(Facts.BudgetFlexibility::whoMayMove)
                      .orElse(com.google.common.collect.ImmutableSet.of()),
                  after.whoMayMove());
            });
  }

  @Test
  void addingThenRemovingGivesBackAnEqualPartnership() {
    qt().forAll(
            FacetOperatorGenerators.partnershipsWithPracticeAndRisks(),
            Generate.enumValues(ControlMechanism.class),
            longs().all())
        .checkAssert(
            (p, control, seed) -> {
              if (!p.practice().controls().contains(control)) {
                assertEquals(
                    p,
                    p.with(PracticeOperators.addControl(control))
                        .with(PracticeOperators.removeControl(control)));
              }
              if (p.risks().civicSpace().isEmpty()) {
                assertEquals(
                    p,
                    p.with(RiskOperators.rateCivicSpace("UG", dev.partnership.risk.CivicSpace.OPEN))
                        .with(
                            RiskOperators.removeCivicSpaceRating(
                                dev.partnership.actors.CountryCode.of("UG"))));
              }
              Risk fresh =
                  Risk.builder()
                      .id("fresh")
                      .area(dev.partnership.risk.RiskArea.LEGAL_COMPLIANCE)
                      .description("Foreign agent law")
                      .likelihood(dev.partnership.risk.Likelihood.POSSIBLE)
                      .impact(dev.partnership.risk.Impact.MAJOR)
                      .bearer(p.members().get(0).id())
                      .build();
              assertEquals(
                  p, p.with(RiskOperators.addRisk(fresh)).with(RiskOperators.removeRisk("fresh")));
            });
  }
}
