package dev.partnership.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
