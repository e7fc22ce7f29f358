package dev.partnership.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.governance.GoverningBody;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lessons of the Partos meet-up on strategic partnerships in international advocacy (Count Me
 * In!, GPPAC, FAIR / Even It Up), each as a rule with documented criteria. "Local" below means a
 * local or national actor by the IASC definitions ({@link Organization#isLocalOrNational()}).
 *
 * <p>A rule whose facts are missing is not assessable and says which facts; a topic recorded as
 * {@linkplain Practice#knownAbsent() known absent} counts as not met.
 *
 * <pre>{@code
 * PrinciplesCheck.run(partnership, Lessons.meetup(), LocalDate.of(2026, 11, 26)).findings()
 * }</pre>
 */
public final class Lessons {
  private Lessons() {}

  private static final String SOURCE = "Partos meet-up on strategic partnerships in international advocacy: ";

  /** The rule set of all twelve lessons, in order. */
  public static RuleSet meetup() {
    return RuleSet.of(
        ImmutableList.of(
            BOTTOM_UP_POWER, CIVIC_SPACE, ACCESS, FROM_THE_BEGINNING, BOTTOM_UP_DESIGN, INTERESTS_DECLARED,
            SHARED_VALUES, JOINT_LEARNING, POWER_ORGANISED_TOGETHER, FEEDBACK_LOOPS, CONTEXT_REVIEW, FLEXIBILITY));
  }

  static ImmutableSet<OrganizationId> locals(Partnership p) {
    return p.query(PartnershipQueries.localAndNationalMembers()).stream().map(Organization::id).collect(ImmutableSet.toImmutableSet());
  }

  static ImmutableSet<OrganizationId> members(Partnership p) {
    return p.members().stream().map(Membership::id).collect(ImmutableSet.toImmutableSet());
  }

  private static String names(Set<OrganizationId> ids) {
    return ids.stream().map(OrganizationId::value).sorted().collect(Collectors.joining(", ", "[", "]"));
  }

  /** Returns not met when the topic is known absent, otherwise not assessable for want of {@code fact}. */
  private static Finding missing(Principle rule, Practice practice, Topic topic, String fact, String suggestion) {
    if (practice.knownAbsent().contains(topic)) {
      return Finding.of(rule, Status.NOT_MET, ImmutableList.of(topic + " is recorded as absent"), suggestion);
    }
    return Finding.notAssessable(rule, fact);
  }

  /** Lesson 1: build collective power bottom-up. */
  public static final Principle BOTTOM_UP_POWER =
      Principle.of(
          "LESSON-01",
          "Build collective power bottom-up: local priorities in the global strategy",
          SOURCE + "build collective power bottom-up; connect local priorities, voice and expertise to global strategy",
          "met: the priorities of at least half of the local members shaped the global strategy; partly met: of at least one;"
              + " not met: of none (facts: programme design, strategy informed by)",
          (p, asOf) -> {
            Principle self = Lessons.BOTTOM_UP_POWER;
            Optional<Facts.ProgrammeDesign> d = p.practice().design();
            if (d.isEmpty()) {
              return missing(self, p.practice(), Topic.PROGRAMME_DESIGN, "programme design: whose priorities informed the strategy",
                  "Connect local members' priorities to the global strategy");
            }
            Set<OrganizationId> locals = locals(p);
            Set<OrganizationId> informing = Sets.intersection(d.get().strategyInformedBy(), locals);
            Status s = locals.isEmpty() || informing.isEmpty() ? Status.NOT_MET
                : 2 * informing.size() >= locals.size() ? Status.MET : Status.PARTLY_MET;
            return Finding.of(self, s,
                ImmutableList.of("local members whose priorities informed the strategy: " + names(informing) + " of " + names(locals)),
                "Ask the local members " + names(Sets.difference(locals, informing)) + " for their priorities before the next strategy round");
          });

  /** Lesson 2: defend and reclaim civic space, including digital civic space. */
  public static final Principle CIVIC_SPACE =
      Principle.of(
          "LESSON-02",
          "Defend and reclaim civic space, including digital civic space",
          SOURCE + "defend and reclaim civic space, including digital civic space",
          "met: a civic space strategy that includes digital civic space; partly met: one without digital; not met: none",
          (p, asOf) -> {
            Principle self = Lessons.CIVIC_SPACE;
            Optional<Facts.CivicSpaceStrategy> c = p.practice().civicSpace();
            if (c.isEmpty()) {
              return missing(self, p.practice(), Topic.CIVIC_SPACE, "civic space strategy",
                  "Agree a strategy to defend civic space, online and offline");
            }
            return Finding.of(self, c.get().includesDigital() ? Status.MET : Status.PARTLY_MET,
                ImmutableList.of("civic space strategy: " + c.get().description() + (c.get().includesDigital() ? " (includes digital)" : " (no digital)")),
                "Add digital civic space (surveillance, online harassment, shutdowns) to the strategy");
          });

  /** Lesson 3: shift and balance power: access to decision-making and resources. */
  public static final Principle ACCESS =
      Principle.of(
          "LESSON-03",
          "Shift and balance power: local members have access to decision-making and to resources",
          SOURCE + "shift and balance power; actively organise access to decision-making and to resources",
          "met: a local member holds a seat with power (Banzhaf index above 0) in a governing body and a local member receives"
              + " funding; partly met: one of the two; not met: neither (facts: governing bodies or funding flows)",
          (p, asOf) -> {
            Principle self = Lessons.ACCESS;
            if (p.bodies().isEmpty() && p.flows().isEmpty()) {
              return Finding.notAssessable(self, "governing bodies and seats", "funding flows");
            }
            Set<OrganizationId> locals = locals(p);
            ImmutableSet.Builder<OrganizationId> deciding = ImmutableSet.builder();
            for (GoverningBody b : p.bodies()) {
              deciding.addAll(Sets.intersection(b.holdersWithPower(), locals));
            }
            Set<OrganizationId> funded = p.flows().stream().map(f -> f.recipient()).filter(locals::contains).collect(Collectors.toSet());
            ImmutableSet<OrganizationId> dec = deciding.build();
            int met = (dec.isEmpty() ? 0 : 1) + (funded.isEmpty() ? 0 : 1);
            return Finding.of(self, met == 2 ? Status.MET : met == 1 ? Status.PARTLY_MET : Status.NOT_MET,
                ImmutableList.of("local members with decisive seats: " + names(dec), "local members receiving funding: " + names(funded)),
                dec.isEmpty() ? "Give local members seats that can swing decisions" : "Fund local members directly");
          });

  /** Lesson 4: involve all partners from the beginning. */
  public static final Principle FROM_THE_BEGINNING =
      Principle.of(
          "LESSON-04",
          "Involve all partners from the beginning",
          SOURCE + "involve all partners from the beginning; take time to know each other",
          "met: every member took part in the design from the beginning; partly met: some did; not met: none did",
          (p, asOf) -> {
            Principle self = Lessons.FROM_THE_BEGINNING;
            Set<OrganizationId> early = p.members().stream().filter(Membership::involvedFromDesign).map(Membership::id).collect(Collectors.toSet());
            Status s = early.size() == p.members().size() ? Status.MET : early.isEmpty() ? Status.NOT_MET : Status.PARTLY_MET;
            return Finding.of(self, s, ImmutableList.of("members involved from the design: " + early.size() + " of " + p.members().size()),
                "Involve " + names(Sets.difference(members(p), early)) + " in the next design or redesign, and take time to know each other");
          });

  /** Lesson 5: develop programmes bottom-up. */
  public static final Principle BOTTOM_UP_DESIGN =
      Principle.of(
          "LESSON-05",
          "Develop programmes bottom-up",
          SOURCE + "develop programmes bottom-up",
          "met: local members drafted both the theory of change and the plans; partly met: one of them; not met: neither",
          (p, asOf) -> {
            Principle self = Lessons.BOTTOM_UP_DESIGN;
            Optional<Facts.ProgrammeDesign> d = p.practice().design();
            if (d.isEmpty()) {
              return missing(self, p.practice(), Topic.PROGRAMME_DESIGN, "programme design: who drafted the theory of change and the plans",
                  "Let local members draft the theory of change and the plans");
            }
            Set<OrganizationId> locals = locals(p);
            boolean toc = !Sets.intersection(d.get().theoryOfChangeBy(), locals).isEmpty();
            boolean plans = !Sets.intersection(d.get().plansBy(), locals).isEmpty();
            return Finding.of(self, toc && plans ? Status.MET : toc || plans ? Status.PARTLY_MET : Status.NOT_MET,
                ImmutableList.of("theory of change drafted by " + names(d.get().theoryOfChangeBy()), "plans drafted by " + names(d.get().plansBy())),
                "Let local members draft " + (toc ? "the plans" : plans ? "the theory of change" : "the theory of change and the plans"));
          });

  /** Lesson 6: be open about each organisation's own interests. */
  public static final Principle INTERESTS_DECLARED =
      Principle.of(
          "LESSON-06",
          "Be open about each organisation's own interests",
          SOURCE + "be open about each organisation's own interests",
          "met: every member declared its interests and the others know them; partly met: some did; not met: recorded as absent",
          (p, asOf) -> {
            Principle self = Lessons.INTERESTS_DECLARED;
            if (p.practice().interests().isEmpty()) {
              return missing(self, p.practice(), Topic.DECLARED_INTERESTS, "members' declared interests",
                  "Ask every member to state its own interests in the partnership");
            }
            Set<OrganizationId> open = p.practice().interests().entrySet().stream()
                .filter(e -> e.getValue().knownToOthers()).map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
            return Finding.of(self, open.size() == p.members().size() ? Status.MET : Status.PARTLY_MET,
                ImmutableList.of("members whose interests are declared and known: " + open.size() + " of " + p.members().size()),
                "Share the interests of " + names(Sets.difference(members(p), open)) + " with all members");
          });

  /** Lesson 7: define shared values. */
  public static final Principle SHARED_VALUES =
      Principle.of(
          "LESSON-07",
          "Define shared values",
          SOURCE + "define shared values",
          "met: shared values defined with every member taking part; partly met: defined by some members; not met: recorded as absent",
          (p, asOf) -> {
            Principle self = Lessons.SHARED_VALUES;
            Optional<Facts.SharedValues> v = p.practice().sharedValues();
            if (v.isEmpty()) {
              return missing(self, p.practice(), Topic.SHARED_VALUES, "shared values: when and by whom defined", "Define shared values together");
            }
            boolean all = v.get().definedBy().containsAll(members(p));
            return Finding.of(self, all ? Status.MET : Status.PARTLY_MET,
                ImmutableList.of("shared values defined on " + v.get().definedOn() + " by " + v.get().definedBy().size() + " of " + p.members().size() + " members"),
                "Revisit the shared values with " + names(Sets.difference(members(p), v.get().definedBy())));
          });

  /** Lesson 8: make the partnership an object of joint learning. */
  public static final Principle JOINT_LEARNING =
      Principle.of(
          "LESSON-08",
          "Make the partnership an object of joint learning",
          SOURCE + "make the partnership an object of joint learning (are we still in line with our values?)",
          "met: a learning practice at least yearly that reflects on the shared values with a local member taking part;"
              + " partly met: a learning practice without all three; not met: recorded as absent",
          (p, asOf) -> {
            Principle self = Lessons.JOINT_LEARNING;
            if (p.practice().learning().isEmpty()) {
              return missing(self, p.practice(), Topic.JOINT_LEARNING, "joint learning practices", "Reflect together, at least yearly, on whether the partnership lives its values");
            }
            Set<OrganizationId> locals = locals(p);
            boolean full = p.practice().learning().stream().anyMatch(l -> l.reflectsOnValues() && l.cadenceMonths() <= 12
                && !Sets.intersection(l.participants(), locals).isEmpty());
            return Finding.of(self, full ? Status.MET : Status.PARTLY_MET,
                p.practice().learning().stream().map(l -> l.description() + " every " + l.cadenceMonths() + " months"
                    + (l.reflectsOnValues() ? ", on values" : "") + ", " + l.participants().size() + " members").collect(ImmutableList.toImmutableList()),
                "Make a yearly reflection on the shared values, with local members taking part");
          });

  /** Lesson 9: decide together how power is organised. */
  public static final Principle POWER_ORGANISED_TOGETHER =
      Principle.of(
          "LESSON-09",
          "Decide together how power is organised in the partnership",
          SOURCE + "decide together how power is organised in the partnership",
          "met: every member took part in deciding it; partly met: local members took part but not all members; not met: no local member took part",
          (p, asOf) -> {
            Principle self = Lessons.POWER_ORGANISED_TOGETHER;
            Optional<Facts.PowerArrangement> a = p.practice().powerArrangement();
            if (a.isEmpty()) {
              return missing(self, p.practice(), Topic.POWER_ARRANGEMENT, "how power was decided: by whom, when", "Decide together how power is organised");
            }
            boolean all = a.get().decidedBy().containsAll(members(p));
            boolean local = !Sets.intersection(a.get().decidedBy(), locals(p)).isEmpty();
            return Finding.of(self, all ? Status.MET : local ? Status.PARTLY_MET : Status.NOT_MET,
                ImmutableList.of("power arrangement decided on " + a.get().decidedOn() + " by " + names(a.get().decidedBy())),
                "Revisit how power is organised with " + names(Sets.difference(members(p), a.get().decidedBy())));
          });

  /** Lesson 10: organise feedback loops. */
  public static final Principle FEEDBACK_LOOPS =
      Principle.of(
          "LESSON-10",
          "Organise feedback loops",
          SOURCE + "create a space for joint learning, organise feedback loops",
          "met: a feedback loop from local members with evidence that feedback was acted on; partly met: loops without such"
              + " evidence or without local members; not met: recorded as absent",
          (p, asOf) -> {
            Principle self = Lessons.FEEDBACK_LOOPS;
            if (p.practice().feedbackLoops().isEmpty()) {
              return missing(self, p.practice(), Topic.FEEDBACK_LOOPS, "feedback loops", "Organise feedback from local members and show what was done with it");
            }
            Set<OrganizationId> locals = locals(p);
            boolean full = p.practice().feedbackLoops().stream().anyMatch(f -> f.actedOn().isPresent() && !Sets.intersection(f.from(), locals).isEmpty());
            return Finding.of(self, full ? Status.MET : Status.PARTLY_MET,
                p.practice().feedbackLoops().stream().map(f -> "from " + names(f.from()) + " to " + f.to() + " by " + f.channel()
                    + f.actedOn().map(x -> ", acted on: " + x).orElse(", no evidence it was acted on")).collect(ImmutableList.toImmutableList()),
                "Show local members what was done with their feedback");
          });

  /** Lesson 11: reassess the context together regularly. */
  public static final Principle CONTEXT_REVIEW =
      Principle.of(
          "LESSON-11",
          "Reassess the context together regularly",
          SOURCE + "reassess the context together regularly",
          "criteria: (a) reviewed at least every 12 months and the last review within 12 months of the check date; (b) jointly,"
              + " at least two members; (c) at least one local or national member took part. met: all three; partly met: one or two;"
              + " not met: none",
          (p, asOf) -> {
            Principle self = Lessons.CONTEXT_REVIEW;
            Optional<Facts.ContextReviews> c = p.practice().contextReviews();
            if (c.isEmpty()) {
              return missing(self, p.practice(), Topic.CONTEXT_REVIEWS, "context reviews: cadence, last date, participants",
                  "Review the context together at least yearly, with local members");
            }
            long months = ChronoUnit.MONTHS.between(c.get().last(), asOf);
            boolean regular = c.get().cadenceMonths() <= 12 && months <= 12;
            boolean joint = c.get().participants().size() >= 2;
            boolean local = !Sets.intersection(c.get().participants(), locals(p)).isEmpty();
            int n = (regular ? 1 : 0) + (joint ? 1 : 0) + (local ? 1 : 0);
            return Finding.of(self, n == 3 ? Status.MET : n == 0 ? Status.NOT_MET : Status.PARTLY_MET,
                ImmutableList.of(
                    "cadence " + c.get().cadenceMonths() + " months, last review " + c.get().last() + " (" + months + " months before " + asOf + ")",
                    "participants " + names(c.get().participants())),
                (regular ? "" : "Review at least every 12 months. ") + (joint ? "" : "Review jointly. ") + (local ? "" : "Include local members."));
          });

  /** Lesson 12: build flexibility into programmes and budgets. */
  public static final Principle FLEXIBILITY =
      Principle.of(
          "LESSON-12",
          "Build flexibility into programmes and budgets",
          SOURCE + "build flexibility into programmes and budgets to react to urgent issues and changes in context",
          "met: at least 10% of the budget can move without the funder's approval and a local member may move it; partly met:"
              + " some of the budget can move; not met: none can",
          (p, asOf) -> {
            Principle self = Lessons.FLEXIBILITY;
            Optional<Facts.BudgetFlexibility> f = p.practice().budgetFlexibility();
            if (f.isEmpty()) {
              return missing(self, p.practice(), Topic.BUDGET_FLEXIBILITY, "budget flexibility: share movable, who may move it",
                  "Set aside a flexible share of the budget that partners can move");
            }
            boolean enough = f.get().movableShare().compareTo(Fraction.of(1, 10)) >= 0;
            boolean local = !Sets.intersection(f.get().whoMayMove(), locals(p)).isEmpty();
            Status s = f.get().movableShare().signum() == 0 ? Status.NOT_MET : enough && local ? Status.MET : Status.PARTLY_MET;
            return Finding.of(self, s,
                ImmutableList.of("movable share " + f.get().movableShare() + ", may be moved by " + names(f.get().whoMayMove())
                    + f.get().threshold().map(t -> ", threshold " + t).orElse("")),
                (enough ? "" : "Let at least 10% of the budget move without prior approval. ") + (local ? "" : "Let local members move it."));
          });
}
