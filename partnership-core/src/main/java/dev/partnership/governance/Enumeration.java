package dev.partnership.governance;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;

/**
 * The plain reference: enumerates all 2^n coalitions. Kept simple on purpose; the fast
 * algorithms are tested against it.
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
    java.util.Arrays.fill(out, BigInteger.ZERO);
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

  /** Returns the winning coalitions as bit masks (used by the Johnston index). */
  static ImmutableList<Long> winning(VotingGame g) {
    checkSize(g, "the Johnston index");
    ImmutableList.Builder<Long> b = ImmutableList.builder();
    for (long mask = 0; mask < (1L << g.players()); mask++) {
      if (g.winsMask(mask)) {
        b.add(mask);
      }
    }
    return b.build();
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
