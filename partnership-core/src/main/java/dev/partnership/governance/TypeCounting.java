package dev.partnership.governance;

import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact indices by counting over weight types: players of equal weight (and equal veto status) are
 * interchangeable, so a coalition matters only through its <em>profile</em>, how many players of
 * each type it holds. A game with types of multiplicities m_1..m_k has prod (m_t + 1) profiles, and
 * each profile stands for prod C(m_t, c_t) coalitions (binomial coefficients as {@link
 * BigInteger}s). A one-type body of 2,000 equal members has 2,001 profiles; weights of any size (up
 * to the {@code long} total) cost nothing extra. This is the classical reduction for games with few
 * distinct weights (e.g. Bolger 1986; Algaba, Bilbao, Fernández García and López 2003 count by
 * weight classes the same way).
 *
 * <p>Per profile c and type t, the coalitions S that hold c and leave out a given player i of type
 * t number {@code prod C(m_j, c_j) * (m_t - c_t) / m_t} (exact: it is C(m_t - 1, c_t) times the
 * others), which gives Banzhaf swings and Shapley-Shubik pivots. Critical players, and so the
 * Johnston index and minimal winning coalitions (Deegan-Packel, Holler), are also the same for
 * every coalition of one profile. Work is O(profiles * k) big-integer operations on numbers of O(n)
 * words, checked against {@link #MAX_WORK} before it starts (a majority of 20,000 equal members is
 * within it; one of 40,000 is not).
 */
final class TypeCounting {
  /**
   * The most steps (profiles times types times words, see {@link #work}) this method takes (2^24).
   */
  static final long MAX_WORK = 1L << 24;

  private final VotingGame g;
  private final int n;
  private final int k;
  private final long[] weight;
  private final boolean[] veto;
  private final int[] mult;
  private final int[] typeOf;
  private final BigInteger[][] binomials;

