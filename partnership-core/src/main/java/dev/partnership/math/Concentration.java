package dev.partnership.math;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Concentration of a share vector (power, seats, money, participation levels): Herfindahl-Hirschman
 * and Gini, exact.
 *
 * <p>Conventions: values are normalised to shares {@code s_i = x_i / sum(x)} first.
 *
 * <ul>
 *   <li>{@link #herfindahl()} = {@code sum(s_i^2)}, from {@code 1/n} (equal shares) to 1 (one
 *       holder);
 *   <li>{@link #normalizedHerfindahl()} = {@code (HHI - 1/n) / (1 - 1/n)}, from 0 to 1; 1 when
 *       {@code n = 1};
 *   <li>{@link #gini()} = {@code sum_i sum_j |x_i - x_j| / (2 n sum(x))}, from 0 (equal) to {@code
 *       (n - 1)/n} (one holder); the population form, without the small-sample correction.
 * </ul>
 *
 * <pre>{@code
 * var c = Concentration.ofLongs(8, 6, 4, 2);
 * c.herfindahl()   // 3/10
 * c.gini()         // 1/4
 * }</pre>
 *
 * @param shares the shares, non-negative, summing to 1
 */
public record Concentration(ImmutableList<Fraction> shares) {

  /**
   * Checks that there is at least one share, that none is negative and that they sum to 1.
   *
   * @throws IllegalArgumentException if they do not
   */
  public Concentration {
    Fraction total = total(shares, "shares");
    checkArgument(total.equals(Fraction.ONE), "shares (summing to %s) must sum to 1", total);
  }

  /**
   * Returns the sum of {@code values}, refusing an empty list, a null and a negative value with
   * messages that name {@code field}.
   */
  private static Fraction total(List<Fraction> values, String field) {
    checkNotNull(values, field);
    checkArgument(!values.isEmpty(), "%s ([]) must hold at least one value", field);
    for (int i = 0; i < values.size(); i++) {
      Fraction v = checkNotNull(values.get(i), "%s[%s]", field, i);
      checkArgument(v.signum() >= 0, "%s[%s] (%s) must not be negative", field, i, v);
    }
    BigInteger[] whole = overCommonDenominator(values);
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < values.size(); i++) {
      sum = sum.add(whole[i]);
    }
    return Fraction.of(sum, whole[values.size()]);
  }

  /**
   * Returns the values' numerators over their least common denominator, which is the last element.
   * Sums and sums of squares then take whole-number arithmetic and one reduction at the end,
   * instead of a reduction per addition over ever longer denominators (3,000 values 1/k took 30
   * seconds that way).
   */
  private static BigInteger[] overCommonDenominator(List<Fraction> values) {
    BigInteger lcm = BigInteger.ONE;
    for (Fraction v : values) {
      BigInteger d = v.denominator();
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    BigInteger[] out = new BigInteger[values.size() + 1];
    for (int i = 0; i < values.size(); i++) {
      Fraction v = values.get(i);
      out[i] = v.numerator().multiply(lcm.divide(v.denominator()));
    }
    out[values.size()] = lcm;
    return out;
  }

  /** Returns the list as text, cut after ten values so that a refusal stays short. */
  private static String brief(List<Fraction> values) {
    return values.size() <= 10
        ? values.toString()
        : values.subList(0, 10).toString().replace("]", ", ... " + values.size() + " values]");
  }

  /**
   * Returns the concentration of non-negative values.
   *
   * @throws IllegalArgumentException if there is no value, a value is negative, or all are zero
   */
  public static Concentration of(List<Fraction> values) {
    Fraction total = total(values, "values");
    checkArgument(total.signum() != 0, "values (%s) must not all be zero", brief(values));
    // value / total = (whole value over the common denominator) / (whole sum over it)
    BigInteger[] whole = overCommonDenominator(values);
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < values.size(); i++) {
      sum = sum.add(whole[i]);
    }
    ImmutableList.Builder<Fraction> s = ImmutableList.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      s.add(Fraction.of(whole[i], sum));
    }
    return new Concentration(s.build());
  }

  /** Returns the concentration of non-negative whole numbers (seats, votes, amounts in cents). */
  public static Concentration ofLongs(long... values) {
    checkNotNull(values, "values");
    ImmutableList.Builder<Fraction> b = ImmutableList.builder();
    for (long v : values) {
      b.add(Fraction.of(v));
    }
    return of(b.build());
  }

  /** Returns the Herfindahl-Hirschman index, the sum of squared shares. */
  public Fraction herfindahl() {
    BigInteger[] whole = overCommonDenominator(shares);
    BigInteger squares = BigInteger.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      squares = squares.add(whole[i].multiply(whole[i]));
    }
    BigInteger d = whole[shares.size()];
    return Fraction.of(squares, d.multiply(d));
  }

  /** Returns the normalised Herfindahl-Hirschman index in [0, 1]. */
  public Fraction normalizedHerfindahl() {
    int n = shares.size();
    if (n == 1) {
      return Fraction.ONE;
    }
    Fraction inv = Fraction.of(1, n);
    return herfindahl().subtract(inv).divide(Fraction.ONE.subtract(inv));
  }

  /**
   * Returns the Gini coefficient (population form) in [0, (n-1)/n], computed over the sorted shares
   * as {@code sum_k (2k - n - 1) s_(k) / n} (k = 1..n ascending), which equals the pairwise
   * definition above and takes O(n log n) operations instead of O(n^2).
   */
  public Fraction gini() {
    int n = shares.size();
    BigInteger[] whole = overCommonDenominator(shares);
    BigInteger[] sorted = Arrays.copyOf(whole, n);
    Arrays.sort(sorted);
    BigInteger sum = BigInteger.ZERO;
    for (int k = 1; k <= n; k++) {
      sum = sum.add(sorted[k - 1].multiply(BigInteger.valueOf(2L * k - n - 1)));
    }
    return Fraction.of(sum, whole[n].multiply(BigInteger.valueOf(n)));
  }

  /** Returns {@code "HHI 3/10 (normalised 1/15), Gini 1/4"}. */
  @Override
  public String toString() {
    return "HHI " + herfindahl() + " (normalised " + normalizedHerfindahl() + "), Gini " + gini();
  }
}
