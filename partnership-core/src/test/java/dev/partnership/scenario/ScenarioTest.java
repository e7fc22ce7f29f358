package dev.partnership.scenario;

import static dev.partnership.model.GovernanceOperators.reweight;
import static dev.partnership.model.PartnershipOperators.admit;
import static dev.partnership.model.PartnershipOperators.leave;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.PowerShift;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.model.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Examples of scenarios: replay, stop and skip, dates, branches, metrics, sweeps. */
class ScenarioTest {

  static final Organization GS =
      Organization.of("Global Secretariat", OrganizationType.INTERNATIONAL_NGO);
  static final Organization WANEP =
      Organization.of("wanep", "WANEP", OrganizationType.NATIONAL_NGO, "GH");
  static final Organization EAST =
      Organization.of("east", "Eastern Africa network", OrganizationType.NATIONAL_NGO, "KE");
  static final Organization INGO =
      Organization.of(
          "ingo", "International NGO (illustrative)", OrganizationType.INTERNATIONAL_NGO, "NL");
  static final Organization NEWCOMER =
      Organization.of("new", "Newcomer (illustrative)", OrganizationType.NATIONAL_NGO, "PH");

  static Partnership start() {
    return Partnership.builder()
        .id("g")
        .name("Network (illustrative)")
        .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
        .addMembers(
            Membership.of(GS, Role.SECRETARIAT),
            Membership.of(WANEP, Role.MEMBER),
            Membership.of(EAST, Role.MEMBER),
            Membership.of(INGO, Role.MEMBER))
        .secretariat(GS.id())
        .addBodies(
            GoverningBody.of(
                "ISG",
                BodyType.STEERING_COMMITTEE,
                DecisionRule.simpleMajority(),
                Seat.of(WANEP.id()),
                Seat.of(EAST.id()),
                Seat.of(INGO.id())))
        .build();
  }

  static Scenario twoSteps() {
    return Scenario.start(start())
        .then("2022-01", "the east weighs double", reweight("ISG", EAST.id(), 2))
        .then("2022-03-15", "a newcomer joins", admit(NEWCOMER, Role.MEMBER));
  }

  @Test
  void replaysEveryStepAndMeasuresTheStandardMetrics() {
    Timeline t = twoSteps().replay();
    assertEquals(3, t.size());
    assertEquals(start(), t.state(0));
    assertEquals(2, t.state(1).requireBody("ISG").seatOf(EAST.id()).orElseThrow().weight());
    assertTrue(t.state(2).isMember(NEWCOMER));
    assertEquals(t.state(2), t.end());
    Measurement share = t.measurement(2, Metrics.localAndNationalShare());
    assertEquals("60%", share.text());
    assertEquals(Optional.of(Fraction.of(3, 5)), share.number());
    assertEquals("+10 pp", share.changeFrom(t.measurement(1, Metrics.localAndNationalShare())));
    // power concentration: equal thirds (HHI 1/3) then the east decides with either other seat
    assertEquals("33.3%", t.measurement(0, Metrics.powerConcentration("ISG")).text());
    assertFalse(t.measurement(0, Metrics.trustControlBalance()).isAvailable());
  }

  @Test
  void theTablePrintsNamesPercentagesAndSigns() {
    String table = twoSteps().replay().table();
    assertTrue(table.contains("start: Network (illustrative)"), table);
    assertTrue(table.contains("the east weighs double"), table);
    assertTrue(table.contains("60% (+10 pp)"), table);
    assertTrue(table.contains("2022-03-15"), table);
    assertTrue(table.contains("n/a from state 0, trust vs control: no trust or control"), table);
    assertFalse(table.contains("Fraction"), table);
  }

  @Test
  void aStepThatDoesNotApplyStopsTheReplayWithItsDateLabelAndReason() {
    Scenario s = twoSteps().then("2022-06", "the secretariat leaves", leave(GS.id()));
    StepNotApplicableException e = assertThrows(StepNotApplicableException.class, s::replay);
    assertEquals(
        "step 3 (2022-06 \"the secretariat leaves\") does not apply: leave(global-secretariat):"
            + " global-secretariat hosts the secretariat of g; move it first",
        e.getMessage());
    assertEquals(3, e.index());
    assertEquals("2022-06", e.date());
    assertEquals("the secretariat leaves", e.label());
    assertEquals("global-secretariat hosts the secretariat of g; move it first", e.reason());
  }

