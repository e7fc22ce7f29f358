package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A value watched at every state of a {@link Timeline}: a name and how to measure it on a state at
 * a date. The catalogue {@link Metrics} holds the ones the issue names; {@link #of(String,
 * PartnershipQuery)} turns any query into a metric. A metric that cannot be computed for a state
 * (an {@link IllegalArgumentException}, {@link IllegalStateException} or {@link
 * ArithmeticException} from the query) is {@linkplain Measurement#notAvailable() not available}
 * with the reason; it never stops a replay.
 *
 * <pre>{@code
 * Metric.of("members", p -> p.members().size())
 * }</pre>
 */
public final class Metric {
  private final String name;
  private final Object source;
  private final BiFunction<Partnership, LocalDate, Measurement> measure;

  private Metric(
      String name, Object source, BiFunction<Partnership, LocalDate, Measurement> measure) {
    this.name = Checks.checkNotBlank(name, "name");
    this.source = source;
    this.measure = measure;
  }

  /** Returns the catalogue metric {@code name}; {@code call} says it in full, for equality. */
  static Metric of(
      String name, String call, BiFunction<Partnership, LocalDate, Measurement> measure) {
    return new Metric(name, call, measure);
  }

  /**
   * Returns the user metric {@code name} measured by {@code query}: a {@link Fraction} reads as a
   * percentage, an integral number as a count, a collection as its size, an empty {@link Optional}
   * as {@code "none"}, and anything else by its {@code toString}. Two such metrics are equal when
   * their names and queries are.
   */
  public static Metric of(String name, PartnershipQuery<?> query) {
    checkNotNull(query, "query");
    return new Metric(name, query, (p, asOf) -> measurementOf(p.query(query)));
  }

  private static Measurement measurementOf(Object result) {
    Object r = result instanceof Optional<?> o ? o.orElse(null) : result;
    if (r == null) {
      return Measurement.text("none");
    }
    if (r instanceof Fraction f) {
      return Measurement.percent(f);
    }
    if (r instanceof Long || r instanceof Integer || r instanceof Short || r instanceof Byte) {
      return Measurement.count(((Number) r).longValue());
    }
    if (r instanceof Collection<?> c) {
      return Measurement.count(c.size());
    }
    return Measurement.text(String.valueOf(r));
  }

  /** Returns the name, as the timeline's column header. */
  public String name() {
    return name;
  }

  /**
   * Returns this metric on {@code state} at {@code asOf}, or a measurement that is not available
   * with the reason the query gave.
   */
  public Measurement measure(Partnership state, LocalDate asOf) {
    checkNotNull(state, "state");
    checkNotNull(asOf, "asOf");
    try {
      return checkNotNull(measure.apply(state, asOf), "measurement of %s", name);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return Measurement.notAvailable(String.valueOf(e.getMessage()));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Metric m && name.equals(m.name) && source.equals(m.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, source);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
