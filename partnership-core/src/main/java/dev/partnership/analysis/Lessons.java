package dev.partnership.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.governance.GoverningBody;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lessons of the Partos meet-up on strategic partnerships in international advocacy (Count Me
 * In!, GPPAC, FAIR / Even It Up), each as a rule with documented criteria. "Local" below means a
 * local or national actor by the IASC definitions ({@link Organization#isLocalOrNational()}).
 *
 * <p>A rule whose facts are missing is not assessable and says which facts; a topic recorded as
 * {@linkplain Practice#knownAbsent() known absent} counts as not met.
 *
 * <p>The lessons are the meet-up's; the criteria that turn them into met, partly met and not met,
 * and every number in them, are this library's own choice and illustrative: half of the local
 * members (lesson 1), a practice at least every 12 months (lessons 8 and 11), at least two members
 * in a review (lesson 11), at least 10% of the budget movable (lesson 12). The findings say so
 * where a threshold is used.
 *
 * <pre>{@code
 * PrinciplesCheck.run(partnership, Lessons.meetup(), LocalDate.of(2026, 11, 26)).findings()
 * }</pre>
 */
public final class Lessons {
  private Lessons() {}

  private static final String SOURCE =
      "Partos meet-up on strategic partnerships in international advocacy: ";

  /** What this library says of each threshold of its own, in the text people read. */
  static final String OWN_THRESHOLD = "(threshold of our own, illustrative)";

  /**
   * The smallest movable share of the budget that meets lesson 12: 1/10, this library's own
   * threshold.
   */
  static final Fraction FLEXIBLE_SHARE = Fraction.of(1, 10);

  /**
   * The longest interval, in months, of a regular learning practice or context review: this
   * library's own threshold.
   */
  static final int YEARLY = 12;

  /** The rule set of all twelve lessons, in order. */
  public static RuleSet meetup() {
    return RuleSet.of(
        ImmutableList.of(
            BOTTOM_UP_POWER,
            CIVIC_SPACE,
            ACCESS,
            FROM_THE_BEGINNING,
            BOTTOM_UP_DESIGN,
            INTERESTS_DECLARED,
            SHARED_VALUES,
            JOINT_LEARNING,
            POWER_ORGANISED_TOGETHER,
            FEEDBACK_LOOPS,
            CONTEXT_REVIEW,
            FLEXIBILITY));
  }

  static ImmutableSet<OrganizationId> locals(Partnership p) {
    return p.query(PartnershipQueries.localAndNationalMembers()).stream()
        .map(Organization::id)
        .collect(ImmutableSet.toImmutableSet());
  }

  static ImmutableSet<OrganizationId> members(Partnership p) {
    return p.members().stream().map(Membership::id).collect(ImmutableSet.toImmutableSet());
  }

  /** Returns whether a local or national member is among {@code ids}. */
  private static boolean anyLocal(Set<OrganizationId> ids, Partnership p) {
    return !Sets.intersection(ids, locals(p)).isEmpty();
  }

  /** Returns the members not among {@code ids}, by name (see {@link #names}). */
  private static String othersThan(Set<OrganizationId> ids, Partnership p) {
    return names(Sets.difference(members(p), ids), p);
  }

  /**
   * Returns the organisation as people read it: its name, followed by its acronym in brackets when
   * it has one ({@code "WO=MEN Dutch Gender Platform (WO=MEN)"}), or the identifier when it is not
   * a member of {@code p} (the form {@link PowerShift#summary()} uses).
   */
  static String name(Partnership p, OrganizationId id) {
    return p.member(id).map(m -> m.organization().fullName()).orElse(id.value());
  }

  /**
   * Returns the organisations as people read them ({@link #name}), sorted by name and joined with
   * {@code ", "}: {@code "CREA, Mama Cash"}; {@code "none"} when there is none.
   */
  static String names(Set<OrganizationId> ids, Partnership p) {
    if (ids.isEmpty()) {
      return "none";
    }
    List<String> sorted =
        ids.stream()
            .map(id -> name(p, id))
            .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
            .toList();
    if (sorted.size() <= LISTED) {
      return String.join(", ", sorted);
    }
    // a long list is summarised; the members table lists everyone
    return String.join(", ", sorted.subList(0, LISTED - 2))
        + " and "
        + (sorted.size() - (LISTED - 2))
        + " more";
  }

  /** The most names a finding lists before it summarises the rest ("and 12 more"). */
  static final int LISTED = 8;

  /**
   * Returns the finding that {@code done} of the members did what a lesson asks: evidence {@code
   * "<what>: k of n"}, and {@code suggestion} with the others' names in place of {@code %s}.
   */
  private static Finding someOfTheMembers(
      Principle self,
      Partnership p,
      Set<OrganizationId> done,
      Status status,
      String what,
      String suggestion) {
    return self.finding(
        status,
        ImmutableList.of(what + ": " + done.size() + " of " + p.members().size()),
        String.format(suggestion, othersThan(done, p)));
  }

  /** The part of a lesson that assesses its fact, once the fact is known. */
  @FunctionalInterface
  private interface FactCheck<T> {
    Finding apply(Principle self, Partnership p, LocalDate asOf, T fact);
  }

  private static Principle lesson(
      String id, String title, String lesson, String criteria, Principle.Check check) {
    return Principle.of(id, title, SOURCE + lesson, criteria, check);
  }

  /**
   * Returns a lesson assessed on one practice fact: not met with the topic recorded as absent, not
   * assessable for want of {@code missingFact} when it is unknown, else {@code check}'s finding.
   */
  private static <T> Principle onFact(
      String id,
      String title,
      String lesson,
      String criteria,
      Topic topic,
      Function<Practice, Optional<T>> fact,
      String missingFact,
      String absentSuggestion,
      FactCheck<T> check) {
    return lesson(
        id,
        title,
        lesson,
        criteria,
        (self, p, asOf) -> {
          Optional<T> f = fact.apply(p.practice());
          if (f.isPresent()) {
            return check.apply(self, p, asOf, f.get());
          }
          if (p.practice().knownAbsent().contains(topic)) {
            return self.finding(
                Status.NOT_MET,
                ImmutableList.of(topic.label() + " is recorded as absent"),
                absentSuggestion);
          }
          return self.notAssessable(missingFact);
        });
  }

  /** Lesson 1: build collective power bottom-up. */
  public static final Principle BOTTOM_UP_POWER =
      onFact(
          "LESSON-01",
          "Build collective power bottom-up: local priorities in the global strategy",
          "build collective power bottom-up; connect local priorities, voice and expertise to global strategy",
          "met: the priorities of at least half of the local members "
              + OWN_THRESHOLD
              + " shaped the global strategy; partly met:"
              + " of at least one; not met: of none (facts: programme design, strategy informed by)",
          Topic.PROGRAMME_DESIGN,
          Practice::design,
          "programme design: whose priorities informed the strategy",
          "Connect local members' priorities to the global strategy",
          (self, p, asOf, d) -> {
            Set<OrganizationId> locals = locals(p);
            Set<OrganizationId> informing = Sets.intersection(d.strategyInformedBy(), locals);
            Status s =
                locals.isEmpty() || informing.isEmpty()
                    ? Status.NOT_MET
                    : 2L * informing.size() >= locals.size() ? Status.MET : Status.PARTLY_MET;
            return self.finding(
                s,
                ImmutableList.of(
                    "local members whose priorities informed the strategy: "
                        + names(informing, p)
                        + " of "
                        + names(locals, p)),
                "Ask the local members "
                    + names(Sets.difference(locals, informing), p)
                    + " for their priorities before the next strategy round");
          });

  /** Lesson 2: defend and reclaim civic space, including digital civic space. */
  public static final Principle CIVIC_SPACE =
      onFact(
          "LESSON-02",
          "Defend and reclaim civic space, including digital civic space",
          "defend and reclaim civic space, including digital civic space",
          "met: a civic space strategy that includes digital civic space; partly met: one without digital; not met: none",
          Topic.CIVIC_SPACE,
          Practice::civicSpace,
          "civic space strategy",
          "Agree a strategy to defend civic space, online and offline",
          (self, p, asOf, c) ->
              self.finding(
                  c.includesDigital() ? Status.MET : Status.PARTLY_MET,
                  ImmutableList.of(
                      "civic space strategy: "
                          + c.description()
                          + (c.includesDigital() ? " (includes digital)" : " (no digital)")),
                  "Add digital civic space (surveillance, online harassment, shutdowns) to the strategy"));

  /** Lesson 3: shift and balance power: access to decision-making and resources. */
  public static final Principle ACCESS =
      lesson(
          "LESSON-03",
          "Shift and balance power: local members have access to decision-making and to resources",
          "shift and balance power; actively organise access to decision-making and to resources",
          "met: a local member holds a seat with power (Banzhaf index above 0) in a governing body and a local member receives"
              + " funding; partly met: one of the two; not met: neither (facts: governing bodies or funding flows)",
          (self, p, asOf) -> {
            if (p.bodies().isEmpty() && p.flows().isEmpty()) {
              return self.notAssessable("governing bodies and seats", "funding flows");
            }
            Set<OrganizationId> locals = locals(p);
            ImmutableSet.Builder<OrganizationId> deciding = ImmutableSet.builder();
            for (GoverningBody b : p.bodies()) {
              deciding.addAll(Sets.intersection(b.holdersWithPower(), locals));
            }
            Set<OrganizationId> funded =
                p.flows().stream()
                    .map(f -> f.recipient())
                    .filter(locals::contains)
                    .collect(Collectors.toSet());
            ImmutableSet<OrganizationId> dec = deciding.build();
            return self.finding(
                Status.graded((dec.isEmpty() ? 0 : 1) + (funded.isEmpty() ? 0 : 1), 2),
                ImmutableList.of(
                    "local members with decisive seats: " + names(dec, p),
                    "local members receiving funding: " + names(funded, p)),
                dec.isEmpty()
                    ? "Give local members seats that can swing decisions"
                    : "Fund local members directly");
          });

  /** Lesson 4: involve all partners from the beginning. */
  public static final Principle FROM_THE_BEGINNING =
      lesson(
          "LESSON-04",
          "Involve all partners from the beginning",
          "involve all partners from the beginning; take time to know each other",
          "met: every member took part in the design from the beginning; partly met: some did; not met: none did",
          (self, p, asOf) -> {
            Set<OrganizationId> early =
                p.members().stream()
                    .filter(Membership::involvedFromDesign)
                    .map(Membership::id)
                    .collect(Collectors.toSet());
            return someOfTheMembers(
                self,
                p,
                early,
                Status.graded(early.size(), p.members().size()),
                "members involved from the design",
                "Involve %s in the next design or redesign, and take time to know each other");
          });

  /** Lesson 5: develop programmes bottom-up. */
  public static final Principle BOTTOM_UP_DESIGN =
      onFact(
          "LESSON-05",
          "Develop programmes bottom-up",
          "develop programmes bottom-up",
          "met: local members drafted both the theory of change and the plans; partly met: one of them; not met: neither",
          Topic.PROGRAMME_DESIGN,
          Practice::design,
          "programme design: who drafted the theory of change and the plans",
          "Let local members draft the theory of change and the plans",
          (self, p, asOf, d) -> {
            boolean toc = anyLocal(d.theoryOfChangeBy(), p);
            boolean plans = anyLocal(d.plansBy(), p);
            return self.finding(
                Status.graded((toc ? 1 : 0) + (plans ? 1 : 0), 2),
                ImmutableList.of(
                    "theory of change drafted by " + names(d.theoryOfChangeBy(), p),
                    "plans drafted by " + names(d.plansBy(), p)),
                "Let local members draft "
                    + (toc
                        ? "the plans"
                        : plans ? "the theory of change" : "the theory of change and the plans"));
          });

  /** Lesson 6: be open about each organisation's own interests. */
  public static final Principle INTERESTS_DECLARED =
      onFact(
          "LESSON-06",
          "Be open about each organisation's own interests",
          "be open about each organisation's own interests",
          "met: every member declared its interests and the others know them; partly met: some did; not met: recorded as absent",
          Topic.DECLARED_INTERESTS,
          pr -> Optional.of(pr.interests()).filter(i -> !i.isEmpty()),
          "members' declared interests",
          "Ask every member to state its own interests in the partnership",
          (self, p, asOf, interests) -> {
            Set<OrganizationId> open =
                interests.entrySet().stream()
                    .filter(e -> e.getValue().knownToOthers())
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return someOfTheMembers(
                self,
                p,
                open,
                open.size() == p.members().size() ? Status.MET : Status.PARTLY_MET,
                "members whose interests are declared and known",
                "Share the interests of %s with all members");
          });

  /** Lesson 7: define shared values. */
  public static final Principle SHARED_VALUES =
      onFact(
          "LESSON-07",
          "Define shared values",
          "define shared values",
          "met: shared values defined with every member taking part; partly met: defined by some members; not met: recorded as absent",
          Topic.SHARED_VALUES,
          Practice::sharedValues,
          "shared values: when and by whom defined",
          "Define shared values together",
          (self, p, asOf, v) ->
              self.finding(
                  v.definedBy().containsAll(members(p)) ? Status.MET : Status.PARTLY_MET,
                  ImmutableList.of(
                      "shared values defined on "
                          + v.definedOn()
                          + " by "
                          + v.definedBy().size()
                          + " of "
                          + p.members().size()
                          + " members"),
                  "Revisit the shared values with " + othersThan(v.definedBy(), p)));

  /** Lesson 8: make the partnership an object of joint learning. */
  public static final Principle JOINT_LEARNING =
      onFact(
          "LESSON-08",
          "Make the partnership an object of joint learning",
          "make the partnership an object of joint learning (are we still in line with our values?)",
          "met: a learning practice at least every "
              + YEARLY
              + " months "
              + OWN_THRESHOLD
              + " that reflects on the shared values with a"
              + " local member taking part; partly met: a learning practice without all three; not met: recorded as absent",
          Topic.JOINT_LEARNING,
          pr -> Optional.of(pr.learning()).filter(l -> !l.isEmpty()),
          "joint learning practices",
          "Reflect together, at least yearly, on whether the partnership lives its values",
          (self, p, asOf, learning) -> {
            boolean full =
                learning.stream()
                    .anyMatch(
                        l ->
                            l.reflectsOnValues()
                                && l.cadenceMonths() <= YEARLY
                                && anyLocal(l.participants(), p));
            return self.finding(
                full ? Status.MET : Status.PARTLY_MET,
                ImmutableList.<String>builder()
                    .addAll(
                        learning.stream()
                            .map(
                                l ->
                                    l.description()
                                        + " every "
                                        + l.cadenceMonths()
                                        + " months"
                                        + (l.reflectsOnValues() ? ", on values" : "")
                                        + ", "
                                        + l.participants().size()
                                        + " members")
                            .iterator())
                    .add("regular means at least every " + YEARLY + " months " + OWN_THRESHOLD)
                    .build(),
                "Make a yearly reflection on the shared values, with local members taking part");
          });

  /** Lesson 9: decide together how power is organised. */
  public static final Principle POWER_ORGANISED_TOGETHER =
      onFact(
          "LESSON-09",
          "Decide together how power is organised in the partnership",
          "decide together how power is organised in the partnership",
          "met: every member took part in deciding it; partly met: local members took part but not all members; not met: no local member took part",
          Topic.POWER_ARRANGEMENT,
          Practice::powerArrangement,
          "how power was decided: by whom, when",
          "Decide together how power is organised",
          (self, p, asOf, a) ->
              self.finding(
                  a.decidedBy().containsAll(members(p))
                      ? Status.MET
                      : anyLocal(a.decidedBy(), p) ? Status.PARTLY_MET : Status.NOT_MET,
                  ImmutableList.of(
                      "power arrangement decided on "
                          + a.decidedOn()
                          + " by "
                          + names(a.decidedBy(), p)),
                  "Revisit how power is organised with " + othersThan(a.decidedBy(), p)));

  /** Lesson 10: organise feedback loops. */
  public static final Principle FEEDBACK_LOOPS =
      onFact(
          "LESSON-10",
          "Organise feedback loops",
          "create a space for joint learning, organise feedback loops",
          "met: a feedback loop from local members with evidence that feedback was acted on; partly met: loops without such"
              + " evidence or without local members; not met: recorded as absent",
          Topic.FEEDBACK_LOOPS,
          pr -> Optional.of(pr.feedbackLoops()).filter(l -> !l.isEmpty()),
          "feedback loops",
          "Organise feedback from local members and show what was done with it",
          (self, p, asOf, loops) -> {
            boolean full =
                loops.stream().anyMatch(f -> f.actedOn().isPresent() && anyLocal(f.from(), p));
            return self.finding(
                full ? Status.MET : Status.PARTLY_MET,
                loops.stream()
                    .map(
                        f ->
                            "from "
                                + names(f.from(), p)
                                + " to "
                                + name(p, f.to())
                                + " by "
                                + f.channel()
                                + f.actedOn()
                                    .map(x -> ", acted on: " + x)
                                    .orElse(", no evidence it was acted on"))
                    .collect(ImmutableList.toImmutableList()),
                "Show local members what was done with their feedback");
          });

  /** Lesson 11: reassess the context together regularly. */
  public static final Principle CONTEXT_REVIEW =
      onFact(
          "LESSON-11",
          "Reassess the context together regularly",
          "reassess the context together regularly",
          "criteria: (a) reviewed at least every 12 months and the last review within 12 months of the check date; (b) jointly,"
              + " at least two members; (c) at least one local or national member took part "
              + OWN_THRESHOLD
              + ". met: all three; partly met: one or two; not met: none",
          Topic.CONTEXT_REVIEWS,
          Practice::contextReviews,
          "context reviews: cadence, last date, participants",
          "Review the context together at least yearly, with local members",
          (self, p, asOf, c) -> {
            long months = ChronoUnit.MONTHS.between(c.last(), asOf);
            boolean regular = c.cadenceMonths() <= YEARLY && months >= 0 && months <= YEARLY;
            boolean joint = c.participants().size() >= 2;
            boolean local = anyLocal(c.participants(), p);
            return self.finding(
                Status.graded((regular ? 1 : 0) + (joint ? 1 : 0) + (local ? 1 : 0), 3),
                ImmutableList.of(
                    "cadence "
                        + c.cadenceMonths()
                        + " months, last review "
                        + c.last()
                        + (months >= 0
                            ? " (" + months + " months before " + asOf + ")"
                            : " (after the check date " + asOf + ")"),
                    "participants " + names(c.participants(), p),
                    "regular means at least every "
                        + YEARLY
                        + " months, jointly means at least two members "
                        + OWN_THRESHOLD),
                (regular ? "" : "Review at least every 12 months. ")
                    + (joint ? "" : "Review jointly. ")
                    + (local ? "" : "Include local members."));
          });

  /** Lesson 12: build flexibility into programmes and budgets. */
  public static final Principle FLEXIBILITY =
      onFact(
          "LESSON-12",
          "Build flexibility into programmes and budgets",
          "build flexibility into programmes and budgets to react to urgent issues and changes in context",
          "met: at least 10% of the budget "
              + OWN_THRESHOLD
              + " can move without the funder's approval and a local member may move"
              + " it; partly met: some of the budget can move; not met: none can",
          Topic.BUDGET_FLEXIBILITY,
          Practice::budgetFlexibility,
          "budget flexibility: share movable, who may move it",
          "Set aside a flexible share of the budget that partners can move",
          (self, p, asOf, f) -> {
            boolean enough = f.movableShare().compareTo(FLEXIBLE_SHARE) >= 0;
            boolean local = anyLocal(f.whoMayMove(), p);
            Status s =
                f.movableShare().signum() == 0
                    ? Status.NOT_MET
                    : enough && local ? Status.MET : Status.PARTLY_MET;
            return self.finding(
                s,
                ImmutableList.of(
                    "movable share "
                        + Texts.percent(f.movableShare())
                        + ", may be moved by "
                        + names(f.whoMayMove(), p)
                        + f.threshold().map(t -> ", approval needed above " + t).orElse(""),
                    "enough means at least "
                        + Texts.percent(FLEXIBLE_SHARE)
                        + " of the budget "
                        + OWN_THRESHOLD),
                (enough ? "" : "Let at least 10% of the budget move without prior approval. ")
                    + (local ? "" : "Let local members move it."));
          });
}