  @Test
  void aStepThatDoesNotApplyFirstOrLastIsSkippedWhenAsked() {
    Scenario s =
        Scenario.start(start())
            .then("2021-12", "the secretariat leaves", leave(GS.id()))
            .then("2022-01", "the east weighs double", reweight("ISG", EAST.id(), 2))
            .then("2022-02", "the east weighs double again", reweight("ISG", EAST.id(), 2));
    StepNotApplicableException first = assertThrows(StepNotApplicableException.class, s::replay);
    assertEquals(1, first.index());
    Timeline t = s.replay(Replay.skipping());
    assertEquals(
        ImmutableSortedMap.of(
            1,
            "global-secretariat hosts the secretariat of g; move it first",
            3,
            "east already has weight 2 in ISG"),
        t.skipped());
    assertEquals(start(), t.state(1));
    assertEquals(t.state(2), t.state(3));
    assertTrue(t.isSkipped(3));
    assertFalse(t.isSkipped(2));
    assertTrue(
        t.table()
            .contains("the east weighs double again (skipped: east already has weight 2 in ISG)"),
        t.table());
  }

  @Test
  void aStepOfSeveralOperatorsAppliesWholeOrNotAtAll() {
    Scenario s =
        Scenario.start(start())
            .then(
                "2022-01",
                "regions weigh double",
                reweight("ISG", EAST.id(), 2),
                reweight("ISG", WANEP.id(), 2))
            .then(
                "2022-02",
                "reweight and the secretariat leaves",
                reweight("ISG", INGO.id(), 3),
                leave(GS.id()));
    StepNotApplicableException e = assertThrows(StepNotApplicableException.class, s::replay);
    assertEquals(
        "step 2 (2022-02 \"reweight and the secretariat leaves\") does not apply:"
            + " leave(global-secretariat): global-secretariat hosts the secretariat of g; move it"
            + " first",
        e.getMessage());
    Timeline t = s.replay(Replay.skipping());
    assertEquals(2, t.state(1).requireBody("ISG").seatOf(WANEP.id()).orElseThrow().weight());
    assertEquals(t.state(1), t.state(2));
    assertEquals(1, t.state(2).requireBody("ISG").seatOf(INGO.id()).orElseThrow().weight());
    assertEquals(
        "operators ([]) of step \"x\" must not be empty",
        assertThrows(IllegalArgumentException.class, () -> Step.of("2022-01", "x")).getMessage());
    assertEquals(
        "operators[1] must not be null",
        assertThrows(NullPointerException.class, () -> Step.of("2022-01", "x", leave(WANEP), null))
            .getMessage());
  }

  @Test
  void datesAreMonthsOrDaysAndNeverGoBack() {
    Step byMonth = Step.of("2022-01", "x", leave(WANEP));
    assertEquals(LocalDate.of(2022, 1, 1), byMonth.date());
    assertEquals("2022-01", byMonth.dateText());
    assertEquals(byMonth, Step.of(YearMonth.of(2022, 1), "x", leave(WANEP)));
    assertEquals("2022-01-15", Step.of(LocalDate.of(2022, 1, 15), "x", leave(WANEP)).dateText());
    assertEquals(
        "date (2022-13) must be a real month (yyyy-MM) or day (yyyy-MM-dd)",
        assertThrows(IllegalArgumentException.class, () -> Step.of("2022-13", "x", leave(WANEP)))
            .getMessage());
    assertEquals(
        "date (22-01) must be a month yyyy-MM (2022-01) or a day yyyy-MM-dd (2022-01-15)",
        assertThrows(IllegalArgumentException.class, () -> Step.of("22-01", "x", leave(WANEP)))
            .getMessage());
    assertEquals(
        "date ("
            + "9".repeat(37)
            + "...) must be a month yyyy-MM (2022-01) or a day yyyy-MM-dd (2022-01-15)",
        assertThrows(
                IllegalArgumentException.class, () -> Step.of("9".repeat(5000), "x", leave(WANEP)))
            .getMessage());
    assertEquals(
        "label (\" \") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Step.of("2022-01", " ", leave(WANEP)))
            .getMessage());
    assertEquals(
        "steps[2] date (2021-12) must not come before the date of the step before it (2022-03-15)",
        assertThrows(
                IllegalArgumentException.class,
                () -> twoSteps().then("2021-12", "back in time", leave(WANEP)))
            .getMessage());
    Timeline t = twoSteps().replay();
    assertEquals(0, t.indexOn("2021-12-31"));
    assertEquals(1, t.indexOn("2022-01"));
    assertEquals(1, t.indexOn("2022-03-14"));
    assertEquals(2, t.indexOn("2022-03"));
    assertEquals(t.state(2), t.stateOn("2030-01-01"));
  }

