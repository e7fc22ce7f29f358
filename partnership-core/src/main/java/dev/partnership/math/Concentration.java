package dev.partnership.math;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
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
 *   <li>{@link #gini()} = {@code sum_i sum_j |x_i - x_j| / (2 n sum(x))}, from 0 (equal) to
 *       {@code (n - 1)/n} (one holder); the population form, without the small-sample correction.
 * </ul>
 *
 * <pre>{@code
 * var c = Concentration.ofLongs(8, 6, 4, 2);
 * c.herfindahl()   // 3/10
 * c.gini()         // 1/4
 * }</pre>
 */
public final class Concentration {
  private final ImmutableList<Fraction> shares;

  private Concentration(ImmutableList<Fraction> shares) {
    this.shares = shares;
  }

  /**
   * Returns the concentration of non-negative values.
   *
   * @throws IllegalArgumentException if there is no value, a value is negative, or all are zero
   */
  public static Concentration of(List<Fraction> values) {
    checkNotNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values ([]) must hold at least one value");
    }
    Fraction total = Fraction.ZERO;
    for (int i = 0; i < values.size(); i++) {
      Fraction v = checkNotNull(values.get(i), "values[%s]", i);
      if (v.signum() < 0) {
        throw new IllegalArgumentException("values[" + i + "] (" + v + ") must not be negative");
      }
      total = total.add(v);
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("values (" + values + ") must not all be zero");
    }
    ImmutableList.Builder<Fraction> s = ImmutableList.builder();
    for (Fraction v : values) {
      s.add(v.divide(total));
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

  /** Returns the shares, summing to 1. */
  public ImmutableList<Fraction> shares() {
    return shares;
  }

  /** Returns the Herfindahl-Hirschman index, the sum of squared shares. */
  public Fraction herfindahl() {
    Fraction h = Fraction.ZERO;
    for (Fraction s : shares) {
      h = h.add(s.multiply(s));
    }
    return h;
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

  /** Returns the Gini coefficient (population form) in [0, (n-1)/n]. */
  public Fraction gini() {
    int n = shares.size();
    Fraction sum = Fraction.ZERO;
    for (Fraction a : shares) {
      for (Fraction b : shares) {
        Fraction d = a.subtract(b);
        sum = sum.add(d.signum() < 0 ? d.negate() : d);
      }
    }
    return sum.divide(Fraction.of(2L * n));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Concentration && ((Concentration) o).shares.equals(shares);
  }

  @Override
  public int hashCode() {
    return shares.hashCode();
  }

  /** Returns {@code "HHI 3/10 (normalised 1/15), Gini 1/4"}. */
  @Override
  public String toString() {
    return "HHI " + herfindahl() + " (normalised " + normalizedHerfindahl() + "), Gini " + gini();
  }
}
