package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.participation.Sessions;
import org.junit.jupiter.api.Test;

class AssessmentReportTest {

  @Test
  void reportHoldsEverythingThePatPdfHoldsPlusGapsAndConcentration() {
    String r = AssessmentReport.markdown(Sessions.session());
    for (String expected :
        new String[] {
          "# Power Awareness Tool session, 2026-05-12",
          "- Context: Annual reflection of an illustrative alliance",
          "- Purpose: Existing partnership",
          "- Countries: Kenya (KE), Uganda (UG)",
          "| Lead Foundation | Foundation | international |",
          "| Local B | Community group (informal) | local/national |",
          "| Decision | Area | Lead Foundation | Local A | Local B | Agreement |",
          "| Flexible fund | Resources among partners | 4 | 1 | 0 | No agreement |",
          "| Partner selection | Partner selection | 4 | 2 | - | Not yet discussed |",
          "| Flexible fund | Local A | 1 | 3 | +2 |",
          "| Flexible fund | Lead Foundation | 4 | 3 | -1 |",
          "- Lead Foundation decides alone: Flexible fund; Partner selection",
          "- Local B is excluded from: Flexible fund",
          "| Flexible fund | 0.680 | 0.520 | 0.533 |",
          "Mean level, local and national actors vs international actors: local/national 8/5, international 11/3",
          "| Open the fund committee to partners | Lead Foundation | 2026-09-01 | Flexible fund |",
          "- Partners want a say in the fund before the next call.",
          "## Summary\n\nThe fund is the main point of disagreement."
        }) {
      assertTrue(r.contains(expected), () -> "missing: " + expected + "\n" + r);
    }
  }

  @Test
  void textThatWouldBreakATableCellIsEscaped() {
    assertEquals("A \\| B C", AssessmentReport.cell("A | B\r\nC"));
    assertEquals("plain", AssessmentReport.cell("plain"));
  }
}
