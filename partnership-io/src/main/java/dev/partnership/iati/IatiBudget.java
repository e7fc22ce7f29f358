package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code budget} of an activity.
 *
 * @param line the line of the element
 * @param start the period start, if given
 * @param end the period end, if given
 * @param value the value, if a number
 * @param currency the currency of the value or the activity default
 */
public record IatiBudget(
    int line,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    Optional<BigDecimal> value,
    Optional<String> currency) {
  /** Checks that no part is null. */
  public IatiBudget {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    checkNotNull(value, "value");
    checkNotNull(currency, "currency");
  }
}
