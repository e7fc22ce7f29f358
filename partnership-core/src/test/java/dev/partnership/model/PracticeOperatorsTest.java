package dev.partnership.model;

import static dev.partnership.model.PracticeOperators.addControl;
import static dev.partnership.model.PracticeOperators.addFeedbackLoop;
import static dev.partnership.model.PracticeOperators.addFlexibleBudgetLine;
import static dev.partnership.model.PracticeOperators.addLearning;
import static dev.partnership.model.PracticeOperators.addTrust;
import static dev.partnership.model.PracticeOperators.declareInterest;
import static dev.partnership.model.PracticeOperators.defineSharedValues;
import static dev.partnership.model.PracticeOperators.forget;
import static dev.partnership.model.PracticeOperators.markAbsent;
import static dev.partnership.model.PracticeOperators.recordPowerArrangement;
import static dev.partnership.model.PracticeOperators.removeControl;
import static dev.partnership.model.PracticeOperators.removeFeedbackLoop;
import static dev.partnership.model.PracticeOperators.removeLearning;
import static dev.partnership.model.PracticeOperators.removeTrust;
import static dev.partnership.model.PracticeOperators.replaceControl;
import static dev.partnership.model.PracticeOperators.reviewContext;
import static dev.partnership.model.PracticeOperators.setBudgetFlexibility;
import static dev.partnership.model.PracticeOperators.setCivicSpaceStrategy;
import static dev.partnership.model.PracticeOperators.setContextReviews;
import static dev.partnership.model.PracticeOperators.setProgrammeDesign;
import static dev.partnership.model.PracticeOperators.withdrawInterest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.math.Fraction;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustControlBalance;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Risk;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Examples and every refusal of {@link PracticeOperators}. */
class PracticeOperatorsTest {
  static final Organization LEAD = OperatorTest.LEAD;
  static final Organization JASS = OperatorTest.JASS;
  static final Organization CREA = OperatorTest.CREA;
  static final OrganizationId NOBODY = OrganizationId.of("nobody");
  static final LocalDate MARCH = LocalDate.of(2021, 3, 1);

  static Partnership p() {
    return OperatorTest.alliance();
  }

  /** Asserts that {@code op} does not apply to {@code p} with exactly {@code reason}. */
  static void refuses(Partnership p, PartnershipOperator op, String reason) {
    assertEquals(Optional.of(reason), op.whyNotApplicable(p), op.toString());
    assertEquals(
        op + " does not apply: " + reason,
        assertThrows(OperatorNotApplicableException.class, () -> p.with(op)).getMessage());
  }

  /** Asserts that {@code op} applies once and then refuses with {@code again}. */
  static Partnership onceThen(Partnership p, PartnershipOperator op, String again) {
    Partnership next = p.with(op);
    assertFalse(next.equals(p), op + " changes something");
    refuses(next, op, again);
    return next;
  }

  @Test
  void sharedValuesAreDefinedOnceByMembers() {
    PartnershipOperator op = defineSharedValues(MARCH, JASS.id(), CREA.id());
    assertEquals("defineSharedValues(2021-03-01, [jass, crea])", op.toString());
    Partnership next = onceThen(p(), op, "alliance already records the same shared values");
    assertEquals(
        Optional.of(new Facts.SharedValues(MARCH, ImmutableSet.of(JASS.id(), CREA.id()))),
        next.practice().sharedValues());
    refuses(
        p(), defineSharedValues(MARCH, JASS.id(), NOBODY), "nobody is not a member of alliance");
    assertTrue(
        next.with(defineSharedValues(MARCH.plusYears(1), JASS.id()))
            .practice()
            .has(Topic.SHARED_VALUES));
  }

  @Test
  void recordingAFactClearsItsKnownAbsence() {
    Partnership absent = p().with(markAbsent(Topic.SHARED_VALUES));
    assertEquals(ImmutableSet.of(Topic.SHARED_VALUES), absent.practice().knownAbsent());
    refuses(
        absent,
        markAbsent(Topic.SHARED_VALUES),
        "alliance already records shared values as known absent");
    Partnership defined = absent.with(defineSharedValues(MARCH, JASS.id()));
    assertEquals(ImmutableSet.of(), defined.practice().knownAbsent());
    Partnership absentAgain = defined.with(markAbsent(Topic.SHARED_VALUES));
    assertEquals(Optional.empty(), absentAgain.practice().sharedValues());
    assertEquals(ImmutableSet.of(Topic.SHARED_VALUES), absentAgain.practice().knownAbsent());
    Partnership forgotten = absentAgain.with(forget(Topic.SHARED_VALUES));
    assertEquals(Practice.empty(), forgotten.practice());
    refuses(forgotten, forget(Topic.SHARED_VALUES), "alliance records nothing about shared values");
    refuses(
        p(), forget(Topic.BUDGET_FLEXIBILITY), "alliance records nothing about budget flexibility");
  }

