package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The result of a power index: one exact value per player, in player order, with the integer counts
 * behind them where the index has such counts (Banzhaf swings, Shapley-Shubik pivots).
 *
 * <p>Indices are exact ({@link #errorBound()} is zero) except {@link
 * PowerIndices#shapleyShubikApproximation}, whose bound is stated; {@link #asDoubles()} is a
 * convenience view.
 *
 * <pre>{@code
 * var b = PowerIndices.banzhaf(VotingGame.weighted(11, 9, 5, 3, 1, 1));
 * b.counts()      // [13, 3, 3, 1, 1]
 * b.values()      // [13/21, 1/7, 1/7, 1/21, 1/21]
 * }</pre>
 */
public final class PowerIndex {
  private final String name;
  private final ImmutableList<String> labels;
  private final ImmutableList<Fraction> values;
  private final Optional<ImmutableList<BigInteger>> counts;
  private final Fraction errorBound;

  PowerIndex(
      String name,
      ImmutableList<String> labels,
      ImmutableList<Fraction> values,
      Optional<ImmutableList<BigInteger>> counts) {
    this(name, labels, values, counts, Fraction.ZERO);
  }

  PowerIndex(
      String name,
      ImmutableList<String> labels,
      ImmutableList<Fraction> values,
      Optional<ImmutableList<BigInteger>> counts,
      Fraction errorBound) {
    this.name = checkNotNull(name);
    this.labels = labels;
    this.values = values;
    this.counts = counts;
    this.errorBound = errorBound;
  }

  static PowerIndex normalized(String name, VotingGame g, BigInteger[] counts) {
    BigInteger total = BigInteger.ZERO;
    for (BigInteger c : counts) {
      total = total.add(c);
    }
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (BigInteger c : counts) {
      v.add(total.signum() == 0 ? Fraction.ZERO : Fraction.of(c, total));
    }
    return new PowerIndex(name, g.labels(), v.build(), Optional.of(ImmutableList.copyOf(counts)));
  }

  /** Returns the index's name, e.g. {@code "Banzhaf"}. */
  public String name() {
    return name;
  }

  /** Returns the players' labels, in player order. */
  public ImmutableList<String> labels() {
    return labels;
  }

  /** Returns the exact values, in player order. */
  public ImmutableList<Fraction> values() {
    return values;
  }

  /** Returns player {@code i}'s exact value. */
  public Fraction value(int i) {
    return values.get(i);
  }

  /** Returns the counts behind the values (swings, pivots), if this index has them. */
  public Optional<ImmutableList<BigInteger>> counts() {
    return counts;
  }

  /**
   * Returns player {@code i}'s count.
   *
   * @throws IllegalStateException if this index has no counts
   */
  public BigInteger count(int i) {
    return counts
        .orElseThrow(() -> new IllegalStateException(name + " has no counts, only values"))
        .get(i);
  }

  /**
   * Returns the bound on the absolute error of each value: zero for exact indices, positive for
   * {@link PowerIndices#shapleyShubikApproximation}.
   */
  public Fraction errorBound() {
    return errorBound;
  }

  /** Returns whether the values are exact ({@link #errorBound()} is zero). */
  public boolean isExact() {
    return errorBound.signum() == 0;
  }

  /** Returns the values as doubles, in player order. */
  public double[] asDoubles() {
    double[] d = new double[values.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = values.get(i).doubleValue();
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PowerIndex)) {
      return false;
    }
    PowerIndex p = (PowerIndex) o;
    return name.equals(p.name)
        && labels.equals(p.labels)
        && values.equals(p.values)
        && counts.equals(p.counts)
        && errorBound.equals(p.errorBound);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + values.hashCode();
  }

  /** Returns {@code "Banzhaf {p0=5/12, p1=1/4, ...}"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(name).append(" {");
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(labels.get(i)).append('=').append(values.get(i));
    }
    return s.append('}').toString();
  }
}