  private TypeCounting(VotingGame g) {
    this.g = g;
    n = g.players();
    typeOf = new int[n];
    Map<String, Integer> types = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      boolean isVeto = g.declaredVetoPlayers().contains(i);
      typeOf[i] = types.computeIfAbsent(g.weight(i) + (isVeto ? "v" : ""), key -> types.size());
    }
    k = types.size();
    weight = new long[k];
    veto = new boolean[k];
    mult = new int[k];
    for (int i = 0; i < n; i++) {
      weight[typeOf[i]] = g.weight(i);
      veto[typeOf[i]] |= g.declaredVetoPlayers().contains(i);
      mult[typeOf[i]]++;
    }
    binomials = new BigInteger[k][];
    for (int t = 0; t < k; t++) {
      binomials[t] = binomialRow(mult[t]);
    }
  }

  /**
   * Returns the steps counting by types takes for {@code g}: profiles times types times the 64-bit
   * words of a count (n / 64 + 1, as binomial coefficients and factorials grow with n), or {@link
   * Long#MAX_VALUE} when that overflows.
   */
  static long work(VotingGame g) {
    Map<String, Integer> multiplicity = new LinkedHashMap<>();
    for (int i = 0; i < g.players(); i++) {
      multiplicity.merge(
          g.weight(i) + (g.declaredVetoPlayers().contains(i) ? "v" : ""), 1, Integer::sum);
    }
    long steps = Sizes.saturatedProduct(multiplicity.size(), g.players() / 64 + 1L);
    for (int m : multiplicity.values()) {
      steps = Sizes.saturatedProduct(steps, m + 1L);
    }
    return steps;
  }

  /**
   * Returns the counting of {@code g} by types.
   *
   * @throws IllegalStateException if it would take more than {@link #MAX_WORK} steps
   */
  static TypeCounting of(VotingGame g) {
    Sizes.checkWithin(
        "counting by weight types",
        g,
        work(g),
        "steps (profiles times types times words)",
        MAX_WORK);
    return new TypeCounting(g);
  }

  /**
   * Receives one profile: its counts per type, its weight, its size and its number of coalitions.
   */
  private interface ProfileVisitor {
    void visit(int[] c, long weight, int size, BigInteger coalitions);
  }

  /** Calls {@code visitor} for every profile, in odometer order. */
  private void forEachProfile(ProfileVisitor visitor) {
    int[] c = new int[k];
    while (true) {
      long w = 0;
      int size = 0;
      BigInteger coalitions = BigInteger.ONE;
      for (int t = 0; t < k; t++) {
        w += c[t] * weight[t]; // a sub-sum of the total weight, which fits in a long
        size += c[t];
        coalitions = coalitions.multiply(binomials[t][c[t]]);
      }
      visitor.visit(c, w, size, coalitions);
      int t = 0;
      while (t < k && c[t] == mult[t]) {
        c[t] = 0;
        t++;
      }
      if (t == k) {
        return;
      }
      c[t]++;
    }
  }

  private boolean wins(int[] c, long w, int size) {
    for (int t = 0; t < k; t++) {
      if (veto[t] && c[t] < mult[t]) {
        return false;
      }
    }
    return size >= g.minimumPlayers() && w >= g.quota();
  }

  /** Returns whether profile c, which wins, loses without one player of type t (c_t >= 1). */
  private boolean critical(int[] c, long w, int size, int t) {
    return veto[t] || size - 1 < g.minimumPlayers() || w - weight[t] < g.quota();
  }

  /** Returns whether a coalition of profile c (losing) wins once a player of type t joins it. */
  private boolean swings(int[] c, long w, int size, int t) {
    c[t]++;
    boolean wins = wins(c, w + weight[t], size + 1);
    c[t]--;
    return wins;
  }

  /**
   * Returns each player's Banzhaf swings (sizes == false) or Shapley-Shubik pivots (sizes == true).
   */
  BigInteger[] swingCounts(boolean sizes) {
    BigInteger[] fact = sizes ? Enumeration.factorials(n) : null;
    BigInteger[] perType = zeros(k);
    forEachProfile(
        (c, w, size, coalitions) -> {
          if (wins(c, w, size)) {
            return;
          }
          for (int t = 0; t < k; t++) {
            if (c[t] < mult[t] && swings(c, w, size, t)) {
              // coalitions of this profile without a given player of type t
              BigInteger without =
                  coalitions
                      .multiply(BigInteger.valueOf(mult[t] - c[t]))
                      .divide(BigInteger.valueOf(mult[t]));
              perType[t] =
                  perType[t].add(
                      sizes ? without.multiply(fact[size]).multiply(fact[n - 1 - size]) : without);
            }
          }
        });
    return perPlayer(perType);
  }

  /**
   * Returns the Johnston index: each winning coalition's critical players share 1 equally;
   * normalised.
   */
  Fraction[] johnston() {
    // byCritical[t][j]: coalitions with j critical players in which a given player of type t is
    // critical
    BigInteger[][] byCritical = new BigInteger[k][];
    BigInteger[] total = {BigInteger.ZERO};
    forEachProfile(
        (c, w, size, coalitions) -> {
          if (!wins(c, w, size)) {
            return;
          }
          int criticalPlayers = 0;
          for (int t = 0; t < k; t++) {
            if (c[t] > 0 && critical(c, w, size, t)) {
              criticalPlayers += c[t];
            }
          }
          if (criticalPlayers == 0) {
            return;
          }
          total[0] = total[0].add(coalitions);
          for (int t = 0; t < k; t++) {
            if (c[t] > 0 && critical(c, w, size, t)) {
              if (byCritical[t] == null) {
                byCritical[t] = zeros(n + 1);
              }
              byCritical[t][criticalPlayers] =
                  byCritical[t][criticalPlayers].add(withPlayer(coalitions, c, t));
            }
          }
        });
    Fraction[] perType = new Fraction[k];
    for (int t = 0; t < k; t++) {
      Fraction sum = Fraction.ZERO;
      for (int j = 1; byCritical[t] != null && j <= n; j++) {
        if (byCritical[t][j].signum() != 0) {
          sum = sum.add(Fraction.of(byCritical[t][j], BigInteger.valueOf(j)));
        }
      }
      perType[t] =
          sum.signum() == 0 ? Fraction.ZERO : sum.divide(Fraction.of(total[0], BigInteger.ONE));
    }
    return perPlayer(perType);
  }

  /**
   * Returns, per player, how many minimal winning coalitions hold it ({@code counts}) and the
   * Deegan-Packel index ({@code deeganPackel}).
   */
  MinimalWinningCounts minimalWinning() {
    BigInteger[] holding = zeros(k);
    Fraction[] shares = new Fraction[k];
    Arrays.fill(shares, Fraction.ZERO);
    BigInteger[] all = {BigInteger.ZERO};
    forEachProfile(
        (c, w, size, coalitions) -> {
          if (!wins(c, w, size)) {
            return;
          }
          for (int t = 0; t < k; t++) {
            if (c[t] > 0 && !critical(c, w, size, t)) {
              return;
            }
          }
          all[0] = all[0].add(coalitions);
          for (int t = 0; t < k; t++) {
            if (c[t] > 0) {
              BigInteger with = withPlayer(coalitions, c, t);
              holding[t] = holding[t].add(with);
              shares[t] = shares[t].add(Fraction.of(with, BigInteger.valueOf(size)));
            }
          }
        });
    Fraction[] dp = new Fraction[k];
    for (int t = 0; t < k; t++) {
      dp[t] = shares[t].divide(Fraction.of(all[0], BigInteger.ONE));
    }
    return new MinimalWinningCounts(perPlayer(holding), perPlayer(dp));
  }

  /** Per player: minimal winning coalitions holding it, and its Deegan-Packel value. */
  record MinimalWinningCounts(BigInteger[] counts, Fraction[] deeganPackel) {}

  /**
   * Returns how many coalitions of profile c hold a given player of type t: C(m_t - 1, c_t - 1) *
   * the others.
   */
  private BigInteger withPlayer(BigInteger coalitions, int[] c, int t) {
    return coalitions.multiply(BigInteger.valueOf(c[t])).divide(BigInteger.valueOf(mult[t]));
  }

  private BigInteger[] perPlayer(BigInteger[] perType) {
    BigInteger[] out = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      out[i] = perType[typeOf[i]];
    }
    return out;
  }

  private Fraction[] perPlayer(Fraction[] perType) {
    Fraction[] out = new Fraction[n];
    for (int i = 0; i < n; i++) {
      out[i] = perType[typeOf[i]];
    }
    return out;
  }

  private static BigInteger[] zeros(int size) {
    BigInteger[] z = new BigInteger[size];
    Arrays.fill(z, BigInteger.ZERO);
    return z;
  }

  /** Returns C(m, 0..m). */
  static BigInteger[] binomialRow(int m) {
    BigInteger[] row = new BigInteger[m + 1];
    row[0] = BigInteger.ONE;
    for (int c = 0; c < m; c++) {
      row[c + 1] = row[c].multiply(BigInteger.valueOf(m - c)).divide(BigInteger.valueOf(c + 1));
    }
    return row;
  }
}
