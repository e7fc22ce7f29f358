package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.OrganizationId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * The Grand Bargain localisation measure (2016, commitment 2.4: at least 25% of funding to local
 * and national actors "as directly as possible", meaning directly or through at most one
 * intermediary) for one funder's money in one currency.
 *
 * <p>Money is traced through the network once, not at every level: an organisation passes on the
 * share of its income it spends on other organisations ({@code min(1, outflow / inflow)}, split
 * over its recipients by amount) and keeps the rest; the funder's money is counted where it is
 * kept, by the keeper's IASC locality and by the number of intermediaries it went through. Money
 * that circulates longer than {@value #MAX_DEPTH} steps (only possible in cycles) is reported as
 * {@link #untraced()}. Flows in other currencies are not mixed in: they are counted in {@link
 * #flowsInOtherCurrencies()} (convert them first with rates you choose).
 *
 * <p>Shares are computed in double precision over sums of non-negative terms; each share's
 * absolute error is at most {@link #errorBound()}, which is {@code (E + 2 * MAX_DEPTH) * 2^-53}
 * for a network of E flows.
 *
 * @param funder the funder traced
 * @param currency the currency traced
 * @param disbursed the funder's total outflow in that currency, exact
 * @param directToLocal share kept by local and national actors that received it directly
 * @param oneIntermediaryToLocal share kept by local and national actors through one intermediary
 * @param moreIntermediariesToLocal share kept by local and national actors through two or more
 * @param international share kept by international actors (at any depth)
 * @param untraced share still moving after {@value #MAX_DEPTH} steps
 * @param flowsInOtherCurrencies flows left out because they are in another currency
 * @param errorBound bound on the absolute error of each share
 */
public record Localisation(
    OrganizationId funder,
    Currency currency,
    Money disbursed,
    double directToLocal,
    double oneIntermediaryToLocal,
    double moreIntermediariesToLocal,
    double international,
    double untraced,
    int flowsInOtherCurrencies,
    double errorBound) {

  /** The most steps money is followed. */
  public static final int MAX_DEPTH = 64;

  /** The Grand Bargain's target share for local and national actors. */
  public static final double GRAND_BARGAIN_TARGET = 0.25;

  /** Returns the share reaching local and national actors "as directly as possible": directly or through one intermediary. */
  public double asDirectlyAsPossible() {
    return directToLocal + oneIntermediaryToLocal;
  }

  /** Returns the share reaching local and national actors by any route. */
  public double toLocalAndNational() {
    return directToLocal + oneIntermediaryToLocal + moreIntermediariesToLocal;
  }

  /** Returns whether the funder meets the Grand Bargain's 25% "as directly as possible". */
  public boolean meetsGrandBargainTarget() {
    return asDirectlyAsPossible() >= GRAND_BARGAIN_TARGET;
  }

  /**
   * Traces {@code funder}'s money in {@code currency} through {@code network}.
   *
   * @throws IllegalArgumentException if the funder is not in the network or disburses nothing in that currency
   */
  public static Localisation of(FundingNetwork network, OrganizationId funder, Currency currency) {
    checkNotNull(network, "network");
    checkNotNull(currency, "currency");
    FundingChains.checkFunder(network, funder);
    CompressedGraph g = network.compressed().get(currency);
    if (g == null || g.exactOutflow.get(funder) == null) {
      throw new IllegalArgumentException("funder (" + funder + ") must disburse something in " + currency);
    }
    int n = network.organizations().size();
    int other = (int) network.flows().stream().filter(x -> !x.amount().currency().equals(currency)).count();
    int[] start = g.start;
    int[] target = g.target;
    double[] weight = g.weight;
    double[] out = g.out;
    double[] in = g.in;
    boolean[] local = g.local;
    int f = g.index.get(funder);
    BigDecimal disbursed = g.exactOutflow.get(funder);
    double[] mass = new double[n];
    for (int k = start[f]; k < start[f + 1]; k++) {
      mass[target[k]] += weight[k] / out[f];
    }
    double[] kept = new double[3];
    double international = 0;
    double[] next = new double[n];
    double moving = 1;
    for (int depth = 0; depth < MAX_DEPTH && moving > 0; depth++) {
      moving = 0;
      java.util.Arrays.fill(next, 0);
      for (int x = 0; x < n; x++) {
        double m = mass[x];
        if (m == 0) {
          continue;
        }
        double pass = in[x] > 0 ? Math.min(1, out[x] / in[x]) : (out[x] > 0 ? 1 : 0);
        double keep = m * (1 - pass);
        if (local[x]) {
          kept[Math.min(depth, 2)] += keep;
        } else {
          international += keep;
        }
        if (pass > 0) {
          double perUnit = m * pass / out[x];
          for (int k = start[x]; k < start[x + 1]; k++) {
            next[target[k]] += perUnit * weight[k];
          }
          moving += m * pass;
        }
      }
      double[] t = mass;
      mass = next;
      next = t;
    }
    double untraced = 0;
    for (double m : mass) {
      untraced += m;
    }
    double bound = (network.flows().size() + 2.0 * MAX_DEPTH) * Math.ulp(1.0) / 2;
    return new Localisation(
        funder, currency, Money.of(disbursed, currency), kept[0], kept[1], kept[2], international, untraced, other, bound);
  }

  /** Returns a one-line summary with percentages. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s, %s disbursed: local/national directly %.1f%%, through one intermediary %.1f%%, through more %.1f%%;"
            + " international %.1f%%; untraced %.1f%%; as directly as possible %.1f%% (Grand Bargain target 25%%: %s)",
        funder,
        disbursed,
        100 * directToLocal,
        100 * oneIntermediaryToLocal,
        100 * moreIntermediariesToLocal,
        100 * international,
        100 * untraced,
        100 * asDirectlyAsPossible(),
        meetsGrandBargainTarget() ? "met" : "not met");
  }
}
