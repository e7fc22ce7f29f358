package dev.partnership.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the report's tables as RFC 4180 CSV files (Apache Commons CSV) with a data dictionary. */
final class CsvTables {
  private CsvTables() {}

  static List<Path> write(List<Table> tables, Path dir) {
    Map<String, List<Table>> byKey = new LinkedHashMap<>();
    for (Table t : tables) {
      byKey.computeIfAbsent(t.key, k -> new ArrayList<>()).add(t);
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      Path dictionary = dir.resolve("data-dictionary.csv");
      try (Writer dw = Files.newBufferedWriter(dictionary, StandardCharsets.UTF_8);
          CSVPrinter d =
              new CSVPrinter(
                  dw,
                  CSVFormat.RFC4180
                      .builder()
                      .setHeader("file", "column", "type", "unit", "meaning")
                      .get())) {
        for (Map.Entry<String, List<Table>> e : byKey.entrySet()) {
          Table first = e.getValue().get(0);
          Path file = dir.resolve(e.getKey() + ".csv");
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
              CSVPrinter out =
                  new CSVPrinter(
                      w,
                      CSVFormat.RFC4180
                          .builder()
                          .setHeader(
                              first.columns.stream().map(Table.Column::name).toArray(String[]::new))
                          .get())) {
            for (Table t : e.getValue()) {
              for (List<String> row : t.data) {
                out.printRecord(row);
              }
            }
          }
          written.add(file);
          for (Table.Column c : first.columns) {
            d.printRecord(file.getFileName().toString(), c.name(), c.type(), c.unit(), c.meaning());
          }
        }
      }
      written.add(dictionary);
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV to " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }
}
