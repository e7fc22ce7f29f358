package dev.partnership.governance;

import com.google.common.math.LongMath;
import java.math.RoundingMode;

/**
 * A game's weights and quota divided by the gcd of the weights (the quota rounded up), which
 * changes no coalition's outcome: {@code w(S) >= q} exactly when {@code w(S) / d >= ceil(q / d)}
 * for every common divisor d of the weights. Shared by the exact counting and the quadrature, so
 * the reduction is written once.
 *
 * @param weights the reduced weights, in player order (a fresh array the caller owns)
 * @param quota the reduced quota
 */
record ReducedWeights(long[] weights, long quota) {

  /** Returns {@code g}'s weights and quota divided by the gcd of the non-zero weights. */
  static ReducedWeights of(VotingGame g) {
    long[] weights = g.weights();
    long gcd = 0;
    for (long x : weights) {
      gcd = x == 0 ? gcd : (gcd == 0 ? x : LongMath.gcd(gcd, x));
    }
    long quota = g.quota();
    if (gcd > 1) {
      for (int i = 0; i < weights.length; i++) {
        weights[i] /= gcd;
      }
      quota = LongMath.divide(quota, gcd, RoundingMode.CEILING);
    }
    return new ReducedWeights(weights, quota);
  }
}
