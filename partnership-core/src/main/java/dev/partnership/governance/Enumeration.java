package dev.partnership.governance;

import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The plain reference: enumerates all 2^n coalitions. Kept simple on purpose; the fast algorithms
 * are tested against it.
 */
final class Enumeration {
  /** The most players enumeration accepts (2^25 coalitions). */
  static final int MAX_PLAYERS = 25;

  private Enumeration() {}

  static void checkSize(VotingGame g, String what) {
    if (g.players() > MAX_PLAYERS) {
      throw new IllegalStateException(
          what
              + " enumerates all coalitions and accepts at most "
              + MAX_PLAYERS
              + " players, not "
              + g.players());
    }
  }

  /** Returns raw Banzhaf swing counts: winning coalitions containing i that lose without i. */
  static BigInteger[] swings(VotingGame g) {
    checkSize(g, "enumeration");
    int n = g.players();
    long[] count = new long[n];
    for (long mask = 0; mask < (1L << n); mask++) {
      if (g.winsMask(mask)) {
        for (int i = 0; i < n; i++) {
          if ((mask & (1L << i)) != 0 && !g.winsMask(mask & ~(1L << i))) {
            count[i]++;
          }
        }
      }
    }
    return toBig(count);
  }

  /** Returns Shapley-Shubik pivot counts: orderings in which i turns a losing coalition winning. */
  static BigInteger[] pivots(VotingGame g) {
    checkSize(g, "enumeration");
    int n = g.players();
    BigInteger[] fact = factorials(n);
    BigInteger[] out = new BigInteger[n];
    Arrays.fill(out, BigInteger.ZERO);
    for (long mask = 0; mask < (1L << n); mask++) {
      if (g.winsMask(mask)) {
        int size = Long.bitCount(mask);
        BigInteger orderings = fact[size - 1].multiply(fact[n - size]);
        for (int i = 0; i < n; i++) {
          if ((mask & (1L << i)) != 0 && !g.winsMask(mask & ~(1L << i))) {
            out[i] = out[i].add(orderings);
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns the Johnston index by visiting every coalition once, with primitive counters (no list
   * of coalitions): in a winning coalition S, player i is critical when it is a veto player, S has
   * exactly the minimum number of players, or {@code w(S) - w_i} is below the quota.
   */
  static Fraction[] johnston(VotingGame g) {
    checkSize(g, "the Johnston index by enumeration");
    int n = g.players();
    long[] w = g.weights();
    long vetoMask = 0;
    for (int v : g.declaredVetoPlayers()) {
      vetoMask |= 1L << v;
    }
    // byCritical[i * (n + 1) + j]: winning coalitions with j critical players, i among them (<
    // 2^25)
    long[] byCritical = new long[n * (n + 1)];
    long total = 0;
    int[] criticalOf = new int[n];
    // a coalition's weight from two tables over its low and its high players (at most 2^13 each)
    int low = n / 2;
    long[] lowWeight = subsetWeights(w, 0, low);
    long[] highWeight = subsetWeights(w, low, n);
    for (long mask = 0; mask < (1L << n); mask++) {
      long weight = lowWeight[(int) (mask & ((1L << low) - 1))] + highWeight[(int) (mask >>> low)];
      int size = Long.bitCount(mask);
      if ((mask & vetoMask) != vetoMask || size < g.minimumPlayers() || weight < g.quota()) {
        continue;
      }
      boolean atMinimum = size == g.minimumPlayers();
      int critical = 0;
      for (long m = mask; m != 0; m &= m - 1) {
        int i = Long.numberOfTrailingZeros(m);
        if ((vetoMask & (1L << i)) != 0 || atMinimum || weight - w[i] < g.quota()) {
          criticalOf[critical++] = i;
        }
      }
      if (critical > 0) {
        total++;
        for (int c = 0; c < critical; c++) {
          byCritical[criticalOf[c] * (n + 1) + critical]++;
        }
      }
    }
    Fraction[] out = new Fraction[n];
    for (int i = 0; i < n; i++) {
      Fraction sum = Fraction.ZERO;
      for (int j = 1; j <= n; j++) {
        sum = sum.add(Fraction.of(byCritical[i * (n + 1) + j], j));
      }
      out[i] = total == 0 ? Fraction.ZERO : sum.divide(Fraction.of(total));
    }
    return out;
  }

  /**
   * Returns the weights of all subsets of players from..to-1 by bit mask (sub-sums of the total: no
   * overflow).
   */
  private static long[] subsetWeights(long[] w, int from, int to) {
    long[] sums = new long[1 << (to - from)];
    for (int mask = 1; mask < sums.length; mask++) {
      sums[mask] = sums[mask & (mask - 1)] + w[from + Integer.numberOfTrailingZeros(mask)];
    }
    return sums;
  }

  static BigInteger[] factorials(int n) {
    BigInteger[] fact = new BigInteger[n + 1];
    fact[0] = BigInteger.ONE;
    for (int k = 1; k <= n; k++) {
      fact[k] = fact[k - 1].multiply(BigInteger.valueOf(k));
    }
    return fact;
  }

  static BigInteger[] toBig(long[] count) {
    BigInteger[] out = new BigInteger[count.length];
    for (int i = 0; i < count.length; i++) {
      out[i] = BigInteger.valueOf(count[i]);
    }
    return out;
  }
}
