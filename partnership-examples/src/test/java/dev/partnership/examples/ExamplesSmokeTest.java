package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example's {@code main} and checks what it prints. */
class ExamplesSmokeTest {

  static String run(Runnable main) {
    PrintStream old = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(old);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gppacExamplePrintsMembersRolesAndLocalisation() {
    String out = run(() -> GppacExample.main(new String[0]));
    assertTrue(out.startsWith("# Global Partnership for the Prevention of Armed Conflict (gppac)"), out);
    assertEquals(19, out.lines().filter(l -> l.startsWith("| ") && l.contains("local/national") || l.contains("| international")).count(), out);
    assertTrue(out.contains("- SECRETARIAT: 16"), out);
    assertTrue(out.contains("Local and national actors: 15/19 of 19 members (78.9%)"), out);
    assertTrue(out.contains("| GPPAC Global Secretariat | International NGO | [SECRETARIAT, BROKER] | international: an international NGO"), out);
    // the steering group under two rules: equal power, then INGOs weigh 5 under a 2/3 majority
    assertTrue(out.contains("| simple majority | [10; 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] | 1/18 / 1/18 | 1/18 / 1/18 | 83.3% |"), out);
    assertTrue(out.contains("| qualified majority 2/3 | [20; 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 5] |"), out);
    assertTrue(out.contains("- ingo-1: 1/18 -> 109/612 (+25/204)"), out);
    // the lessons, the balance and the risks
    assertTrue(out.contains("Summary: {NOT_MET=0, PARTLY_MET=5, NOT_ASSESSABLE=3, MET=4}"), out);
    assertTrue(out.contains("- **MET** LESSON-01 Build collective power bottom-up"), out);
    assertTrue(out.contains("  - missing: budget flexibility: share movable, who may move it"), out);
    assertTrue(out.contains("Balance: BALANCED (-1/7: trust 3, control 4)"), out);
    assertTrue(out.contains("Largest move: replace EARMARKING by UNEARMARKED_FUNDING (balance 5/7)"), out);
    assertTrue(out.contains("Transferred to local partners: [R1]; shared: [R2, R3]"), out);
    assertTrue(out.contains("- RISK-SHIFT-UNMITIGATED A shift of control with no matching mitigation"), out);
  }

  @Test
  void patSessionExamplePrintsTheReportAndTheChecks() {
    String out = run(() -> PatSessionExample.main(new String[0]));
    assertTrue(out.startsWith("# Power Awareness Tool session, 2026-06-15"), out);
    assertTrue(out.contains("| Allocation of the flexible fund among partners | Resources among partners | 4 | 1 | 1 | 2 | 0 | No agreement |"), out);
    assertTrue(out.contains("| Allocation of the flexible fund among partners | jass | 1 | 3 | +2 |"), out);
    assertTrue(out.contains("- The session fits Count Me In!: all its organisations are members."), out);
    assertTrue(out.contains("- Reporting format to the ministry: mama-cash decides alone; local/national partners"), out);
  }

  @Test
  void iatiExampleReadsTheSharedDataAndPrintsTheMinistry() {
    String out = run(() -> IatiExample.main(new String[0]));
    assertTrue(out.contains("Read 1308 activities from 11 files"), out);
    assertTrue(out.contains("## "), out);
    assertTrue(out.contains("(XM-DAC-7)"), out);
    assertTrue(out.contains("Grand Bargain target 25%"), out);
    assertTrue(out.contains("Longest chains:"), out);
    assertTrue(out.contains("- SKIPPED: value below one cent: "), out);
  }
}