  @Test
  void everyTopicCanBeForgottenAndMarkedAbsent() {
    Partnership full =
        p().with(defineSharedValues(MARCH, JASS.id()))
            .with(declareInterest(JASS, "visibility", true))
            .with(
                setProgrammeDesign(
                    new Facts.ProgrammeDesign(
                        ImmutableSet.of(JASS.id()), ImmutableSet.of(), ImmutableSet.of())))
            .with(addLearning("Reflection week", true, 12, JASS.id()))
            .with(
                addFeedbackLoop(
                    new Facts.FeedbackLoop(
                        ImmutableSet.of(JASS.id()), LEAD.id(), "survey", 6, Optional.empty())))
            .with(setContextReviews(12, MARCH))
            .with(addFlexibleBudgetLine(Fraction.of(1, 10)))
            .with(recordPowerArrangement(MARCH, JASS.id()))
            .with(setCivicSpaceStrategy("Digital security", true));
    for (Topic t : Topic.values()) {
      assertTrue(full.practice().has(t), t.toString());
      Partnership forgotten = full.with(forget(t));
      assertFalse(forgotten.practice().has(t), t.toString());
      assertFalse(forgotten.practice().knownAbsent().contains(t), t.toString());
      Partnership absent = full.with(markAbsent(t));
      assertFalse(absent.practice().has(t), t.toString());
      assertTrue(absent.practice().knownAbsent().contains(t), t.toString());
      for (Topic other : Topic.values()) {
        if (other != t) {
          assertTrue(absent.practice().has(other), t + " keeps " + other);
        }
      }
    }
  }

  @Test
  void aMemberDeclaresAndWithdrawsItsInterest() {
    PartnershipOperator op = declareInterest(JASS, "visibility at the UN", true);
    assertEquals("declareInterest(JASS, \"visibility at the UN\", true)", op.toString());
    assertEquals(
        "declareInterest(jass, \"visibility at the UN\", true)",
        declareInterest(JASS.id(), "visibility at the UN", true).toString());
    Partnership next =
        onceThen(
            p(),
            op,
            "jass already declared \"visibility at the UN\" (known to others) in alliance");
    Partnership changed = next.with(declareInterest(JASS.id(), "visibility at the UN", false));
    assertEquals(
        new Facts.DeclaredInterest("visibility at the UN", false),
        changed.practice().interests().get(JASS.id()));
    assertEquals(1, changed.practice().interests().size());
    Partnership two = changed.with(declareInterest(CREA.id(), "funding", false));
    assertEquals(
        ImmutableList.of(JASS.id(), CREA.id()), two.practice().interests().keySet().asList());
    refuses(p(), declareInterest(NOBODY, "x", true), "nobody is not a member of alliance");
    Partnership withdrawn =
        onceThen(
            two,
            withdrawInterest(JASS.id()),
            "jass has declared no interest in alliance; interests are declared by [crea]");
    assertEquals(ImmutableSet.of(CREA.id()), withdrawn.practice().interests().keySet());
    assertEquals(
        "interest (\" \") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> declareInterest(JASS, " ", true))
            .getMessage());
  }

  @Test
  void designPowerArrangementAndCivicSpaceStrategy() {
    Facts.ProgrammeDesign design =
        new Facts.ProgrammeDesign(
            ImmutableSet.of(JASS.id()), ImmutableSet.of(CREA.id()), ImmutableSet.of());
    PartnershipOperator d = setProgrammeDesign(design);
    assertEquals(
        "setProgrammeDesign(theory of change by [jass], plans by [crea], strategy informed by [])",
        d.toString());
    assertEquals(
        Optional.of(design),
        onceThen(p(), d, "alliance already records the same programme design").practice().design());
    PartnershipOperator power = recordPowerArrangement(MARCH, JASS.id(), CREA.id());
    assertEquals("recordPowerArrangement(2021-03-01, [jass, crea])", power.toString());
    onceThen(p(), power, "alliance already records the same power arrangement");
    refuses(p(), recordPowerArrangement(MARCH, NOBODY), "nobody is not a member of alliance");
    PartnershipOperator civic = setCivicSpaceStrategy("Protect defenders online", true);
    assertEquals("setCivicSpaceStrategy(\"Protect defenders online\", true)", civic.toString());
    onceThen(p(), civic, "alliance already records the same civic space");
    assertThrows(IllegalArgumentException.class, () -> setCivicSpaceStrategy("", true));
  }

