package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency. Amounts in different currencies never mix:
 * {@link #add} refuses them; convert first with rates the caller passes ({@link #convert}).
 *
 * <pre>{@code
 * Money.of("1250000.00", "EUR").add(Money.of("500", "EUR"))   // 1250500.00 EUR
 * }</pre>
 */
public final class Money implements Comparable<Money> {
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /** Returns {@code amount} in {@code currency}. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(checkNotNull(amount, "amount"), checkNotNull(currency, "currency"));
  }

  /**
   * Returns the amount written as {@code amount} in the currency with ISO 4217 code {@code code}.
   *
   * @throws IllegalArgumentException if the amount is not a number or the code not a currency
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
      throw new IllegalArgumentException("currency (" + code + ") must be an ISO 4217 code such as EUR or USD", e);
    }
  }

  static BigDecimal parseAmount(String text) {
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
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money add(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Returns this amount times {@code rate} in {@code target}: a conversion at a rate the caller chose. */
  public Money convert(Currency target, BigDecimal rate) {
    checkNotNull(target, "target");
    checkNotNull(rate, "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate (" + rate + ") from " + currency + " to " + target + " must be positive");
    }
    return new Money(amount.multiply(rate), target);
  }

  /** Returns whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void checkSameCurrency(Money other) {
    checkNotNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currency (" + other.currency + ") must be " + currency + ": amounts in different currencies are not added without a rate");
    }
  }

  /**
   * Compares amounts of one currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money o) {
    checkSameCurrency(o);
    return amount.compareTo(o.amount);
  }

  /** Equal when currency and numeric value are equal ({@code 1.0 EUR} equals {@code 1.00 EUR}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).currency.equals(currency) && ((Money) o).amount.compareTo(amount) == 0;
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
