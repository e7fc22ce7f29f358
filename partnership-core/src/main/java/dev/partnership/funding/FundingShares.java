package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Locality;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Exact shares of a funder's direct flows in one currency: per year, per recipient locality,
 * unearmarked, multi-year. Flows of unknown earmarking count as not unearmarked.
 *
 * <pre>{@code
 * FundingShares.byRecipientLocality(net, mfa, Money.currency("EUR"))   // {LOCAL_OR_NATIONAL=1/8, INTERNATIONAL=7/8}
 * FundingShares.unearmarked(net, mfa, Money.currency("EUR"))
 * }</pre>
 */
public final class FundingShares {
  private FundingShares() {}

  /** Returns the funder's outflow per year, in ascending year order. */
  public static ImmutableMap<Integer, Money> byYear(FundingNetwork network, OrganizationId funder, Currency currency) {
    Map<Integer, BigDecimal> m = new TreeMap<>();
    for (FundingFlow f : direct(network, funder, currency)) {
      m.merge(f.year(), f.amount().amount(), BigDecimal::add);
    }
    return m.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> Money.of(e.getValue(), currency)));
  }

  /** Returns the share of the funder's outflow per recipient locality. */
  public static ImmutableMap<Locality, Fraction> byRecipientLocality(FundingNetwork network, OrganizationId funder, Currency currency) {
    List<FundingFlow> flows = direct(network, funder, currency);
    BigDecimal total = sum(flows, f -> true);
    Map<Locality, BigDecimal> m = new TreeMap<>();
    for (FundingFlow f : flows) {
      m.merge(network.organization(f.recipient()).orElseThrow().locality(), f.amount().amount(), BigDecimal::add);
    }
    return m.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ratio(e.getValue(), total)));
  }

  /** Returns the share of the funder's outflow that is unearmarked. */
  public static Fraction unearmarked(FundingNetwork network, OrganizationId funder, Currency currency) {
    List<FundingFlow> flows = direct(network, funder, currency);
    return ratio(sum(flows, f -> f.earmarking().filter(e -> e == Earmarking.UNEARMARKED).isPresent()), sum(flows, f -> true));
  }

  /** Returns the share of the funder's outflow that is multi-year. */
  public static Fraction multiYear(FundingNetwork network, OrganizationId funder, Currency currency) {
    List<FundingFlow> flows = direct(network, funder, currency);
    return ratio(sum(flows, FundingFlow::multiYear), sum(flows, f -> true));
  }

  /** Returns the exact ratio of two decimals. */
  static Fraction ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      throw new IllegalArgumentException("total (0) of the funder's flows must not be zero to take shares");
    }
    return Fraction.of(part).divide(Fraction.of(whole));
  }

  private static BigDecimal sum(List<FundingFlow> flows, Predicate<FundingFlow> which) {
    return flows.stream().filter(which).map(f -> f.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<FundingFlow> direct(FundingNetwork network, OrganizationId funder, Currency currency) {
    checkNotNull(network, "network");
    checkNotNull(currency, "currency");
    FundingChains.checkFunder(network, funder);
    return network.flows().stream()
        .filter(f -> f.provider().equals(funder) && f.amount().currency().equals(currency))
        .collect(Collectors.toList());
  }
}
