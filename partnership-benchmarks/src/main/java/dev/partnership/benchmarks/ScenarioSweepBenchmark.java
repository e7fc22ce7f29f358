package dev.partnership.benchmarks;

import dev.partnership.examples.Alliances;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.Seat;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Partnership;
import dev.partnership.scenario.Metrics;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Sweep;
import dev.partnership.scenario.Timeline;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A sweep of 1,000 variants of GPPAC's International Steering Group ({@code Alliances.gppac()}):
 * variant {@code v} gives the 15 regional representatives weight {@code 1 + v % 10} (one step per
 * seat) and sets the rule to a qualified majority of {@code (51 + v / 10 % 49)/100}, replayed with
 * the power concentration in the steering group and the local and national share as metrics. Run
 * one by one, on the common fork-join pool, and on an executor of as many threads as cores; the
 * score is per variant, the speed-up is sequential over parallel.
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar ScenarioSweepBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class ScenarioSweepBenchmark {
  static final int VARIANTS = 1_000;

  Sweep<Integer> sweep;
  ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    Partnership gppac = Alliances.gppac();
    List<Seat> regional =
        Alliances.GPPAC_REGIONS.stream()
            .map(r -> Seat.of(Alliances.regionalNetwork(r).id()))
            .toList();
    List<Integer> values = IntStream.range(0, VARIANTS).boxed().toList();
    sweep =
        Sweep.over(
                values,
                v -> {
                  long weight = 1 + v % 10;
                  Scenario s = Scenario.start(gppac);
                  if (weight != 1) {
                    for (Seat seat : regional) {
                      s =
                          s.then(
                              "2022-01",
                              "regional weight " + weight,
                              GovernanceOperators.reweight(Alliances.ISG, seat.holder(), weight));
                    }
                  }
                  return s.then(
                      "2022-02",
                      "quota " + (51 + v / 10 % 49) + "%",
                      GovernanceOperators.changeRule(
                          Alliances.ISG, DecisionRule.qualifiedMajority(51 + v / 10 % 49, 100)));
                })
            .replaying(
                Replay.stopping()
                    .withoutStandardMetrics()
                    .withMetric(Metrics.powerConcentration(Alliances.ISG))
                    .withMetric(Metrics.localAndNationalShare()));
    pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /** One variant after the other. */
  @Benchmark
  @OperationsPerInvocation(VARIANTS)
  public List<Timeline> sequential() {
    return sweep.runSequentially();
  }

  /** On the common fork-join pool (a parallel stream). */
  @Benchmark
  @OperationsPerInvocation(VARIANTS)
  public List<Timeline> parallel() {
    return sweep.run();
  }

  /** On a fixed pool of as many threads as cores, passed by the caller. */
  @Benchmark
  @OperationsPerInvocation(VARIANTS)
  public List<Timeline> executor() {
    return sweep.run(pool);
  }
}
