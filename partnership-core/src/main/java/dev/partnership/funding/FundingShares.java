package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Locality;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Exact shares of a funder's direct flows in one currency: per year, per recipient locality,
 * unearmarked, multi-year. Flows of unknown earmarking count as not unearmarked. Reversals
 * (negative flows) are netted per recipient (and kind) first; a net that is not positive is left
 * out, as in {@link Localisation}, so every share is in [0, 1].
 *
 * <pre>{@code
 * FundingShares.byRecipientLocality(net, mfa.id(), Money.currency("EUR"))   // {LOCAL_OR_NATIONAL=1/8, INTERNATIONAL=7/8}
 * FundingShares.unearmarked(net, mfa.id(), Money.currency("EUR"))
 * }</pre>
 */
public final class FundingShares {
  private FundingShares() {}

  /**
   * Returns the funder's outflow per year (reversals subtracted), in ascending year order.
   *
   * @throws IllegalArgumentException if the funder is not in the network or a year's outflow
   *     reaches 10^100 ({@link Money}'s bound)
   */
  public static ImmutableMap<Integer, Money> byYear(
      FundingNetwork network, OrganizationId funder, Currency currency) {
    Map<Integer, BigDecimal> m = new TreeMap<>();
    for (FundingFlow f : direct(network, funder, currency)) {
      m.merge(f.year(), f.amount().amount(), BigDecimal::add);
    }
    return m.entrySet().stream()
        .collect(
            ImmutableMap.toImmutableMap(
                Map.Entry::getKey,
                e ->
                    Money.computed(
                        e.getValue(), currency, "outflow of " + funder + " in " + e.getKey())));
  }

  /**
   * Returns the share of the funder's outflow per recipient locality (IASC), over its flows netted
   * per recipient.
   *
   * @throws IllegalArgumentException if the funder is not in the network or its flows net to
   *     nothing
   */
  public static ImmutableMap<Locality, Fraction> byRecipientLocality(
      FundingNetwork network, OrganizationId funder, Currency currency) {
    Map<List<Object>, BigDecimal> nets = nets(network, funder, currency, f -> true);
    BigDecimal total = positive(nets, k -> true);
    ratio(total, total);
    Map<Locality, BigDecimal> m = new TreeMap<>();
    nets.forEach(
        (k, v) -> {
          if (v.signum() > 0) {
            m.merge(
                network.organization((OrganizationId) k.get(0)).orElseThrow().locality(),
                v,
                BigDecimal::add);
          }
        });
    return m.entrySet().stream()
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ratio(e.getValue(), total)));
  }

  /**
   * Returns the share of the funder's outflow that is unearmarked, over its flows netted per
   * recipient and earmarking.
   *
   * @throws IllegalArgumentException if the funder is not in the network or its flows net to
   *     nothing
   */
  public static Fraction unearmarked(
      FundingNetwork network, OrganizationId funder, Currency currency) {
    return share(
        network,
        funder,
        currency,
        f -> f.earmarking().filter(e -> e == Earmarking.UNEARMARKED).isPresent());
  }

  /**
   * Returns the share of the funder's outflow that is multi-year, over its flows netted per
   * recipient and duration.
   *
   * @throws IllegalArgumentException if the funder is not in the network or its flows net to
   *     nothing
   */
  public static Fraction multiYear(
      FundingNetwork network, OrganizationId funder, Currency currency) {
    return share(network, funder, currency, FundingFlow::multiYear);
  }

  private static Fraction share(
      FundingNetwork network,
      OrganizationId funder,
      Currency currency,
      Predicate<FundingFlow> which) {
    Map<List<Object>, BigDecimal> nets = nets(network, funder, currency, which::test);
    return ratio(positive(nets, k -> Boolean.TRUE.equals(k.get(1))), positive(nets, k -> true));
  }

  /**
   * Returns the funder's flows in {@code currency} netted per recipient and category: reversals
   * (negative flows) cancel payments of the same kind to the same recipient, and a net that is not
   * positive is left out of every share, so that shares stay in [0, 1].
   */
  private static Map<List<Object>, BigDecimal> nets(
      FundingNetwork network,
      OrganizationId funder,
      Currency currency,
      Function<FundingFlow, Object> category) {
    Map<List<Object>, BigDecimal> nets = new LinkedHashMap<>();
    for (FundingFlow f : direct(network, funder, currency)) {
      nets.merge(List.of(f.recipient(), category.apply(f)), f.amount().amount(), BigDecimal::add);
    }
    return nets;
  }

  private static BigDecimal positive(
      Map<List<Object>, BigDecimal> nets, Predicate<List<Object>> which) {
    return nets.entrySet().stream()
        .filter(e -> e.getValue().signum() > 0 && which.test(e.getKey()))
        .map(Map.Entry::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Returns the exact ratio of two decimals. */
  static Fraction ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      throw new IllegalArgumentException(
          "total (0) of the funder's flows must not be zero to take shares");
    }
    return Fraction.of(part).divide(Fraction.of(whole));
  }

  private static List<FundingFlow> direct(
      FundingNetwork network, OrganizationId funder, Currency currency) {
    checkNotNull(network, "network");
    checkNotNull(currency, "currency");
    FundingChains.checkFunder(network, funder);
    return network.flows().stream()
        .filter(f -> f.provider().equals(funder) && f.amount().currency().equals(currency))
        .collect(Collectors.toList());
  }
}
