package dev.partnership.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.math.Fraction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Statistics against a plain reference, combination laws, and the ladder conversions. */
class ParticipationLimitsProperties {

  private static AssessmentStatistics of(List<Assessment> list) {
    return list.stream().collect(ParticipationRules.statistics());
  }

  @Test
  void combiningIsAssociativeAndHasTheEmptyStatisticsAsIdentity() {
    qt().withExamples(150)
        .forAll(
            lists().of(ParticipationGenerators.assessments()).ofSizeBetween(0, 4),
            lists().of(ParticipationGenerators.assessments()).ofSizeBetween(0, 4),
            lists().of(ParticipationGenerators.assessments()).ofSizeBetween(0, 4))
        .checkAssert(
            (a, b, c) -> {
              AssessmentStatistics x = of(a);
              AssessmentStatistics y = of(b);
              AssessmentStatistics z = of(c);
              assertEquals(x.combine(y).combine(z), x.combine(y.combine(z)));
              assertEquals(x, x.combine(AssessmentStatistics.empty()));
              assertEquals(x, AssessmentStatistics.empty().combine(x));
              assertEquals(x.combine(y).hashCode(), y.combine(x).hashCode());
            });
  }

  /** The mean gap per locality, computed plainly from every session's gaps. */
  private static Map<Locality, Fraction> referenceMeanGapByLocality(List<Assessment> list) {
    Map<Locality, long[]> sums = new EnumMap<>(Locality.class);
    for (Assessment a : list) {
      for (Gap g : ParticipationRules.gaps(a)) {
        Organization o = a.organization(g.cell().organization()).orElseThrow();
        long[] s = sums.computeIfAbsent(o.locality(), k -> new long[2]);
        s[0] += g.delta();
        s[1]++;
      }
    }
    Map<Locality, Fraction> out = new EnumMap<>(Locality.class);
    sums.forEach((k, s) -> out.put(k, Fraction.of(s[0], s[1])));
    return out;
  }

  @Test
  void statisticsEqualAPlainReference() {
    qt().withExamples(200)
        .forAll(lists().of(ParticipationGenerators.assessments()).ofSizeBetween(0, 8))
        .checkAssert(
            list -> {
              AssessmentStatistics s = of(list);
              assertEquals(list.size(), s.assessments());
              assertEquals(list.stream().mapToLong(a -> a.actual().size()).sum(), s.scores());
              assertEquals(referenceMeanGapByLocality(list), s.meanGapByLocality());
              long decisions = list.stream().mapToLong(a -> a.decisions().size()).sum();
              assertEquals(
                  decisions,
                  s.decisionsByArea().values().stream().mapToLong(Long::longValue).sum());
              s.areasMostOftenWithoutAgreement()
                  .forEach(
                      e ->
                          assertTrue(
                              e.getValue().signum() > 0
                                  && e.getValue().compareTo(Fraction.of(1)) <= 0,
                              e.toString()));
            });
  }

  private static <L extends Enum<L>> void assertRoundTripAndMonotone(
      L[] ladder,
      Function<ParticipationLevel, Optional<L>> to,
      Function<L, ParticipationLevel> from) {
    for (ParticipationLevel l : ParticipationLevel.values()) {
      Optional<L> rung = to.apply(l);
      assertEquals(l == ParticipationLevel.NOT_INFORMED, rung.isEmpty(), l.toString());
      rung.ifPresent(r -> assertEquals(l, from.apply(r), l + " -> " + r));
    }
    for (int i = 1; i < ladder.length; i++) {
      assertTrue(
          from.apply(ladder[i - 1]).compareTo(from.apply(ladder[i])) <= 0,
          ladder[i - 1] + " then " + ladder[i]);
    }
  }

  @Test
  void everyLadderConversionRoundTripsAndKeepsTheOrder() {
    assertRoundTripAndMonotone(
        ParticipationLevel.Iap2Level.values(),
        ParticipationLevel::toIap2,
        ParticipationLevel::fromIap2);
    assertRoundTripAndMonotone(
        ParticipationLevel.ArnsteinRung.values(),
        ParticipationLevel::toArnstein,
        ParticipationLevel::fromArnstein);
    assertRoundTripAndMonotone(
        ParticipationLevel.DelegationLevel.values(),
        ParticipationLevel::toDelegation,
        ParticipationLevel::fromDelegation);
  }
}
