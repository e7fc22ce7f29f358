package dev.partnership.governance;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Exact swing and pivot counting by pseudo-polynomial generating functions (Brams and Affuso 1976;
 * Mann and Shapley 1962), for all players at once.
 *
 * <p>One table counts the coalitions of the non-veto players by weight (and by size, when sizes
 * matter) below the quota. Each player's own table is obtained from the shared one by removing the
 * player (Uno 2012): {@code T_{-i}[w] = T[w] - T_{-i}[w - w_i]}. Summed over the window of weights
 * where the player swings, the removal becomes an alternating sum over prefix sums, {@code
 * B_{-i}(x) = sum_k (-1)^k P[x - k w_i]}, so a player costs O(quota / w_i) additions instead of
 * O(quota). Weights and quota are first divided by the gcd of the weights.
 *
 * <p>Counts are exact: the table holds non-negative integers in 63-bit limbs, as many as the number
 * of players needs (one limb, plain {@code long} arithmetic, up to 62 players), and the results are
 * {@link BigInteger}s.
 */
final class SwingCounting {
  private static final long MASK = Long.MAX_VALUE;

  /** The most longs a table may hold (2 GiB) before exact counting gives up. */
  static final long MAX_TABLE_LONGS = 1L << 28;

  /**
   * The most steps (table longs times free players: every player entering touches at most the whole
   * table) before exact counting gives up, about half a minute: 2^35.
   */
  static final long MAX_STEPS = 1L << 35;

  private final int n;
  private final long[] w;
  private final boolean[] veto;
  private final int v;
  private final int f;
  private final int[] free;
  private final int minimum;
  private final int len;
  private final int limbs;
  private final boolean bySize;
  private final long[] table;

  private SwingCounting(VotingGame g, boolean needSizes) {
    n = g.players();
    ReducedWeights reduced = ReducedWeights.of(g);
    w = reduced.weights();
    veto = new boolean[n];
    long vetoWeight = 0;
    int vc = 0;
    for (int p : g.declaredVetoPlayers()) {
      veto[p] = true;
      vetoWeight += w[p]; // at most the total weight, which fits in a long (VotingGame checks it)
      vc++;
    }
    v = vc;
    f = n - v;
    free = new int[f];
    for (int i = 0, k = 0; i < n; i++) {
      if (!veto[i]) {
        free[k++] = i;
      }
    }
    minimum = g.minimumPlayers();
    bySize = needSizes || minimum > v;
    long longs = tableLongs(reduced.quota() - vetoWeight, f, bySize);
    Sizes.checkWithin(
        "exact counting by generating functions", g, longs, "table longs", MAX_TABLE_LONGS);
    Sizes.checkWithin(
        "exact counting by generating functions",
        g,
        Sizes.saturatedProduct(longs, Math.max(1, f)),
        "steps",
        MAX_STEPS);
    limbs = f / 63 + 1;
    // below <= longs <= MAX_TABLE_LONGS = 2^28, so len and every index fit in an int
    len = (int) Math.max(0, reduced.quota() - vetoWeight);
    table = new long[(int) longs];
    build();
  }

  /**
   * Returns the longs a table needs for a game whose free players number {@code free} and must stay
   * below {@code below} weight, or {@link Long#MAX_VALUE} when the product overflows.
   */
  private static long tableLongs(long below, int free, boolean bySize) {
    long rows = bySize ? free + 1L : 1L;
    long limbs = free / 63 + 1L;
    return Sizes.saturatedProduct(Sizes.saturatedProduct(Math.max(0, below), rows), limbs);
  }

  /**
   * Returns the longs exact counting of {@code g} needs ({@link Long#MAX_VALUE} when that
   * overflows), to compare with {@link #MAX_TABLE_LONGS} before starting.
   */
  static long tableLongs(VotingGame g, boolean needSizes) {
    ReducedWeights reduced = ReducedWeights.of(g);
    long vetoWeight = 0;
    for (int p : g.declaredVetoPlayers()) {
      vetoWeight += reduced.weights()[p]; // at most the total weight: no overflow
    }
    int free = g.players() - g.declaredVetoPlayers().size();
    return tableLongs(
        reduced.quota() - vetoWeight,
        free,
        needSizes || g.minimumPlayers() > g.declaredVetoPlayers().size());
  }

