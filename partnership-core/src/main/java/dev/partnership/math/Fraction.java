package dev.partnership.math;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number, always in lowest terms with a positive denominator.
 *
 * <p>Power indices, swing and pivot shares and membership shares are exact in this library; {@link
 * #doubleValue()} is only a convenience view.
 *
 * <pre>{@code
 * Fraction.of(10, 24)              // 5/12
 * Fraction.of(1, 4).add(Fraction.of(1, 6)).doubleValue()  // 0.41666...
 * }</pre>
 */
public final class Fraction extends Number implements Comparable<Fraction> {
  private static final long serialVersionUID = 1L;

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator (0) must not be zero: " + numerator + "/0");
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    BigInteger n = numerator.divide(gcd);
    BigInteger d = denominator.divide(gcd);
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    return new Fraction(n, d);
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The largest decimal exponent, either way, that {@link #of(BigDecimal)} converts: a power of ten
   * beyond it is a number no amount or share in this field needs, and would cost time and memory
   * out of proportion to the few bytes that write it ({@code 1E+999999999}).
   */
  public static final int MAX_DECIMAL_SCALE = 10_000;

  /**
   * Returns the exact value of a decimal, e.g. {@code 0.025} is {@code 1/40}.
   *
   * @throws IllegalArgumentException if its scale is beyond {@link #MAX_DECIMAL_SCALE} either way
   */
  public static Fraction of(BigDecimal value) {
    checkNotNull(value, "value");
    checkArgument(
        Math.abs((long) value.scale()) <= MAX_DECIMAL_SCALE,
        "value's scale (%s) must be within [-%s, %s] to be converted exactly",
        value.scale(),
        MAX_DECIMAL_SCALE,
        MAX_DECIMAL_SCALE);
    return value.scale() >= 0
        ? of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
        : of(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
  }

  /** Returns the whole number {@code value}. */
  public static Fraction of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** Returns the numerator (lowest terms; carries the sign). */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the denominator (lowest terms; always positive). */
  public BigInteger denominator() {
    return denominator;
  }

  /** Returns {@code this + other}. */
  public Fraction add(Fraction other) {
    checkNotNull(other, "other");
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns {@code this - other}. */
  public Fraction subtract(Fraction other) {
    checkNotNull(other, "other");
    return add(other.negate());
  }

  /** Returns {@code this * other}. */
  public Fraction multiply(Fraction other) {
    checkNotNull(other, "other");
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this / other}.
   *
   * @throws ArithmeticException if {@code other} is zero
   */
  public Fraction divide(Fraction other) {
    checkNotNull(other, "other");
    if (other.signum() == 0) {
      throw new ArithmeticException("divisor (0) must not be zero: " + this + " / 0");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Returns {@code -this}. */
  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  /** Returns the sign: -1, 0 or 1. */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns this value rounded to {@code context}.
   *
   * @throws IllegalArgumentException if {@code context} has unlimited precision and the decimal
   *     expansion of this value does not terminate (its denominator has a prime factor other than 2
   *     and 5)
   */
  public BigDecimal toBigDecimal(MathContext context) {
    checkNotNull(context, "context");
    if (context.getPrecision() == 0) {
      // the expansion terminates when the odd part d of the denominator is a power of 5; then d
      // divides 5^m for any m at least its exponent, and log2(5) > 2 bounds that exponent
      BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
      int m = d.bitLength() / 2 + 1;
      checkArgument(
          BigInteger.valueOf(5).pow(m).mod(d).signum() == 0,
          "context (unlimited precision) cannot hold %s exactly: its decimal expansion does not terminate",
          brief());
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
  }

  /**
   * Returns the double nearest to this value (ties to the even one), as {@link
   * BigDecimal#doubleValue()} does for a decimal: {@code 0.0} below half the smallest double, an
   * infinity past the largest.
   *
   * <p>The quotient is rounded once, exactly: dividing two doubles is exact-then-rounded when both
   * parts fit in 53 bits; otherwise the integer quotient at the last place of the result and its
   * remainder decide the rounding (rounding to 16 decimal digits first would be wrong by one unit
   * in the last place for about half of all big fractions).
   */
  /**
   * Returns {@link #toString()} cut to 40 characters with its length when longer, for messages (not
   * {@code internal.Texts}: that package depends on this one).
   */
  private String brief() {
    String s = toString();
    return s.length() <= 50 ? s : s.substring(0, 40) + "... (" + s.length() + " characters)";
  }

  @Override
  public double doubleValue() {
    if (numerator.bitLength() < 53 && denominator.bitLength() < 53) {
      return numerator.doubleValue() / denominator.doubleValue();
    }
    if (numerator.signum() == 0) {
      return 0.0;
    }
    BigInteger n = numerator.abs();
    // e = floor(log2(n / d)): n / d lies in [2^(k-1), 2^(k+1)) with k the difference of bit lengths
    int k = n.bitLength() - denominator.bitLength();
    int e =
        (k >= 0 ? n.compareTo(denominator.shiftLeft(k)) : n.shiftLeft(-k).compareTo(denominator))
                >= 0
            ? k
            : k - 1;
    if (e > Double.MAX_EXPONENT) {
      return numerator.signum() * Double.POSITIVE_INFINITY;
    }
    // the last place of the result: 53 significant bits, or the subnormal grid of 2^-1074
    int last = Math.max(e - 52, Double.MIN_EXPONENT - 52);
    BigInteger top = last <= 0 ? n.shiftLeft(-last) : n;
    BigInteger bottom = last <= 0 ? denominator : denominator.shiftLeft(last);
    BigInteger[] qr = top.divideAndRemainder(bottom);
    int half = qr[1].shiftLeft(1).compareTo(bottom);
    BigInteger q = half > 0 || (half == 0 && qr[0].testBit(0)) ? qr[0].add(BigInteger.ONE) : qr[0];
    // q has at most 54 bits (2^53 after rounding up), so q and q * 2^last are exact doubles or
    // infinity
    return numerator.signum() * Math.scalb(q.doubleValue(), last);
  }

  @Override
  public float floatValue() {
    return (float) doubleValue();
  }

  @Override
  public int intValue() {
    return numerator.divide(denominator).intValue();
  }

  @Override
  public long longValue() {
    return numerator.divide(denominator).longValue();
  }

  @Override
  public int compareTo(Fraction other) {
    checkNotNull(other, "other");
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Fraction)) {
      return false;
    }
    Fraction f = (Fraction) o;
    return numerator.equals(f.numerator) && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** Returns {@code "5/12"}, or {@code "3"} for a whole number. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
