package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.model.Membership;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Practice;
import dev.partnership.practice.PracticeGenerators;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustControlBalance;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class LessonsProperties {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  @Test
  void addingAFactARuleNeedsNeverTurnsNotAssessableIntoAnError() {
    qt().forAll(ModelGenerators.partnerships(), Generate.enumValues(Topic.class), longs().all())
        .checkAssert(
            (p, topic, seed) -> {
              List<OrganizationId> ids =
                  p.members().stream().map(Membership::id).collect(Collectors.toList());
              PrinciplesCheck.Result before = PrinciplesCheck.run(p, Lessons.meetup(), AS_OF);
              Partnership more =
                  Partnership.builder()
                      .from(p)
                      .practice(PracticeGenerators.withFact(p.practice(), topic, ids, seed))
                      .build();
              PrinciplesCheck.Result after = PrinciplesCheck.run(more, Lessons.meetup(), AS_OF);
              assertEquals(12, after.findings().size());
              for (Finding f : after.findings()) {
                assertTrue(
                    f.status() != Finding.Status.NOT_ASSESSABLE || !f.missing().isEmpty(),
                    f.toString());
                assertTrue(
                    f.status() == Finding.Status.NOT_ASSESSABLE || f.missing().isEmpty(),
                    f.toString());
              }
              long assessableBefore =
                  before.findings().stream()
                      .filter(f -> f.status() != Finding.Status.NOT_ASSESSABLE)
                      .count();
              long assessableAfter =
                  after.findings().stream()
                      .filter(f -> f.status() != Finding.Status.NOT_ASSESSABLE)
                      .count();
              assertTrue(assessableAfter >= assessableBefore, "a fact made a rule less assessable");
            });
  }

  @Test
  void aRuleSetWithoutARuleNeverReportsIt() {
    qt().forAll(ModelGenerators.partnerships(), integers().between(0, 11))
        .checkAssert(
            (p, k) -> {
              String id = Lessons.meetup().ids().get(k);
              PrinciplesCheck.Result r =
                  PrinciplesCheck.run(p, Lessons.meetup().without(id), AS_OF);
              assertEquals(11, r.findings().size());
              assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(id)));
              assertEquals(11L, r.summary().values().stream().mapToLong(Long::longValue).sum());
            });
  }

  @Test
  void theBalanceRisesWhenAControlIsReplacedByItsTrustCounterpart() {
    qt().forAll(PracticeGenerators.mechanisms(), Generate.enumValues(ControlMechanism.class))
        .checkAssert(
            (practice, control) -> {
              Practice with = Practice.builder().from(practice).addControls(control).build();
              Practice replaced =
                  Practice.builder()
                      .from(with)
                      .controls(
                          with.controls().stream()
                              .filter(c -> c != control)
                              .collect(ImmutableSet.toImmutableSet()))
                      .addTrusts(control.counterpart())
                      .build();
              TrustControlBalance before = TrustControlBalance.of(with).orElseThrow();
              TrustControlBalance after = TrustControlBalance.of(replaced).orElseThrow();
              assertTrue(after.score().compareTo(before.score()) > 0, before + " -> " + after);
              assertTrue(
                  before.suggestions().stream()
                      .anyMatch(s -> s.replace() == control && s.after().equals(after.score())));
            });
  }
}