  @Test
  void statesAreReachableByIndexDateAndLabel() {
    Timeline t = twoSteps().replay();
    assertEquals(t.state(1), t.stateAfter("the east weighs double"));
    assertEquals(2, t.indexOf("a newcomer joins"));
    assertEquals(
        "label (nothing) names no step; labels are [the east weighs double, a newcomer joins]",
        assertThrows(IllegalArgumentException.class, () -> t.indexOf("nothing")).getMessage());
    assertEquals(
        "state (3) must be in [0, 2]",
        assertThrows(IndexOutOfBoundsException.class, () -> t.state(3)).getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> t.state(-1));
    assertEquals(
        "step (0) must be in [1, 2]",
        assertThrows(IndexOutOfBoundsException.class, () -> t.step(0)).getMessage());
  }

  @Test
  void theShiftBetweenTwoStatesIsPowerShiftBetweenThem() {
    Timeline t = twoSteps().replay();
    assertEquals(PowerShift.between(t.state(0), t.state(1)), t.shift(0, 1));
    assertEquals(PowerShift.between(start(), t.end()), t.shift());
    assertTrue(t.shift(1, 1).isEmpty());
    assertFalse(t.shift(0, 1).changesOf(EAST.id()).isEmpty());
  }

  @Test
  void branchesGoOnFromAnyStep() {
    Timeline t = twoSteps().replay();
    Scenario whatIf =
        t.branchAt(1).then("2022-06", "the east weighs triple", reweight("ISG", EAST.id(), 3));
    Timeline b = whatIf.replay();
    assertEquals(t.state(1), b.state(1));
    assertEquals(3, b.end().requireBody("ISG").seatOf(EAST.id()).orElseThrow().weight());
    assertEquals(twoSteps().branch(1), t.branchAt(1));
    assertEquals(Scenario.start(start()), twoSteps().branch(0));
    assertEquals(
        "afterSteps (3) must be in [0, 2]",
        assertThrows(IndexOutOfBoundsException.class, () -> twoSteps().branch(3)).getMessage());
  }

  @Test
  void userMetricsAreAnyQueryAndMissingValuesAreNotAvailableWithTheReason() {
    Metric members = Metric.of("members", p -> p.members().size());
    Metric lead = Metric.of("lead", PartnershipQueries.lead());
    Metric gone = Metrics.powerConcentration("Board");
    Timeline t =
        twoSteps()
            .replay(
                Replay.stopping()
                    .withoutStandardMetrics()
                    .withMetric(members)
                    .withMetric(lead)
                    .withMetric(gone));
    assertEquals(List.of(members, lead, gone), t.metrics());
    assertEquals("5", t.measurement(2, members).text());
    assertEquals("+1", t.measurement(2, members).changeFrom(t.measurement(1, members)));
    assertEquals("none", t.measurement(0, lead).text());
    assertEquals(
        Optional.of("body (Board) is not a governing body of g; bodies are [ISG]"),
        t.measurement(0, gone).notAvailable());
    assertEquals(
        "metric (unmet principles) is not measured by this timeline; metrics are [members, lead,"
            + " power concentration in Board]",
        assertThrows(
                IllegalArgumentException.class, () -> t.measurement(0, Metrics.unmetPrinciples()))
            .getMessage());
  }

  @Test
  void anEmptyScenarioIsItsStart() {
    Timeline t = Scenario.start(start()).replay();
    assertEquals(1, t.size());
    assertEquals(start(), t.state(0));
    assertTrue(t.shift().isEmpty());
    assertEquals(
        3, t.table().lines().count() - t.table().lines().filter(l -> l.startsWith("n/a")).count());
    assertEquals(0, t.indexOn("2022-01"));
  }

