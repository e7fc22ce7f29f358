package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import dev.partnership.internal.Checks;
import dev.partnership.model.OperatorNotApplicableException;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a {@link Scenario}: a date, a label people read and the operators that change the
 * partnership, applied in order as one change (when one does not apply, none of them is). A step
 * dated by month ({@code "2022-01"}) prints by month and counts as the first day of that month when
 * steps are ordered or a rule needs a date.
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
  private final ImmutableList<PartnershipOperator> operators;

  private Step(LocalDate date, boolean byMonth, String label, PartnershipOperator[] operators) {
    this.date = checkNotNull(date, "date");
    this.byMonth = byMonth;
    this.label = Checks.checkNotBlank(label, "label");
    this.operators = Checks.copyWithoutNulls(operators, "operators");
    Checks.checkField(
        !this.operators.isEmpty(),
        "operators",
        "[]",
        "of step \"" + label + "\" must not be empty");
  }

  /**
   * Returns the step {@code label} on {@code date} ({@code "2022-01"} for a month, {@code
   * "2022-01-15"} for a day), made of {@code operators} applied in order.
   *
   * @throws IllegalArgumentException if the date is neither, the label is blank or no operator is
   *     given
   * @throws NullPointerException naming the argument that is null, or {@code operators[i]}
   */
  public static Step of(String date, String label, PartnershipOperator... operators) {
    Parsed d = parse(date);
    return new Step(d.date(), d.byMonth(), label, operators);
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

  /** Returns the step {@code label} in {@code month}, made of {@code operators}. */
  public static Step of(YearMonth month, String label, PartnershipOperator... operators) {
    return new Step(checkNotNull(month, "month").atDay(1), true, label, operators);
  }

  /** Returns the step {@code label} on {@code day}, made of {@code operators}. */
  public static Step of(LocalDate day, String label, PartnershipOperator... operators) {
    return new Step(checkNotNull(day, "day"), false, label, operators);
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

  /** Returns the operators, in the order they apply. */
  public ImmutableList<PartnershipOperator> operators() {
    return operators;
  }

  /**
   * Returns {@code p} changed by every operator of this step, in order.
   *
   * @throws OperatorNotApplicableException from the first operator that does not apply (nothing of
   *     the step is applied then: {@code p} is immutable)
   */
  Partnership applyTo(Partnership p) {
    Partnership next = p;
    for (PartnershipOperator op : operators) {
      next = op.apply(next);
    }
    return next;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Step s
        && date.equals(s.date)
        && byMonth == s.byMonth
        && label.equals(s.label)
        && operators.equals(s.operators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, byMonth, label, operators);
  }

  /** Returns {@code 2022-01 "label": operator(arguments), ...}. */
  @Override
  public String toString() {
    return dateText() + " \"" + label + "\": " + operatorsText();
  }

  /** Returns the operators as calls separated by commas: {@code reweight(ISG, east, 2), ...}. */
  String operatorsText() {
    return Joiner.on(", ").join(operators);
  }
}
