package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import dev.partnership.report.PartnershipReport;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report of the three alliances, as the main job and {@code report --builtin} build it. */
class MeetupReportTest {

  @Test
  void theReportHoldsTheThreeAlliancesEachWithItsSessionAndNotes() {
    PartnershipReport r = MeetupReport.builder().graphviz(false).build();
    assertEquals(MeetupReport.TITLE, r.title());
    assertEquals(
        List.of(Alliances.countMeIn(), Alliances.gppac(), Alliances.fair()), r.partnerships());
    assertEquals(
        List.of(Alliances.countMeInSession(), Alliances.gppacSession(), Alliances.fairSession()),
        List.copyOf(r.sessions().values()));
    for (var p : r.partnerships()) {
      List<String> notes = r.notes().get(p.id());
      assertTrue(
          notes.stream().anyMatch(n -> n.startsWith("The PAT session is illustrative")), p.id());
      assertTrue(
          notes.stream()
              .anyMatch(n -> n.startsWith("Scenario (illustrative: steps and dates made up): ")),
          p.id());
      assertTrue(notes.stream().anyMatch(n -> n.startsWith("Decision rights: ")), p.id());
    }
    // a builder is fresh each time: callers may add to it
    assertEquals(
        4,
        MeetupReport.builder()
            .add(
                Partnership.of(
                    "duo",
                    "Duo (illustrative)",
                    PartnershipForm.ALLIANCE_OR_CONSORTIUM,
                    Membership.of(Alliances.MAMA_CASH, Role.LEAD)))
            .build()
            .partnerships()
            .size());
  }

  @Test
  void theNotesSayWhichDecisionRightsAreMadeUpAndWhoLostWhat() {
    MeetupReport.Alliance fair = MeetupReport.alliances().get(2);
    assertEquals(
        "Decision rights: 6 decisions (3 illustrative, made up; the others from the sources the"
            + " document cites): FAIR's outcomes and strategy; Fair Tax Monitor research framework;"
            + " country research and scores; FAIR funding among partners (illustrative); reporting"
            + " to funders (illustrative); national advocacy messages (illustrative).",
        MeetupReport.rightsNote(fair.partnership()));
    assertEquals(
        "The PAT session is illustrative (scores, agreement, desired levels and actions made up;"
            + " actual levels drafted from the decision rights): 6 decisions, 11 organisations, 2"
            + " without agreement.",
        MeetupReport.sessionNote(fair.session()));
    List<String> shift = shiftLines(fair.scenario());
    assertEquals(4, shift.size(), shift.toString());
    assertTrue(shift.get(0).startsWith("Oxfam Novib lost "), shift.toString());
    assertTrue(shift.get(3).startsWith("Net: "), shift.toString());
  }

  @Test
  void theComparisonTableHasOneColumnPerAllianceAndLabelsNotConstants() {
    String table = MeetupReport.comparisonTable();
    List<String> lines = table.lines().toList();
    assertEquals(2 + 8, lines.size(), table);
    for (String line : lines) {
      // five cells: the measure and three alliances
      assertEquals(5, line.split("\\|", -1).length - 1, line);
    }
    assertTrue(lines.get(0).equals("| Alliance | Count Me In! 2.0 | GPPAC | FAIR |"), table);
    assertTrue(table.contains("| Trust vs control | no trust or control mechanism recorded |"));
    for (String constant : List.of("INTERNATIONAL_NGO", "LEAD", "NaN", "null")) {
      assertFalse(table.contains(constant), constant);
    }
  }

  @Test
  void gppacsMoneyIsSidasCoreSupportAndTheOtherTwoRecordNone() {
    String text = MeetupReport.builder().graphviz(false).build().comparisonText();
    // GPPAC: the seven Sida disbursements of the shared IATI data, all to the Global Secretariat,
    // an international NGO: none of the money reaches a local or national actor
    assertTrue(
        text.contains(
            "Global Partnership for the Prevention of Armed Conflict: form network with secretariat;"
                + " members 20; local and national 0;"),
        text);
    assertTrue(text.contains("localisation 0.0% of Sida's USD;"), text);
    assertTrue(text.contains("secretariat, broker; receives 3,385,990.78 USD;"), text);
    // Count Me In! and FAIR: no public source read gives a funder, recipient and amount
    assertEquals(2, text.split("localisation no flows recorded;", -1).length - 1, text);
    assertFalse(text.contains("SE-6"), text);
  }

  /**
   * Returns the lines of the summary of the shift from the scenario's start to its end that say who
   * lost what (at most three), then its net directions (at most two): who gave up power and where
   * it went, by name, with the direction of each movement.
   */
  private static List<String> shiftLines(Scenario s) {
    Timeline t = s.replay();
    List<String> lines = t.shift(0, t.size() - 1).summary().lines().toList();
    List<String> shown = new ArrayList<>();
    lines.stream().filter(l -> l.contains(" lost ")).limit(3).forEach(shown::add);
    lines.stream().filter(l -> l.startsWith("Net: ")).limit(2).forEach(shown::add);
    return shown;
  }
}
