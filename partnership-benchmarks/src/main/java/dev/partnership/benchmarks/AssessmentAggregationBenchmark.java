package dev.partnership.benchmarks;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.AssessmentStatistics;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.ParticipationRules;
import dev.partnership.participation.Purpose;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streams 100,000 PAT sessions of 20 decisions by 10 organisations (200 scores each, 20 million in
 * all) through {@link ParticipationRules#statistics()}. Sessions are made one at a time from a seed
 * and dropped after aggregation; the fork runs with {@code -Xmx64m} to show that nothing is held.
 * The baseline makes the same sessions without aggregating them, so the difference is the
 * aggregation's own cost.
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar AssessmentAggregationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx64m"})
public class AssessmentAggregationBenchmark {
  static final int SESSIONS = 100_000;
  static final int DECISIONS = 20;
  static final int ORGANIZATIONS = 10;

  static final List<Organization> ORGS =
      IntStream.range(0, ORGANIZATIONS)
          .mapToObj(i -> Organization.of("Organisation " + i, OrganizationType.values()[i % 17]))
          .collect(Collectors.toList());
  static final List<Decision> DECS =
      IntStream.range(0, DECISIONS)
          .mapToObj(
              d ->
                  Decision.of(
                      "Decision " + d, DecisionArea.values()[d % DecisionArea.values().length]))
          .collect(Collectors.toList());
  static final List<CountryCode> COUNTRIES =
      List.of(
          CountryCode.of("KE"), CountryCode.of("UG"), CountryCode.of("GT"), CountryCode.of("PH"));

  /** Returns session number {@code i}, made from seed {@code i}. */
  static Assessment session(int i) {
    SplittableRandom r = new SplittableRandom(i);
    Assessment.Builder b =
        Assessment.builder()
            .context("Session " + i)
            .purpose(Purpose.values()[r.nextInt(Purpose.values().length)])
            .date(LocalDate.of(2026, 1, 1))
            .addCountry(COUNTRIES.get(r.nextInt(COUNTRIES.size())))
            .organizations(ORGS)
            .decisions(DECS);
    for (Decision d : DECS) {
      boolean disagree = r.nextInt(4) == 0;
      b.putAgreement(d.name(), disagree ? Agreement.NO_AGREEMENT : Agreement.AGREE);
      for (Organization o : ORGS) {
        Cell c = Cell.of(d.name(), o.id());
        b.putActual(c, ParticipationLevel.of(r.nextInt(5)));
        if (disagree) {
          b.putDesired(c, ParticipationLevel.of(r.nextInt(5)));
        }
      }
    }
    return b.build();
  }

  static Stream<Assessment> sessions() {
    return IntStream.range(0, SESSIONS).mapToObj(AssessmentAggregationBenchmark::session);
  }

  /** Makes and aggregates all sessions, streamed. */
  @Benchmark
  public AssessmentStatistics aggregate() {
    return sessions().collect(ParticipationRules.statistics());
  }

  /** Baseline: makes all sessions and only counts their scores. */
  @Benchmark
  public long makeOnly() {
    return sessions().mapToLong(a -> a.actual().size()).sum();
  }
}
