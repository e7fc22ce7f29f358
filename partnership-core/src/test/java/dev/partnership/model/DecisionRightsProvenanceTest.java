package dev.partnership.model;

import static dev.partnership.model.DecisionRightsOperators.assignToBody;
import static dev.partnership.model.DecisionRightsOperators.delegate;
import static dev.partnership.model.DecisionRightsOperators.removeLevel;
import static dev.partnership.model.DecisionRightsOperators.reserve;
import static dev.partnership.model.DecisionRightsOperators.revokeDecision;
import static dev.partnership.model.DecisionRightsOperators.unassign;
import static dev.partnership.model.DecisionRightsTest.BUDGET;
import static dev.partnership.model.DecisionRightsTest.ESA;
import static dev.partnership.model.DecisionRightsTest.MESSAGES;
import static dev.partnership.model.DecisionRightsTest.PAC;
import static dev.partnership.model.DecisionRightsTest.SECRETARIAT;
import static dev.partnership.model.DecisionRightsTest.SELECTION;
import static dev.partnership.model.DecisionRightsTest.WA;
import static dev.partnership.model.PartnershipQueries.illustrativeFacts;
import static dev.partnership.model.PartnershipQueries.sourcedFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Provenance;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decision rights carry a provenance per decision; operators that change a right keep only an
 * illustrative one, and the partnership's sourced and illustrative facts list them.
 */
class DecisionRightsProvenanceTest {
  static final Provenance CHARTER =
      Provenance.of("GPPAC charter, art. 4", LocalDate.of(2019, 5, 1));
  static final Provenance MADE_UP = Provenance.illustrative("levels are made up for the example");

  /** The rights of {@link DecisionRightsTest#withRights()}, budget sourced, messages made up. */
  static Partnership sourced() {
    Partnership p = DecisionRightsTest.withRights();
    DecisionRights r = p.decisionRights();
    return Partnership.builder()
        .from(p)
        .decisionRights(
            r.with(r.right("budget allocation").orElseThrow().withProvenance(CHARTER))
                .with(r.right("advocacy messages").orElseThrow().withProvenance(MADE_UP)))
        .build();
  }

  private static Optional<Provenance> provenanceOf(Partnership p, String decision) {
    return p.decisionRights().right(decision).orElseThrow().provenance();
  }

  @Test
  void sourcedFactsListEachRightWithItsBodyAfterTheSeats() {
    Partnership p = sourced();
    assertEquals(
        List.of(
            "decision right budget allocation taken by ISG — GPPAC charter, art. 4, 2019-05-01",
            "decision right advocacy messages — illustrative: levels are made up for the example"),
        p.query(sourcedFacts()).stream().map(SourcedFact::toString).toList());
    assertEquals(
        List.of(
            "decision right advocacy messages — illustrative: levels are made up for the example"),
        p.query(illustrativeFacts()).stream().map(SourcedFact::toString).toList());
    assertEquals(List.of(), DecisionRightsTest.withRights().query(sourcedFacts()));
  }

  @Test
  void aChangedRightLosesASourcedProvenanceAndKeepsAnIllustrativeOne() {
    Partnership p = sourced();
    for (PartnershipOperator op :
        List.of(
            delegate("budget allocation", List.of(ESA.id()), ParticipationLevel.CONSULTED),
            delegate(BUDGET, List.of(ESA.id()), ParticipationLevel.CONSULTED),
            reserve("budget allocation", PAC.id()),
            reserve(BUDGET, PAC.id()),
            unassign("budget allocation"))) {
      Partnership after = p.with(op);
      assertEquals(Optional.empty(), provenanceOf(after, "budget allocation"), op.toString());
      assertEquals(Optional.of(MADE_UP), provenanceOf(after, "advocacy messages"), op.toString());
    }
    for (PartnershipOperator op :
        List.of(
            delegate("advocacy messages", List.of(PAC.id()), ParticipationLevel.DECIDES),
            reserve(MESSAGES, WA.id()),
            assignToBody("advocacy messages", "ISG"),
            removeLevel("advocacy messages", ESA.id()))) {
      Partnership after = p.with(op);
      assertEquals(Optional.of(MADE_UP), provenanceOf(after, "advocacy messages"), op.toString());
      assertEquals(Optional.of(CHARTER), provenanceOf(after, "budget allocation"), op.toString());
      assertTrue(after.query(illustrativeFacts()).size() == 1, op.toString());
    }
  }

  @Test
  void anUnchangedOrNewRightKeepsOrHasNoProvenance() {
    Partnership p = sourced();
    Partnership after =
        p.with(delegate(SELECTION, List.of(ESA.id()), ParticipationLevel.CONSULTED))
            .with(revokeDecision("advocacy messages"));
    assertEquals(Optional.of(CHARTER), provenanceOf(after, "budget allocation"));
    assertEquals(Optional.empty(), provenanceOf(after, "partner selection"));
    assertFalse(after.decisionRights().right("advocacy messages").isPresent());
    assertEquals(1, after.query(sourcedFacts()).size());
  }

  @Test
  void leaveDropsASourcedProvenanceOnlyFromTheRightsThatLoseALevel() {
    Partnership p = sourced();
    DecisionRight selection =
        p.decisionRights().right("partner selection").orElseThrow().withProvenance(CHARTER);
    Partnership q =
        Partnership.builder()
            .from(p)
            .decisionRights(p.decisionRights().with(selection))
            .build()
            .with(PartnershipOperators.hostSecretariat(ESA.id()));
    Partnership left = q.with(PartnershipOperators.leave(SECRETARIAT.id()));
    assertEquals(Optional.empty(), provenanceOf(left, "partner selection"));
    assertEquals(Optional.of(CHARTER), provenanceOf(left, "budget allocation"));
    assertEquals(Optional.of(MADE_UP), provenanceOf(left, "advocacy messages"));
  }

  @Test
  void illustrativeRightsPrintTheirMark() {
    Partnership p = sourced();
    assertEquals(
        "advocacy messages (ADVOCACY_MESSAGES): levels {gppac-esa=DECIDES, gppac-wa=DECIDES,"
            + " gppac-pac=CONSULTED} (illustrative)",
        p.decisionRights().right("advocacy messages").orElseThrow().toString());
    assertEquals(
        "budget allocation (RESOURCES_AMONG_PARTNERS): body ISG",
        p.decisionRights().right("budget allocation").orElseThrow().toString());
    assertEquals(
        "budget allocation (RESOURCES_AMONG_PARTNERS): unassigned (illustrative)",
        DecisionRight.of(BUDGET).withProvenance(MADE_UP).toString());
    assertThrows(NullPointerException.class, () -> DecisionRight.of(BUDGET).withProvenance(null));
  }

  @Test
  void whoDecidesAndRightsOfMarkAnIllustrativeRight() {
    Partnership p = sourced();
    assertEquals(
        "advocacy messages: gppac-esa 4 decides, gppac-wa 4 decides (illustrative)",
        p.query(DecisionRightsQueries.whoDecides("advocacy messages")).toString());
    assertEquals(
        "budget allocation: body ISG",
        p.query(DecisionRightsQueries.whoDecides("budget allocation")).toString());
    assertEquals(
        List.of(
            "budget allocation: level not recorded, seat on ISG",
            "advocacy messages: 2 consulted (illustrative)"),
        p.query(DecisionRightsQueries.rightsOf(PAC.id())).stream().map(Object::toString).toList());
    assertEquals(
        "partner selection: nobody recorded as deciding (illustrative)",
        dev.partnership.rights.Deciders.of(DecisionRight.of(SELECTION).withProvenance(MADE_UP))
            .toString());
  }
}
