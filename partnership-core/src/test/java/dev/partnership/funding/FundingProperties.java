package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Laws of the localisation figure, against plain exact references where there is one. */
class FundingProperties {
  static final Currency EUR = Money.currency("EUR");

  static OrganizationId funder(FundingNetwork net) {
    return net.organizations().get(0).id();
  }

  @Test
  void everyShareOfTheMoneyEndsSomewhere() {
    qt().forAll(FundingGenerators.networks())
        .assuming(net -> net.organizations().size() >= 2)
        .checkAssert(
            net -> {
              for (LocalityDefinition d : LocalityDefinition.values()) {
                Localisation l =
                    Localisation.of(net, funder(net), EUR, LocalisationScope.all().definition(d));
                double kept =
                    l.directToLocal() + l.oneIntermediaryToLocal() + l.moreIntermediariesToLocal();
                assertEquals(
                    1.0,
                    kept + l.international() + l.unclassified() + l.untraced(),
                    1e-9,
                    l.toString());
                // money kept by a local actor first reached a local actor at the same depth or
                // before
                assertTrue(l.directToLocal() <= l.receivedDirectly() + 1e-9, l.toString());
                assertTrue(
                    l.keptAsDirectlyAsPossible() <= l.asDirectlyAsPossible() + 1e-9, l.toString());
                assertTrue(kept <= l.toLocalAndNational() + 1e-9, l.toString());
                assertFalse(l.toString().contains("NaN"));
                BigDecimal listed =
                    l.countedAsLocal().stream()
                        .map(c -> c.received().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal expected = l.amount(Math.min(1, l.toLocalAndNational())).amount();
                assertTrue(
                    listed
                            .subtract(expected)
                            .abs()
                            .compareTo(
                                new BigDecimal("0.01")
                                    .multiply(BigDecimal.valueOf(net.organizations().size() + 1)))
                        <= 0,
                    listed + " vs " + expected);
              }
            });
  }

  @Test
  void receivedDirectlyIsTheExactShareOfDirectFlowsToLocalActors() {
    qt().forAll(FundingGenerators.networks())
        .assuming(net -> net.organizations().size() >= 2)
        .checkAssert(
            net -> {
              Fraction exact =
                  FundingShares.byRecipientLocality(net, funder(net), EUR)
                      .getOrDefault(Locality.LOCAL_OR_NATIONAL, Fraction.ZERO);
              assertEquals(
                  exact.doubleValue(),
                  Localisation.of(net, funder(net), EUR).receivedDirectly(),
                  1e-9);
            });
  }

  /** Returns whether the funder's flows net to something (reversals need not cancel them all). */
  static boolean traceable(FundingNetwork net) {
    return net.organizations().size() >= 2
        && new PathReference(net, funder(net), LocalisationScope.all()).total.signum() > 0;
  }

  @Test
  void aFunderWhoseFlowsNetToNothingIsRefusedByFigureAndSharesAlike() {
    qt().forAll(FundingGenerators.acyclicNetworks())
        .assuming(net -> net.organizations().size() >= 2)
        .checkAssert(
            generated -> {
              // every flow of the funder reversed once more: its flows net to zero or less
              FundingNetwork.Builder b = FundingNetwork.builder().from(generated);
              generated.flows().stream()
                  .filter(f -> f.provider().equals(funder(generated)))
                  .forEach(
                      f ->
                          b.addFlows(
                              FundingFlow.builder()
                                  .from(f)
                                  .amount(Money.of(f.amount().amount().negate(), EUR))
                                  .build()));
              FundingNetwork net = b.build();
              String figure =
                  assertThrows(
                          IllegalArgumentException.class,
                          () -> Localisation.of(net, funder(net), EUR))
                      .getMessage();
              assertTrue(figure.contains("must disburse something in EUR"), figure);
              assertEquals(
                  "total (0) of the funder's flows must not be zero to take shares",
                  assertThrows(
                          IllegalArgumentException.class,
                          () -> FundingShares.byRecipientLocality(net, funder(net), EUR))
                      .getMessage());
            });
  }

  /**
   * The fast trace against a plain reference: every path from the funder enumerated on an acyclic
   * network, with exact fractions, amounts from 10^-93 to 10^96 and reversals.
   */
  @Test
  void theTraceEqualsPathEnumerationOnAcyclicNetworks() {
    qt().forAll(FundingGenerators.acyclicNetworks())
        .assuming(FundingProperties::traceable)
        .checkAssert(
            net -> {
              for (LocalityDefinition d : LocalityDefinition.values()) {
                LocalisationScope scope = LocalisationScope.all().definition(d);
                Localisation l = Localisation.of(net, funder(net), EUR, scope);
                PathReference r = new PathReference(net, funder(net), scope);
                double[] fast = {
                  l.receivedDirectly(),
                  l.receivedThroughOneIntermediary(),
                  l.receivedThroughMore(),
                  l.directToLocal(),
                  l.oneIntermediaryToLocal(),
                  l.moreIntermediariesToLocal(),
                  l.international(),
                  l.unclassified()
                };
                for (int i = 0; i < fast.length; i++) {
                  assertEquals(r.shares[i].doubleValue(), fast[i], 1e-12, i + ": " + l);
                  assertTrue(fast[i] >= 0 && fast[i] <= 1 + l.errorBound(), l.toString());
                }
                assertEquals(0.0, l.untraced());
                assertEquals(r.negativeNets, l.negativeNetsLeftOut());
                assertEquals(0, Money.of(r.total, EUR).compareTo(l.disbursed()));
              }
            });
  }

  @Test
  void directSharesStayInTheUnitIntervalWithReversals() {
    qt().forAll(FundingGenerators.acyclicNetworks())
        .assuming(FundingProperties::traceable)
        .checkAssert(
            net -> {
              Fraction sum = Fraction.ZERO;
              for (Fraction f : FundingShares.byRecipientLocality(net, funder(net), EUR).values()) {
                assertTrue(f.signum() > 0 && f.compareTo(Fraction.ONE) <= 0, f.toString());
                sum = sum.add(f);
              }
              assertEquals(Fraction.ONE, sum);
              Fraction u = FundingShares.unearmarked(net, funder(net), EUR);
              assertTrue(u.signum() >= 0 && u.compareTo(Fraction.ONE) <= 0, u.toString());
              Fraction exact =
                  FundingShares.byRecipientLocality(net, funder(net), EUR)
                      .getOrDefault(Locality.LOCAL_OR_NATIONAL, Fraction.ZERO);
              assertEquals(
                  exact.doubleValue(),
                  Localisation.of(net, funder(net), EUR).receivedDirectly(),
                  1e-12);
            });
  }
}
