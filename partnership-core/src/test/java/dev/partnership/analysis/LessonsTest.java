package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
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
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LessonsTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
  static final Organization LEAD = Organization.of("Lead INGO", OrganizationType.INTERNATIONAL_NGO);
  static final Organization L1 = Organization.of("Local One", OrganizationType.NATIONAL_NGO, "KE");
  static final Organization L2 =
      Organization.of("Local Two", OrganizationType.COMMUNITY_GROUP, "UG");
  static final ImmutableSet<OrganizationId> ALL = ImmutableSet.of(LEAD.id(), L1.id(), L2.id());

  static Partnership with(UnaryOperator<Practice.Builder> facts) {
    return Partnership.builder()
        .id("alliance")
        .name("Alliance")
        .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
        .addMembers(
            Membership.of(LEAD, Role.LEAD),
            Membership.of(L1, Role.MEMBER),
            Membership.of(L2, Role.LOCAL_GROUP))
        .practice(facts.apply(Practice.builder()).build())
        .build();
  }

  static Status status(Principle rule, Partnership p) {
    return rule.check(p, AS_OF).status();
  }

  static Facts.ProgrammeDesign design(
      ImmutableSet<OrganizationId> toc,
      ImmutableSet<OrganizationId> plans,
      ImmutableSet<OrganizationId> informed) {
    return new Facts.ProgrammeDesign(toc, plans, informed);
  }

  @Test
  void bottomUpPower() {
    Principle r = Lessons.BOTTOM_UP_POWER;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(Status.NOT_MET, status(r, with(b -> b.addKnownAbsent(Topic.PROGRAMME_DESIGN))));
    assertEquals(
        Status.MET,
        status(
            r,
            with(
                b ->
                    b.design(
                        design(
                            ImmutableSet.of(),
                            ImmutableSet.of(),
                            ImmutableSet.of(L1.id(), L2.id()))))));
    Partnership three =
        with(b -> b.design(design(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(L1.id()))));
    assertEquals(Status.MET, status(r, three)); // 1 of 2 locals is half
    assertEquals(
        Status.NOT_MET,
        status(
            r,
            with(
                b ->
                    b.design(
                        design(
                            ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(LEAD.id()))))));
    Finding f = r.check(with(b -> b), AS_OF);
    assertEquals(
        ImmutableList.of("programme design: whose priorities informed the strategy"), f.missing());
    assertEquals(
        "Record: programme design: whose priorities informed the strategy", f.suggestion());
  }

  @Test
  void bottomUpPowerPartlyMetWithFewLocals() {
    Organization l3 = Organization.of("Local Three", OrganizationType.NATIONAL_NGO, "KE");
    Partnership p =
        Partnership.builder()
            .from(
                with(
                    b ->
                        b.design(
                            design(
                                ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(L1.id())))))
            .addMember(Membership.of(l3, Role.MEMBER))
            .build();
    Finding f = Lessons.BOTTOM_UP_POWER.check(p, AS_OF);
    assertEquals(Status.PARTLY_MET, f.status());
    assertEquals(
        ImmutableList.of(
            "local members whose priorities informed the strategy: Local One of Local One, Local Three, Local Two"),
        f.evidence());
    assertEquals(
        "Ask the local members Local Three, Local Two for their priorities before the next strategy round",
        f.suggestion());
  }

  @Test
  void civicSpace() {
    Principle r = Lessons.CIVIC_SPACE;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(Status.NOT_MET, status(r, with(b -> b.addKnownAbsent(Topic.CIVIC_SPACE))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r, with(b -> b.civicSpace(new Facts.CivicSpaceStrategy("Legal defence fund", false)))));
    Finding met =
        r.check(
            with(
                b ->
                    b.civicSpace(
                        new Facts.CivicSpaceStrategy("Legal defence and digital security", true))),
            AS_OF);
    assertEquals(Status.MET, met.status());
    assertEquals("", met.suggestion());
  }

  @Test
  void access() {
    Principle r = Lessons.ACCESS;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    GoverningBody board =
        GoverningBody.of(
            "Board",
            BodyType.BOARD,
            DecisionRule.simpleMajority(),
            Seat.of(LEAD.id()),
            Seat.of(L1.id()),
            Seat.of(L2.id()));
    GoverningBody leadOnly =
        GoverningBody.of(
            "Board",
            BodyType.BOARD,
            DecisionRule.weightedQuota(3),
            Seat.of(LEAD.id(), 3),
            Seat.of(L1.id(), 1));
    FundingFlow toLocal = FundingFlow.of(LEAD.id(), L1.id(), Money.of("10", "EUR"), 2026);
    FundingFlow toLead = FundingFlow.of(L1.id(), LEAD.id(), Money.of("10", "EUR"), 2026);
    assertEquals(
        Status.MET,
        status(
            r, Partnership.builder().from(with(b -> b)).addBody(board).addFlow(toLocal).build()));
    assertEquals(
        Status.PARTLY_MET,
        status(r, Partnership.builder().from(with(b -> b)).addBody(board).build()));
    // a seat without power (the lead is a dictator) is no access
    assertEquals(
        Status.NOT_MET,
        status(
            r, Partnership.builder().from(with(b -> b)).addBody(leadOnly).addFlow(toLead).build()));
  }

  @Test
  void fromTheBeginning() {
    Principle r = Lessons.FROM_THE_BEGINNING;
    assertEquals(Status.NOT_MET, status(r, with(b -> b)));
    Partnership all =
        Partnership.builder()
            .from(with(b -> b))
            .members(
                with(b -> b).members().stream()
                    .map(m -> Membership.builder().from(m).involvedFromDesign(true).build())
                    .collect(ImmutableList.toImmutableList()))
            .build();
    assertEquals(Status.MET, status(r, all));
    Partnership some =
        Partnership.builder()
            .from(all)
            .members(
                all.members().stream()
                    .map(
                        m ->
                            m.id().equals(L2.id())
                                ? Membership.builder().from(m).involvedFromDesign(false).build()
                                : m)
                    .collect(ImmutableList.toImmutableList()))
            .build();
    Finding f = r.check(some, AS_OF);
    assertEquals(Status.PARTLY_MET, f.status());
    assertEquals(ImmutableList.of("members involved from the design: 2 of 3"), f.evidence());
    assertTrue(f.suggestion().startsWith("Involve Local Two in the next design"), f.suggestion());
  }

  @Test
  void bottomUpDesign() {
    Principle r = Lessons.BOTTOM_UP_DESIGN;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(
        Status.MET,
        status(
            r,
            with(
                b ->
                    b.design(
                        design(
                            ImmutableSet.of(L1.id()),
                            ImmutableSet.of(L2.id()),
                            ImmutableSet.of())))));
    Finding partly =
        r.check(
            with(
                b ->
                    b.design(
                        design(
                            ImmutableSet.of(L1.id()),
                            ImmutableSet.of(LEAD.id()),
                            ImmutableSet.of()))),
            AS_OF);
    assertEquals(Status.PARTLY_MET, partly.status());
    assertEquals("Let local members draft the plans", partly.suggestion());
    assertEquals(
        Status.NOT_MET,
        status(
            r,
            with(
                b ->
                    b.design(
                        design(
                            ImmutableSet.of(LEAD.id()),
                            ImmutableSet.of(LEAD.id()),
                            ImmutableSet.of())))));
  }

  @Test
  void interestsDeclared() {
    Principle r = Lessons.INTERESTS_DECLARED;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(Status.NOT_MET, status(r, with(b -> b.addKnownAbsent(Topic.DECLARED_INTERESTS))));
    Facts.DeclaredInterest known = new Facts.DeclaredInterest("visibility in Geneva", true);
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b ->
                    b.putInterest(LEAD.id(), known)
                        .putInterest(L1.id(), new Facts.DeclaredInterest("funding", false)))));
    assertEquals(
        Status.MET,
        status(
            r,
            with(
                b ->
                    b.putInterest(LEAD.id(), known)
                        .putInterest(L1.id(), known)
                        .putInterest(L2.id(), known))));
  }

  @Test
  void sharedValues() {
    Principle r = Lessons.SHARED_VALUES;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(Status.NOT_MET, status(r, with(b -> b.addKnownAbsent(Topic.SHARED_VALUES))));
    assertEquals(
        Status.MET,
        status(
            r, with(b -> b.sharedValues(new Facts.SharedValues(LocalDate.of(2021, 1, 1), ALL)))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b ->
                    b.sharedValues(
                        new Facts.SharedValues(
                            LocalDate.of(2021, 1, 1), ImmutableSet.of(LEAD.id()))))));
  }

  @Test
  void jointLearning() {
    Principle r = Lessons.JOINT_LEARNING;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(Status.NOT_MET, status(r, with(b -> b.addKnownAbsent(Topic.JOINT_LEARNING))));
    assertEquals(
        Status.MET,
        status(
            r,
            with(
                b ->
                    b.addLearning(
                        new Facts.LearningPractice("Annual values reflection", true, 12, ALL)))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b -> b.addLearning(new Facts.LearningPractice("Biennial review", true, 24, ALL)))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b ->
                    b.addLearning(
                        new Facts.LearningPractice(
                            "Staff retreat", true, 12, ImmutableSet.of(LEAD.id()))))));
  }

  @Test
  void powerOrganisedTogether() {
    Principle r = Lessons.POWER_ORGANISED_TOGETHER;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    LocalDate d = LocalDate.of(2020, 6, 1);
    assertEquals(
        Status.MET, status(r, with(b -> b.powerArrangement(new Facts.PowerArrangement(ALL, d)))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b ->
                    b.powerArrangement(
                        new Facts.PowerArrangement(ImmutableSet.of(LEAD.id(), L1.id()), d)))));
    assertEquals(
        Status.NOT_MET,
        status(
            r,
            with(
                b ->
                    b.powerArrangement(
                        new Facts.PowerArrangement(ImmutableSet.of(LEAD.id()), d)))));
  }

  @Test
  void feedbackLoops() {
    Principle r = Lessons.FEEDBACK_LOOPS;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(Status.NOT_MET, status(r, with(b -> b.addKnownAbsent(Topic.FEEDBACK_LOOPS))));
    assertEquals(
        Status.MET,
        status(
            r,
            with(
                b ->
                    b.addFeedbackLoop(
                        new Facts.FeedbackLoop(
                            ImmutableSet.of(L1.id()),
                            LEAD.id(),
                            "partner survey",
                            12,
                            Optional.of("reporting templates shortened in 2025"))))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b ->
                    b.addFeedbackLoop(
                        new Facts.FeedbackLoop(
                            ImmutableSet.of(L1.id()),
                            LEAD.id(),
                            "partner survey",
                            12,
                            Optional.empty())))));
  }

  @Test
  void contextReview() {
    Principle r = Lessons.CONTEXT_REVIEW;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    Finding met =
        r.check(
            with(
                b ->
                    b.contextReviews(
                        new Facts.ContextReviews(
                            12, LocalDate.of(2026, 3, 1), ImmutableSet.of(LEAD.id(), L1.id())))),
            AS_OF);
    assertEquals(Status.MET, met.status());
    assertEquals(
        "cadence 12 months, last review 2026-03-01 (8 months before 2026-11-26)",
        met.evidence().get(0));
    Finding late =
        r.check(
            with(
                b ->
                    b.contextReviews(
                        new Facts.ContextReviews(
                            12, LocalDate.of(2024, 3, 1), ImmutableSet.of(LEAD.id(), L1.id())))),
            AS_OF);
    assertEquals(Status.PARTLY_MET, late.status());
    assertEquals("Review at least every 12 months. ", late.suggestion());
    assertEquals(
        Status.NOT_MET,
        status(
            r,
            with(
                b ->
                    b.contextReviews(
                        new Facts.ContextReviews(
                            36, LocalDate.of(2020, 3, 1), ImmutableSet.of(LEAD.id()))))));
  }

  @Test
  void flexibility() {
    Principle r = Lessons.FLEXIBILITY;
    assertEquals(Status.NOT_ASSESSABLE, status(r, with(b -> b)));
    assertEquals(
        Status.MET,
        status(
            r,
            with(
                b ->
                    b.budgetFlexibility(
                        new Facts.BudgetFlexibility(
                            Fraction.of(15, 100), ImmutableSet.of(L1.id()), Optional.empty())))));
    assertEquals(
        Status.PARTLY_MET,
        status(
            r,
            with(
                b ->
                    b.budgetFlexibility(
                        new Facts.BudgetFlexibility(
                            Fraction.of(5, 100),
                            ImmutableSet.of(L1.id()),
                            Optional.of("10000 EUR"))))));
    assertEquals(
        Status.NOT_MET,
        status(
            r,
            with(
                b ->
                    b.budgetFlexibility(
                        new Facts.BudgetFlexibility(
                            Fraction.ZERO, ImmutableSet.of(), Optional.empty())))));
  }

  @Test
  void theCheckOrdersBySeverityAndSummarises() {
    Partnership p =
        with(
            b ->
                b.addKnownAbsent(Topic.CIVIC_SPACE)
                    .sharedValues(new Facts.SharedValues(LocalDate.of(2021, 1, 1), ALL)));
    PrinciplesCheck.Result result = PrinciplesCheck.run(p, Lessons.meetup(), AS_OF);
    assertEquals(12, result.findings().size());
    assertEquals(
        ImmutableMap.of(
            Status.NOT_MET, 2L, Status.PARTLY_MET, 0L, Status.NOT_ASSESSABLE, 9L, Status.MET, 1L),
        result.summary());
    assertEquals(
        ImmutableList.of("LESSON-02", "LESSON-04"),
        result.findings().subList(0, 2).stream()
            .map(Finding::rule)
            .collect(ImmutableList.toImmutableList()));
    assertEquals("LESSON-07", result.findings().get(11).rule());
    assertEquals(Status.MET, result.finding("LESSON-07").orElseThrow().status());
    assertTrue(
        result
            .findings()
            .get(0)
            .toString()
            .startsWith("[NOT_MET] LESSON-02 Defend and reclaim civic space"));
  }

  @Test
  void ruleSetsAreValues() {
    RuleSet without = Lessons.meetup().without("LESSON-02");
    assertEquals(11, without.rules().size());
    assertFalse(without.ids().contains("LESSON-02"));
    Principle own =
        Principle.of(
            "C4C-4",
            "Local partners are named in reports",
            "Charter4Change, commitment 4",
            "met when ...",
            (p, asOf) ->
                Finding.of(LessonsTest.ownRule(), Status.MET, ImmutableList.of("named"), ""));
    RuleSet extended = without.with(own);
    assertEquals("C4C-4", extended.ids().get(11));
    assertEquals(Lessons.meetup(), Lessons.meetup());
    assertEquals(
        "rules (LESSON-01) must have distinct ids",
        assertThrows(
                IllegalArgumentException.class,
                () -> Lessons.meetup().with(Lessons.BOTTOM_UP_POWER))
            .getMessage());
    assertEquals(
        "rule (NOPE) must be in the set to be removed; ids are " + Lessons.meetup().ids(),
        assertThrows(IllegalArgumentException.class, () -> Lessons.meetup().without("NOPE"))
            .getMessage());
  }

  static Principle ownRule() {
    return Principle.of(
        "C4C-4", "Local partners are named in reports", "Charter4Change", "c", (p, a) -> null);
  }
}
