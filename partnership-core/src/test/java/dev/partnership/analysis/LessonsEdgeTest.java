package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Thresholds that say they are our own, dates at the edges, large partnerships and reachable
 * withers.
 */
class LessonsEdgeTest {
  static final LocalDate AS_OF = LessonsTest.AS_OF;

  @Test
  void thresholdsOfOurOwnSaySoInTheFindingText() {
    Finding flexible =
        Lessons.FLEXIBILITY.check(
            LessonsTest.with(
                b ->
                    b.budgetFlexibility(
                        new Facts.BudgetFlexibility(
                            Fraction.of(3, 20),
                            ImmutableSet.of(LessonsTest.L1.id()),
                            Optional.of("50000 EUR")))),
            AS_OF);
    assertEquals(Status.MET, flexible.status());
    assertEquals(
        "movable share 15%, may be moved by Local One, approval needed above 50000 EUR",
        flexible.evidence().get(0));
    assertEquals(
        "enough means at least 10% of the budget (threshold of our own, illustrative)",
        flexible.evidence().get(1));
    Finding review =
        Lessons.CONTEXT_REVIEW.check(
            LessonsTest.with(
                b ->
                    b.contextReviews(
                        new Facts.ContextReviews(
                            12,
                            LocalDate.of(2026, 3, 1),
                            ImmutableSet.of(LessonsTest.LEAD.id(), LessonsTest.L1.id())))),
            AS_OF);
    assertTrue(review.text().contains("(threshold of our own, illustrative)"), review.text());
    assertTrue(Lessons.BOTTOM_UP_POWER.criteria().contains("(threshold of our own, illustrative)"));
    Finding learning =
        Lessons.JOINT_LEARNING.check(
            LessonsTest.with(
                b ->
                    b.addLearning(
                        new Facts.LearningPractice(
                            "Annual values reflection", true, 12, LessonsTest.ALL))),
            AS_OF);
    assertEquals(
        "regular means at least every 12 months (threshold of our own, illustrative)",
        learning.evidence().get(1));
  }

  @Test
  void aTopicRecordedAbsentReadsInWords() {
    Finding f =
        Lessons.CIVIC_SPACE.check(
            LessonsTest.with(b -> b.addKnownAbsent(Topic.CIVIC_SPACE)), AS_OF);
    assertEquals(ImmutableList.of("civic space is recorded as absent"), f.evidence());
  }

  @Test
  void aReviewAfterTheCheckDateIsNotYetRegular() {
    Finding f =
        Lessons.CONTEXT_REVIEW.check(
            LessonsTest.with(
                b ->
                    b.contextReviews(
                        new Facts.ContextReviews(
                            12,
                            LocalDate.of(2027, 6, 1),
                            ImmutableSet.of(LessonsTest.LEAD.id(), LessonsTest.L1.id())))),
            AS_OF);
    assertEquals(Status.PARTLY_MET, f.status());
    assertEquals(
        "cadence 12 months, last review 2027-06-01 (after the check date 2026-11-26)",
        f.evidence().get(0));
    // dates at the ends of the calendar do not overflow
    Finding old =
        Lessons.CONTEXT_REVIEW.check(
            LessonsTest.with(
                b ->
                    b.contextReviews(
                        new Facts.ContextReviews(
                            Integer.MAX_VALUE,
                            LocalDate.MIN,
                            ImmutableSet.of(LessonsTest.L1.id())))),
            LocalDate.MAX);
    assertEquals(Status.PARTLY_MET, old.status());
  }

  @Test
  void aLargePartnershipIsCheckedWhole() {
    Organization lead = LessonsTest.LEAD;
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    members.add(Membership.of(lead, Role.LEAD));
    IntStream.range(0, 3000)
        .forEach(
            i ->
                members.add(
                    Membership.of(
                        Organization.of("Group " + i, OrganizationType.COMMUNITY_GROUP),
                        Role.LOCAL_GROUP)));
    Partnership p =
        Partnership.builder()
            .id("big")
            .name("Big")
            .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
            .members(members.build())
            .build();
    PrinciplesCheck.Result r = PrinciplesCheck.run(p, Lessons.meetup(), AS_OF);
    assertEquals(12, r.findings().size());
    assertEquals(
        ImmutableList.of("members involved from the design: 0 of 3001"),
        r.finding("LESSON-04").orElseThrow().evidence());
    assertEquals(
        4,
        RiskRules.rules().rules().stream()
            .map(rule -> rule.check(p, AS_OF))
            .filter(f -> f.status() == Status.NOT_ASSESSABLE)
            .count());
  }

  @Test
  void generatedWithersAreReachableAndKeepTheInvariants() {
    Practice p = Practice.empty().withKnownAbsent(Topic.CIVIC_SPACE);
    assertEquals(ImmutableSet.of(Topic.CIVIC_SPACE), p.knownAbsent());
    assertEquals(
        "known absent (CIVIC_SPACE) must not also be recorded as a fact",
        assertThrows(
                IllegalArgumentException.class,
                () -> p.withCivicSpace(new Facts.CivicSpaceStrategy("legal aid", true)))
            .getMessage());
    assertEquals(
        Optional.of(LessonsTest.LEAD.id()),
        RiskAndPowerTest.risk("R1").build().withOwner(LessonsTest.LEAD.id()).owner());
  }
}
