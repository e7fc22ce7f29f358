package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                Localisation l = Localisation.of(net, funder(net), EUR, LocalisationScope.all().definition(d));
                double kept = l.directToLocal() + l.oneIntermediaryToLocal() + l.moreIntermediariesToLocal();
                assertEquals(1.0, kept + l.international() + l.unclassified() + l.untraced(), 1e-9, l.toString());
                // money kept by a local actor first reached a local actor at the same depth or before
                assertTrue(l.directToLocal() <= l.receivedDirectly() + 1e-9, l.toString());
                assertTrue(l.keptAsDirectlyAsPossible() <= l.asDirectlyAsPossible() + 1e-9, l.toString());
                assertTrue(kept <= l.toLocalAndNational() + 1e-9, l.toString());
                assertFalse(l.toString().contains("NaN"));
                BigDecimal listed = l.countedAsLocal().stream().map(c -> c.received().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal expected = l.amount(Math.min(1, l.toLocalAndNational())).amount();
                assertTrue(listed.subtract(expected).abs().compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(net.organizations().size() + 1))) <= 0,
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
              Fraction exact = FundingShares.byRecipientLocality(net, funder(net), EUR).getOrDefault(Locality.LOCAL_OR_NATIONAL, Fraction.ZERO);
              assertEquals(exact.doubleValue(), Localisation.of(net, funder(net), EUR).receivedDirectly(), 1e-9);
            });
  }
}
