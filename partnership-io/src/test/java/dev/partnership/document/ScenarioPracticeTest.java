package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.math.Fraction;
import dev.partnership.model.DecisionRightsOperators;
import dev.partnership.model.FundingOperators;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.model.PracticeOperators;
import dev.partnership.model.RiskOperators;
import dev.partnership.practice.Facts;
import dev.partnership.scenario.Scenario;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The practice operators that record a whole fact, in scenario documents, by example. */
class ScenarioPracticeTest {
  private static final OrganizationId NL = OrganizationId.of("NL-KVK-1");
  private static final OrganizationId KE = OrganizationId.of("KE-NGC-2");
  private static final Provenance CHARTER =
      Provenance.of("Duo charter, art. 2", Optional.of(LocalDate.of(2021, 3, 1)), false);

  private static String oneStep(String operator) {
    return DocumentTest.scenario(
        "steps:\n  - date: 2022-01\n    label: regions\n    operators:\n      - "
            + operator
            + "\n");
  }

  private static String refusal(String operator) {
    return assertThrows(
            DocumentException.class, () -> PartnershipDocuments.readScenarioYaml(oneStep(operator)))
        .getMessage();
  }

  @Test
  void everyOperatorOfEveryCatalogueHasADocumentForm() {
    TreeSet<String> missing = new TreeSet<>();
    for (Class<?> c :
        new Class<?>[] {
          PartnershipOperators.class,
          GovernanceOperators.class,
          FundingOperators.class,
          DecisionRightsOperators.class,
          PracticeOperators.class,
          RiskOperators.class
        }) {
      for (Method m : c.getMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == PartnershipOperator.class
            && !ScenarioMapping.OPERATORS.containsKey(m.getName())) {
          missing.add(c.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertEquals("[]", missing.toString());
  }

  /**
   * A scenario on the duo with each of the ten, facts with a provenance where the model has one.
   */
  private static Scenario tenOperators() {
    Partnership duo = PartnershipDocuments.readYaml(DocumentTest.DUO);
    LocalDate march = LocalDate.of(2021, 3, 1);
    Facts.FeedbackLoop loop =
        new Facts.FeedbackLoop(
            ImmutableSet.of(KE), NL, "survey", 6, Optional.of("agenda changed"), Optional.empty());
    return Scenario.start(duo)
        .then(
            "2022-01",
            "practice",
            PracticeOperators.defineSharedValues(
                new Facts.SharedValues(march, ImmutableSet.of(NL, KE), Optional.of(CHARTER))),
            PracticeOperators.declareInterest(KE, "visibility at the UN", true),
            PracticeOperators.setProgrammeDesign(
                new Facts.ProgrammeDesign(
                    ImmutableSet.of(KE), ImmutableSet.of(NL, KE), ImmutableSet.of(KE))),
            PracticeOperators.recordPowerArrangement(march, NL, KE),
            PracticeOperators.setCivicSpaceStrategy("Protect activists online", true))
        .then(
            "2022-02",
            "learning",
            PracticeOperators.addLearning(
                new Facts.LearningPractice(
                    "Reflection week",
                    true,
                    Integer.MAX_VALUE,
                    ImmutableSet.of(NL),
                    Optional.of(Provenance.of("Illustrative: made up", Optional.empty(), true)))),
            PracticeOperators.addFeedbackLoop(loop),
            PracticeOperators.removeFeedbackLoop(loop),
            PracticeOperators.setContextReviews(12, LocalDate.of(2025, 4, 15), KE),
            PracticeOperators.setBudgetFlexibility(
                new Facts.BudgetFlexibility(
                    Fraction.of(1, 5), ImmutableSet.of(KE), Optional.of("50000 EUR"))));
  }

  @Test
  void theTenFactOperatorsAreWrittenAsThePartnershipDocumentWritesTheirFacts() {
    Scenario s = tenOperators();
    String yaml = PartnershipDocuments.write(s, Format.YAML);
    assertTrue(
        yaml.contains(
            String.join(
                "\n",
                "      - op: defineSharedValues",
                "        values:",
                "          definedOn: 2021-03-01",
                "          definedBy:",
                "            - NL-KVK-1",
                "            - KE-NGC-2",
                "          provenance:",
                "            source: \"Duo charter, art. 2\"",
                "            date: 2021-03-01",
                "      - op: declareInterest",
                "        member: KE-NGC-2",
                "        interest: visibility at the UN",
                "        knownToOthers: true",
                "")),
        yaml);
    assertTrue(
        yaml.contains(
            String.join(
                "\n",
                "      - op: addLearning",
                "        learning:",
                "          description: Reflection week",
                "          reflectsOnValues: true",
                "          cadenceMonths: 2147483647",
                "          participants:",
                "            - NL-KVK-1",
                "          provenance:",
                "            source: \"Illustrative: made up\"",
                "            illustrative: true",
                "")),
        yaml);
    assertTrue(
        yaml.contains(
            String.join(
                "\n",
                "      - op: setContextReviews",
                "        cadenceMonths: 12",
                "        last: 2025-04-15",
                "        participants:",
                "          - KE-NGC-2",
                "      - op: setBudgetFlexibility",
                "        flexibility:",
                "          movableShare: 1/5",
                "          whoMayMove:",
                "            - KE-NGC-2",
                "          threshold: 50000 EUR",
                "")),
        yaml);
    Scenario read = PartnershipDocuments.readScenarioYaml(yaml);
    assertEquals(s, read);
    assertEquals(s.replay().end(), read.replay().end());
    assertEquals(
        s,
        PartnershipDocuments.readScenario(
            new java.io.StringReader(PartnershipDocuments.write(s, Format.JSON)),
            "s",
            Format.JSON));
    for (Format f : Format.values()) {
      String text = PartnershipDocuments.write(s, f);
      assertEquals("", Schemas.complaints(text, f), text);
    }
  }

  @Test
  void aBrokenArgumentOfEachOfTheTenSaysWhereWhatAndWhichRule() {
    assertEquals(
        "<yaml>:16:54: /steps/0/operators/0/values/definedOn (2021-02-30) must be an ISO 8601 date"
            + " such as 2026-03-31",
        refusal(
            "{op: defineSharedValues, values: {definedOn: 2021-02-30, definedBy: [NL-KVK-1]}}"));
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0: interest (\" \") must not be blank",
        refusal("{op: declareInterest, member: KE-NGC-2, interest: ' ', knownToOthers: true}"));
    assertEquals(
        "<yaml>:16:77: /steps/0/operators/0/knownToOthers (true) must be true or false, not a"
            + " string",
        refusal("{op: declareInterest, member: KE-NGC-2, interest: x, knownToOthers: 'true'}"));
    assertEquals(
        "<yaml>:16:42: /steps/0/operators/0/design/strategyInformedBy is required",
        refusal("{op: setProgrammeDesign, design: {theoryOfChangeBy: [KE-NGC-2], plansBy: []}}"));
    assertEquals(
        "<yaml>:16:83: /steps/0/operators/0/decidedBy/1 (NL-KVK-1) is listed twice; list each"
            + " organisation once",
        refusal(
            "{op: recordPowerArrangement, decidedOn: 2024-05-01,"
                + " decidedBy: [NL-KVK-1, NL-KVK-1]}"));
    assertEquals(
        "<yaml>:16:86: /steps/0/operators/0/includesDigital (1) must be true or false, not a"
            + " number",
        refusal("{op: setCivicSpaceStrategy, description: Protect activists, includesDigital: 1}"));
    assertEquals(
        "<yaml>:16:99: /steps/0/operators/0/learning/cadenceMonths (0) must be a whole number in"
            + " [1, 2147483647]",
        refusal(
            "{op: addLearning, learning: {description: Retreat, reflectsOnValues: true,"
                + " cadenceMonths: 0, participants: []}}"));
    assertEquals(
        "<yaml>:16:40: /steps/0/operators/0/description is not a known field; did you mean"
            + " learning?",
        refusal("{op: addLearning, description: Retreat}"));
    assertEquals(
        "<yaml>:16:114: /steps/0/operators/0/loop/actedon is not a known field; did you mean"
            + " actedOn?",
        refusal(
            "{op: addFeedbackLoop, loop: {from: [KE-NGC-2], to: NL-KVK-1, channel: survey,"
                + " cadenceMonths: 6, actedon: x}}"));
    assertEquals(
        "<yaml>:16:40: /steps/0/operators/0/loop: channel (\" \") must not be blank",
        refusal(
            "{op: removeFeedbackLoop, loop: {from: [KE-NGC-2], to: NL-KVK-1, channel: ' ',"
                + " cadenceMonths: 6}}"));
    assertEquals(
        "<yaml>:16:48: /steps/0/operators/0/cadenceMonths (2147483648) must be a whole number in"
            + " [1, 2147483647]",
        refusal(
            "{op: setContextReviews, cadenceMonths: 2147483648, last: 2025-04-15,"
                + " participants: []}"));
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0/participants is required",
        refusal("{op: setContextReviews, cadenceMonths: 12, last: 2025-04-15}"));
    assertEquals(
        "<yaml>:16:49: /steps/0/operators/0/flexibility: movable share (3/2) must be in [0, 1]",
        refusal(
            "{op: setBudgetFlexibility, flexibility: {movableShare: 3/2, whoMayMove: [KE-NGC-2]}}"));
    assertEquals(
        "<yaml>:16:105: /steps/0/operators/0/flexibility/provenance: source (\" \") must not be"
            + " blank",
        refusal(
            "{op: setBudgetFlexibility, flexibility: {movableShare: 1/2, whoMayMove: [KE-NGC-2],"
                + " provenance: {source: ' ', illustrative: true}}}"));
  }
}
