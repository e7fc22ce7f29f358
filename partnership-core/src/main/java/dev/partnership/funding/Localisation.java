package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnership.actors.Locality;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.LocalityVerdict;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Grand Bargain localisation figure (2016, commitment 2.4: at least 25% of humanitarian funding
 * to local and national actors "as directly as possible", meaning directly or through at most one
 * intermediary) for one funder's money in one currency, as a signatory could publish it.
 *
 * <p>What it counts is a {@link LocalisationScope}: a {@link LocalityDefinition} (IASC by default),
 * an aid-recipient list, one year of the funder's flows or all, and humanitarian funding only or
 * all. It reports money <em>received</em> by local and national actors (where the funder's money
 * first reaches one) and money <em>kept</em> by them (what they do not pass on), each directly,
 * through one intermediary and through more; the money kept by organisations it could not classify
 * ({@link Locality#UNKNOWN}, never counted as local); and the organisations it counted as local or
 * national, with identifiers, amounts and reasons, so a reader can check it.
 *
 * <p>Money is traced through the whole network (flows of every year downstream of the funder's
 * flows in scope): an organisation passes on the share of its income it spends on other
 * organisations ({@code min(1, outflow / inflow)}, split over its recipients by amount) and keeps
 * the rest. Money still moving after {@value #MAX_DEPTH} steps (in cycles, or on chains of more
 * than {@value #MAX_DEPTH} organisations) is {@link #untraced()}. Flows in other currencies are not
 * mixed in ({@link #flowsInOtherCurrencies()}; convert them first with rates you choose).
 *
 * <p>Reversals (negative flows, which IATI allows) are netted per provider and recipient: the
 * funder's flows in scope, everyone else's over all years. A pair that nets to a negative amount is
 * left out and counted ({@link #negativeNetsLeftOut()}); every share stays in [0, 1].
 *
 * <p>Pooled funds: the data carries no pooled-fund mark, so a pooled fund counts as the
 * organisation its type and country make it. A fund managed in the recipient country (a national
 * NGO or state body there) is a local actor, and money through it counts as received by a local
 * actor directly; an international pooled fund (multilateral, e.g. OCHA's country-based pooled
 * funds) is one intermediary ({@link #pooledFunds()} says so with each figure).
 *
 * <p>Shares are computed in double precision over sums of non-negative terms; each share's absolute
 * error is at most {@link #errorBound()}, {@code (E + 2 * MAX_DEPTH) * 2^-53} for a network of E
 * flows. Amounts are the exact disbursement times a share, rounded to cents. {@link Money}'s bounds
 * (below 10^100, at most 100 decimals) keep every double clear of overflow and underflow, so any
 * network that can be built can be traced.
 *
 * <pre>{@code
 * Localisation l = Localisation.of(net, OrganizationId.of("XM-DAC-7"), Money.currency("EUR"));
 * l.asDirectlyAsPossible()     // share received by local and national actors directly or through one intermediary
 * l.countedAsLocal()           // who, with identifier, amount and reason
 * Localisation.of(net, mfa, eur, LocalisationScope.all().definition(LocalityDefinition.CHARTER4CHANGE).year(2020))
 * }</pre>
 */
public final class Localisation {

  /** The most steps money is followed. */
  public static final int MAX_DEPTH = 64;

  /** The Grand Bargain's target share for local and national actors. */
  public static final double GRAND_BARGAIN_TARGET = 0.25;

  /** How pooled funds are treated; see the class comment. */
  public static final String POOLED_FUNDS =
      "pooled funds are not marked in the data: each counts as its type and country make it (a fund managed in the"
          + " recipient country is a local actor; an international or multilateral pooled fund is one intermediary)";

  private final OrganizationId funder;
  private final Currency currency;
  private final LocalisationScope scope;
  private final Money disbursed;
  private final double[] received;
  private final double[] kept;
  private final double international;
  private final double unclassified;
  private final double untraced;
  private final ImmutableList<CountedRecipient> countedAsLocal;
  private final int flowsInOtherCurrencies;
  private final int flowsOfUnknownScope;
  private final int negativeNetsLeftOut;
  private final double errorBound;

  private Localisation(
      OrganizationId funder,
      Currency currency,
      LocalisationScope scope,
      Money disbursed,
      double[] received,
      double[] kept,
      double international,
      double unclassified,
      double untraced,
      ImmutableList<CountedRecipient> countedAsLocal,
      int flowsInOtherCurrencies,
      int flowsOfUnknownScope,
      int negativeNetsLeftOut,
      double errorBound) {
    this.funder = funder;
    this.currency = currency;
    this.scope = scope;
    this.disbursed = disbursed;
    this.received = received;
    this.kept = kept;
    this.international = international;
    this.unclassified = unclassified;
    this.untraced = untraced;
    this.countedAsLocal = countedAsLocal;
    this.flowsInOtherCurrencies = flowsInOtherCurrencies;
    this.flowsOfUnknownScope = flowsOfUnknownScope;
    this.negativeNetsLeftOut = negativeNetsLeftOut;
    this.errorBound = errorBound;
  }

  /**
   * Traces {@code funder}'s money in {@code currency} through {@code network} under the default
   * scope (IASC, the DAC list 2024-2025, every year, all funding).
   *
   * @throws IllegalArgumentException if the funder is not in the network or disburses nothing in
   *     that currency
   */
  public static Localisation of(FundingNetwork network, OrganizationId funder, Currency currency) {
    return of(network, funder, currency, LocalisationScope.all());
  }

  /**
   * Traces {@code funder}'s money in {@code currency} through {@code network}, counting what {@code
   * scope} says.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the funder is not in the network, disburses nothing in
   *     scope (its flows in scope net to nothing), or its disbursement in scope reaches 10^100
   *     ({@link Money}'s bound)
   */
  public static Localisation of(
      FundingNetwork network, OrganizationId funder, Currency currency, LocalisationScope scope) {
    checkNotNull(network, "network");
    checkNotNull(currency, "currency");
    checkNotNull(scope, "scope");
    FundingChains.checkFunder(network, funder);
    CompressedGraph g = network.compressed().get(currency);
    checkArgument(
        g != null
            && network.flows().stream()
                .anyMatch(
                    x -> x.provider().equals(funder) && x.amount().currency().equals(currency)),
        "funder (%s) must disburse something in %s",
        funder,
        currency);
    Start s = new Start(network, funder, currency, scope);
    checkArgument(
        s.total.signum() > 0,
        "funder (%s) must disburse something in %s in scope (%s)",
        funder,
        currency,
        scope);
    Money disbursed = Money.computed(s.total, currency, "disbursement of " + funder + " in scope");
    int n = network.organizations().size();
    // amounts are below 10^100 and at least 10^-100 (Money's bounds), so the doubles below neither
    // overflow nor underflow: sums of up to 2^31 flows stay below 10^110
    double totalDouble = s.total.doubleValue();
    LocalityVerdict[] verdicts = new LocalityVerdict[n];
    for (int i = 0; i < n; i++) {
      verdicts[i] = scope.definition().assess(network.organizations().get(i), scope.recipients());
    }
    double[] initial = new double[n];
    s.perRecipient.forEach(
        (r, v) -> initial[g.index.get(r)] += v.signum() > 0 ? v.doubleValue() / totalDouble : 0);
    Trace absorbed = trace(g, verdicts, initial, true);
    Trace passed = trace(g, verdicts, initial, false);
    ImmutableList<CountedRecipient> counted =
        counted(network, verdicts, absorbed, s.total, currency);
    double bound = (network.flows().size() + 2.0 * MAX_DEPTH) * Math.ulp(1.0) / 2;
    return new Localisation(
        funder,
        currency,
        scope,
        disbursed,
        absorbed.local,
        passed.local,
        passed.rest[0],
        passed.rest[1],
        passed.rest[2],
        counted,
        s.otherCurrencies,
        s.unknownScope,
        s.negativeNets,
        bound);
  }

  /** The funder's flows in scope, netted per recipient, and what was left out of them. */
  private static final class Start {
    final Map<OrganizationId, BigDecimal> perRecipient = new LinkedHashMap<>();
    final BigDecimal total;
    final int otherCurrencies;
    final int unknownScope;
    final int negativeNets;

    Start(
        FundingNetwork network, OrganizationId funder, Currency currency, LocalisationScope scope) {
      Map<List<OrganizationId>, BigDecimal> downstream = new HashMap<>();
      int other = 0;
      int unknown = 0;
      for (FundingFlow x : network.flows()) {
        if (!x.amount().currency().equals(currency)) {
          other++;
        } else if (!x.provider().equals(funder)) {
          downstream.merge(
              List.of(x.provider(), x.recipient()), x.amount().amount(), BigDecimal::add);
        } else {
          if (scope.humanitarianOnly()
              && x.humanitarian().isEmpty()
              && scope.year().map(y -> y == x.year()).orElse(true)) {
            unknown++;
          }
          if (scope.includes(x)) {
            perRecipient.merge(x.recipient(), x.amount().amount(), BigDecimal::add);
          }
        }
      }
      otherCurrencies = other;
      unknownScope = unknown;
      negativeNets =
          (int)
              Stream.concat(perRecipient.values().stream(), downstream.values().stream())
                  .filter(v -> v.signum() < 0)
                  .count();
      total =
          perRecipient.values().stream()
              .filter(v -> v.signum() > 0)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * Returns the figure for each year of the funder's flows in {@code scope}'s other respects, in
   * year order; a year whose flows in scope net to nothing (reversals cancelling the payments) has
   * no figure.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the funder is not in the network
   */
  public static ImmutableSortedMap<Integer, Localisation> byYear(
      FundingNetwork network, OrganizationId funder, Currency currency, LocalisationScope scope) {
    checkNotNull(network, "network");
    checkNotNull(currency, "currency");
    checkNotNull(scope, "scope");
    FundingChains.checkFunder(network, funder);
    ImmutableSortedSet<Integer> years =
        network.flows().stream()
            .filter(x -> x.provider().equals(funder) && x.amount().currency().equals(currency))
            .map(FundingFlow::year)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    ImmutableSortedMap.Builder<Integer, Localisation> b = ImmutableSortedMap.naturalOrder();
    for (int y : years) {
      if (new Start(network, funder, currency, scope.year(y)).total.signum() > 0) {
        b.put(y, of(network, funder, currency, scope.year(y)));
      }
    }
    return b.build();
  }

  /** Returns the figure under each {@link LocalityDefinition}, in declaration order. */
  public static ImmutableMap<LocalityDefinition, Localisation> byDefinition(
      FundingNetwork network, OrganizationId funder, Currency currency, LocalisationScope scope) {
    checkNotNull(scope, "scope");
    ImmutableMap.Builder<LocalityDefinition, Localisation> b = ImmutableMap.builder();
    for (LocalityDefinition d : LocalityDefinition.values()) {
      b.put(d, of(network, funder, currency, scope.definition(d)));
    }
    return b.build();
  }

  /**
   * Shares of the funder's money by where it ends (kept) or first reaches a local actor (absorbed).
   */
  private static final class Trace {
    final double[] local = new double[3];
    final double[] atLocal;
    final int[] firstDepth;

    /** International, unknown, untraced. */
    final double[] rest = new double[3];

    Trace(int n) {
      atLocal = new double[n];
      firstDepth = new int[n];
      Arrays.fill(firstDepth, -1);
    }
  }

  private static Trace trace(
      CompressedGraph g, LocalityVerdict[] verdicts, double[] initial, boolean absorbAtLocal) {
    int n = initial.length;
    Trace t = new Trace(n);
    double[] mass = initial.clone();
    double[] next = new double[n];
    double moving = 1;
    for (int depth = 0; depth < MAX_DEPTH && moving > 0; depth++) {
      moving = 0;
      Arrays.fill(next, 0);
      for (int x = 0; x < n; x++) {
        double m = mass[x];
        if (m == 0) {
          continue;
        }
        Locality l = verdicts[x].locality();
        if (absorbAtLocal && l == Locality.LOCAL_OR_NATIONAL) {
          t.local[Math.min(depth, 2)] += m;
          t.atLocal[x] += m;
          if (t.firstDepth[x] < 0) {
            t.firstDepth[x] = depth;
          }
          continue;
        }
        double pass = g.in[x] > 0 ? Math.min(1, g.out[x] / g.in[x]) : (g.out[x] > 0 ? 1 : 0);
        double keep = m * (1 - pass);
        if (!absorbAtLocal) {
          if (l == Locality.LOCAL_OR_NATIONAL) {
            t.local[Math.min(depth, 2)] += keep;
          } else if (l == Locality.INTERNATIONAL) {
            t.rest[0] += keep;
          } else {
            t.rest[1] += keep;
          }
        }
        if (pass > 0) {
          double perUnit = m * pass / g.out[x];
          for (int k = g.start[x]; k < g.start[x + 1]; k++) {
            next[g.target[k]] += perUnit * g.weight[k];
          }
          moving += m * pass;
        }
      }
      double[] swap = mass;
      mass = next;
      next = swap;
    }
    for (double m : mass) {
      t.rest[2] += m;
    }
    return t;
  }

  private static ImmutableList<CountedRecipient> counted(
      FundingNetwork network,
      LocalityVerdict[] verdicts,
      Trace absorbed,
      BigDecimal total,
      Currency currency) {
    List<CountedRecipient> out = new ArrayList<>();
    for (int i = 0; i < verdicts.length; i++) {
      if (absorbed.atLocal[i] > 0) {
        Organization o = network.organizations().get(i);
        BigDecimal amount =
            total
                .multiply(BigDecimal.valueOf(absorbed.atLocal[i]))
                .setScale(2, RoundingMode.HALF_EVEN);
        out.add(
            new CountedRecipient(
                o.id(),
                o.name(),
                Money.of(amount, currency),
                absorbed.firstDepth[i],
                verdicts[i].reason()));
      }
    }
    out.sort(
        Comparator.comparing((CountedRecipient c) -> c.received().amount())
            .reversed()
            .thenComparing(CountedRecipient::id));
    return ImmutableList.copyOf(out);
  }

  /** Returns the funder traced. */
  public OrganizationId funder() {
    return funder;
  }

  /** Returns the currency traced. */
  public Currency currency() {
    return currency;
  }

  /** Returns what this figure counts. */
  public LocalisationScope scope() {
    return scope;
  }

  /** Returns the funder's flows in scope, exact. */
  public Money disbursed() {
    return disbursed;
  }

  /** Returns the share received by local and national actors directly from the funder. */
  public double receivedDirectly() {
    return received[0];
  }

  /** Returns the share that first reached a local or national actor through one intermediary. */
  public double receivedThroughOneIntermediary() {
    return received[1];
  }

  /**
   * Returns the share that first reached a local or national actor through two or more
   * intermediaries.
   */
  public double receivedThroughMore() {
    return received[2];
  }

  /** Returns the share kept by local and national actors that received it directly. */
  public double directToLocal() {
    return kept[0];
  }

  /** Returns the share kept by local and national actors through one intermediary. */
  public double oneIntermediaryToLocal() {
    return kept[1];
  }

  /** Returns the share kept by local and national actors through two or more intermediaries. */
  public double moreIntermediariesToLocal() {
    return kept[2];
  }

  /** Returns the share kept by international actors (at any depth). */
  public double international() {
    return international;
  }

  /** Returns the share kept by organisations whose locality is unknown (never counted as local). */
  public double unclassified() {
    return unclassified;
  }

  /** Returns the amount kept by organisations whose locality is unknown, rounded to cents. */
  public Money unclassifiedAmount() {
    return amount(unclassified);
  }

  /** Returns the share still moving after {@value #MAX_DEPTH} steps. */
  public double untraced() {
    return untraced;
  }

  /**
   * Returns the organisations counted as local or national, most money received first (ties by id).
   */
  public ImmutableList<CountedRecipient> countedAsLocal() {
    return countedAsLocal;
  }

  /** Returns the number of flows left out because they are in another currency. */
  public int flowsInOtherCurrencies() {
    return flowsInOtherCurrencies;
  }

  /**
   * Returns the number of the funder's flows left out of a humanitarian-only figure because their
   * mark is unknown.
   */
  public int flowsOfUnknownScope() {
    return flowsOfUnknownScope;
  }

  /**
   * Returns the number of provider-recipient pairs whose flows in this currency net to a negative
   * amount (reversals larger than the payments): the funder's in scope and everyone else's over all
   * years. They are left out of the figure; a pair that nets to zero carries no money.
   */
  public int negativeNetsLeftOut() {
    return negativeNetsLeftOut;
  }

  /** Returns the bound on the absolute error of each share. */
  public double errorBound() {
    return errorBound;
  }

  /** Returns how pooled funds were treated. */
  public String pooledFunds() {
    return POOLED_FUNDS;
  }

  /**
   * Returns the share received by local and national actors "as directly as possible": directly or
   * through one intermediary.
   */
  public double asDirectlyAsPossible() {
    return received[0] + received[1];
  }

  /**
   * Returns the share kept by local and national actors that got it directly or through one
   * intermediary.
   */
  public double keptAsDirectlyAsPossible() {
    return kept[0] + kept[1];
  }

  /** Returns the share received by local and national actors by any route. */
  public double toLocalAndNational() {
    return received[0] + received[1] + received[2];
  }

  /**
   * Returns whether the funder meets the Grand Bargain's 25% "as directly as possible" (money
   * received), up to the shares' stated rounding error ({@link #errorBound()}): a funder that gives
   * exactly a quarter meets it even when the double sum of its shares comes out a unit in the last
   * place below 0.25 (six recipients of 1 EUR out of 24 EUR sum to 0.24999999999999997).
   */
  public boolean meetsGrandBargainTarget() {
    return asDirectlyAsPossible() + errorBound >= GRAND_BARGAIN_TARGET;
  }

  /** Returns {@code share} of the disbursement, rounded to cents. */
  public Money amount(double share) {
    checkArgument(share >= 0 && share <= 1 + errorBound, "share (%s) must be in [0, 1]", share);
    return Money.of(
        disbursed.amount().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_EVEN),
        currency);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Localisation)) {
      return false;
    }
    Localisation l = (Localisation) o;
    return funder.equals(l.funder)
        && currency.equals(l.currency)
        && scope.equals(l.scope)
        && disbursed.equals(l.disbursed)
        && Arrays.equals(received, l.received)
        && Arrays.equals(kept, l.kept)
        && international == l.international
        && unclassified == l.unclassified
        && untraced == l.untraced
        && countedAsLocal.equals(l.countedAsLocal)
        && flowsInOtherCurrencies == l.flowsInOtherCurrencies
        && flowsOfUnknownScope == l.flowsOfUnknownScope
        && negativeNetsLeftOut == l.negativeNetsLeftOut;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        funder,
        currency,
        scope,
        disbursed,
        Arrays.hashCode(received),
        Arrays.hashCode(kept),
        countedAsLocal);
  }

  /** Returns a one-line summary with percentages (never NaN: every share is finite). */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s, %s disbursed (%s): received by local/national actors directly %.1f%%, through one intermediary %.1f%%,"
            + " through more %.1f%%; kept by them %.1f%%; international %.1f%%; unclassified %.1f%% (%s); untraced %.1f%%;"
            + " as directly as possible %.1f%% (Grand Bargain target 25%%: %s)%s",
        funder,
        disbursed,
        scope,
        100 * received[0],
        100 * received[1],
        100 * received[2],
        100 * (kept[0] + kept[1] + kept[2]),
        100 * international,
        100 * unclassified,
        unclassifiedAmount(),
        100 * untraced,
        100 * asDirectlyAsPossible(),
        meetsGrandBargainTarget() ? "met" : "not met",
        negativeNetsLeftOut == 0
            ? ""
            : "; " + negativeNetsLeftOut + " negative nets (reversals) left out");
  }
}
