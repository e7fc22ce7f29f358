package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.internal.Checks;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQuery;
import java.util.Objects;

/**
 * How a {@link Scenario} is replayed: what happens at a step that does not apply (stop, or record
 * it as skipped), which metrics are measured at every state, and how often a full state is kept
 * (every {@code k} states; the states between are re-applied from the nearest one when asked for).
 *
 * <pre>{@code
 * scenario.replay(Replay.skipping().withMetric("members", p -> p.members().size()))
 * scenario.replay(Replay.stopping().withoutStandardMetrics().snapshotEvery(64))
 * }</pre>
 */
public final class Replay {
  /** The default number of states between two kept states (see the README for the trade-off). */
  public static final int DEFAULT_SNAPSHOT_INTERVAL = 32;

  /** The largest number of states between two kept states. */
  public static final int MAX_SNAPSHOT_INTERVAL = 1 << 20;

  private final boolean skip;
  private final boolean standardMetrics;
  private final ImmutableList<Metric> metrics;
  private final int snapshotEvery;

  private Replay(
      boolean skip, boolean standardMetrics, ImmutableList<Metric> metrics, int snapshotEvery) {
    this.skip = skip;
    this.standardMetrics = standardMetrics;
    this.metrics = metrics;
    this.snapshotEvery = snapshotEvery;
  }

  /**
   * Returns the default replay: a step that does not apply stops it ({@link
   * StepNotApplicableException}); the {@linkplain Metrics#standard standard metrics} are measured.
   */
  public static Replay stopping() {
    return new Replay(false, true, ImmutableList.of(), DEFAULT_SNAPSHOT_INTERVAL);
  }

  /**
   * Returns a replay that records a step that does not apply as skipped, with its reason, and goes
   * on from the state before it.
   */
  public static Replay skipping() {
    return new Replay(true, true, ImmutableList.of(), DEFAULT_SNAPSHOT_INTERVAL);
  }

  /** Returns this replay measuring {@code metric} too, after the metrics it has. */
  public Replay withMetric(Metric metric) {
    checkNotNull(metric, "metric");
    return new Replay(
        skip,
        standardMetrics,
        ImmutableList.<Metric>builder().addAll(metrics).add(metric).build(),
        snapshotEvery);
  }

  /** Returns this replay measuring the user metric {@code name} by {@code query} too. */
  public Replay withMetric(String name, PartnershipQuery<?> query) {
    return withMetric(Metric.of(name, query));
  }

  /** Returns this replay without the standard metrics (only those added with withMetric). */
  public Replay withoutStandardMetrics() {
    return new Replay(skip, false, metrics, snapshotEvery);
  }

  /**
   * Returns this replay keeping a full state every {@code k} states: reaching any state then costs
   * at most {@code k - 1} re-applied steps, and a timeline of {@code n} steps keeps {@code n / k +
   * 1} states.
   *
   * @throws IllegalArgumentException if {@code k} is not in [1, {@value #MAX_SNAPSHOT_INTERVAL}]
   */
  public Replay snapshotEvery(int k) {
    Checks.checkField(
        k >= 1 && k <= MAX_SNAPSHOT_INTERVAL,
        "snapshotEvery",
        k,
        "must be in [1, " + MAX_SNAPSHOT_INTERVAL + "]");
    return new Replay(skip, standardMetrics, metrics, k);
  }

  /** Returns whether a step that does not apply is skipped (rather than stopping the replay). */
  public boolean skipsSteps() {
    return skip;
  }

  /** Returns the number of states between two kept states. */
  public int snapshotInterval() {
    return snapshotEvery;
  }

  /** Returns the metrics measured for a scenario starting at {@code start}, in column order. */
  public ImmutableList<Metric> metricsFor(Partnership start) {
    checkNotNull(start, "start");
    if (!standardMetrics) {
      return metrics;
    }
    return ImmutableList.<Metric>builder().addAll(Metrics.standard(start)).addAll(metrics).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Replay r
        && skip == r.skip
        && standardMetrics == r.standardMetrics
        && metrics.equals(r.metrics)
        && snapshotEvery == r.snapshotEvery;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skip, standardMetrics, metrics, snapshotEvery);
  }

  /** Returns the call that made this replay, e.g. {@code Replay.skipping().withMetric(members)}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(skip ? "Replay.skipping()" : "Replay.stopping()");
    if (!standardMetrics) {
      s.append(".withoutStandardMetrics()");
    }
    metrics.forEach(m -> s.append(".withMetric(").append(m.name()).append(')'));
    if (snapshotEvery != DEFAULT_SNAPSHOT_INTERVAL) {
      s.append(".snapshotEvery(").append(snapshotEvery).append(')');
    }
    return s.toString();
  }
}
