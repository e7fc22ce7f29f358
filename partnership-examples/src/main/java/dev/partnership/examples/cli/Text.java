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
        width[i] = Math.max(width[i], r.get(i).length());
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

  private static void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i).replace('\n', ' ');
      s.append(i == 0 ? "" : "  ").append(c);
      if (i < width.length - 1) {
        s.append(" ".repeat(width[i] - c.length()));
      }
    }
    out.println(s);
  }
}
