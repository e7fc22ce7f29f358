package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts.BudgetFlexibility;
import dev.partnership.practice.Facts.CivicSpaceStrategy;
import dev.partnership.practice.Facts.ContextReviews;
import dev.partnership.practice.Facts.DeclaredInterest;
import dev.partnership.practice.Facts.FeedbackLoop;
import dev.partnership.practice.Facts.LearningPractice;
import dev.partnership.practice.Facts.PowerArrangement;
import dev.partnership.practice.Facts.ProgrammeDesign;
import dev.partnership.practice.Facts.SharedValues;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustMechanism;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Operators on a partnership's practice facet: one per fact the {@link Practice} holds (shared
 * values, declared interests, programme design, joint learning, feedback loops, context reviews,
 * budget flexibility, how power was decided, the civic space strategy), {@link #forget} and {@link
 * #markAbsent} for any topic, and the control and trust mechanisms, with {@link
 * #replaceControl(ControlMechanism)} replacing a control by its trust counterpart.
 *
 * <p>The facts turn the Partos meet-up's lessons into data (define shared values, be open about
 * interests, create a space for joint learning, organise feedback loops, reassess the context
 * together, build flexibility into budgets, decide together how power is organised). Recording a
 * fact also removes its topic from {@link Practice#knownAbsent()}: the partnership now has it.
 *
 * <p>Each operator does not apply when it would change nothing (the fact is recorded already, the
 * mechanism is in use or is not), or when it names an organisation that is not a member; {@link
 * PartnershipOperator#whyNotApplicable} names the rule and the state, e.g. {@code "earmarking is
 * not a control mechanism of gppac; controls are [audits]"}. The queries on the facet are {@link
 * Practice} itself and {@link dev.partnership.practice.TrustControlBalance}.
 *
 * <p>An operator that records a whole fact value ({@code defineSharedValues(SharedValues)}, {@link
 * #setProgrammeDesign}, {@code addLearning(LearningPractice)}, {@link #addFeedbackLoop}, {@link
 * #removeFeedbackLoop}, {@code setBudgetFlexibility(BudgetFlexibility)}) keeps that value, its
 * provenance included, as its one {@link PartnershipOperator#arguments() argument}: two such
 * operators are equal only when they record the same fact from the same source, and a scenario
 * document can write the fact as the partnership document does. The shorter factories make the same
 * operator as the value factory with a fact without provenance.
 *
 * <p>The examples below start from this partnership:
 *
 * <pre>{@code
 * import static dev.partnership.model.PracticeOperators.*;
 * var jass = Organization.of("JASS", OrganizationType.NATIONAL_NGO);
 * var crea = Organization.of("CREA", OrganizationType.NATIONAL_NGO);
 * var cmi = Partnership.of("count-me-in", "Count Me In!", PartnershipForm.ALLIANCE_OR_CONSORTIUM,
 *     Membership.of(Organization.of("Mama Cash", OrganizationType.FOUNDATION), Role.LEAD),
 *     Membership.of(jass, Role.MEMBER), Membership.of(crea, Role.MEMBER));
 * var next = cmi.with(addControl(ControlMechanism.EARMARKING))
 *     .with(replaceControl(ControlMechanism.EARMARKING))     // by UNEARMARKED_FUNDING
 *     .with(addFlexibleBudgetLine(Fraction.of(1, 10), jass.id()));
 * next.practice().budgetFlexibility().get().movableShare()   // 1/10
 * }</pre>
 */
public final class PracticeOperators {
  private PracticeOperators() {}

  // ---- shared values, interests, design, power arrangement, civic space strategy ------------

  /**
   * Returns an operator that records the partnership's shared values, defined on {@code definedOn}
   * by {@code definedBy} (the lesson "define shared values"). It prints as {@code
   * defineSharedValues(2021-03-01, [jass, crea])}.
   *
   * <pre>{@code
   * cmi.with(defineSharedValues(LocalDate.of(2021, 3, 1), jass.id(), crea.id()))
   * }</pre>
   *
   * @throws NullPointerException naming {@code definedBy[i]} if a member is null
   */
  public static PartnershipOperator defineSharedValues(
      LocalDate definedOn, OrganizationId... definedBy) {
    return defineSharedValues(new SharedValues(definedOn, ids(definedBy, "definedBy")));
  }

  /**
   * Returns an operator that records {@code values}; see {@link #defineSharedValues(LocalDate,
   * OrganizationId...)}.
   *
   * <pre>{@code
   * cmi.with(defineSharedValues(new Facts.SharedValues(LocalDate.of(2021, 3, 1), ImmutableSet.of(jass.id()))))
   * }</pre>
   */
  public static PartnershipOperator defineSharedValues(SharedValues values) {
    checkNotNull(values, "values");
    return setFact(
        "defineSharedValues",
        // one argument, the whole fact (its provenance included), printed as the call's two
        List.of(Operator.shownAs(values, values.definedOn() + ", " + listed(values.definedBy()))),
        Topic.SHARED_VALUES,
        values.definedBy(),
        Practice::sharedValues,
        values,
        Practice::withSharedValues);
  }

  /**
   * Returns an operator by which the member {@code member} declares its own interest in the
   * partnership (the lesson "be open about each organisation's own interests"); a previous
   * declaration of the member is replaced. It prints as {@code declareInterest(jass, "visibility at
   * the UN", true)}.
   *
   * <pre>{@code
   * cmi.with(declareInterest(jass.id(), "visibility at the UN", true))
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code interest} is blank
   */
  public static PartnershipOperator declareInterest(
      OrganizationId member, String interest, boolean knownToOthers) {
    checkNotNull(member, "member");
    return declareInterest(member, shownId(member), new DeclaredInterest(interest, knownToOthers));
  }

  /**
   * Returns {@link #declareInterest(OrganizationId, String, boolean)} for {@code member}'s id,
   * printed with its short name: {@code declareInterest(JASS, "visibility at the UN", true)}.
   *
   * <pre>{@code
   * declareInterest(jass, "visibility at the UN", true)   // declareInterest(JASS, "visibility at the UN", true)
   * }</pre>
   */
  public static PartnershipOperator declareInterest(
      Organization member, String interest, boolean knownToOthers) {
    checkNotNull(member, "member");
    return declareInterest(
        member.id(), shownName(member), new DeclaredInterest(interest, knownToOthers));
  }

  private static PartnershipOperator declareInterest(
      OrganizationId member, Object shown, DeclaredInterest declared) {
    return Operator.of(
        "declareInterest",
        List.of(shown, quotedArg(declared.interest()), declared.knownToOthers()),
        p ->
            PartnershipOperators.notMember(p, member)
                .or(
                    () ->
                        when(
                            declared.equals(p.practice().interests().get(member)),
                            member + " already declared " + text(declared) + " in " + p.id())),
        (p, b) -> {
          ImmutableMap.Builder<OrganizationId, DeclaredInterest> m = ImmutableMap.builder();
          p.practice().interests().forEach((k, v) -> m.put(k, k.equals(member) ? declared : v));
          if (!p.practice().interests().containsKey(member)) {
            m.put(member, declared);
          }
          b.practice(clearAbsent(p.practice(), Topic.DECLARED_INTERESTS).withInterests(m.build()));
        });
  }

  /**
   * Returns an operator that withdraws the declared interest of {@code member}.
   *
   * <pre>{@code
   * cmi.with(declareInterest(jass, "visibility", true)).with(withdrawInterest(jass.id()))
   * }</pre>
   */
  public static PartnershipOperator withdrawInterest(OrganizationId member) {
    checkNotNull(member, "member");
    return Operator.of(
        "withdrawInterest",
        List.of(member),
        p ->
            when(
                !p.practice().interests().containsKey(member),
                member
                    + " has declared no interest in "
                    + p.id()
                    + "; interests are declared by "
                    + listed(p.practice().interests().keySet())),
        (p, b) ->
            b.practice(
                p.practice()
                    .withInterests(
                        ImmutableMap.copyOf(
                            Maps.filterKeys(p.practice().interests(), k -> !k.equals(member))))));
  }

  /**
   * Returns an operator that records how the programme was designed: who drafted the theory of
   * change and the plans, whose local priorities shaped the strategy (the lesson "develop
   * programmes bottom-up").
   *
   * <pre>{@code
   * cmi.with(setProgrammeDesign(new Facts.ProgrammeDesign(ImmutableSet.of(jass.id()),
   *     ImmutableSet.of(jass.id(), crea.id()), ImmutableSet.of(crea.id()))))
   * }</pre>
   */
  public static PartnershipOperator setProgrammeDesign(ProgrammeDesign design) {
    checkNotNull(design, "design");
    return setFact(
        "setProgrammeDesign",
        List.of(
            Operator.shownAs(
                design,
                "theory of change by "
                    + listed(design.theoryOfChangeBy())
                    + ", plans by "
                    + listed(design.plansBy())
                    + ", strategy informed by "
                    + listed(design.strategyInformedBy()))),
        Topic.PROGRAMME_DESIGN,
        ImmutableSet.<OrganizationId>builder()
            .addAll(design.theoryOfChangeBy())
            .addAll(design.plansBy())
            .addAll(design.strategyInformedBy())
            .build(),
        Practice::design,
        design,
        Practice::withDesign);
  }

  /**
   * Returns an operator that records how power in the partnership was decided: by {@code
   * decidedBy}, on {@code decidedOn} (the lesson "decide together how power is organised"). It
   * prints as {@code recordPowerArrangement(2024-05-01, [jass, crea])}.
   *
   * <pre>{@code
   * cmi.with(recordPowerArrangement(LocalDate.of(2024, 5, 1), jass.id(), crea.id()))
   * }</pre>
   */
  public static PartnershipOperator recordPowerArrangement(
      LocalDate decidedOn, OrganizationId... decidedBy) {
    PowerArrangement arrangement = new PowerArrangement(ids(decidedBy, "decidedBy"), decidedOn);
    return setFact(
        "recordPowerArrangement",
        List.of(decidedOn, namesArg(arrangement.decidedBy())),
        Topic.POWER_ARRANGEMENT,
        arrangement.decidedBy(),
        Practice::powerArrangement,
        arrangement,
        Practice::withPowerArrangement);
  }

  /**
   * Returns an operator that records the partnership's strategy for civic space (the lesson "defend
   * and reclaim civic space, including digital civic space").
   *
   * <pre>{@code
   * cmi.with(setCivicSpaceStrategy("Protect activists online and offline", true))
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static PartnershipOperator setCivicSpaceStrategy(
      String description, boolean includesDigital) {
    CivicSpaceStrategy strategy = new CivicSpaceStrategy(description, includesDigital);
    return setFact(
        "setCivicSpaceStrategy",
        List.of(quotedArg(description), includesDigital),
        Topic.CIVIC_SPACE,
        ImmutableSet.of(),
        Practice::civicSpace,
        strategy,
        Practice::withCivicSpace);
  }

  // ---- learning and feedback -----------------------------------------------------------------

  /**
   * Returns an operator that adds a joint learning practice (the lesson "make the partnership an
   * object of joint learning"). It does not apply when a practice with the same description is
   * recorded: descriptions name the learning practices (a rule of these operators, not of {@link
   * Practice}).
   *
   * <pre>{@code
   * cmi.with(addLearning("Annual reflection week", true, 12, jass.id(), crea.id()))
   * }</pre>
   *
   * @throws IllegalArgumentException if the description is blank or the cadence below 1 month
   */
  public static PartnershipOperator addLearning(
      String description,
      boolean reflectsOnValues,
      int cadenceMonths,
      OrganizationId... participants) {
    return addLearning(
        new LearningPractice(
            description, reflectsOnValues, cadenceMonths, ids(participants, "participants")));
  }

  /**
   * Returns an operator that adds {@code learning}; see {@link #addLearning(String, boolean, int,
   * OrganizationId...)}.
   *
   * <pre>{@code
   * cmi.with(addLearning(new Facts.LearningPractice("Annual reflection week", true, 12,
   *     ImmutableSet.of(jass.id()))))
   * }</pre>
   */
  public static PartnershipOperator addLearning(LearningPractice learning) {
    checkNotNull(learning, "learning");
    return Operator.of(
        "addLearning",
        // one argument, the whole fact (its provenance included), printed as the call's four
        List.of(
            Operator.shownAs(
                learning,
                quoted(learning.description())
                    + ", "
                    + learning.reflectsOnValues()
                    + ", "
                    + learning.cadenceMonths()
                    + ", "
                    + listed(learning.participants()))),
        p ->
            notMembers(p, learning.participants())
                .or(
                    () ->
                        when(
                            learningNamed(p, learning.description()).isPresent(),
                            p.id()
                                + " already has a learning practice "
                                + quoted(learning.description()))),
        (p, b) ->
            b.practice(
                clearAbsent(p.practice(), Topic.JOINT_LEARNING)
                    .withLearning(plus(p.practice().learning(), learning))));
  }

  /**
   * Returns an operator that removes the learning practice described as {@code description}.
   *
   * <pre>{@code
   * cmi.with(addLearning("Retreat", false, 24)).with(removeLearning("Retreat"))
   * }</pre>
   */
  public static PartnershipOperator removeLearning(String description) {
    Checks.checkNotBlank(description, "description");
    return Operator.of(
        "removeLearning",
        List.of(quotedArg(description)),
        p ->
            when(
                learningNamed(p, description).isEmpty(),
                "no learning practice "
                    + quoted(description)
                    + " in "
                    + p.id()
                    + "; learning practices are "
                    + listed(
                        p.practice().learning().stream()
                            .map(l -> quoted(l.description()))
                            .collect(ImmutableList.toImmutableList()))),
        (p, b) ->
            b.practice(
                p.practice()
                    .withLearning(
                        p.practice().learning().stream()
                            .filter(l -> !l.description().equals(description))
                            .collect(ImmutableList.toImmutableList()))));
  }

  /**
   * Returns an operator that adds a feedback loop (the lesson "organise feedback loops"). It prints
   * as {@code addFeedbackLoop(survey from [jass, crea] to mama-cash every 6 months)}.
   *
   * <pre>{@code
   * var loop = new Facts.FeedbackLoop(ImmutableSet.of(jass.id()), crea.id(), "survey", 6, Optional.empty());
   * cmi.with(addFeedbackLoop(loop))
   * }</pre>
   */
  public static PartnershipOperator addFeedbackLoop(FeedbackLoop loop) {
    checkNotNull(loop, "loop");
    return Operator.of(
        "addFeedbackLoop",
        List.of(Operator.shownAs(loop, text(loop))),
        p ->
            notMembers(
                    p,
                    ImmutableSet.<OrganizationId>builder()
                        .addAll(loop.from())
                        .add(loop.to())
                        .build())
                .or(
                    () ->
                        when(
                            p.practice().feedbackLoops().contains(loop),
                            p.id() + " already has the feedback loop " + text(loop))),
        (p, b) ->
            b.practice(
                clearAbsent(p.practice(), Topic.FEEDBACK_LOOPS)
                    .withFeedbackLoops(plus(p.practice().feedbackLoops(), loop))));
  }

  /**
   * Returns an operator that removes the feedback loop {@code loop} (every copy of it).
   *
   * <pre>{@code
   * var loop = new Facts.FeedbackLoop(ImmutableSet.of(jass.id()), crea.id(), "survey", 6, Optional.empty());
   * cmi.with(addFeedbackLoop(loop)).with(removeFeedbackLoop(loop))
   * }</pre>
   */
  public static PartnershipOperator removeFeedbackLoop(FeedbackLoop loop) {
    checkNotNull(loop, "loop");
    return Operator.of(
        "removeFeedbackLoop",
        List.of(Operator.shownAs(loop, text(loop))),
        p ->
            when(
                !p.practice().feedbackLoops().contains(loop),
                "no feedback loop "
                    + text(loop)
                    + " in "
                    + p.id()
                    + "; loops are "
                    + listed(
                        p.practice().feedbackLoops().stream()
                            .map(PracticeOperators::text)
                            .collect(ImmutableList.toImmutableList()))),
        (p, b) ->
            b.practice(
                p.practice()
                    .withFeedbackLoops(
                        p.practice().feedbackLoops().stream()
                            .filter(l -> !l.equals(loop))
                            .collect(ImmutableList.toImmutableList()))));
  }

  // ---- context reviews -----------------------------------------------------------------------

  /**
   * Returns an operator that records joint context reviews every {@code cadenceMonths}, the last
   * one on {@code last} with {@code participants} (the lesson "reassess the context together
   * regularly").
   *
   * <pre>{@code
   * cmi.with(setContextReviews(12, LocalDate.of(2025, 4, 15), jass.id(), crea.id()))
   * }</pre>
   *
   * @throws IllegalArgumentException if the cadence is below 1 month
   */
  public static PartnershipOperator setContextReviews(
      int cadenceMonths, LocalDate last, OrganizationId... participants) {
    ContextReviews reviews =
        new ContextReviews(cadenceMonths, last, ids(participants, "participants"));
    return setFact(
        "setContextReviews",
        List.of(cadenceMonths, last, namesArg(reviews.participants())),
        Topic.CONTEXT_REVIEWS,
        reviews.participants(),
        Practice::contextReviews,
        reviews,
        Practice::withContextReviews);
  }

  /**
   * Returns an operator that records a context review held on {@code on} with {@code participants},
   * at the cadence already recorded. It does not apply when no context reviews are recorded (set
   * them first with {@link #setContextReviews}) or when {@code on} is not after the last review.
   *
   * <pre>{@code
   * cmi.with(setContextReviews(12, LocalDate.of(2025, 4, 15)))
   *     .with(reviewContext(LocalDate.of(2026, 4, 20), jass.id()))
   * }</pre>
   */
  public static PartnershipOperator reviewContext(LocalDate on, OrganizationId... participants) {
    checkNotNull(on, "on");
    ImmutableSet<OrganizationId> who = ids(participants, "participants");
    return Operator.of(
        "reviewContext",
        List.of(on, namesArg(who)),
        p -> {
          Optional<ContextReviews> now = p.practice().contextReviews();
          if (now.isEmpty()) {
            return Optional.of(
                p.id()
                    + " records no context reviews; set their cadence first (setContextReviews)");
          }
          return notMembers(p, who)
              .or(
                  () ->
                      when(
                          !on.isAfter(now.get().last()),
                          "a context review on "
                              + on
                              + " must come after the last one of "
                              + p.id()
                              + " on "
                              + now.get().last()));
        },
        (p, b) ->
            b.practice(
                p.practice()
                    .withContextReviews(
                        new ContextReviews(
                            p.practice().contextReviews().orElseThrow().cadenceMonths(),
                            on,
                            who))));
  }

  // ---- budget flexibility --------------------------------------------------------------------

  /**
   * Returns an operator that records the budget flexibility {@code flexibility} (the lesson "build
   * flexibility into programmes and budgets").
   *
   * <pre>{@code
   * cmi.with(setBudgetFlexibility(new Facts.BudgetFlexibility(Fraction.of(1, 5),
   *     ImmutableSet.of(jass.id()), Optional.of("50000 EUR"))))
   * }</pre>
   */
  public static PartnershipOperator setBudgetFlexibility(BudgetFlexibility flexibility) {
    checkNotNull(flexibility, "flexibility");
    return setFact(
        "setBudgetFlexibility",
        // one argument, the whole fact (its provenance included), printed as the call's parts
        List.of(
            Operator.shownAs(
                flexibility,
                share(flexibility.movableShare())
                    + ", "
                    + listed(flexibility.whoMayMove())
                    + flexibility.threshold().map(t -> ", above " + quoted(t)).orElse(""))),
        Topic.BUDGET_FLEXIBILITY,
        flexibility.whoMayMove(),
        Practice::budgetFlexibility,
        flexibility,
        Practice::withBudgetFlexibility);
  }

  /**
   * Returns an operator that records that {@code movableShare} of the budget can move without the
   * funder's approval, moved by {@code whoMayMove}, with no threshold. It prints as {@code
   * setBudgetFlexibility(15%, [jass])}.
   *
   * <pre>{@code
   * cmi.with(setBudgetFlexibility(Fraction.of(3, 20), jass.id()))
   * }</pre>
   *
   * @throws IllegalArgumentException if the share is not in [0, 1]
   */
  public static PartnershipOperator setBudgetFlexibility(
      Fraction movableShare, OrganizationId... whoMayMove) {
    return setBudgetFlexibility(
        new BudgetFlexibility(movableShare, ids(whoMayMove, "whoMayMove"), Optional.empty()));
  }

  /**
   * Returns an operator that adds a flexible budget line: {@code share} of the budget more can move
   * without the funder's approval, and {@code whoMayMove} may move it. The movable share grows by
   * {@code share}; when no budget flexibility is recorded, the line is the first flexible part (0%
   * movable before). A threshold already recorded is kept. It does not apply when the movable share
   * would exceed 100%.
   *
   * <pre>{@code
   * cmi.with(addFlexibleBudgetLine(Fraction.of(1, 10), jass.id()))
   * // addFlexibleBudgetLine(10%, [jass]); the movable share rises by 10 points
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code share} is not in (0, 1]
   */
  public static PartnershipOperator addFlexibleBudgetLine(
      Fraction share, OrganizationId... whoMayMove) {
    checkNotNull(share, "share");
    ImmutableSet<OrganizationId> who = ids(whoMayMove, "whoMayMove");
    Checks.checkField(
        share.signum() > 0 && share.compareTo(Fraction.ONE) <= 0,
        "share of a flexible budget line",
        share(share),
        "must be in (0%, 100%]");
    return Operator.of(
        "addFlexibleBudgetLine",
        List.of(Operator.shownAs(share, share(share)), namesArg(who)),
        p -> {
          Fraction before = movable(p);
          Fraction after = before.add(share);
          return notMembers(p, who)
              .or(
                  () ->
                      when(
                          after.compareTo(Fraction.ONE) > 0,
                          "the movable share of the budget of "
                              + p.id()
                              + " would be "
                              + share(after)
                              + " ("
                              + share(before)
                              + " + "
                              + share(share)
                              + "); at most 100% of a budget can move"));
        },
        (p, b) -> {
          Optional<BudgetFlexibility> now = p.practice().budgetFlexibility();
          b.practice(
              clearAbsent(p.practice(), Topic.BUDGET_FLEXIBILITY)
                  .withBudgetFlexibility(
                      new BudgetFlexibility(
                          movable(p).add(share),
                          Sets.union(
                                  now.map(BudgetFlexibility::whoMayMove).orElse(ImmutableSet.of()),
                                  who)
                              .immutableCopy(),
                          now.flatMap(BudgetFlexibility::threshold))));
        });
  }

  /**
   * Returns a share as a percentage, with the exact fraction when one decimal does not hold it:
   * {@code "10%"}, {@code "33.3% (1/3)"}; a fraction longer than 40 characters is cut. A share that
   * one decimal would round to 0% or 100% says on which side of the bound it is: {@code "less than
   * 0.1% (1/1000000)"}, {@code "more than 100% (1000001/1000000)"}.
   */
  static String share(Fraction share) {
    String percent = Texts.percent(share);
    if (share.multiply(Fraction.of(1000)).denominator().equals(BigInteger.ONE)) {
      return percent;
    }
    String exact = " (" + Texts.shortly(share.toString()) + ")";
    int toOne = share.compareTo(Fraction.ONE);
    if (share.signum() > 0 && percent.equals("0%")) {
      return "less than 0.1%" + exact;
    }
    if (toOne != 0 && percent.equals("100%")) {
      return (toOne > 0 ? "more than 100%" : "less than 100%") + exact;
    }
    return percent + exact;
  }

  private static Fraction movable(Partnership p) {
    return p.practice()
        .budgetFlexibility()
        .map(BudgetFlexibility::movableShare)
        .orElse(Fraction.ZERO);
  }

  // ---- any topic -----------------------------------------------------------------------------

  /**
   * Returns an operator that forgets what is recorded about {@code topic}: its fact is removed and
   * it is no longer known absent, so rules find it unknown ("not assessable"). It does not apply
   * when nothing is recorded about the topic.
   *
   * <pre>{@code
   * cmi.with(markAbsent(Topic.FEEDBACK_LOOPS)).with(forget(Topic.FEEDBACK_LOOPS)).practice().knownAbsent()   // []
   * }</pre>
   */
  public static PartnershipOperator forget(Topic topic) {
    checkNotNull(topic, "topic");
    return Operator.of(
        "forget",
        List.of(topic),
        p ->
            when(
                !p.practice().has(topic) && !p.practice().knownAbsent().contains(topic),
                p.id() + " records nothing about " + topic.label()),
        (p, b) -> b.practice(clearAbsent(without(p.practice(), topic), topic)));
  }

  /**
   * Returns an operator that records that the partnership is known not to have {@code topic} (e.g.
   * no feedback loops): its fact, if any, is removed and the topic listed in {@link
   * Practice#knownAbsent()}. It does not apply when the topic is already known absent.
   *
   * <pre>{@code
   * cmi.with(markAbsent(Topic.FEEDBACK_LOOPS)).practice().knownAbsent()   // [FEEDBACK_LOOPS]
   * }</pre>
   */
  public static PartnershipOperator markAbsent(Topic topic) {
    checkNotNull(topic, "topic");
    return Operator.of(
        "markAbsent",
        List.of(topic),
        p ->
            when(
                p.practice().knownAbsent().contains(topic),
                p.id() + " already records " + topic.label() + " as known absent"),
        (p, b) -> {
          Practice cleared = without(p.practice(), topic);
          b.practice(
              cleared.withKnownAbsent(
                  Sets.union(cleared.knownAbsent(), ImmutableSet.of(topic)).immutableCopy()));
        });
  }

  // ---- control and trust mechanisms ----------------------------------------------------------

  /**
   * Returns an operator that puts the control mechanism {@code control} in use.
   *
   * <pre>{@code
   * cmi.with(addControl(ControlMechanism.PRIOR_APPROVAL))
   * }</pre>
   */
  public static PartnershipOperator addControl(ControlMechanism control) {
    return mechanism("addControl", control, true, Practice::controls, Practice::withControls);
  }

  /**
   * Returns an operator that takes the control mechanism {@code control} out of use.
   *
   * <pre>{@code
   * cmi.with(addControl(ControlMechanism.AUDITS)).with(removeControl(ControlMechanism.AUDITS))
   * }</pre>
   */
  public static PartnershipOperator removeControl(ControlMechanism control) {
    return mechanism("removeControl", control, false, Practice::controls, Practice::withControls);
  }

  /**
   * Returns an operator that puts the trust mechanism {@code trust} in use.
   *
   * <pre>{@code
   * cmi.with(addTrust(TrustMechanism.MULTI_YEAR_FUNDING))
   * }</pre>
   */
  public static PartnershipOperator addTrust(TrustMechanism trust) {
    return mechanism("addTrust", trust, true, Practice::trusts, Practice::withTrusts);
  }

  /**
   * Returns an operator that takes the trust mechanism {@code trust} out of use.
   *
   * <pre>{@code
   * removeTrust(TrustMechanism.MULTI_YEAR_FUNDING).whyNotApplicable(cmi)
   * // Optional[multi year funding is not a trust mechanism of count-me-in; trusts are []]
   * }</pre>
   */
  public static PartnershipOperator removeTrust(TrustMechanism trust) {
    return mechanism("removeTrust", trust, false, Practice::trusts, Practice::withTrusts);
  }

  /**
   * Returns an operator that replaces the control mechanism {@code control} by its trust
   * counterpart ({@link ControlMechanism#counterpart()}, the pairing this library defines and
   * {@link dev.partnership.practice.TrustControlBalance#suggestions()} uses: earmarking by
   * unearmarked funding, short-term grants by multi-year funding, prior approval and spending
   * thresholds by delegated authority, frequent and detailed reporting by simplified reporting,
   * audits by joint risk assessment). The trust mechanism may be in use already; the balance always
   * rises. It does not apply when {@code control} is not in use.
   *
   * <pre>{@code
   * cmi.with(addControl(ControlMechanism.EARMARKING)).with(replaceControl(ControlMechanism.EARMARKING))
   * // prints as replaceControl(EARMARKING, UNEARMARKED_FUNDING)
   * }</pre>
   */
  public static PartnershipOperator replaceControl(ControlMechanism control) {
    checkNotNull(control, "control");
    return replaceControl(control, control.counterpart());
  }

  /**
   * Returns {@link #replaceControl(ControlMechanism)}, naming the trust counterpart; the two are
   * equal operators.
   *
   * <pre>{@code
   * replaceControl(ControlMechanism.AUDITS, TrustMechanism.JOINT_RISK_ASSESSMENT)
   * // replaceControl(AUDITS, JOINT_RISK_ASSESSMENT)
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code trust} is not the counterpart of {@code control}
   */
  public static PartnershipOperator replaceControl(ControlMechanism control, TrustMechanism trust) {
    checkNotNull(control, "control");
    checkNotNull(trust, "trust");
    Checks.checkField(
        trust == control.counterpart(),
        "trust",
        trust,
        "must be the counterpart of "
            + control
            + " ("
            + control.counterpart()
            + ") in this library's own pairing");
    return Operator.of(
        "replaceControl",
        List.of(control, trust),
        p -> notInUse(p, control, "control mechanism", p.practice().controls()),
        (p, b) ->
            b.practice(
                p.practice()
                    .withControls(
                        Sets.difference(p.practice().controls(), ImmutableSet.of(control))
                            .immutableCopy())
                    .withTrusts(
                        Sets.union(p.practice().trusts(), ImmutableSet.of(trust))
                            .immutableCopy())));
  }

  private static <M extends Enum<M>> PartnershipOperator mechanism(
      String name,
      M mechanism,
      boolean add,
      Function<Practice, ImmutableSet<M>> inUse,
      BiFunction<Practice, ImmutableSet<M>, Practice> set) {
    checkNotNull(mechanism, "mechanism");
    String kind = (mechanism instanceof ControlMechanism ? "control" : "trust") + " mechanism";
    return Operator.of(
        name,
        List.of(mechanism),
        p ->
            add
                ? when(
                    inUse.apply(p.practice()).contains(mechanism),
                    p.id() + " already uses the " + kind + " " + Texts.label(mechanism))
                : notInUse(p, mechanism, kind, inUse.apply(p.practice())),
        (p, b) -> {
          ImmutableSet<M> now = inUse.apply(p.practice());
          ImmutableSet<M> one = ImmutableSet.of(mechanism);
          b.practice(
              set.apply(
                  p.practice(),
                  (add ? Sets.union(now, one) : Sets.difference(now, one)).immutableCopy()));
        });
  }

  /**
   * Returns {@code "earmarking is not a control mechanism of p; controls are [audits]"}, or empty.
   */
  private static Optional<String> notInUse(
      Partnership p, Enum<?> mechanism, String kind, Collection<? extends Enum<?>> inUse) {
    return when(
        !inUse.contains(mechanism),
        Texts.label(mechanism)
            + " is not a "
            + kind
            + " of "
            + p.id()
            + "; "
            + plural(kind)
            + " are "
            + inUse.stream().map(Texts::label).toList());
  }

  /** The most elements a refusal lists; longer lists end in how many more there are. */
  static final int LISTED = 10;

  /**
   * Returns {@code xs} as {@code [a, b]}, or its first {@link #LISTED} elements and how many more
   * (e.g. {@code [R0, ..., R9, ... and 9990 more]}), so refusals stay short on huge facets.
   */
  static String listed(Collection<?> xs) {
    if (xs.size() <= LISTED) {
      return xs.toString();
    }
    StringBuilder b = new StringBuilder("[");
    xs.stream().limit(LISTED).forEach(x -> b.append(x).append(", "));
    return b.append("... and ").append(xs.size() - LISTED).append(" more]").toString();
  }

  private static String plural(String kind) {
    return kind.startsWith("control") ? "controls" : "trusts";
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * Returns the operator {@code name(arguments)} that records {@code value} as the fact of {@code
   * topic}; it does not apply when {@code named} holds a non-member or the same fact is recorded.
   */
  private static <T> PartnershipOperator setFact(
      String name,
      List<?> arguments,
      Topic topic,
      ImmutableSet<OrganizationId> named,
      Function<Practice, Optional<T>> current,
      T value,
      BiFunction<Practice, T, Practice> set) {
    return Operator.of(
        name,
        arguments,
        p ->
            notMembers(p, named)
                .or(
                    () ->
                        when(
                            current.apply(p.practice()).filter(value::equals).isPresent(),
                            p.id() + " already records the same " + topic.label())),
        (p, b) -> b.practice(set.apply(clearAbsent(p.practice(), topic), value)));
  }

  /** Returns {@code practice} without {@code topic} in its known-absent topics. */
  private static Practice clearAbsent(Practice practice, Topic topic) {
    return practice.knownAbsent().contains(topic)
        ? practice.withKnownAbsent(
            Sets.difference(practice.knownAbsent(), ImmutableSet.of(topic)).immutableCopy())
        : practice;
  }

  /** Returns {@code practice} without the fact of {@code topic}. */
  private static Practice without(Practice practice, Topic topic) {
    switch (topic) {
      case SHARED_VALUES:
        return practice.withSharedValues(Optional.empty());
      case DECLARED_INTERESTS:
        return practice.withInterests(ImmutableMap.of());
      case PROGRAMME_DESIGN:
        return practice.withDesign(Optional.empty());
      case JOINT_LEARNING:
        return practice.withLearning(ImmutableList.of());
      case FEEDBACK_LOOPS:
        return practice.withFeedbackLoops(ImmutableList.of());
      case CONTEXT_REVIEWS:
        return practice.withContextReviews(Optional.empty());
      case BUDGET_FLEXIBILITY:
        return practice.withBudgetFlexibility(Optional.empty());
      case POWER_ARRANGEMENT:
        return practice.withPowerArrangement(Optional.empty());
      default:
        return practice.withCivicSpace(Optional.empty());
    }
  }

  private static Optional<LearningPractice> learningNamed(Partnership p, String description) {
    return p.practice().learning().stream()
        .filter(l -> l.description().equals(description))
        .findFirst();
  }

  /** Returns why one of {@code named} is not a member (the first in order), or empty. */
  static Optional<String> notMembers(Partnership p, Collection<OrganizationId> named) {
    return named.stream()
        .filter(id -> !p.isMember(id))
        .findFirst()
        .flatMap(id -> PartnershipOperators.notMember(p, id));
  }

  private static ImmutableSet<OrganizationId> ids(OrganizationId[] ids, String field) {
    return ImmutableSet.copyOf(Checks.copyWithoutNulls(ids, field));
  }

  private static <T> ImmutableList<T> plus(ImmutableList<T> xs, T x) {
    return ImmutableList.<T>builder().addAll(xs).add(x).build();
  }

  static Optional<String> when(boolean broken, String reason) {
    return broken ? Optional.of(reason) : Optional.empty();
  }

  /**
   * Returns an argument that compares as {@code id} and prints as it: equal to {@link #shownName}
   * of the organisation with that id, so an operator made from an organisation is the one made from
   * its id.
   */
  static Object shownId(OrganizationId id) {
    return Operator.shownAs(id, id.toString());
  }

  /**
   * Returns an argument that compares as {@code organization}'s id and prints as its short name.
   */
  static Object shownName(Organization organization) {
    return Operator.shownAs(organization.id(), organization.shortName());
  }

  /**
   * Returns an argument that compares as {@code ids} and prints as {@link #listed} of them, so a
   * call naming thousands of organisations prints the first ten and how many more.
   */
  static Object namesArg(Collection<OrganizationId> ids) {
    return Operator.shownAs(ids, listed(ids));
  }

  /** Returns {@code text} in quotes, cut when long (see {@code Texts.quoted}). */
  static String quoted(String text) {
    return Texts.quoted(text);
  }

  /** Returns an argument that compares as {@code text} and prints as {@link #quoted} of it. */
  static Object quotedArg(String text) {
    return Operator.shownAs(text, quoted(text));
  }

  private static String text(DeclaredInterest d) {
    return quoted(d.interest())
        + (d.knownToOthers() ? " (known to others)" : " (not known to others)");
  }

  private static String text(FeedbackLoop l) {
    return Texts.shortly(l.channel())
        + " from "
        + listed(l.from())
        + " to "
        + l.to()
        + " every "
        + l.cadenceMonths()
        + " months"
        + l.actedOn().map(a -> ", acted on: " + quoted(a)).orElse("");
  }
}
