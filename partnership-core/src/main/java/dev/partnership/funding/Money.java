package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency. Amounts in different currencies never mix:
 * {@link #add} refuses them; convert first with rates the caller passes ({@link #convert}).
 *
 * <p>Amounts are bounded (this library's own limits, far beyond any real budget): at most {@code
 * 10^}{@value #MAX_INTEGER_DIGITS} in absolute value and at most {@value #MAX_DECIMALS} decimal
 * places (trailing zeros do not count). The bounds keep exact sums cheap and keep the
 * double-precision tracing of {@link Localisation} clear of overflow and underflow; an amount past
 * them is refused with a message that names it.
 *
 * <pre>{@code
 * Money.of("1250000.00", "EUR").add(Money.of("500", "EUR"))   // 1250500.00 EUR
 * }</pre>
 */
public final class Money implements Comparable<Money> {
  /**
   * The most digits before the decimal point: amounts are below {@code 10^100} in absolute value.
   */
  public static final int MAX_INTEGER_DIGITS = 100;

  /** The most decimal places of an amount (trailing zeros do not count). */
  public static final int MAX_DECIMALS = 100;

  /** The longest text {@link #of(String, String)} parses. */
  static final int MAX_TEXT_LENGTH = 2 * (MAX_INTEGER_DIGITS + MAX_DECIMALS);

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency, String field) {
    this.amount = checkBounds(amount, field);
    this.currency = currency;
  }

  /**
   * Returns {@code amount} in {@code currency}.
   *
   * @throws IllegalArgumentException if the amount is {@code 10^100} or more in absolute value, or
   *     has more than 100 decimal places
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(checkNotNull(amount, "amount"), checkNotNull(currency, "currency"), "amount");
  }

  /**
   * Returns a computed amount (a sum, a total), refused with {@code field} in the message when out
   * of bounds.
   */
  static Money computed(BigDecimal amount, Currency currency, String field) {
    return new Money(amount, currency, field);
  }

  /** Returns {@code amount} without trailing zeros past the allowed decimals, or refuses it. */
  private static BigDecimal checkBounds(BigDecimal amount, String field) {
    BigDecimal a = amount.scale() > MAX_DECIMALS ? amount.stripTrailingZeros() : amount;
    if (a.signum() != 0 && a.precision() - a.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          field
              + " ("
              + shortly(a)
              + ") must be below 10^"
              + MAX_INTEGER_DIGITS
              + " in absolute value");
    }
    if (a.scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          field + " (" + shortly(a) + ") must have at most " + MAX_DECIMALS + " decimal places");
    }
    return a.signum() == 0 && a.scale() < 0 ? BigDecimal.ZERO : a;
  }

  /** Returns a decimal in scientific notation, cut to 40 characters, for messages. */
  private static String shortly(BigDecimal value) {
    String s = value.toString();
    return s.length() <= 40 ? s : s.substring(0, 30) + "..." + s.substring(s.length() - 8);
  }

  /**
   * Returns the amount written as {@code amount} in the currency with ISO 4217 code {@code code}.
   *
   * @throws IllegalArgumentException if the amount is not a number, is longer than 400 characters
   *     or out of the bounds above, or the code not a currency
   */
  public static Money of(String amount, String code) {
    checkNotNull(amount, "amount");
    checkNotNull(code, "code");
    return of(parseAmount(amount), currency(code));
  }

  /**
   * Returns the currency for an ISO 4217 code.
   *
   * @throws IllegalArgumentException naming the code if it is not an ISO 4217 currency
   */
  public static Currency currency(String code) {
    checkNotNull(code, "code");
    try {
      return Currency.getInstance(code.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency (" + code + ") must be an ISO 4217 code such as EUR or USD", e);
    }
  }

  static BigDecimal parseAmount(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "amount (\""
              + text.substring(0, 20)
              + "...\", "
              + text.length()
              + " characters) must be at most "
              + MAX_TEXT_LENGTH
              + " characters");
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount (\"" + text + "\") must be a decimal number", e);
    }
  }

  /** Returns the amount. */
  public BigDecimal amount() {
    return amount;
  }

  /** Returns the currency. */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the sum.
   *
   * @throws IllegalArgumentException if the currencies differ or the sum is out of bounds
   */
  public Money add(Money other) {
    checkSameCurrency(other, "added");
    return new Money(amount.add(other.amount), currency, "sum of " + this + " and " + other);
  }

  /**
   * Returns this amount times {@code rate} in {@code target}: a conversion at a rate the caller
   * chose.
   *
   * @throws IllegalArgumentException if the rate is not positive or the result is out of bounds
   */
  public Money convert(Currency target, BigDecimal rate) {
    checkNotNull(target, "target");
    checkNotNull(rate, "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException(
          "rate (" + shortly(rate) + ") from " + currency + " to " + target + " must be positive");
    }
    return new Money(amount.multiply(rate), target, this + " converted at " + shortly(rate));
  }

  /** Returns whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void checkSameCurrency(Money other, String operation) {
    checkNotNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currency ("
              + other.currency
              + ") must be "
              + currency
              + ": amounts in different currencies are not "
              + operation
              + " without a rate");
    }
  }

  /**
   * Compares amounts of one currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money o) {
    checkSameCurrency(o, "compared");
    return amount.compareTo(o.amount);
  }

  /** Equal when currency and numeric value are equal ({@code 1.0 EUR} equals {@code 1.00 EUR}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money
        && ((Money) o).currency.equals(currency)
        && ((Money) o).amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  /** Returns {@code "1250000.00 EUR"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
