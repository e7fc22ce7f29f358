package dev.partnership.governance;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Shapley-Shubik values of large weighted games by Owen's multilinear extension (Owen 1972): {@code
 * SS_i = integral over t in [0, 1] of Pr[q - w_i <= W_{-i}(t) < q] dt}, where {@code W_{-i}(t)} is
 * the weight of the other players when each joins independently with probability t. The integrand
 * is a polynomial of degree n - 1 in t, so Gauss-Legendre quadrature with {@code ceil(n / 2)} nodes
 * integrates it exactly; the only error is floating point.
 *
 * <p>For each node t at most 1/2 the distribution of all players' weight is built by dynamic
 * programming (convex steps), and each player is removed by deconvolution from the bottom, which is
 * stable for t at most 1/2 (players of equal weight share one removal). The mirrored node 1 - t
 * uses the same table through the complement (players who do not join). Error analysis (u = 2^-53):
 * table entries carry absolute error at most 2nu; a removal of player i takes at most L / w_i
 * steps, each of which at most doubles the carried error and adds the table's, so a window of w_i
 * entries carries at most 8 L n u; the quadrature weights sum to 1 and the nodes carry about 1e-15
 * each. {@link #errorBound} is {@code 8 L n u + n * 1e-14}, where L is the table length.
 *
 * <p>Only plain weighted games (no veto players, no minimum number of players).
 */
final class ShapleyShubikQuadrature {
  private ShapleyShubikQuadrature() {}

  /** The values and the bound on each value's absolute error. */
  record Result(double[] values, double errorBound) {}

  static Result compute(VotingGame g) {
    if (!g.declaredVetoPlayers().isEmpty() || g.minimumPlayers() > 0) {
      throw new IllegalArgumentException(
          "game ("
              + g
              + ") must be a plain weighted game for the quadrature: no veto players, no minimum number of players");
    }
    int n = g.players();
    ReducedWeights reduced = ReducedWeights.of(g);
    long quota = reduced.quota();
    int[] w = new int[n];
    long total = 0;
    int maxW = 0;
    for (int i = 0; i < n; i++) {
      long x = reduced.weights()[i];
      if (x > Integer.MAX_VALUE / 4) {
        throw new IllegalArgumentException(
            "weight of player "
                + i
                + " ("
                + g.weight(i)
                + ", "
                + x
                + " after dividing by the gcd) must be at most "
                + Integer.MAX_VALUE / 4
                + " for the quadrature");
      }
      w[i] = (int) x;
      total += x; // at most n * 2^29: no overflow
      maxW = Math.max(maxW, w[i]);
    }
    long needed = Math.max(quota, total - quota + maxW + 1);
    if (needed > 50_000_000L) {
      throw new IllegalArgumentException(
          "game (" + g + ") needs a table of " + needed + " doubles, more than 50,000,000");
    }
    int len = (int) needed;
    int m = (n + 1) / 2;
    checkWork(g, w, m, len);
    double[][] nodes = gaussLegendre(m);
    double[][] perPair = new double[(m + 1) / 2][];
    final long q = quota;
    final long tot = total;
    IntStream.range(0, (m + 1) / 2)
        .parallel()
        .forEach(
            k ->
                perPair[k] =
                    pair(w, q, tot, len, nodes[0][k], nodes[1][k], m % 2 == 1 && k == m / 2));
    double[] values = new double[n];
    for (double[] contribution : perPair) {
      for (int i = 0; i < n; i++) {
        values[i] += contribution[i];
      }
    }
    double u = Math.ulp(1.0) / 2;
    double bound = 8.0 * len * n * u + n * 1e-14;
    return new Result(values, bound);
  }

  /** The most steps the quadrature takes (the bound of exact counting by generating functions). */
  static final long MAX_STEPS = SwingCounting.MAX_STEPS;

  /**
   * Refuses a game whose quadrature would take more than {@link #MAX_STEPS} steps, before any work:
   * each of the {@code ceil(m / 2)} node pairs builds the table ({@code n} passes over {@code len}
   * doubles), removes each distinct weight once (one pass each) and the nodes themselves take
   * {@code m} steps each to find.
   */
  private static void checkWork(VotingGame g, int[] w, int m, int len) {
    long distinct = Arrays.stream(w).filter(x -> x > 0).distinct().count();
    BigInteger pairs = BigInteger.valueOf((m + 1) / 2);
    BigInteger steps =
        pairs.multiply(
            BigInteger.valueOf(w.length + distinct)
                .multiply(BigInteger.valueOf(len))
                .add(BigInteger.valueOf(m)));
    if (steps.compareTo(BigInteger.valueOf(MAX_STEPS)) > 0) {
      throw new IllegalArgumentException(
          "game ("
              + g
              + ") needs "
              + steps
              + " steps for the quadrature (limit 2^35): "
              + pairs
              + " node pairs, each "
              + w.length
              + " players and "
              + distinct
              + " distinct weights over a table of "
              + len
              + " doubles");
    }
  }

  /**
   * Returns weight_t * f_i(t) + weight_t * f_i(1 - t) for every player (only the first term for the
   * middle node), where t is at most 1/2.
   */
  private static double[] pair(
      int[] w, long q, long total, int len, double t, double weight, boolean middle) {
    int n = w.length;
    double s = 1 - t;
    // the distribution of all players' weight, one player at a time (ascending loops over two
    // buffers, so the JIT can vectorise them)
    double[] p = new double[len];
    double[] next = new double[len];
    p[0] = 1;
    int hi = 0;
    for (int j = 0; j < n; j++) {
      int wj = w[j];
      if (wj == 0) {
        continue;
      }
      int top = (int) Math.min(len - 1L, (long) hi + wj);
      int low = Math.min(wj, top + 1);
      for (int x = 0; x < low; x++) {
        next[x] = s * p[x];
      }
      for (int x = wj; x <= top; x++) {
        next[x] = s * p[x] + t * p[x - wj];
      }
      double[] swap = p;
      p = next;
      next = swap;
      hi = top;
    }
    double[] r = new double[len];
    double[] out = new double[n];
    Map<Integer, double[]> byWeight = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int wi = w[i];
      if (wi == 0) {
        continue; // a player of weight 0 never swings a plain weighted game
      }
      double[] cached = byWeight.get(wi);
      if (cached != null) {
        out[i] = cached[0];
        continue;
      }
      long rest = total - wi;
      // the distribution without player i, from the bottom: p[x] = s r[x] + t r[x - wi]
      long need = middle ? q - 1 : Math.max(q - 1, rest - q + wi);
      int upTo = (int) Math.min(len - 1L, need);
      for (int x = 0; x <= upTo; x++) {
        double v = x >= wi ? p[x] - t * r[x - wi] : p[x];
        r[x] = v / s;
      }
      double value = weight * window(r, q - wi, q - 1);
      if (!middle) {
        // at 1 - t the others join with probability 1 - t; those who do not join follow r
        value += weight * window(r, rest - q + 1, rest - q + wi);
      }
      out[i] = value;
      byWeight.put(wi, new double[] {value});
    }
    return out;
  }

  private static double window(double[] r, long from, long to) {
    double sum = 0;
    for (long x = Math.max(0, from); x <= to && x < r.length; x++) {
      sum += Math.max(0, r[(int) x]);
    }
    return sum;
  }

  /**
   * Returns the Gauss-Legendre nodes on [0, 1] at most 1/2 (ascending) and their weights, for m
   * nodes in all.
   */
  static double[][] gaussLegendre(int m) {
    int half = (m + 1) / 2;
    double[] x = new double[half];
    double[] wt = new double[half];
    for (int k = 0; k < half; k++) {
      double z = Math.cos(Math.PI * (k + 0.75) / (m + 0.5));
      double dp = 0;
      for (int iter = 0; iter < 100; iter++) {
        double p0 = 1;
        double p1 = z;
        for (int j = 2; j <= m; j++) {
          double p2 = ((2 * j - 1) * z * p1 - (j - 1) * p0) / j;
          p0 = p1;
          p1 = p2;
        }
        double pm = m == 1 ? z : p1;
        double pm1 = m == 1 ? 1 : p0;
        dp = m * (z * pm - pm1) / (z * z - 1);
        double dz = pm / dp;
        z -= dz;
        if (Math.abs(dz) < 1e-16) {
          break;
        }
      }
      // node on [-1, 1] is z (descending from near 1); map the mirror -z to [0, 1]: t = (1 - z) / 2
      x[k] = (1 - z) / 2;
      wt[k] = 1.0 / ((1 - z * z) * dp * dp);
    }
    return new double[][] {x, wt};
  }
}