  @Test
  void learningPracticesAreNamedByTheirDescription() {
    PartnershipOperator op = addLearning("Reflection week", true, 12, JASS.id(), CREA.id());
    assertEquals("addLearning(\"Reflection week\", true, 12, [jass, crea])", op.toString());
    Partnership next =
        onceThen(p(), op, "alliance already has a learning practice \"Reflection week\"");
    refuses(
        next,
        addLearning("Reflection week", false, 6),
        "alliance already has a learning practice \"Reflection week\"");
    refuses(p(), addLearning("x", true, 1, NOBODY), "nobody is not a member of alliance");
    onceThen(
        next,
        removeLearning("Reflection week"),
        "no learning practice \"Reflection week\" in alliance; learning practices are []");
    refuses(
        next,
        removeLearning("Retreat"),
        "no learning practice \"Retreat\" in alliance; learning practices are [\"Reflection week\"]");
    assertEquals(
        "learning cadence (0 months) must be at least 1 month",
        assertThrows(IllegalArgumentException.class, () -> addLearning("x", true, 0)).getMessage());
    assertEquals(
        "learning cadence (-2147483648 months) must be at least 1 month",
        assertThrows(
                IllegalArgumentException.class, () -> addLearning("x", true, Integer.MIN_VALUE))
            .getMessage());
    assertEquals(
        Integer.MAX_VALUE,
        p().with(addLearning("x", true, Integer.MAX_VALUE))
            .practice()
            .learning()
            .get(0)
            .cadenceMonths());
  }

  @Test
  void feedbackLoopsAreAddedAndRemoved() {
    Facts.FeedbackLoop loop =
        new Facts.FeedbackLoop(
            ImmutableSet.of(JASS.id(), CREA.id()), LEAD.id(), "survey", 6, Optional.empty());
    PartnershipOperator op = addFeedbackLoop(loop);
    assertEquals("addFeedbackLoop(survey from [jass, crea] to lead every 6 months)", op.toString());
    Partnership next =
        onceThen(
            p(),
            op,
            "alliance already has the feedback loop survey from [jass, crea] to lead every 6 months");
    Facts.FeedbackLoop toOutsider =
        new Facts.FeedbackLoop(
            ImmutableSet.of(JASS.id()), NOBODY, "hotline", 1, Optional.of("budget moved"));
    refuses(p(), addFeedbackLoop(toOutsider), "nobody is not a member of alliance");
    refuses(
        next,
        removeFeedbackLoop(toOutsider),
        "no feedback loop hotline from [jass] to nobody every 1 months, acted on: \"budget moved\""
            + " in alliance; loops are [survey from [jass, crea] to lead every 6 months]");
    assertEquals(p(), next.with(removeFeedbackLoop(loop)));
  }

  @Test
  void contextReviewsKeepTheirCadence() {
    LocalDate later = MARCH.plusMonths(12);
    refuses(
        p(),
        reviewContext(later, JASS.id()),
        "alliance records no context reviews; set their cadence first (setContextReviews)");
    PartnershipOperator set = setContextReviews(12, MARCH, JASS.id());
    assertEquals("setContextReviews(12, 2021-03-01, [jass])", set.toString());
    Partnership scheduled = onceThen(p(), set, "alliance already records the same context reviews");
    PartnershipOperator review = reviewContext(later, JASS.id(), CREA.id());
    Partnership reviewed =
        onceThen(
            scheduled,
            review,
            "a context review on 2022-03-01 must come after the last one of alliance on 2022-03-01");
    assertEquals(
        Optional.of(new Facts.ContextReviews(12, later, ImmutableSet.of(JASS.id(), CREA.id()))),
        reviewed.practice().contextReviews());
    refuses(
        scheduled,
        reviewContext(MARCH.minusDays(1)),
        "a context review on 2021-02-28 must come after the last one of alliance on 2021-03-01");
    refuses(scheduled, reviewContext(later, NOBODY), "nobody is not a member of alliance");
    assertThrows(IllegalArgumentException.class, () -> setContextReviews(0, MARCH));
  }

