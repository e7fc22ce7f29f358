package dev.partnership.examples.cli;

import java.io.PrintWriter;
import java.util.List;

/** Plain-text tables for a terminal. */
final class Text {
  private Text() {}

  /** Prints {@code rows} under {@code headers}, each column padded to its widest cell. */
  static void table(PrintWriter out, List<String> headers, List<List<String>> rows) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], oneLine(r.get(i)).length());
      }
    }
    line(out, headers, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(rule);
    rows.forEach(r -> line(out, r, width));
  }

  /**
   * Returns {@code s} with every control character (line breaks, carriage returns, tabs, bells) as
   * a space, so that a cell stays on its row and in its column.
   */
  static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(Character.isISOControl(c) ? ' ' : (char) c));
    return b.toString();
  }

  /**
   * Returns {@code s} on one line and cut to 40 characters with its length when longer, for
   * messages that quote what the user typed.
   */
  static String brief(String s) {
    String line = oneLine(s);
    return line.length() <= 40
        ? line
        : line.substring(0, 30) + "... (" + line.length() + " characters)";
  }

  /**
   * Returns {@code s} for a CSV cell, with a single quote before it if a spreadsheet would run it
   * as a formula: text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
   * carriage return (OWASP, "CSV Injection"; the rule {@code PatCsv} applies to its files).
   */
  static String cell(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  private static void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = oneLine(cells.get(i));
      s.append(i == 0 ? "" : "  ").append(c);
      if (i < width.length - 1) {
        s.append(" ".repeat(width[i] - c.length()));
      }
    }
    out.println(s);
  }
}
