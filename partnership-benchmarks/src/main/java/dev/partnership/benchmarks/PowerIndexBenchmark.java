package dev.partnership.benchmarks;

import dev.partnership.governance.PowerIndex;
import dev.partnership.governance.PowerIndices;
import dev.partnership.governance.VotingGame;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact power indices of large weighted bodies, against the yardstick of EPIC (C++ with GMP) and
 * against the memory-bound baseline: one plain pass over an n x quota table of longs.
 *
 * <p>Cases (the issue's): Banzhaf for 1,000 players with weights uniform in 1..100; Shapley-Shubik
 * for 200 players with weights uniform in 1..1000; Shapley-Shubik approximated with a stated bound
 * for 1,000 players with weights uniform in 1..100; quota half the total plus one; seed 42. And
 * Shapley-Shubik of a majority of 2,000 equal members ({@code VotingGame.majority(2000)}), which
 * the exact counting does over weight types.
 *
 * <pre>
 * java -Xmx2g -jar partnership-benchmarks/target/benchmarks.jar PowerIndexBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class PowerIndexBenchmark {

  /**
   * Which case: "banzhaf-1000", "shapley-200" (exact), "shapley-1000-approx" (quadrature, weights
   * 1..100) or "shapley-2000-equal" (exact, one weight type).
   */
  @Param({"banzhaf-1000", "shapley-200", "shapley-1000-approx", "shapley-2000-equal"})
  public String scenario;

  VotingGame game;
  long[][] baselineTable;

  @Setup(Level.Trial)
  public void setUp() {
    boolean shapley200 = scenario.equals("shapley-200");
    int n = shapley200 ? 200 : 1000;
    int maxWeight = shapley200 ? 1000 : 100;
    game =
        scenario.equals("shapley-2000-equal")
            ? VotingGame.majority(2000)
            : randomGame(n, maxWeight, 42);
    baselineTable = new long[n][(int) game.quota()];
  }

  /**
   * Returns a game of n players with weights uniform in 1..maxWeight and quota half the total plus
   * one.
   */
  public static VotingGame randomGame(int n, int maxWeight, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] w = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 1 + r.nextInt(maxWeight);
      total += w[i];
    }
    return VotingGame.weighted(total / 2 + 1, w);
  }

  /** The index the scenario names, exact. */
  @Benchmark
  public PowerIndex index() {
    switch (scenario) {
      case "banzhaf-1000":
        return PowerIndices.banzhaf(game);
      case "shapley-200":
      case "shapley-2000-equal":
        return PowerIndices.shapleyShubik(game);
      default:
        return PowerIndices.shapleyShubikApproximation(game);
    }
  }

  /** The baseline: one plain pass over an n x quota table of longs (the memory-bound limit). */
  @Benchmark
  public long baselineTablePass() {
    long[][] t = baselineTable;
    long s = 0;
    for (int i = 0; i < t.length; i++) {
      long[] row = t[i];
      long[] prev = t[i == 0 ? 0 : i - 1];
      for (int x = 0; x < row.length; x++) {
        row[x] += prev[x];
        s += row[x];
      }
    }
    return s;
  }
}
