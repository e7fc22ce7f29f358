package dev.partnership.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.participation.Assessment;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile PAT files that held: each is read as the facilitator meant or refused with the file, the
 * row, the column, the value and the rule. Kept as regression tests of the adversarial review.
 */
class PatCsvAdversaryTest {
  static final String S = PatCsvTest.SESSION_CSV;

  static String refusal(String csv) {
    return assertThrows(PatCsvException.class, () -> PatCsv.fromCsv(csv, "s.csv")).getMessage();
  }

  @Test
  void aRepeatedMatrixRowIsRefusedNamingBothRows() {
    assertEquals(
        "s.csv: row 11: repeats Flexible fund / jass of row 10: a further row of the same decision"
            + " and organisation holds only an action, with actual, agreement and desired empty",
        refusal(
            S
                + "Flexible fund,resources among partners,jass,2 consulted,no agreement,"
                + "3 co-decides,,\r\n"));
  }

  @Test
  void digitsThatAreNotAsciiAndSignedScoresAreNotLevels() {
    for (String level : new String[] {"\u0664", "\uff14", "+4", "4.0", "04 decides"}) {
      String m = refusal(S.replace("4 decides", level));
      assertTrue(
          m.startsWith("s.csv: row 9, column actual: \"" + level + "\" must be a PAT level"), m);
    }
  }

  @Test
  void aSecondByteOrderMarkIsNotSkipped() {
    assertTrue(
        refusal("\ufeff\ufeff" + S)
            .startsWith("s.csv: row 1, column 1: \"\ufeffcontext\" must name a session fact"));
  }

  @Test
  void headersOutOfOrderAndExtraColumnsAreRefused() {
    assertTrue(
        refusal(S.replace("decision,area,organization,actual", "area,decision,organization,actual"))
            .startsWith("s.csv: row 8: \"area,decision,"));
    assertEquals(
        "s.csv: row 10, column 9: \"x\" is past the 8 columns of the matrix",
        refusal(S.replace("Invite JASS,2026-09-01", "Invite JASS,2026-09-01,x")));
  }

  @Test
  void anUnterminatedQuoteIsRefusedWithItsRow() {
    assertEquals(
        "s.csv: row 11: is not RFC 4180 CSV: (startline 11) EOF reached before encapsulated token"
            + " finished",
        refusal(S + "\"abc"));
  }

  @Test
  void impossibleDatesAndUnknownNamesAreRefused() {
    assertEquals(
        "s.csv: row 10, column action due: \"2026-02-30\" must be a date yyyy-mm-dd",
        refusal(S.replace("2026-09-01", "2026-02-30")));
    assertEquals(
        "s.csv: row 10, column organization: \"nobody\" must be listed in an organization row of"
            + " the session",
        refusal(S.replace("jass,1 informed", "nobody,1 informed")));
    assertEquals(
        "s.csv: row 6, column 2: \"jass\" must list an organisation once",
        refusal(
            S.replace(
                "organization,jass,JASS,REGIONAL_NGO,,,,REGIONAL\r\n",
                "organization,jass,JASS,REGIONAL_NGO,,,,REGIONAL\r\n"
                    + "organization,jass,JASS 2,REGIONAL_NGO,,,,REGIONAL\r\n")));
  }

  @Test
  void aCountryInLettersThatOnlyUpperCaseToAsciiIsRefused() {
    assertEquals(
        "s.csv: row 4, column country: \"\u0131t\" must be an ISO 3166-1 alpha-2 country code",
        refusal(
            S.replace(
                "date,2026-05-12,,,,,,\r\n",
                "date,2026-05-12,,,,,,\r\ncountry,\u0131t,,,,,,\r\n")));
  }

  @Test
  void oldMacLineEndsAndAFormulaActionAreReadAndTheFormulaIsDefusedOnWriting() {
    Assessment a = PatCsv.fromCsv(S.replace("\r\n", "\r"), "s.csv");
    assertEquals(PatCsv.fromCsv(S, "s.csv"), a);
    Assessment f = PatCsv.fromCsv(S.replace("Invite JASS", "=1+cmd|' /C calc'!A0"), "s.csv");
    String written = PatCsv.toCsv(f);
    assertTrue(written.contains(",'=1+cmd|' /C calc'!A0,"), written);
    assertEquals(f, PatCsv.fromCsv(written, "again.csv"));
  }

  @Test
  void aMillionEmptyRowsAreRefusedQuickly() {
    String rows = ",,,,,,,\r\n".repeat(1_000_000);
    String m = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refusal(S + rows));
    assertTrue(m.startsWith("s.csv: row "), m);
  }
}