  @Test
  void aFlexibleBudgetLineIsAddedInOneCall() {
    PartnershipOperator line = addFlexibleBudgetLine(Fraction.of(1, 10), JASS.id());
    assertEquals("addFlexibleBudgetLine(10%, [jass])", line.toString());
    Partnership one = p().with(line);
    assertEquals(
        Optional.of(
            new Facts.BudgetFlexibility(
                Fraction.of(1, 10), ImmutableSet.of(JASS.id()), Optional.empty())),
        one.practice().budgetFlexibility());
    Partnership two = one.with(line);
    assertEquals(
        Fraction.of(1, 5), two.practice().budgetFlexibility().orElseThrow().movableShare());
    Partnership withThreshold =
        p().with(
                setBudgetFlexibility(
                    new Facts.BudgetFlexibility(
                        Fraction.of(1, 2), ImmutableSet.of(CREA.id()), Optional.of("50000 EUR"))))
            .with(addFlexibleBudgetLine(Fraction.of(1, 8), JASS.id()));
    assertEquals(
        new Facts.BudgetFlexibility(
            Fraction.of(5, 8), ImmutableSet.of(CREA.id(), JASS.id()), Optional.of("50000 EUR")),
        withThreshold.practice().budgetFlexibility().orElseThrow());
    refuses(
        one,
        addFlexibleBudgetLine(Fraction.of(19, 20)),
        "the movable share of the budget of alliance would be 105% (10% + 95%); at most 100% of a"
            + " budget can move");
    assertEquals(
        Fraction.ONE,
        p().with(addFlexibleBudgetLine(Fraction.ONE))
            .practice()
            .budgetFlexibility()
            .orElseThrow()
            .movableShare());
    refuses(
        p(),
        addFlexibleBudgetLine(Fraction.of(1, 10), NOBODY),
        "nobody is not a member of alliance");
    assertEquals(
        "share of a flexible budget line (0%) must be in (0%, 100%]",
        assertThrows(IllegalArgumentException.class, () -> addFlexibleBudgetLine(Fraction.ZERO))
            .getMessage());
    assertEquals(
        "share of a flexible budget line (-10%) must be in (0%, 100%]",
        assertThrows(
                IllegalArgumentException.class, () -> addFlexibleBudgetLine(Fraction.of(-1, 10)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> addFlexibleBudgetLine(Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1)));
    Partnership absent = p().with(markAbsent(Topic.BUDGET_FLEXIBILITY));
    assertEquals(ImmutableSet.of(), absent.with(line).practice().knownAbsent());
    assertEquals(
        "addFlexibleBudgetLine(33.3% (1/3), [])",
        addFlexibleBudgetLine(Fraction.of(1, 3)).toString());
    assertEquals(
        "addFlexibleBudgetLine(0% (1/3000), [])",
        addFlexibleBudgetLine(Fraction.of(1, 3000)).toString());
    refuses(
        p().with(addFlexibleBudgetLine(Fraction.of(2, 3))),
        addFlexibleBudgetLine(Fraction.of(1, 2)),
        "the movable share of the budget of alliance would be 116.7% (7/6) (66.7% (2/3) + 50%);"
            + " at most 100% of a budget can move");
    assertEquals(
        "setBudgetFlexibility(50%, [crea], above \"50000 EUR\")",
        setBudgetFlexibility(
                new Facts.BudgetFlexibility(
                    Fraction.of(1, 2), ImmutableSet.of(CREA.id()), Optional.of("50000 EUR")))
            .toString());
    PartnershipOperator set = setBudgetFlexibility(Fraction.of(3, 20), JASS.id());
    assertEquals("setBudgetFlexibility(15%, [jass])", set.toString());
    onceThen(p(), set, "alliance already records the same budget flexibility");
    assertEquals(
        "movable share (3/2) must be in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> setBudgetFlexibility(Fraction.of(3, 2)))
            .getMessage());
  }

  @Test
  void mechanismsAreAddedAndRemovedOnce() {
    Partnership controlled =
        onceThen(
            p(),
            addControl(ControlMechanism.EARMARKING),
            "alliance already uses the control mechanism EARMARKING");
    onceThen(
        controlled,
        removeControl(ControlMechanism.EARMARKING),
        "EARMARKING is not a control mechanism of alliance; controls are []");
    refuses(
        controlled,
        removeControl(ControlMechanism.AUDITS),
        "AUDITS is not a control mechanism of alliance; controls are [EARMARKING]");
    Partnership trusted =
        onceThen(
            p(),
            addTrust(TrustMechanism.MULTI_YEAR_FUNDING),
            "alliance already uses the trust mechanism MULTI_YEAR_FUNDING");
    onceThen(
        trusted,
        removeTrust(TrustMechanism.MULTI_YEAR_FUNDING),
        "MULTI_YEAR_FUNDING is not a trust mechanism of alliance; trusts are []");
    assertEquals("addControl(EARMARKING)", addControl(ControlMechanism.EARMARKING).toString());
  }

  @Test
  void replaceControlUsesTheLibrarysPairingAndRaisesTheBalance() {
    Partnership controlled =
        p().with(addControl(ControlMechanism.EARMARKING)).with(addControl(ControlMechanism.AUDITS));
    PartnershipOperator op = replaceControl(ControlMechanism.EARMARKING);
    assertEquals("replaceControl(EARMARKING, UNEARMARKED_FUNDING)", op.toString());
    new EqualsTester()
        .addEqualityGroup(
            op, replaceControl(ControlMechanism.EARMARKING, TrustMechanism.UNEARMARKED_FUNDING))
        .addEqualityGroup(replaceControl(ControlMechanism.AUDITS))
        .testEquals();
    Partnership next =
        onceThen(
            controlled,
            op,
            "EARMARKING is not a control mechanism of alliance; controls are [AUDITS]");
    assertEquals(ImmutableSet.of(ControlMechanism.AUDITS), next.practice().controls());
    assertEquals(ImmutableSet.of(TrustMechanism.UNEARMARKED_FUNDING), next.practice().trusts());
    assertTrue(
        TrustControlBalance.of(next.practice())
                .orElseThrow()
                .score()
                .compareTo(TrustControlBalance.of(controlled.practice()).orElseThrow().score())
            > 0);
    assertEquals(
        "trust (MULTI_YEAR_FUNDING) must be the counterpart of EARMARKING (UNEARMARKED_FUNDING) in"
            + " this library's own pairing",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    replaceControl(ControlMechanism.EARMARKING, TrustMechanism.MULTI_YEAR_FUNDING))
            .getMessage());
    Partnership both =
        p().with(addControl(ControlMechanism.FREQUENT_REPORTING))
            .with(addControl(ControlMechanism.DETAILED_REPORTING))
            .with(replaceControl(ControlMechanism.FREQUENT_REPORTING))
            .with(replaceControl(ControlMechanism.DETAILED_REPORTING));
    assertEquals(ImmutableSet.of(), both.practice().controls());
    assertEquals(ImmutableSet.of(TrustMechanism.SIMPLIFIED_REPORTING), both.practice().trusts());
  }

