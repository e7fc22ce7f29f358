package dev.partnership.benchmarks;

import dev.partnership.model.Partnership;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Timeline;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replaying 100,000 simple steps (admit, reweight, leave) on a partnership of 1,000 members: the
 * timeline (a full state every k states) against keeping every state (each a {@code Partnership};
 * the "copying" baseline, which since the member table shares all but O(log n) nodes of its members
 * with the state before), in the same run. The replay methods report time per step; {@code
 * reachState*} the time to reach a random past state. Retained heap is measured by {@link
 * ScenarioRetainedHeap}. The figures before the member table (every state a full copy) are in
 * {@code docs/pending/perf.md}.
 *
 * <pre>
 * java -Xmx8g -jar partnership-benchmarks/target/benchmarks.jar ScenarioReplayBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx8g"})
public class ScenarioReplayBenchmark {
  static final int STEPS = 100_000;

  /** The scenario and its timeline; no copies, so the timeline's benchmarks run without them. */
  @State(Scope.Benchmark)
  public static class Timelines {
    /** The number of states between two kept states of the timeline. */
    @Param({"32"})
    public int k;

    /**
     * The number of members (1,000 in the requirement; {@code -p members=1000,10000,100000}
     * shows how a step's cost grows with it).
     */
    @Param({"1000"})
    public int members;

    Scenario scenario;
    Timeline timeline;
    final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void setUp() {
      scenario = ScenarioWorkload.scenario(ScenarioWorkload.start(members), STEPS);
      timeline = scenario.replay(replay());
    }

    Replay replay() {
      return Replay.stopping().withoutStandardMetrics().snapshotEvery(k);
    }
  }

  /**
   * The scenario and every state as a partnership (3.6 GB when each was a full copy; states now
   * share their members' trees).
   */
  @State(Scope.Benchmark)
  public static class Copies {
    Scenario scenario;
    List<Partnership> copies;
    final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void setUp() {
      scenario = ScenarioWorkload.scenario(ScenarioWorkload.start(), STEPS);
      copies = ScenarioWorkload.replayCopying(scenario);
    }
  }

  /** The timeline: one replay of 100,000 steps; the score is per step. */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public Timeline replayTimeline(Timelines t) {
    return t.scenario.replay(t.replay());
  }

  /** Every state kept (the copying baseline); the score is per step. */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public List<Partnership> replayCopying(Copies c) {
    return ScenarioWorkload.replayCopying(c.scenario);
  }

  /** The timeline: the state at a random index (at most k - 1 re-applied steps). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  public Partnership reachStateTimeline(Timelines t) {
    return t.timeline.state(t.random.nextInt(t.timeline.size()));
  }

  /** The copying baseline: the state at a random index (a list look-up). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 3)
  @Measurement(iterations = 3, time = 3)
  public Partnership reachStateCopying(Copies c) {
    return c.copies.get(c.random.nextInt(c.copies.size()));
  }
}
