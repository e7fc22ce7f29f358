package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.internal.Checks;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A starting partnership plus dated, labelled steps, replayed into a {@link Timeline}: an immutable
 * value. Steps are kept in order and their dates never go back.
 *
 * <p>{@link #then} returns a longer scenario (it copies the steps, so build scenarios of many
 * thousand steps with {@link #of(Partnership, List)}); {@link #branch} cuts a scenario after a step
 * so that a what-if alternative can go on from there.
 *
 * <pre>{@code
 * import static dev.partnership.model.GovernanceOperators.*;
 * var s = Scenario.start(gppac)
 *     .then("2022-01", "regions get more weight", reweight("ISG", east, 2))
 *     .then("2022-06", "simple majority to two thirds", changeRule("ISG", DecisionRule.qualifiedMajority(2, 3)));
 * var whatIf = s.branch(1).then("2022-06", "a veto for the east", grantVeto("ISG", east));
 * System.out.println(s.replay().table());
 * }</pre>
 */
public final class Scenario {
  private final Partnership start;
  private final ImmutableList<Step> steps;

  private Scenario(Partnership start, ImmutableList<Step> steps) {
    this.start = start;
    this.steps = steps;
  }

  /** Returns the scenario of {@code start} with no steps. */
  public static Scenario start(Partnership start) {
    return new Scenario(checkNotNull(start, "start"), ImmutableList.of());
  }

  /**
   * Returns the scenario of {@code start} with {@code steps}, in order.
   *
   * @throws NullPointerException naming {@code steps[i]} if a step is null
   * @throws IllegalArgumentException if a step's date comes before the date of the step before it
   */
  public static Scenario of(Partnership start, List<Step> steps) {
    checkNotNull(start, "start");
    ImmutableList<Step> copy = Checks.copyWithoutNulls(steps, "steps");
    for (int i = 1; i < copy.size(); i++) {
      checkOrder(copy.get(i - 1), copy.get(i), i);
    }
    return new Scenario(start, copy);
  }

  private static void checkOrder(Step before, Step step, int i) {
    Checks.checkField(
        !step.date().isBefore(before.date()),
        "steps[" + i + "] date",
        step.dateText(),
        "must not come before the date of the step before it (" + before.dateText() + ")");
  }

  /**
   * Returns this scenario followed by the step {@code label} on {@code date} ({@code "2022-01"} or
   * {@code "2022-01-15"}), made of {@code operators} applied in order as one change.
   *
   * @throws IllegalArgumentException if the date cannot be read or comes before the last step's, or
   *     no operator is given
   */
  public Scenario then(String date, String label, PartnershipOperator... operators) {
    return then(Step.of(date, label, operators));
  }

  /** Returns this scenario followed by the step {@code label} in {@code month}. */
  public Scenario then(YearMonth month, String label, PartnershipOperator... operators) {
    return then(Step.of(month, label, operators));
  }

  /** Returns this scenario followed by the step {@code label} on {@code day}. */
  public Scenario then(LocalDate day, String label, PartnershipOperator... operators) {
    return then(Step.of(day, label, operators));
  }

  /**
   * Returns this scenario followed by {@code step}.
   *
   * @throws IllegalArgumentException if its date comes before the last step's
   */
  public Scenario then(Step step) {
    checkNotNull(step, "step");
    if (!steps.isEmpty()) {
      checkOrder(steps.get(steps.size() - 1), step, steps.size());
    }
    return new Scenario(start, ImmutableList.<Step>builder().addAll(steps).add(step).build());
  }

  /** Returns the starting partnership. */
  public Partnership start() {
    return start;
  }

  /** Returns the steps, in order. */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /** Returns the number of steps. */
  public int size() {
    return steps.size();
  }

  /**
   * Returns the scenario made of the first {@code afterSteps} steps, to go on with a what-if
   * alternative ({@code branch(0)} is the start alone).
   *
   * @throws IndexOutOfBoundsException if {@code afterSteps} is not in [0, size()]
   */
  public Scenario branch(int afterSteps) {
    if (afterSteps < 0 || afterSteps > steps.size()) {
      throw new IndexOutOfBoundsException(
          "afterSteps (" + afterSteps + ") must be in [0, " + steps.size() + "]");
    }
    return new Scenario(start, steps.subList(0, afterSteps));
  }

  /**
   * Replays the steps with the {@linkplain Replay#stopping() default replay}: the standard metrics,
   * stopping at a step that does not apply.
   *
   * @throws StepNotApplicableException naming the step's date, label and reason, if one does not
   *     apply
   */
  public Timeline replay() {
    return replay(Replay.stopping());
  }

  /**
   * Replays the steps as {@code replay} says.
   *
   * @throws StepNotApplicableException if a step does not apply and {@code replay} stops
   */
  public Timeline replay(Replay replay) {
    return Timeline.replay(this, checkNotNull(replay, "replay"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario s && start.equals(s.start) && steps.equals(s.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, steps);
  }

  /**
   * Returns the calls that make this scenario: {@code Scenario.start(gppac).then("2022-01",
   * "label", op)...}, the first ten steps, then how many more there are.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Scenario.start(").append(start.id()).append(')');
    steps.stream()
        .limit(10)
        .forEach(
            st ->
                s.append(".then(\"")
                    .append(st.dateText())
                    .append("\", \"")
                    .append(st.label())
                    .append("\", ")
                    .append(st.operatorsText())
                    .append(')'));
    if (steps.size() > 10) {
      s.append(" and ").append(steps.size() - 10).append(" more steps");
    }
    return s.toString();
  }
}