  @Test
  void factoriesNameANullArgumentOrANullMember() {
    NullPointerTester npt =
        ModelNullsTest.tester()
            .setDefault(LocalDate.class, MARCH)
            .setDefault(Fraction.class, Fraction.of(1, 10))
            .setDefault(Facts.SharedValues.class, new Facts.SharedValues(MARCH, ImmutableSet.of()))
            .setDefault(
                Facts.LearningPractice.class,
                new Facts.LearningPractice("x", true, 1, ImmutableSet.of()))
            .setDefault(
                Facts.ProgrammeDesign.class,
                new Facts.ProgrammeDesign(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of()))
            .setDefault(
                Facts.BudgetFlexibility.class,
                new Facts.BudgetFlexibility(Fraction.ZERO, ImmutableSet.of(), Optional.empty()))
            .setDefault(
                Facts.FeedbackLoop.class,
                new Facts.FeedbackLoop(
                    ImmutableSet.of(), JASS.id(), "survey", 1, Optional.empty()));
    npt.testAllPublicStaticMethods(PracticeOperators.class);
    npt.testAllPublicInstanceMethods(addControl(ControlMechanism.AUDITS));
    assertEquals(
        "definedBy[1] must not be null",
        assertThrows(NullPointerException.class, () -> defineSharedValues(MARCH, JASS.id(), null))
            .getMessage());
    assertEquals(
        "whoMayMove[0] must not be null",
        assertThrows(
                NullPointerException.class,
                () -> addFlexibleBudgetLine(Fraction.ONE, (OrganizationId) null))
            .getMessage());
    Organization outsider = Organization.of("Outsider", OrganizationType.NATIONAL_NGO);
    refuses(p(), declareInterest(outsider, "x", true), "outsider is not a member of alliance");
  }

