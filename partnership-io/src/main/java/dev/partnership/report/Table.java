package dev.partnership.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the report, kept twice: as people read it (headers and cells with names, percentages
 * and labels) and as data (CSV columns with plain decimals, exact fractions and codes, each
 * described in the data dictionary).
 */
final class Table {
  /**
   * A column, described once: its header as people read it (empty for a column only in the CSV),
   * its CSV name, and the type, unit and meaning the data dictionary gives.
   */
  record Column(String label, String name, String type, String unit, String meaning) {
    boolean shown() {
      return !label.isEmpty();
    }
  }

  final String key;
  final String title;
  final ImmutableList<String> headers;
  final ImmutableList<Column> columns;
  final List<List<String>> display = new ArrayList<>();
  final List<List<String>> data = new ArrayList<>();

  /** Returns a table whose headers are the labels of its shown columns, in order. */
  Table(String key, String title, List<Column> columns) {
    this(key, title, columns.stream().filter(Column::shown).map(Column::label).toList(), columns);
  }

  /**
   * Returns a wide table: its headers are values (decisions, steps) and every column is only in the
   * CSV, where the table is long.
   */
  Table(String key, String title, List<String> headers, List<Column> columns) {
    this.key = key;
    this.title = title;
    this.headers = ImmutableList.copyOf(headers);
    this.columns = ImmutableList.copyOf(columns);
  }

  /** Adds a row: its cells as shown and as data. */
  Table add(List<String> shown, List<String> values) {
    checkArgument(
        shown.size() == headers.size(), "%s: %s cells for %s headers", key, shown, headers);
    checkArgument(
        values.size() == columns.size(), "%s: %s values for %s columns", key, values, columns);
    display.add(shown);
    data.add(values);
    return this;
  }

  /** Returns the table as a template context: title, headers and rows of cells. */
  Map<String, Object> context() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("title", title);
    m.put("headers", headers);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> r : display) {
      rows.add(Map.of("cells", r));
    }
    m.put("rows", rows);
    m.put("empty", display.isEmpty());
    m.put("size", display.size());
    m.put("big", display.size() > BIG);
    return m;
  }

  /** Tables longer than this are folded in the HTML behind their summary. */
  static final int BIG = 25;

  /** Returns a column shown under {@code label} and written to the CSV as {@code name}. */
  static Column column(String label, String name, String type, String unit, String meaning) {
    checkArgument(!label.isEmpty(), "%s: a shown column needs a label", name);
    return new Column(label, name, type, unit, meaning);
  }

  /** Returns a column written to the CSV only. */
  static Column data(String name, String type, String unit, String meaning) {
    return new Column("", name, type, unit, meaning);
  }

  /** The first CSV column of every table: which partnership a row belongs to. */
  static final Column PARTNERSHIP = data("partnership", "text", "", "the partnership's name");
}