  @Test
  void nullStepsAreRefusedByPosition() {
    Step step = Step.of("2022-01", "x", leave(WANEP));
    assertEquals(
        "steps[1] must not be null",
        assertThrows(
                NullPointerException.class, () -> Scenario.of(start(), Arrays.asList(step, null)))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Scenario.start(null));
    assertThrows(NullPointerException.class, () -> twoSteps().then((Step) null));
    assertThrows(
        NullPointerException.class, () -> Step.of("2022-01", "x", (PartnershipOperator[]) null));
    assertThrows(NullPointerException.class, () -> twoSteps().replay(null));
  }

  @Test
  void aHundredThousandStepsReplayAndEveryStateIsReachable() {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      steps.add(
          Step.of(
              LocalDate.of(2020, 1, 1).plusDays(i / 2),
              i % 2 == 0 ? "join" : "leave",
              i % 2 == 0 ? admit(NEWCOMER, Role.MEMBER) : leave(NEWCOMER)));
    }
    Timeline t = Scenario.of(start(), steps).replay(Replay.stopping().withoutStandardMetrics());
    assertEquals(100_001, t.size());
    assertEquals(start(), t.end());
    assertTrue(t.state(99_999).isMember(NEWCOMER));
    assertEquals(start(), t.state(50_000));
    assertEquals(100_000 / Replay.DEFAULT_SNAPSHOT_INTERVAL + 1, t.keptStates());
  }

  @Test
  void replayOptionsRefuseAnIntervalOutsideTheirRange() {
    assertEquals(
        "snapshotEvery (0) must be in [1, 1048576]",
        assertThrows(IllegalArgumentException.class, () -> Replay.stopping().snapshotEvery(0))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Replay.stopping().snapshotEvery(Integer.MAX_VALUE));
    assertEquals(
        "Replay.skipping().withoutStandardMetrics().snapshotEvery(1)",
        Replay.skipping().withoutStandardMetrics().snapshotEvery(1).toString());
  }

  @Test
  void aSweepRunsInParallelAndEqualsTheSequentialRuns() throws Exception {
    Sweep<Long> sweep =
        Sweep.over(
            List.of(2L, 3L, 4L, 5L, 6L),
            w ->
                Scenario.start(start())
                    .then("2022-01", "east weighs " + w, reweight("ISG", EAST.id(), w)));
    List<Timeline> sequential = sweep.runSequentially();
    assertEquals(sequential, sweep.run());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertEquals(sequential, sweep.run(pool));
    } finally {
      pool.shutdown();
    }
    assertEquals(
        6, sequential.get(4).end().requireBody("ISG").seatOf(EAST.id()).orElseThrow().weight());
    assertEquals(
        "values[1] must not be null",
        assertThrows(
                NullPointerException.class,
                () -> Sweep.over(Arrays.asList(1L, null), w -> twoSteps()))
            .getMessage());
    assertEquals(
        "variant(1) must return a scenario, not null",
        assertThrows(NullPointerException.class, () -> Sweep.over(List.of(1L), w -> null).run())
            .getMessage());
    StepNotApplicableException e =
        assertThrows(
            StepNotApplicableException.class,
            () ->
                Sweep.over(
                        List.of(1L),
                        w ->
                            Scenario.start(start())
                                .then("2022-01", "same", reweight("ISG", EAST.id(), w)))
                    .run(Runnable::run));
    assertEquals("east already has weight 1 in ISG", e.reason());
  }

  @Test
  void randomScenariosAreReproducibleFromTheirSeed() {
    Scenario a = RandomScenarios.generate(start(), 200, 7L);
    assertEquals(200, a.size());
    assertEquals(a, RandomScenarios.generate(start(), 200, 7L));
    assertFalse(a.equals(RandomScenarios.generate(start(), 200, 8L)));
    assertEquals(Scenario.start(start()), RandomScenarios.generate(start(), 0, 7L));
    assertEquals(
        "steps (-1) must be in [0, 10000000]",
        assertThrows(IllegalArgumentException.class, () -> RandomScenarios.generate(start(), -1, 1))
            .getMessage());
  }

  @Test
  void indicesAndDatesAtTheirLimitsAreRefusedWithShortMessages() {
    Timeline t = twoSteps().replay(Replay.stopping().withoutStandardMetrics());
    assertEquals(
        "state (2147483647) must be in [0, 2]",
        assertThrows(IndexOutOfBoundsException.class, () -> t.state(Integer.MAX_VALUE))
            .getMessage());
    assertEquals(
        "state (-2147483648) must be in [0, 2]",
        assertThrows(IndexOutOfBoundsException.class, () -> t.measurements(Integer.MIN_VALUE))
            .getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> t.branchAt(3));
    assertThrows(IndexOutOfBoundsException.class, () -> t.isSkipped(3));
    assertEquals(
        "date (99999-01) must be a real month (yyyy-MM) or day (yyyy-MM-dd)",
        assertThrows(IllegalArgumentException.class, () -> t.stateOn("99999-01")).getMessage());
    assertEquals(
        "date (2022-02-30) must be a real month (yyyy-MM) or day (yyyy-MM-dd)",
        assertThrows(IllegalArgumentException.class, () -> t.indexOn("2022-02-30")).getMessage());
    assertEquals(2, t.indexOn("9999-12-31"));
    assertEquals(0, t.indexOn("-9999-01"));
    assertEquals(
        "steps (10000001) must be in [0, 10000000]",
        assertThrows(
                IllegalArgumentException.class,
                () -> RandomScenarios.generate(start(), RandomScenarios.MAX_STEPS + 1, 1))
            .getMessage());
    assertEquals(
        100_000 / 1_048_576 + 1,
        Scenario.start(start())
            .replay(Replay.stopping().snapshotEvery(Replay.MAX_SNAPSHOT_INTERVAL))
            .keptStates());
  }

  @Test
  void changesCarryTheirSign() {
    Measurement zero = Measurement.percent(Fraction.ZERO);
    assertEquals("+0.0 pp", Measurement.percent(Fraction.of(1, 10_000)).changeFrom(zero));
    assertEquals("-0.0 pp", Measurement.percent(Fraction.of(-1, 10_000)).changeFrom(zero));
    assertEquals("-12.5 pp", Measurement.percent(Fraction.of(-1, 8)).changeFrom(zero));
    assertEquals("", zero.changeFrom(Measurement.percent(Fraction.ZERO)));
    assertEquals(
        "-3", Measurement.count(Long.MIN_VALUE).changeFrom(Measurement.count(Long.MIN_VALUE + 3)));
    assertEquals(
        "+18446744073709551615",
        Measurement.count(Long.MAX_VALUE).changeFrom(Measurement.count(Long.MIN_VALUE)));
    assertEquals("changed", Measurement.notAvailable("why").changeFrom(zero));
    assertEquals("", Measurement.text("a").changeFrom(Measurement.text("a")));
    assertEquals("changed", Measurement.count(1).changeFrom(zero));
    assertEquals("n/a (why)", Measurement.notAvailable("why").toString());
  }

  @Test
  void toStringsReadLikeTheCalls() {
    assertEquals(
        "Scenario.start(g).then(\"2022-01\", \"the east weighs double\", reweight(ISG, east, 2))"
            + ".then(\"2022-03-15\", \"a newcomer joins\", admit(new, [MEMBER]))",
        twoSteps().toString());
    assertEquals(
        "2022-01 \"the east weighs double\": reweight(ISG, east, 2)",
        twoSteps().steps().get(0).toString());
  }

  @Test
  void theStandardLocalisationMetricNamesTheFunder() {
    Organization ministry =
        Organization.of(
            "XM-DAC-7", "Dutch Ministry (illustrative)", OrganizationType.GOVERNMENT, "NL");
    Partnership p =
        Partnership.builder()
            .from(start())
            .addMember(Membership.of(ministry, Role.FUNDER))
            .addFlow(
                dev.partnership.funding.FundingFlow.of(
                    ministry.id(),
                    WANEP.id(),
                    dev.partnership.funding.Money.of("100", "EUR"),
                    2024))
            .build();
    List<String> names = Metrics.standard(p).stream().map(Metric::name).toList();
    assertTrue(
        names.contains("to local and national from Dutch Ministry (illustrative) (EUR)"),
        names.toString());
    assertEquals(
        "to local and national from XM-DAC-7 (EUR)",
        Metrics.localisation(ministry.id(), java.util.Currency.getInstance("EUR")).name());
    assertThrows(
        NullPointerException.class,
        () -> Metrics.localisation(ministry.id(), null, java.util.Currency.getInstance("EUR")));
  }
}
