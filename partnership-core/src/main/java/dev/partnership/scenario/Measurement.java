package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Metric} gave for one state: a value in words (a percentage with one decimal, a
 * count or a text) and, for percentages and counts, the exact number; or why it is not available
 * (for example a body too large for exact power, or a body that does not exist in that state).
 */
public final class Measurement {
  private final String text;
  private final Optional<Fraction> number;
  private final boolean percent;
  private final Optional<String> notAvailable;

  private Measurement(
      String text, Optional<Fraction> number, boolean percent, Optional<String> notAvailable) {
    this.text = text;
    this.number = number;
    this.percent = percent;
    this.notAvailable = notAvailable;
  }

  /** Returns a percentage: {@code 3/20} reads {@code "15%"}. */
  static Measurement percent(Fraction share) {
    return new Measurement(Texts.percent(share), Optional.of(share), true, Optional.empty());
  }

  /** Returns a percentage shown with a text after it, e.g. its label. */
  static Measurement percent(Fraction share, String text) {
    return new Measurement(text, Optional.of(share), true, Optional.empty());
  }

  /** Returns a count. */
  static Measurement count(long count) {
    return new Measurement(
        Long.toString(count), Optional.of(Fraction.of(count)), false, Optional.empty());
  }

  /** Returns a value that is only words. */
  static Measurement text(String text) {
    return new Measurement(checkNotNull(text, "text"), Optional.empty(), false, Optional.empty());
  }

  /** Returns a measurement that is not available, with the reason. */
  static Measurement notAvailable(String reason) {
    return new Measurement(
        "n/a", Optional.empty(), false, Optional.of(checkNotNull(reason, "reason")));
  }

  /** Returns the value in words ({@code "45.5%"}, {@code "3"}), or {@code "n/a"}. */
  public String text() {
    return text;
  }

  /** Returns the exact number behind a percentage or a count, if there is one. */
  public Optional<Fraction> number() {
    return number;
  }

  /** Returns whether the value is a percentage. */
  public boolean isPercent() {
    return percent;
  }

  /** Returns why the value is not available, or empty when it is. */
  public Optional<String> notAvailable() {
    return notAvailable;
  }

  /** Returns whether the value is available. */
  public boolean isAvailable() {
    return notAvailable.isEmpty();
  }

  /**
   * Returns the change from {@code before} with its sign: {@code "+4.5 pp"} for percentages
   * (percentage points; {@code "+0.0 pp"} for a rise too small for one decimal), {@code "-1"} for
   * counts, {@code ""} when nothing changed, {@code "changed"} when a value without a number
   * changed.
   */
  public String changeFrom(Measurement before) {
    checkNotNull(before, "before");
    if (number.isEmpty() || before.number.isEmpty() || percent != before.percent) {
      return text.equals(before.text) ? "" : "changed";
    }
    Fraction d = number.get().subtract(before.number.get());
    if (d.signum() == 0) {
      return "";
    }
    String sign = d.signum() > 0 ? "+" : "";
    if (percent) {
      String pp = Texts.percent(d);
      pp = pp.substring(0, pp.length() - 1);
      // a change too small for one decimal keeps its sign: +0.0 pp, -0.0 pp
      return (pp.equals("0") ? (d.signum() > 0 ? "+0.0" : "-0.0") : sign + pp) + " pp";
    }
    return sign + d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measurement m
        && text.equals(m.text)
        && number.equals(m.number)
        && percent == m.percent
        && notAvailable.equals(m.notAvailable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, number, percent, notAvailable);
  }

  /** Returns the text, or {@code n/a (reason)}. */
  @Override
  public String toString() {
    return notAvailable.map(r -> "n/a (" + r + ")").orElse(text);
  }
}
