package dev.partnership.benchmarks;

import dev.partnership.model.Partnership;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Timeline;
import java.util.List;
import java.util.Locale;

/**
 * Retained heap of a replayed timeline of 100,000 steps on 1,000 members against the copying
 * baseline: used memory ({@code Runtime.totalMemory() - freeMemory()}) after repeated {@code
 * System.gc()}, with the scenario itself (its steps) already counted in the base line, so the
 * figure is what the replay adds. A coarse measurement (the JVM may not collect everything), run
 * for each k given on the command line.
 *
 * <pre>
 * java -Xmx8g -cp partnership-benchmarks/target/benchmarks.jar \
 *     dev.partnership.benchmarks.ScenarioRetainedHeap 100000 8 32 128
 * </pre>
 */
public final class ScenarioRetainedHeap {
  private ScenarioRetainedHeap() {}

  /**
   * Prints the retained heap of the copying baseline and of the timeline for each k.
   *
   * @param args the number of steps, then the values of k
   */
  public static void main(String[] args) {
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : ScenarioReplayBenchmark.STEPS;
    Scenario scenario = ScenarioWorkload.scenario(ScenarioWorkload.start(), steps);
    long base = used();
    for (int a = 1; a < Math.max(args.length, 2); a++) {
      int k = args.length > a ? Integer.parseInt(args[a]) : 32;
      Timeline t = scenario.replay(Replay.stopping().withoutStandardMetrics().snapshotEvery(k));
      // Every kept state has its member index built, as it would after use.
      for (int i = 0; i < t.size(); i += k) {
        t.state(i).isMember(scenario.start().members().get(0).id());
      }
      long timeline = used() - base;
      report("timeline k=" + k + " (" + t.keptStates() + " kept states)", timeline, steps);
      t = null;
    }
    List<Partnership> copies = ScenarioWorkload.replayCopying(scenario);
    for (Partnership p : copies) {
      p.isMember(scenario.start().members().get(0).id());
    }
    long copying = used() - base;
    report("copying baseline (" + copies.size() + " states)", copying, steps);
    if (copies.size() < 0) {
      throw new AssertionError();
    }
  }

  private static void report(String what, long bytes, int steps) {
    System.out.printf(
        Locale.ROOT,
        "%-45s %,10.1f MB retained, %,8.1f bytes per step%n",
        what,
        bytes / 1e6,
        (double) bytes / steps);
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    long before = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = rt.totalMemory() - rt.freeMemory();
      if (now >= before) {
        return now;
      }
      before = now;
    }
    return before;
  }
}
