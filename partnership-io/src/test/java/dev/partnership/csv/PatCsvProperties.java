package dev.partnership.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.participation.ParticipationGenerators;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PatCsvProperties {

  @Test
  void writingThenReadingGivesAnEqualSession() {
    qt().withExamples(400)
        .forAll(CsvSessions.sessions())
        .checkAssert(a -> assertEquals(a, PatCsv.fromCsv(PatCsv.toCsv(a), "s.csv")));
  }

  @Test
  void readingThenWritingGivesTheSameText() {
    qt().withExamples(200)
        .forAll(CsvSessions.sessions())
        .checkAssert(
            a -> {
              String csv = PatCsv.toCsv(a);
              assertEquals(csv, PatCsv.toCsv(PatCsv.fromCsv(csv, "s.csv")));
            });
  }

  @Test
  void lfLineEndsAndAByteOrderMarkReadTheSame() {
    qt().withExamples(200)
        .forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              String lf = PatCsv.toCsv(a).replace("\r\n", "\n");
              assertEquals(a, PatCsv.fromCsv(lf, "lf.csv"));
              assertEquals(a, PatCsv.fromCsv("\uFEFF" + PatCsv.toCsv(a), "bom.csv"));
            });
  }

  @Test
  void everyRowHasTheSameWidthAndNoCellStartsAFormula() {
    qt().withExamples(200)
        .forAll(CsvSessions.sessions())
        .checkAssert(
            a -> {
              try (CSVParser p =
                  CSVParser.parse(new StringReader(PatCsv.toCsv(a)), CSVFormat.RFC4180)) {
                for (CSVRecord r : p) {
                  assertEquals(PatCsv.COLUMNS.size(), r.size(), r.toString());
                  for (String cell : r) {
                    assertFalse(
                        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "cell starts a formula: " + cell);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Characters that matter to CSV, to the matrix and to the session's rules. */
  private static final String JUNK = "\",\r\n'=;x 0123456789-\uFEFF\u0000";

  @Test
  void aDamagedFileGivesASessionOrAPatCsvExceptionNeverAnythingElse() {
    qt().withExamples(500)
        .forAll(CsvSessions.sessions(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (a, seed) -> {
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
              StringBuilder csv = new StringBuilder(PatCsv.toCsv(a));
              for (int k = 1 + r.nextInt(4); k > 0; k--) {
                int at = r.nextInt(csv.length() + 1);
                switch (r.nextInt(3)) {
                  case 0:
                    csv.insert(at, JUNK.charAt(r.nextInt(JUNK.length())));
                    break;
                  case 1:
                    if (at < csv.length()) {
                      csv.deleteCharAt(at);
                    }
                    break;
                  default:
                    csv.setLength(at);
                }
              }
              try {
                PatCsv.fromCsv(csv.toString(), "damaged.csv");
              } catch (PatCsvException e) {
                assertTrue(e.getMessage().startsWith("damaged.csv: "), e.getMessage());
                assertTrue(e.getMessage().length() < 1200, e.getMessage());
              }
            });
  }
}