  /**
   * One applicable operator of every kind of the practice and risk catalogues, on {@link #full()}.
   */
  static List<PartnershipOperator> everyKind() {
    Facts.FeedbackLoop loop =
        new Facts.FeedbackLoop(
            ImmutableSet.of(JASS.id()), LEAD.id(), "survey", 6, Optional.empty());
    return List.of(
        defineSharedValues(MARCH.plusDays(1), CREA.id()),
        declareInterest(CREA, "funding", true),
        withdrawInterest(JASS.id()),
        setProgrammeDesign(
            new Facts.ProgrammeDesign(
                ImmutableSet.of(CREA.id()), ImmutableSet.of(), ImmutableSet.of())),
        recordPowerArrangement(MARCH, CREA.id()),
        setCivicSpaceStrategy("Other", false),
        addLearning("Retreat", false, 24),
        removeLearning("Reflection week"),
        addFeedbackLoop(
            new Facts.FeedbackLoop(
                ImmutableSet.of(CREA.id()), LEAD.id(), "call", 1, Optional.empty())),
        removeFeedbackLoop(loop),
        setContextReviews(6, MARCH),
        reviewContext(MARCH.plusYears(1)),
        setBudgetFlexibility(Fraction.of(1, 2)),
        addFlexibleBudgetLine(Fraction.of(1, 10)),
        forget(Topic.SHARED_VALUES),
        markAbsent(Topic.CIVIC_SPACE),
        addControl(ControlMechanism.AUDITS),
        removeControl(ControlMechanism.EARMARKING),
        addTrust(TrustMechanism.SUPPORT_BEYOND_MONEY),
        removeTrust(TrustMechanism.MULTI_YEAR_FUNDING),
        replaceControl(ControlMechanism.EARMARKING),
        RiskOperators.addRisk(
            Risk.builder().from(RiskOperatorsTest.surveillance()).id("R2").build()),
        RiskOperators.removeRisk("R1"),
        RiskOperators.mitigate("R1", "Hotline"),
        RiskOperators.fundMitigation("R1", "Training", CREA.id()),
        RiskOperators.removeMitigation("R1", "Training"),
        RiskOperators.changeOwner("R1", CREA.id()),
        RiskOperators.reassess("R1", Likelihood.RARE, Impact.MINOR),
        RiskOperators.rateCivicSpace("KE", CivicSpace.OBSTRUCTED),
        RiskOperators.removeCivicSpaceRating(CountryCode.of("UG")),
        PartnershipOperators.moveSecretariat(JASS, CREA));
  }

  /** The alliance with a fact of every topic, mechanisms, a mitigated risk and a secretariat. */
  static Partnership full() {
    return p().with(PartnershipOperators.hostSecretariat(JASS))
        .with(defineSharedValues(MARCH, JASS.id()))
        .with(declareInterest(JASS, "visibility", true))
        .with(addLearning("Reflection week", true, 12, JASS.id()))
        .with(
            addFeedbackLoop(
                new Facts.FeedbackLoop(
                    ImmutableSet.of(JASS.id()), LEAD.id(), "survey", 6, Optional.empty())))
        .with(setContextReviews(12, MARCH))
        .with(setCivicSpaceStrategy("Digital security", true))
        .with(addControl(ControlMechanism.EARMARKING))
        .with(addTrust(TrustMechanism.MULTI_YEAR_FUNDING))
        .with(RiskOperators.addRisk(RiskOperatorsTest.surveillance()))
        .with(RiskOperators.mitigate("R1", "Training"))
        .with(RiskOperators.rateCivicSpace("UG", CivicSpace.REPRESSED));
  }

  @Test
  void everyOperatorBuildsItsResultOnceAndAgreesWithWith() {
    Partnership p = full();
    Set<String> names = new HashSet<>();
    for (PartnershipOperator op : everyKind()) {
      AtomicInteger builds = new AtomicInteger();
      PartnershipOperator counted =
          ((Operator) op)
              .mapChange(
                  change ->
                      (q, b) -> {
                        builds.incrementAndGet();
                        change.accept(q, b);
                      });
      assertEquals(Optional.empty(), counted.whyNotApplicable(p), op.toString());
      assertEquals(1, builds.get(), op + ": whyNotApplicable builds once");
      Partnership next = counted.apply(p);
      assertEquals(2, builds.get(), op + ": apply builds once");
      assertEquals(p.with(op), next);
      assertFalse(next.equals(p), op + " changes something");
      PartnershipProperties.assertInvariants(next);
      names.add(op.toString().substring(0, op.toString().indexOf('(')));
    }
    assertEquals(FacetOperatorGenerators.KINDS, names.size(), "every kind: " + names);
  }
}
