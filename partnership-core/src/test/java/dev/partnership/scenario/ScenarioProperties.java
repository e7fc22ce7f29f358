package dev.partnership.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnership.actors.Organization;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.PartnershipQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The laws of scenarios over generated partnerships (every facet) and generated sequences of
 * applicable operators of every catalogue: every state keeps every invariant, replaying twice gives
 * equal timelines, a state reached through the kept states equals applying the first i steps
 * plainly, skipping agrees with leaving the step out, and a sweep equals its sequential runs.
 */
class ScenarioProperties {

  /** A cheap user metric, so properties do not compute power indices of huge generated bodies. */
  static final Metric MEMBERS =
      Metric.of("local and national", PartnershipQueries.localAndNationalShare());

  static Replay replay(int k) {
    return Replay.stopping().withoutStandardMetrics().withMetric(MEMBERS).snapshotEvery(k);
  }

  /**
   * Returns a scenario of the operators drawn from {@code seeds} (any catalogue) that apply, in
   * order; {@code keepInapplicable} keeps the others too.
   */
  static Scenario scenario(
      Partnership start, List<Organization> outsiders, List<Long> seeds, boolean keepInapplicable) {
    List<Step> steps = new ArrayList<>();
    Partnership p = start;
    for (int i = 0; i < seeds.size(); i++) {
      PartnershipOperator op =
          ModelGenerators.operator(p, outsiders.get(i % outsiders.size()), seeds.get(i));
      boolean applies = op.isApplicableTo(p);
      if (applies || keepInapplicable) {
        steps.add(Step.of(LocalDate.of(2020, 1, 1).plusDays(i), "step " + i, op));
      }
      if (applies) {
        p = op.apply(p);
      }
    }
    return Scenario.of(start, steps);
  }

  @Test
  void everyStateOfARandomScenarioKeepsEveryInvariant() {
    qt().withExamples(150)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            lists().of(ModelGenerators.organizations()).ofSize(3),
            lists().of(longs().all()).ofSizeBetween(0, 25),
            integers().between(1, 7))
        .checkAssert(
            (start, outsiders, seeds, k) -> {
              Timeline t = scenario(start, outsiders, seeds, false).replay(replay(k));
              for (int i = 0; i < t.size(); i++) {
                Partnership s = t.state(i);
                assertEquals(s, Partnership.builder().from(s).build());
              }
            });
  }

  @Test
  void seededRandomScenariosApplyEveryStepAndKeepEveryInvariant() {
    qt().withExamples(100)
        .forAll(ModelGenerators.partnershipsWithFacets(), integers().between(0, 40), longs().all())
        .checkAssert(
            (start, n, seed) -> {
              Scenario s = RandomScenarios.generate(start, n, seed);
              assertEquals(s, RandomScenarios.generate(start, n, seed));
              Timeline t = s.replay(replay(5));
              assertEquals(n + 1, t.size());
              for (int i = 0; i < t.size(); i++) {
                Partnership state = t.state(i);
                assertEquals(state, Partnership.builder().from(state).build());
              }
            });
  }

  @Test
  void replayingTwiceGivesEqualTimelines() {
    qt().withExamples(150)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            lists().of(ModelGenerators.organizations()).ofSize(3),
            lists().of(longs().all()).ofSizeBetween(0, 20))
        .checkAssert(
            (start, outsiders, seeds) -> {
              Scenario s = scenario(start, outsiders, seeds, true);
              Timeline a = s.replay(Replay.skipping().withoutStandardMetrics().withMetric(MEMBERS));
              Timeline b = s.replay(Replay.skipping().withoutStandardMetrics().withMetric(MEMBERS));
              assertEquals(a, b);
              assertEquals(a.hashCode(), b.hashCode());
              assertEquals(a.table(), b.table());
              for (int i = 0; i < a.size(); i++) {
                assertEquals(a.state(i), b.state(i));
              }
            });
  }

  @Test
  void aStateReachedThroughKeptStatesEqualsApplyingTheFirstStepsPlainly() {
    qt().withExamples(150)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            lists().of(ModelGenerators.organizations()).ofSize(3),
            lists().of(longs().all()).ofSizeBetween(0, 25),
            integers().between(1, 9))
        .checkAssert(
            (start, outsiders, seeds, k) -> {
              Scenario s = scenario(start, outsiders, seeds, true);
              Timeline t = s.replay(Replay.skipping().withoutStandardMetrics().snapshotEvery(k));
              Partnership plain = start;
              assertEquals(plain, t.state(0));
              for (int i = 1; i <= s.size(); i++) {
                PartnershipOperator op = s.steps().get(i - 1).operators().get(0);
                boolean applies = op.isApplicableTo(plain);
                assertEquals(!applies, t.isSkipped(i));
                if (applies) {
                  plain = op.apply(plain);
                }
                assertEquals(plain, t.state(i));
              }
            });
  }

  @Test
  void theSnapshotIntervalChangesNothingAUserSees() {
    qt().withExamples(100)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            lists().of(ModelGenerators.organizations()).ofSize(3),
            lists().of(longs().all()).ofSizeBetween(0, 20),
            integers().between(1, 30))
        .checkAssert(
            (start, outsiders, seeds, k) -> {
              Scenario s = scenario(start, outsiders, seeds, true);
              Timeline every =
                  s.replay(Replay.skipping().withoutStandardMetrics().snapshotEvery(1));
              Timeline sparse =
                  s.replay(Replay.skipping().withoutStandardMetrics().snapshotEvery(k));
              assertEquals(every, sparse);
              for (int i = 0; i < every.size(); i++) {
                assertEquals(every.state(i), sparse.state(i));
              }
            });
  }

  @Test
  void aSweepEqualsTheSequentialRuns() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      qt().withExamples(40)
          .forAll(
              ModelGenerators.partnershipsWithFacets(),
              lists().of(longs().all()).ofSizeBetween(0, 12))
          .checkAssert(
              (start, seeds) -> {
                Sweep<Long> sweep =
                    Sweep.over(seeds, seed -> RandomScenarios.generate(start, 8, seed))
                        .replaying(replay(3));
                List<Timeline> sequential = new ArrayList<>();
                for (Long seed : seeds) {
                  sequential.add(RandomScenarios.generate(start, 8, seed).replay(replay(3)));
                }
                assertEquals(sequential, sweep.runSequentially());
                assertEquals(sequential, sweep.run());
                assertEquals(sequential, sweep.run(pool));
              });
    } finally {
      pool.shutdown();
    }
  }
}
