package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.PowerShift;
import dev.partnership.document.DocumentException;
import dev.partnership.document.Format;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.model.DecisionRightsQueries;
import dev.partnership.model.ParticipationQueries;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Decision;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Step;
import dev.partnership.scenario.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The PAT session and scenario documents of the three alliances, as {@link Alliances} reads them.
 */
class AllianceSessionsAndScenariosTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = Alliances.class.getResourceAsStream(Alliances.FOLDER + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Returns the comment lines right after the first line of a document. */
  private static String header(String text) {
    return text.lines().skip(1).takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
  }

  private static String withoutComments(String text) {
    return text.lines()
        .filter(l -> !l.startsWith("#"))
        .map(l -> l + "\n")
        .collect(Collectors.joining());
  }

  @Test
  void eachSessionHasTheSizeOfItsDecisionsAndOrganisationsAndSaysItIsIllustrative()
      throws IOException {
    // decisions x organisations: GPPAC 6 x 20 (Sida among them), Count Me In! 4 x 5, FAIR 6 x 11
    List<List<Integer>> sizes =
        Alliances.sessions().stream()
            .map(s -> List.of(s.decisions().size(), s.organizations().size()))
            .toList();
    assertEquals(List.of(List.of(6, 20), List.of(4, 5), List.of(6, 11)), sizes);
    for (int i = 0; i < 3; i++) {
      Assessment s = Alliances.sessions().get(i);
      String name = Alliances.SESSION_NAMES.get(i);
      assertTrue(s.context().contains("illustrative"), s.context());
      assertTrue(header(resource(name)).contains("illustrative"), name);
      // every cell is scored or marked not scored
      assertEquals(
          (long) s.decisions().size() * s.organizations().size(),
          s.actual().size() + s.notScored().size(),
          name);
      // a decision without agreement says where the partners want to be
      for (Decision d : s.decisions()) {
        if (s.agreementOn(d.name()) == Agreement.NO_AGREEMENT) {
          assertTrue(
              s.desired().keySet().stream().anyMatch(c -> c.decision().equals(d.name())), d.name());
        }
      }
      // the document is what the format writes, plus its comments
      assertEquals(withoutComments(resource(name)), PartnershipDocuments.write(s, Format.YAML));
    }
    assertSame(Alliances.gppacSession(), Alliances.gppacSession(), "read once");
    assertSame(PatSessionExample.session(), Alliances.countMeInSession());
  }

  @Test
  void countMeInsSessionFitsItsPartnershipAndComparesWithItsDecisionRights() {
    Partnership p = Alliances.countMeIn();
    Assessment s = Alliances.countMeInSession();
    assertEquals(p.id(), s.partnershipId().orElseThrow());
    assertEquals(List.of(), p.query(ParticipationQueries.problemsWith(s)));
    // the session's organisations are five members, exactly as the partnership has them
    for (var o : s.organizations()) {
      assertEquals(p.member(o.id()).orElseThrow().organization(), o);
    }
    assertEquals(
        List.of(
            Alliances.MAMA_CASH,
            Alliances.JASS,
            Alliances.CREA,
            Alliances.URGENT_ACTION_FUND,
            Alliances.WO_MEN),
        s.organizations());
    // each decision is one of the decision rights, with its area
    for (Decision d : s.decisions()) {
      assertEquals(p.decisionRights().right(d.name()).orElseThrow().decision(), d);
    }
    var c = p.query(DecisionRightsQueries.compareWith(s));
    // 4 decisions x 5 organisations, less WO=MEN's grants, which the rights do not record
    assertEquals(20, c.cells().size());
    assertEquals(19, c.comparable());
    assertEquals(9, c.differences().size());
    assertEquals(List.of(), c.onlyInSession());
    assertEquals(List.of("lobby messages to the Dutch government"), c.onlyInRights());
    assertEquals(List.of(), c.notMembers());
    assertTrue(c.toString().startsWith("9 of 19 comparable cells differ\n"), c.toString());
    // the scores stay the illustrative ones, the partners still disagree on the budget
    assertEquals(Agreement.NO_AGREEMENT, s.agreementOn("consortium budget allocation"));
    assertEquals(5, s.desired().size());
    assertEquals(2, s.actions().size());
  }

  @Test
  void theGppacAndFairSessionsAreDraftedFromTheDecisionRights() {
    for (Partnership p : List.of(Alliances.gppac(), Alliances.fair())) {
      Assessment s =
          p.equals(Alliances.gppac()) ? Alliances.gppacSession() : Alliances.fairSession();
      Assessment draft = p.query(DecisionRightsQueries.draftFromRights(s.date()));
      assertTrue(s.derived(), p.name());
      assertEquals(draft.actual(), s.actual(), p.name());
      assertEquals(draft.notScored(), s.notScored(), p.name());
      assertEquals(draft.decisions(), s.decisions(), p.name());
      assertEquals(p.id(), s.partnershipId().orElseThrow());
      assertEquals(List.of(), p.query(ParticipationQueries.problemsWith(s)), p.name());
      assertEquals(List.of(), p.query(DecisionRightsQueries.compareWith(s)).differences());
      assertTrue(p.query(DecisionRightsQueries.compareWith(s)).comparable() > 0, p.name());
    }
    // GPPAC: the regions want to co-decide the secretariat's budget, which the secretariat decides
    Assessment g = Alliances.gppacSession();
    assertEquals(Agreement.NO_AGREEMENT, g.agreementOn("annual budget of the Global Secretariat"));
    assertEquals(16, g.desired().size());
  }

  @Test
  void everyScenarioStartsAtItsAllianceAndReplaysWithoutASkippedStep() {
    for (int i = 0; i < 3; i++) {
      Scenario s = Alliances.scenarios().get(i);
      Partnership alliance = Alliances.documents().get(i);
      assertEquals(alliance, s.start(), Alliances.SCENARIO_NAMES.get(i));
      Timeline skipping = s.replay(Replay.skipping());
      assertEquals(Map.of(), skipping.skipped(), Alliances.SCENARIO_NAMES.get(i));
      // and each step applies to the state before it when replayed step by step
      Timeline t = s.replay();
      assertEquals(s.size() + 1, t.size());
      for (int k = 0; k < s.size(); k++) {
        Step step = s.steps().get(k);
        Partnership state = t.state(k);
        for (var op : step.operators()) {
          assertTrue(op.isApplicableTo(state), step + ": " + op.whyNotApplicable(state));
          state = state.with(op);
        }
        assertEquals(t.state(k + 1), state, step.toString());
      }
      assertEquals(skipping.end(), t.end());
    }
    assertEquals(List.of(4, 5, 4), Alliances.scenarios().stream().map(Scenario::size).toList());
  }

  @Test
  void everyMadeUpStepIsLabelledIllustrative() throws IOException {
    for (String name : Alliances.SCENARIO_NAMES) {
      assertTrue(header(resource(name)).contains("illustrative (made up)"), name);
    }
    for (Scenario s : List.of(Alliances.countMeInScenario(), Alliances.fairScenario())) {
      for (Step step : s.steps()) {
        assertTrue(step.label().endsWith("(illustrative)"), step.toString());
      }
    }
  }

  @Test
  void countMeInAndFairShiftDecisionsDownwardFromTheirLeadByName() {
    Map<Scenario, OrganizationId> leads =
        Map.of(
            Alliances.countMeInScenario(), Alliances.MAMA_CASH.id(),
            Alliances.fairScenario(), Alliances.OXFAM_NOVIB.id());
    for (var e : leads.entrySet()) {
      Timeline t = e.getKey().replay();
      PowerShift shift = t.shift(0, t.size() - 1);
      List<PowerShift.Movement> down =
          shift.movements().stream()
              .filter(m -> m.direction() == PowerShift.Direction.DOWNWARD)
              .toList();
      assertFalse(down.isEmpty(), e.getKey().toString());
      assertTrue(down.stream().allMatch(m -> m.from().equals(e.getValue())), down.toString());
      String lead = t.state(0).member(e.getValue()).orElseThrow().organization().name();
      assertTrue(
          shift
              .summary()
              .lines()
              .anyMatch(l -> l.startsWith(lead + " lost ") && l.endsWith("vertical, downward")),
          shift.summary());
    }
    // Count Me In!: the made-up local group joins, receives unearmarked money and decides grants
    Timeline cmi = Alliances.countMeInScenario().replay();
    PowerShift shift = cmi.shift(0, cmi.size() - 1);
    OrganizationId group = OrganizationId.of("nairobi-feminist-collective");
    assertEquals(List.of(group), shift.joined());
    assertTrue(
        shift
            .summary()
            .contains(
                "Nairobi feminist collective (illustrative) gained 50000.00 EUR of unearmarked funding received"),
        shift.summary());
    assertTrue(
        shift.movements().stream()
            .anyMatch(m -> m.to().equals(group) && m.direction() == PowerShift.Direction.DOWNWARD),
        shift.movements().toString());
    // FAIR: prior approval gave way to delegated authority, its trust counterpart
    Partnership fairEnd = Alliances.fairScenario().replay().end();
    assertEquals(
        Set.of(dev.partnership.practice.TrustMechanism.DELEGATED_AUTHORITY),
        fairEnd.practice().trusts());
  }

  @Test
  void gppacShiftsPowerAmongItsNetworkMembers() {
    // all of GPPAC's members sit at one tier of the standard tiers, so its shift is horizontal:
    // the meet-up's third kind ("among network members")
    Timeline t = Alliances.gppacScenario().replay();
    PowerShift shift = t.shift(0, t.size() - 1);
    assertFalse(shift.movements().isEmpty());
    assertTrue(
        shift.movements().stream().allMatch(m -> m.direction() == PowerShift.Direction.HORIZONTAL));
    assertTrue(
        shift
            .summary()
            .contains(
                "International NGO 1 (illustrative) lost 2.6 percentage points of Banzhaf power"),
        shift.summary());
  }

  @Test
  void everyScenarioDocumentCarriesTheStartOfItsAllianceDocument() throws IOException {
    for (Map.Entry<Path, Partnership> e : ScenarioDocumentStarts.documents().entrySet()) {
      assertEquals(
          ScenarioDocumentStarts.expected(e.getKey(), e.getValue()),
          Files.readString(e.getKey(), StandardCharsets.UTF_8),
          e.getKey()
              + " has a stale start; write it again, from the repository root, with mvn -q -pl"
              + " partnership-examples -am test-compile exec:java -Dexec.classpathScope=test"
              + " -Dexec.mainClass=dev.partnership.examples.ScenarioDocumentStarts");
    }
    assertEquals(
        Alliances.gppacScenario(),
        PartnershipDocuments.readScenario(Path.of("documents", "gppac-scenario.yaml")));
  }

  @Test
  void missingOrWrongDocumentsAreRefusedNamingTheDocument() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> Alliances.readSession("none.yaml"));
    assertEquals("alliance document (none.yaml) must be on the class path", missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Alliances.readScenario("none.yaml"));
    // a partnership document is not a scenario, nor a session
    DocumentException scenario =
        assertThrows(DocumentException.class, () -> Alliances.readScenario("fair.yaml"));
    assertTrue(scenario.getMessage().startsWith("fair.yaml:"), scenario.getMessage());
    DocumentException session =
        assertThrows(DocumentException.class, () -> Alliances.readSession("fair-scenario.yaml"));
    assertTrue(session.getMessage().startsWith("fair-scenario.yaml:"), session.getMessage());
  }
}
