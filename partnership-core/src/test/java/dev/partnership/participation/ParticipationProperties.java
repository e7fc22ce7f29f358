package dev.partnership.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipationProperties {

  @Test
  void gapsAreZeroWhenDesiredEqualsActual() {
    qt().forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              Assessment.Builder b = Assessment.builder().from(a).desired(Map.of());
              a.desired().keySet().forEach(c -> a.actualIn(c).ifPresent(l -> b.putDesired(c, l)));
              Assessment same = b.actions(List.of()).build();
              for (Gap g : ParticipationRules.gaps(same)) {
                assertEquals(0, g.delta(), g.toString());
              }
              assertTrue(
                  ParticipationRules.decisionsNeedingChange(same).stream()
                      .allMatch(
                          d ->
                              ParticipationRules.unscoredGaps(same).stream()
                                  .anyMatch(c -> c.decision().equals(d.name()))));
            });
  }

  @Test
  void gapsExistOnlyForDecisionsWithoutAgreement() {
    qt().forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              for (Gap g : ParticipationRules.gaps(a)) {
                assertEquals(
                    Agreement.NO_AGREEMENT, a.agreementOn(g.cell().decision()), g.toString());
              }
            });
  }

  @Test
  void aggregatingAListEqualsCombiningItsParts() {
    qt().withExamples(200)
        .forAll(
            lists().of(ParticipationGenerators.assessments()).ofSizeBetween(0, 8),
            integers().between(0, 8))
        .checkAssert(
            (list, cut) -> {
              int k = Math.min(cut, list.size());
              AssessmentStatistics whole = list.stream().collect(ParticipationRules.statistics());
              AssessmentStatistics left =
                  list.subList(0, k).stream().collect(ParticipationRules.statistics());
              AssessmentStatistics right =
                  list.subList(k, list.size()).stream().collect(ParticipationRules.statistics());
              assertEquals(whole, left.combine(right));
              assertEquals(whole, right.combine(left));
              assertEquals(whole, list.parallelStream().collect(ParticipationRules.statistics()));
              assertEquals(list.size(), whole.assessments());
            });
  }

  @Test
  void progressOfASessionWithItselfIsEmpty() {
    qt().forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              Progress p = ParticipationRules.progress(a, a);
              assertEquals(List.of(), p.rose());
              assertEquals(List.of(), p.fell());
              assertEquals(List.of(), p.resolved());
            });
  }
}
