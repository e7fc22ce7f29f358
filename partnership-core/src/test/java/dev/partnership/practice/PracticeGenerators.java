package dev.partnership.practice;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.ActorsGenerators;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** QuickTheories generators for practices over a given set of members. */
public final class PracticeGenerators {
  private PracticeGenerators() {}

  /** Returns a generator of mechanism sets (any controls, any trusts), some with provenance. */
  public static Gen<Practice> mechanisms() {
    return integers()
        .between(0, (1 << 13) - 1)
        .map(
            bits -> {
              Practice.Builder b = Practice.builder();
              ControlMechanism[] cs = ControlMechanism.values();
              TrustMechanism[] ts = TrustMechanism.values();
              for (int i = 0; i < cs.length; i++) {
                if ((bits & (1 << i)) != 0) {
                  b.addControls(cs[i]);
                }
              }
              for (int i = 0; i < ts.length; i++) {
                if ((bits & (1 << (cs.length + i))) != 0) {
                  b.addTrusts(ts[i]);
                }
              }
              Practice mechanisms = b.build();
              SplittableRandom r = new SplittableRandom(bits);
              mechanisms
                  .controls()
                  .forEach(
                      c ->
                          ActorsGenerators.sometimes(r)
                              .ifPresent(s -> b.putControlProvenance(c, s)));
              mechanisms
                  .trusts()
                  .forEach(
                      t ->
                          ActorsGenerators.sometimes(r).ifPresent(s -> b.putTrustProvenance(t, s)));
              return b.build();
            });
  }

  /**
   * Adds the fact of {@code topic}, drawn with {@code seed} over {@code members}, to {@code
   * practice}.
   */
  public static Practice withFact(
      Practice practice, Topic topic, List<OrganizationId> members, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Optional<Provenance> source = ActorsGenerators.sometimes(new SplittableRandom(~seed));
    ImmutableSet<OrganizationId> some =
        members.stream().filter(m -> r.nextBoolean()).collect(ImmutableSet.toImmutableSet());
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
    Practice.Builder b =
        Practice.builder()
            .from(practice)
            .knownAbsent(
                practice.knownAbsent().stream()
                    .filter(t -> t != topic)
                    .collect(ImmutableSet.toImmutableSet()));
    switch (topic) {
      case SHARED_VALUES:
        return b.sharedValues(new Facts.SharedValues(date, some, source)).build();
      case DECLARED_INTERESTS:
        return b.putInterest(
                members.get(r.nextInt(members.size())),
                new Facts.DeclaredInterest("interest", r.nextBoolean(), source))
            .build();
      case PROGRAMME_DESIGN:
        return b.design(new Facts.ProgrammeDesign(some, ImmutableSet.of(), some, source)).build();
      case JOINT_LEARNING:
        return b.addLearning(
                new Facts.LearningPractice(
                    "learning", r.nextBoolean(), 1 + r.nextInt(36), some, source))
            .build();
      case FEEDBACK_LOOPS:
        return b.addFeedbackLoop(
                new Facts.FeedbackLoop(
                    some,
                    members.get(0),
                    "survey",
                    1 + r.nextInt(24),
                    r.nextBoolean() ? Optional.of("acted") : Optional.empty(),
                    source))
            .build();
      case CONTEXT_REVIEWS:
        return b.contextReviews(new Facts.ContextReviews(1 + r.nextInt(36), date, some, source))
            .build();
      case BUDGET_FLEXIBILITY:
        return b.budgetFlexibility(
                new Facts.BudgetFlexibility(
                    Fraction.of(r.nextInt(101), 100), some, Optional.empty(), source))
            .build();
      case POWER_ARRANGEMENT:
        return b.powerArrangement(new Facts.PowerArrangement(some, date, source)).build();
      default:
        return b.civicSpace(new Facts.CivicSpaceStrategy("strategy", r.nextBoolean(), source))
            .build();
    }
  }
}
