package dev.partnership.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.participation.Action;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Purpose;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatCsvTest {
  static final Organization MAMA_CASH = Organization.of("Mama Cash", OrganizationType.FOUNDATION);
  static final Organization JASS = Organization.of("JASS", OrganizationType.REGIONAL_NGO);
  static final String FUND = "Flexible fund";

  static Assessment session() {
    return Assessment.builder()
        .context("Count Me In! annual reflection")
        .purpose(Purpose.EXISTING_PARTNERSHIP)
        .date(LocalDate.of(2026, 5, 12))
        .addOrganizations(MAMA_CASH, JASS)
        .addDecision(Decision.of(FUND, DecisionArea.RESOURCES_AMONG_PARTNERS))
        .putActual(Cell.of(FUND, MAMA_CASH.id()), ParticipationLevel.DECIDES)
        .putActual(Cell.of(FUND, JASS.id()), ParticipationLevel.INFORMED)
        .putAgreement(FUND, Agreement.NO_AGREEMENT)
        .putDesired(Cell.of(FUND, JASS.id()), ParticipationLevel.CO_DECIDES)
        .addAction(Action.of("Invite JASS", FUND, JASS.id(), LocalDate.of(2026, 9, 1)))
        .build();
  }

  static final String SESSION_CSV =
      "context,Count Me In! annual reflection,,,,,,\r\n"
          + "purpose,existing partnership,,,,,,\r\n"
          + "date,2026-05-12,,,,,,\r\n"
          + "organization,mama-cash,Mama Cash,FOUNDATION,,,,NATIONAL\r\n"
          + "organization,jass,JASS,REGIONAL_NGO,,,,REGIONAL\r\n"
          + "decision,Flexible fund,resources among partners,no agreement,,,,\r\n"
          + "\"\",,,,,,,\r\n"
          + "decision,area,organization,actual,agreement,desired,action,action due\r\n"
          + "Flexible fund,resources among partners,mama-cash,4 decides,no agreement,,,\r\n"
          + "Flexible fund,resources among partners,jass,1 informed,no agreement,3 co-decides,"
          + "Invite JASS,2026-09-01\r\n";

  /** The example session's text with {@code from} replaced by {@code to} (once). */
  static String edited(String from, String to) {
    assertTrue(SESSION_CSV.contains(from), from);
    return SESSION_CSV.replaceFirst(java.util.regex.Pattern.quote(from), to);
  }

  static PatCsvException refused(String csv) {
    return assertThrows(PatCsvException.class, () -> PatCsv.fromCsv(csv, "s.csv"));
  }

  @Test
  void writesTheMatrixFormFacilitatorsUse() {
    assertEquals(SESSION_CSV, PatCsv.toCsv(session()));
    assertEquals(session(), PatCsv.fromCsv(SESSION_CSV, "s.csv"));
  }

  @Test
  void readsLevelsAsScoreLabelBothOrConstantInAnyCase() {
    for (String level :
        new String[] {"1", "informed", "1 informed", "INFORMED", " 1  Informed ", "1 INFORMED"}) {
      Assessment a = PatCsv.fromCsv(edited("1 informed", level), "s.csv");
      assertEquals(ParticipationLevel.INFORMED, a.actual().get(Cell.of(FUND, JASS.id())), level);
    }
    for (String level :
        new String[] {"3", "co-decides", "co decides", "CO_DECIDES", "3 Co-Decides"}) {
      Assessment a = PatCsv.fromCsv(edited("3 co-decides", level), "s.csv");
      assertEquals(ParticipationLevel.CO_DECIDES, a.desired().get(Cell.of(FUND, JASS.id())), level);
    }
  }

  @Test
  void refusesLevelsOffTheLadderOrDisagreeing() {
    for (String level : new String[] {"5", "-1", "2 decides", "high", "12", "1.5", "informed 1"}) {
      PatCsvException e = refused(edited("1 informed", level));
      assertEquals(10, e.row(), level);
      assertEquals("actual", e.column());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "s.csv: row 10, column actual: \""
                      + level
                      + "\" must be a PAT level: a score 0 to 4"),
          e.getMessage());
    }
  }

  @Test
  void notScoredAndEmptyCellsAreKeptApart() {
    Assessment a = PatCsv.fromCsv(edited("1 informed", "not scored"), "s.csv");
    assertEquals(java.util.Set.of(Cell.of(FUND, JASS.id())), a.notScored());
    PatCsvException e = refused(edited("1 informed", ""));
    assertTrue(e.getMessage().contains("must be scored (or marked not scored)"), e.getMessage());
  }

  @Test
  void errorsNameFileRowColumnValueAndRule() {
    assertEquals(
        "s.csv: row 9, column decision: \"Budget\" must be listed in a decision row of the"
            + " session",
        refused(
                edited(
                    "Flexible fund,resources among partners,mama-cash",
                    "Budget,resources among partners,mama-cash"))
            .getMessage());
    assertEquals(
        "s.csv: row 9, column organization: \"awid\" must be listed in an organization row of"
            + " the session",
        refused(edited("partners,mama-cash", "partners,awid")).getMessage());
    assertEquals(
        "s.csv: row 9, column area: \"grant making\" must be the listed area of Flexible fund,"
            + " resources among partners",
        refused(
                edited(
                    "Flexible fund,resources among partners,mama-cash",
                    "Flexible fund,grant making,mama-cash"))
            .getMessage());
    assertEquals(
        "s.csv: row 9, column agreement: \"agree\" must be the agreement listed for Flexible"
            + " fund, \"no agreement\"",
        refused(edited("4 decides,no agreement", "4 decides,agree")).getMessage());
    assertEquals(
        "s.csv: row 3, column date: \"12/05/2026\" must be a date yyyy-mm-dd",
        refused(edited("date,2026-05-12", "date,12/05/2026")).getMessage());
    assertEquals(
        "s.csv: row 2, column purpose: \"fun\" must be one of: existing partnership, emerging"
            + " partnership, own organisation or team, thought experiment, other",
        refused(edited("purpose,existing partnership", "purpose,fun")).getMessage());
    assertEquals(
        "s.csv: row 8: \"decision,area,organisation,actual,agreement,desired,action,action due\""
            + " must be the matrix header "
            + PatCsv.HEADER,
        refused(edited("area,organization,actual", "area,organisation,actual")).getMessage());
    assertEquals(
        "s.csv: row 10, column action due: \"2026-09-01\" must come with an action",
        refused(edited("Invite JASS,2026-09-01", ",2026-09-01")).getMessage());
    assertTrue(
        refused(edited("context,Count", "context,Count,,,,,,\r\ncontext,Count"))
            .getMessage()
            .startsWith("s.csv: row 2, column 1: \"context\" must be given once"));
    assertEquals(
        "s.csv: must give the session's context, purpose and date before the matrix",
        refused(edited("context,Count Me In! annual reflection,,,,,,\r\n", "")).getMessage());
  }

  @Test
  void aSessionBreakingThePatStepsIsRefusedAsAWhole() {
    PatCsvException e =
        refused(
            edited("no agreement,,,,\r\n", "agree,,,,\r\n")
                .replace("mama-cash,4 decides,no agreement", "mama-cash,4 decides,agree")
                .replace("jass,1 informed,no agreement", "jass,1 informed,agree"));
    assertEquals(
        "s.csv: does not hold a valid PAT session: desired level (Flexible fund / jass) is only"
            + " set for a decision without agreement, not for one whose agreement is AGREE",
        e.getMessage());
    assertEquals(0, e.row());
  }

  @Test
  void aFurtherRowOfTheSameCellHoldsOnlyAnAction() {
    String two =
        SESSION_CSV + "Flexible fund,resources among partners,jass,,,,Share the budget,\r\n";
    Assessment a = PatCsv.fromCsv(two, "s.csv");
    assertEquals(2, a.actions().size());
    assertEquals("Share the budget", a.actions().get(1).what());
    assertEquals(PatCsv.toCsv(a), two);
    PatCsvException e =
        refused(SESSION_CSV + "Flexible fund,resources among partners,jass,2,,,,\r\n");
    assertTrue(
        e.getMessage().startsWith("s.csv: row 11: repeats Flexible fund / jass of row 10"),
        e.getMessage());
  }

  @Test
  void formulaCellsAreWrittenAsTextAndReadBack() {
    Assessment a =
        Assessment.builder()
            .from(session())
            .context("=HYPERLINK(\"http://evil.example\",\"click\")")
            .addComments("@SUM(A1)", "'kept", "-1")
            .build();
    String csv = PatCsv.toCsv(a);
    assertTrue(
        csv.startsWith("context,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), csv);
    assertTrue(csv.contains("comment,'@SUM(A1),"), csv);
    assertTrue(csv.contains("comment,''kept,"), csv);
    assertTrue(csv.contains("comment,'-1,"), csv);
    assertEquals(a, PatCsv.fromCsv(csv, "s.csv"));
  }

  @Test
  void embeddedQuotesCommasAndLineBreaksSurvive() {
    Assessment a =
        Assessment.builder()
            .from(session())
            .context("a \"quoted\", comma\r\nand\nlines")
            .summary("\"")
            .build();
    assertEquals(a, PatCsv.fromCsv(PatCsv.toCsv(a), "s.csv"));
  }

  @Test
  void aByteOrderMarkAndLfLineEndsAreRead() {
    assertEquals(session(), PatCsv.fromCsv("\uFEFF" + SESSION_CSV, "s.csv"));
    assertEquals(session(), PatCsv.fromCsv(SESSION_CSV.replace("\r\n", "\n"), "s.csv"));
    assertEquals(session(), PatCsv.fromCsv(SESSION_CSV.replace(",,,,,,\r\n", "\r\n"), "s.csv"));
  }

  @Test
  void brokenCsvIsRefusedWithTheRow() {
    PatCsvException e = refused(SESSION_CSV + "\"never closed,resources among partners\r\n");
    assertTrue(e.getMessage().startsWith("s.csv: row 11: is not RFC 4180 CSV"), e.getMessage());
    assertEquals(
        "s.csv: must hold the matrix header " + PatCsv.HEADER + " after an empty row",
        refused(SESSION_CSV.substring(0, SESSION_CSV.indexOf(",,,,,,,"))).getMessage());
    assertEquals(
        "s.csv: must give the session's context, purpose and date before the matrix",
        refused("").getMessage());
  }

  @Test
  void aHugeCellIsRefusedAndEchoedShort() {
    String huge = "x".repeat(PatCsv.MAX_CELL + 1);
    PatCsvException e = refused(edited("Invite JASS", huge));
    assertEquals(
        "s.csv: row 10, column action: \""
            + "x".repeat(100)
            + "... (100001 characters)\" is"
            + " longer than 100000 characters",
        e.getMessage());
    String ok = "y".repeat(PatCsv.MAX_CELL);
    assertEquals(ok, PatCsv.fromCsv(edited("Invite JASS", ok), "s.csv").actions().get(0).what());
  }

  @Test
  void tooManyRowsAreRefusedAtTheFirstRowPastTheLimit() {
    String rows = SESSION_CSV + ",,,,,,,\r\n".repeat((int) PatCsv.MAX_ROWS);
    PatCsvException e = refused(rows);
    assertEquals(PatCsv.MAX_ROWS + 1, e.row());
    assertTrue(e.getMessage().endsWith("is past the limit of 200000 rows"), e.getMessage());
  }

  @Test
  void anEndlessFileIsRefusedAtTheCharacterLimit() {
    Reader endless =
        new Reader() {
          boolean opened;

          @Override
          public int read(char[] buf, int off, int len) {
            int from = off;
            if (!opened) {
              buf[off] = '"';
              opened = true;
              from++;
            }
            java.util.Arrays.fill(buf, from, off + len, 'z');
            return len;
          }

          @Override
          public void close() {}
        };
    PatCsvException e =
        assertThrows(PatCsvException.class, () -> PatCsv.read(endless, "endless.csv"));
    assertEquals(
        "endless.csv: row 1: is past the limit of " + PatCsv.MAX_CHARS + " characters per file",
        e.getMessage());
  }

  @Test
  void filesAreUtf8BothWays(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("session.csv");
    Assessment a = Assessment.builder().from(session()).context("Lomé — réunion ✓").build();
    PatCsv.write(a, file);
    assertEquals(a, PatCsv.read(file));
    Files.write(file, new byte[] {'c', 'o', (byte) 0xC3, (byte) 0x28});
    PatCsvException e = assertThrows(PatCsvException.class, () -> PatCsv.read(file));
    assertEquals(file + ": row 1: is not UTF-8 text", e.getMessage());
    assertEquals(file.toString(), e.file());
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Assessment.class, session())
        .setDefault(Reader.class, new StringReader(SESSION_CSV))
        .setDefault(String.class, SESSION_CSV)
        .testAllPublicStaticMethods(PatCsv.class);
  }
}
