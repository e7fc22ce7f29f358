package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.internal.Checks;
import dev.partnership.model.PartnershipOperator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a {@link Scenario}: a date, a label people read and the operator that changes the
 * partnership. A step dated by month ({@code "2022-01"}) prints by month and counts as the first
 * day of that month when steps are ordered or a rule needs a date.
 *
 * <pre>{@code
 * Step.of("2022-01", "regions decide the budget", PartnershipOperators.leave(jass))
 * // 2022-01 "regions decide the budget": leave(jass)
 * }</pre>
 */
public final class Step {
  private static final Pattern MONTH = Pattern.compile("-?\\d{4,9}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("-?\\d{4,9}-\\d{2}-\\d{2}");

  private final LocalDate date;
  private final boolean byMonth;
  private final String label;
  private final PartnershipOperator operator;

  private Step(LocalDate date, boolean byMonth, String label, PartnershipOperator operator) {
    this.date = checkNotNull(date, "date");
    this.byMonth = byMonth;
    this.label = Checks.checkNotBlank(label, "label");
    this.operator = checkNotNull(operator, "operator");
  }

  /**
   * Returns the step {@code label} on {@code date} ({@code "2022-01"} for a month, {@code
   * "2022-01-15"} for a day).
   *
   * @throws IllegalArgumentException if the date is neither, or the label is blank
   * @throws NullPointerException naming the argument that is null
   */
  public static Step of(String date, String label, PartnershipOperator operator) {
    Parsed d = parse(date);
    return new Step(d.date(), d.byMonth(), label, operator);
  }

  /** A date as written: its day (the first of the month) and whether it names a month. */
  record Parsed(LocalDate date, boolean byMonth) {
    /** Returns the last day the date covers: the month's last day, or the day itself. */
    LocalDate lastDay() {
      return byMonth ? YearMonth.from(date).atEndOfMonth() : date;
    }
  }

  /**
   * Reads {@code "2022-01"} or {@code "2022-01-15"}.
   *
   * @throws IllegalArgumentException if the text is neither
   */
  static Parsed parse(String date) {
    checkNotNull(date, "date");
    String d = date.strip();
    try {
      if (MONTH.matcher(d).matches()) {
        return new Parsed(YearMonth.parse(d).atDay(1), true);
      }
      if (DAY.matcher(d).matches()) {
        return new Parsed(LocalDate.parse(d), false);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date (" + shortened(date) + ") must be a real month (yyyy-MM) or day (yyyy-MM-dd)", e);
    }
    throw new IllegalArgumentException(
        "date ("
            + shortened(date)
            + ") must be a month yyyy-MM (2022-01) or a day yyyy-MM-dd (2022-01-15)");
  }

  /** Returns the step {@code label} in {@code month}. */
  public static Step of(YearMonth month, String label, PartnershipOperator operator) {
    return new Step(checkNotNull(month, "month").atDay(1), true, label, operator);
  }

  /** Returns the step {@code label} on {@code day}. */
  public static Step of(LocalDate day, String label, PartnershipOperator operator) {
    return new Step(checkNotNull(day, "day"), false, label, operator);
  }

  /** Returns at most 40 characters of a hostile input, so refusals stay short. */
  static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Returns the date (the first day of the month for a step dated by month). */
  public LocalDate date() {
    return date;
  }

  /** Returns whether the step is dated by month rather than by day. */
  public boolean isByMonth() {
    return byMonth;
  }

  /** Returns the date as written: {@code "2022-01"} by month, {@code "2022-01-15"} by day. */
  public String dateText() {
    return byMonth ? YearMonth.from(date).toString() : date.toString();
  }

  /** Returns the label. */
  public String label() {
    return label;
  }

  /** Returns the operator. */
  public PartnershipOperator operator() {
    return operator;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Step s
        && date.equals(s.date)
        && byMonth == s.byMonth
        && label.equals(s.label)
        && operator.equals(s.operator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, byMonth, label, operator);
  }

  /** Returns {@code 2022-01 "label": operator(arguments)}. */
  @Override
  public String toString() {
    return dateText() + " \"" + label + "\": " + operator;
  }
}