  /** Returns the raw Banzhaf swing counts. */
  static BigInteger[] swings(VotingGame g) {
    SwingCounting c = new SwingCounting(g, false);
    BigInteger[] out = new BigInteger[c.n];
    for (int i = 0; i < c.n; i++) {
      BigInteger[] bySize = c.swingsBySize(i);
      BigInteger sum = BigInteger.ZERO;
      for (BigInteger x : bySize) {
        sum = sum.add(x);
      }
      out[i] = sum;
    }
    return out;
  }

  /**
   * Returns the Shapley-Shubik pivot counts: the orderings of all players in which i is pivotal.
   */
  static BigInteger[] pivots(VotingGame g) {
    SwingCounting c = new SwingCounting(g, true);
    BigInteger[] fact = new BigInteger[c.n + 1];
    fact[0] = BigInteger.ONE;
    for (int k = 1; k <= c.n; k++) {
      fact[k] = fact[k - 1].multiply(BigInteger.valueOf(k));
    }
    BigInteger[] out = new BigInteger[c.n];
    for (int i = 0; i < c.n; i++) {
      BigInteger[] bySize = c.swingsBySize(i);
      // coalition S (without i) has |S| = offset + s players
      int offset = c.veto[i] ? c.v - 1 : c.v;
      BigInteger sum = BigInteger.ZERO;
      for (int s = 0; s < bySize.length; s++) {
        if (bySize[s].signum() != 0) {
          int size = offset + s;
          sum = sum.add(bySize[s].multiply(fact[size]).multiply(fact[c.n - 1 - size]));
        }
      }
      out[i] = sum;
    }
    return out;
  }

  private int idx(int s, int x) {
    return (s * len + x) * limbs;
  }

  private void add(int to, int from, int active) {
    long[] t = table;
    if (active == 1) {
      t[to] += t[from];
      return;
    }
    long carry = 0;
    for (int l = 0; l < active; l++) {
      long sum = t[to + l] + t[from + l] + carry;
      t[to + l] = sum & MASK;
      carry = sum >>> 63;
    }
  }

  /**
   * Fills the table: players enter in ascending weight, so that row s (coalitions of s players) is
   * non-zero only between the s lightest and the s heaviest weights entered; only that band is
   * touched. Then each row becomes its prefix sums.
   */
  private void build() {
    if (len == 0) {
      return;
    }
    Integer[] order = new Integer[f];
    for (int k = 0; k < f; k++) {
      order[k] = free[k];
    }
    Arrays.sort(order, (a, b) -> Long.compare(w[a], w[b]));
    // asc[s]: the s lightest entered weights together; each is below len <= 2^28, so asc < 2^59
    long[] asc = new long[f + 1];
    table[0] = 1;
    int entered = 0;
    for (int c = 0; c < f; c++) {
      long wj = w[order[c]];
      if (wj >= len) {
        break; // this and every heavier player reach the quota alone: none of their coalitions is
        // stored
      }
      int wjInt = (int) wj;
      int active = Math.min(limbs, (c + 1) / 63 + 1);
      if (bySize) {
        for (int s = c; s >= 0; s--) {
          long lo = asc[s] + wj;
          long hi = Math.min(len - 1, asc[c] - asc[c - s] + wj);
          for (long x = hi; x >= lo; x--) {
            add(idx(s + 1, (int) x), idx(s, (int) x - wjInt), active);
          }
        }
      } else {
        int hi = (int) Math.min(len - 1, asc[c] + wj);
        for (int x = hi; x >= wjInt; x--) {
          add(idx(0, x), idx(0, x - wjInt), active);
        }
      }
      asc[c + 1] = asc[c] + wj;
      entered = c + 1;
    }
    if (bySize) {
      for (int s = 0; s <= entered && asc[s] < len; s++) {
        for (int x = (int) Math.max(1, asc[s] + 1); x < len; x++) {
          add(idx(s, x), idx(s, x - 1), limbs);
        }
      }
    } else {
      for (int x = 1; x < len; x++) {
        add(idx(0, x), idx(0, x - 1), limbs);
      }
    }
  }

