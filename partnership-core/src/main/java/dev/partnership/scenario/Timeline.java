package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.partnership.analysis.PowerShift;
import dev.partnership.model.OperatorNotApplicableException;
import dev.partnership.model.Partnership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A replayed {@link Scenario}: the state after every step (state 0 is the start, state {@code i}
 * the state after step {@code i}), which steps were skipped and why, and the metrics measured at
 * every state.
 *
 * <p>Every state stays reachable without a full copy per state: the timeline keeps the start, every
 * {@code k}-th state ({@link Replay#snapshotEvery}) and the last, and {@link #state(int)}
 * re-applies at most {@code k - 1} steps from the nearest kept state. Operators are pure, so a
 * re-applied step gives the state it gave during the replay. Metrics are measured once, during the
 * replay, on the step's date (state 0 on the first step's date; in a scenario without steps on
 * 1970-01-01).
 *
 * <pre>{@code
 * var t = scenario.replay();
 * System.out.println(t.table());
 * t.state(2)                 // the partnership after step 2
 * t.stateAfter("regions get more weight")
 * System.out.println(t.shift(0, t.size() - 1).summary());
 * }</pre>
 */
public final class Timeline {
  private static final int SHOWN_ROWS = 20;

  private final Scenario scenario;
  private final ImmutableSortedMap<Integer, String> skipped;
  private final ImmutableList<Partnership> snapshots;
  private final int interval;
  private final Partnership end;
  private final ImmutableList<Metric> metrics;
  private final ImmutableList<ImmutableList<Measurement>> values;

  private Timeline(
      Scenario scenario,
      ImmutableSortedMap<Integer, String> skipped,
      ImmutableList<Partnership> snapshots,
      int interval,
      Partnership end,
      ImmutableList<Metric> metrics,
      ImmutableList<ImmutableList<Measurement>> values) {
    this.scenario = scenario;
    this.skipped = skipped;
    this.snapshots = snapshots;
    this.interval = interval;
    this.end = end;
    this.metrics = metrics;
    this.values = values;
  }

  /** Replays {@code scenario}: applies each step once, keeps every k-th state, measures metrics. */
  static Timeline replay(Scenario scenario, Replay replay) {
    ImmutableList<Metric> metrics = replay.metricsFor(scenario.start());
    int k = replay.snapshotInterval();
    List<Step> steps = scenario.steps();
    LocalDate firstDate = steps.isEmpty() ? LocalDate.EPOCH : steps.get(0).date();
    TreeMap<Integer, String> skipped = new TreeMap<>();
    ImmutableList.Builder<Partnership> snapshots = ImmutableList.builder();
    ImmutableList.Builder<ImmutableList<Measurement>> values = ImmutableList.builder();
    Partnership p = scenario.start();
    snapshots.add(p);
    values.add(measure(metrics, p, firstDate));
    for (int i = 1; i <= steps.size(); i++) {
      Step step = steps.get(i - 1);
      try {
        p = step.applyTo(p);
      } catch (OperatorNotApplicableException e) {
        if (!replay.skipsSteps()) {
          throw new StepNotApplicableException(i, step, e.operator(), e.reason());
        }
        skipped.put(i, e.reason());
      }
      if (i % k == 0) {
        snapshots.add(p);
      }
      values.add(measure(metrics, p, step.date()));
    }
    return new Timeline(
        scenario,
        ImmutableSortedMap.copyOf(skipped),
        snapshots.build(),
        k,
        p,
        metrics,
        values.build());
  }

  private static ImmutableList<Measurement> measure(
      ImmutableList<Metric> metrics, Partnership p, LocalDate date) {
    if (metrics.isEmpty()) {
      return ImmutableList.of();
    }
    return metrics.stream().map(m -> m.measure(p, date)).collect(ImmutableList.toImmutableList());
  }

  /** Returns the scenario this timeline replays. */
  public Scenario scenario() {
    return scenario;
  }

  /** Returns the number of states: the number of steps plus one (the start). */
  public int size() {
    return scenario.size() + 1;
  }

  /** Returns the number of full states kept (the start, every k-th state). */
  public int keptStates() {
    return snapshots.size();
  }

  /**
   * Returns state {@code i}: the start for 0, the partnership after step {@code i} otherwise (after
   * a skipped step, the state before it).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in [0, size() - 1]
   */
  public Partnership state(int i) {
    checkState(i);
    if (i == scenario.size()) {
      return end;
    }
    int base = i / interval;
    Partnership p = snapshots.get(base);
    for (int j = base * interval + 1; j <= i; j++) {
      if (!skipped.containsKey(j)) {
        p = scenario.steps().get(j - 1).applyTo(p);
      }
    }
    return p;
  }

  private void checkState(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException(
          "state (" + i + ") must be in [0, " + scenario.size() + "]");
    }
  }

  /** Returns the last state. */
  public Partnership end() {
    return end;
  }

  /**
   * Returns the state on {@code date} ({@code "2022-06"} means the end of June 2022): the state
   * after every step dated on or before it, the start when it comes before every step.
   *
   * @throws IllegalArgumentException if the date cannot be read
   */
  public Partnership stateOn(String date) {
    return state(indexOn(date));
  }

  /** Returns the index of the state on {@code date}; see {@link #stateOn(String)}. */
  public int indexOn(String date) {
    LocalDate last = Step.parse(date).lastDay();
    List<Step> steps = scenario.steps();
    int lo = 0;
    int hi = steps.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (steps.get(mid).date().isAfter(last)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Returns the index of the first step labelled {@code label}.
   *
   * @throws IllegalArgumentException if no step has that label
   */
  public int indexOf(String label) {
    checkNotNull(label, "label");
    List<Step> steps = scenario.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).label().equals(label)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(
        "label (" + Step.shortened(label) + ") names no step; labels are " + labels());
  }

  private String labels() {
    List<String> ls = scenario.steps().stream().limit(10).map(Step::label).toList();
    return ls + (scenario.size() > 10 ? " and " + (scenario.size() - 10) + " more" : "");
  }

  /** Returns the state after the first step labelled {@code label}. */
  public Partnership stateAfter(String label) {
    return state(indexOf(label));
  }

  /**
   * Returns step {@code i} (the first is 1).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in [1, number of steps]
   */
  public Step step(int i) {
    if (i < 1 || i > scenario.size()) {
      throw new IndexOutOfBoundsException(
          "step (" + i + ") must be in [1, " + scenario.size() + "]");
    }
    return scenario.steps().get(i - 1);
  }

  /** Returns the skipped steps by number, with the reason each did not apply. */
  public ImmutableSortedMap<Integer, String> skipped() {
    return skipped;
  }

  /** Returns whether step {@code i} was skipped. */
  public boolean isSkipped(int i) {
    step(i);
    return skipped.containsKey(i);
  }

  /** Returns the metrics measured, in column order. */
  public ImmutableList<Metric> metrics() {
    return metrics;
  }

  /** Returns the measurements of state {@code i}, in the order of {@link #metrics()}. */
  public ImmutableList<Measurement> measurements(int i) {
    checkState(i);
    return values.get(i);
  }

  /**
   * Returns the measurement of {@code metric} at state {@code i}.
   *
   * @throws IllegalArgumentException if the timeline does not measure {@code metric}
   */
  public Measurement measurement(int i, Metric metric) {
    checkNotNull(metric, "metric");
    int column = metrics.indexOf(metric);
    if (column < 0) {
      throw new IllegalArgumentException(
          "metric (" + metric + ") is not measured by this timeline; metrics are " + metrics);
    }
    return measurements(i).get(column);
  }

  /**
   * Returns who gained and lost power, money and roles between states {@code from} and {@code to}
   * ({@link PowerShift#between}).
   */
  public PowerShift shift(int from, int to) {
    return PowerShift.between(state(from), state(to));
  }

  /**
   * Returns the shift between states {@code from} and {@code to} measured with {@code options}
   * (tiers, locality definition, power indices; see {@link PowerShift.Options}).
   */
  public PowerShift shift(int from, int to, PowerShift.Options options) {
    checkNotNull(options, "options");
    return PowerShift.between(state(from), state(to), options);
  }

  /** Returns the shift from the start to the last state. */
  public PowerShift shift() {
    return PowerShift.between(scenario.start(), end);
  }

  /**
   * Returns the scenario of the first {@code i} steps, to go on with a what-if alternative from
   * state {@code i}.
   */
  public Scenario branchAt(int i) {
    checkState(i);
    return scenario.branch(i);
  }

  /**
   * Returns the timeline as a table: per state its number, date, step label (with the reason when
   * skipped) and each metric with its change from the state before (signs, percentage points);
   * below it, why any value is not available.
   */
  public String table() {
    return table(size());
  }

  private String table(int rows) {
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("#", "date", "step"));
    metrics.forEach(m -> header.add(m.name()));
    cells.add(header);
    Map<String, String> notAvailable = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(rows, size()); i++) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(i));
      if (i == 0) {
        row.add("");
        row.add("start: " + scenario.start().name());
      } else {
        Step s = step(i);
        row.add(s.dateText());
        row.add(s.label() + (skipped.containsKey(i) ? " (skipped: " + skipped.get(i) + ")" : ""));
      }
      for (int c = 0; c < metrics.size(); c++) {
        int column = c;
        Measurement m = values.get(i).get(c);
        String change = i == 0 ? "" : m.changeFrom(values.get(i - 1).get(c));
        row.add(m.text() + (change.isEmpty() ? "" : " (" + change + ")"));
        int state = i;
        m.notAvailable()
            .ifPresent(
                r -> notAvailable.putIfAbsent(header.get(3 + column) + ": " + r, "" + state));
      }
      cells.add(row);
    }
    int[] width = new int[header.size()];
    for (List<String> row : cells) {
      for (int c = 0; c < row.size(); c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      for (int c = 0; c < row.size(); c++) {
        // the last column is not padded, so no line ends in spaces
        out.append(c == 0 ? "" : " | ")
            .append(c == row.size() - 1 ? row.get(c) : Strings.padEnd(row.get(c), width[c], ' '));
      }
      out.append('\n');
      if (r == 0) {
        for (int c = 0; c < row.size(); c++) {
          out.append(c == 0 ? "" : "-+-").append(Strings.repeat("-", width[c]));
        }
        out.append('\n');
      }
    }
    if (rows < size()) {
      out.append("... and ").append(size() - rows).append(" more states\n");
    }
    notAvailable.forEach(
        (what, state) ->
            out.append("n/a from state ").append(state).append(", ").append(what).append('\n'));
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline t
        && scenario.equals(t.scenario)
        && skipped.equals(t.skipped)
        && metrics.equals(t.metrics)
        && values.equals(t.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, skipped, metrics, values);
  }

  /** Returns the table of the first 20 states (all of {@link #table()} for a short timeline). */
  @Override
  public String toString() {
    return table(SHOWN_ROWS + 1);
  }
}