  /**
   * Returns P[s][x], the number of coalitions of free players of size s (any size in 1-D) and
   * weight at most x.
   */
  private BigInteger prefix(int s, int x) {
    if (x < 0 || len == 0) {
      return BigInteger.ZERO;
    }
    return toBig(table, idx(s, x), limbs);
  }

  private static BigInteger toBig(long[] t, int off, int count) {
    BigInteger r = BigInteger.ZERO;
    for (int l = count - 1; l >= 0; l--) {
      r = r.shiftLeft(63).or(BigInteger.valueOf(t[off + l]));
    }
    return r;
  }

  /**
   * Returns B_{-i}(s, x): coalitions of the free players other than i, of size s (any size when not
   * by size), with weight at most x.
   */
  private BigInteger belowWithout(int i, int s, long x) {
    if (x < 0 || len == 0) {
      return BigInteger.ZERO;
    }
    long wi = w[i];
    if (!bySize && wi == 0) {
      throw new AssertionError("a zero weight without sizes is handled by the caller");
    }
    long[] pos = new long[limbs + 1];
    long[] neg = new long[limbs + 1];
    int maxK = bySize ? s : Integer.MAX_VALUE;
    for (int k = 0; k <= maxK; k++) {
      // no overflow: k = 1 gives x - wi >= -(2^63 - 1); iteration k >= 2 is reached only when
      // (k - 1) wi <= x, so wi <= x and k wi <= x + wi <= 2 x < 2^29 (x < len <= 2^28)
      long at = x - k * wi;
      if (at < 0) {
        break;
      }
      int xi = (int) at;
      accumulate((k & 1) == 0 ? pos : neg, idx(bySize ? s - k : 0, xi));
    }
    return toBig(pos, 0, limbs + 1).subtract(toBig(neg, 0, limbs + 1));
  }

  private void accumulate(long[] acc, int off) {
    long carry = 0;
    for (int l = 0; l < limbs; l++) {
      long sum = acc[l] + table[off + l] + carry;
      acc[l] = sum & MASK;
      carry = sum >>> 63;
    }
    long sum = acc[limbs] + carry;
    acc[limbs] = sum & MASK;
  }

  /**
   * Returns player i's swing counts by s, the number of free players in the coalition S it joins
   * (one entry when sizes are not needed).
   */
  private BigInteger[] swingsBySize(int i) {
    int last = len - 1; // weights of free players strictly below the remaining quota: [0, last]
    if (!bySize) {
      BigInteger count;
      if (veto[i]) {
        count = BigInteger.TWO.pow(f).subtract(prefix(0, last));
      } else if (w[i] == 0) {
        count = BigInteger.ZERO;
      } else {
        count = belowWithout(i, 0, last).subtract(belowWithout(i, 0, last - w[i]));
      }
      return new BigInteger[] {count};
    }
    if (veto[i]) {
      // S without i always loses; S + i wins when its free part reaches the quota and the size
      BigInteger[] out = new BigInteger[f + 1];
      for (int s = 0; s <= f; s++) {
        out[s] = v + s >= minimum ? binomial(f, s).subtract(prefix(s, last)) : BigInteger.ZERO;
      }
      return out;
    }
    BigInteger[] out = new BigInteger[f];
    for (int s = 0; s < f; s++) {
      BigInteger count = BigInteger.ZERO;
      BigInteger below = belowWithout(i, s, last);
      if (s >= minimum - v - 1) {
        count = below.subtract(belowWithout(i, s, last - w[i]));
      }
      if (s == minimum - v - 1) {
        // S has enough weight but one player too few; S + i has both
        count = count.add(binomial(f - 1, s).subtract(below));
      }
      out[s] = count;
    }
    return out;
  }

  private static BigInteger binomial(int a, int b) {
    if (b < 0 || b > a) {
      return BigInteger.ZERO;
    }
    BigInteger r = BigInteger.ONE;
    for (int k = 1; k <= b; k++) {
      r = r.multiply(BigInteger.valueOf(a - b + k)).divide(BigInteger.valueOf(k));
    }
    return r;
  }
}
