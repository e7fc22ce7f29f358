package dev.partnership.examples;

import dev.partnership.report.PartnershipReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The main job: the report of the Partos meet-up's three alliances (Count Me In! 2.0, GPPAC and
 * FAIR - Even It Up!), each with its members, governance power, decision rights, an illustrative
 * PAT session, funding, the meet-up's lessons, trust versus control, risks, the power map and an
 * illustrative scenario from "before" to "after" the shift, then the three side by side ({@link
 * MeetupReport}).
 *
 * <p>It writes {@code report.html} (self-contained), {@code report.md}, {@code pictures/} (SVG
 * charts and diagrams, DOT, Mermaid) and {@code csv/} (RFC 4180 tables with a data dictionary) into
 * {@code target/partos-report/}, or the directory given as the first argument, and prints the
 * comparison of the three alliances and where the files are. {@code partnership report --builtin}
 * writes the same report.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java} (it is the
 * module's {@code exec.mainClass}).
 */
public final class PartosMeetup {
  private PartosMeetup() {}

  /** The directory the report is written to when no argument is given. */
  public static final Path DEFAULT_DIRECTORY = Path.of("target", "partos-report");

  /**
   * Writes the report and prints the comparison and where the files are; exits with 2 and the usage
   * for more than one argument, a blank one, or an argument that is a file or named like a document
   * ({@code .yaml}, {@code .yml}, {@code .json}), and with 1 and one line on standard error when
   * the report cannot be written.
   *
   * @param args none, or the directory to write the report into
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the main job; returns its exit code (0 written, 1 not written, 2 usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1 || (args.length == 1 && args[0].isBlank())) {
      err.println(
          "usage: PartosMeetup [directory to write the report into, default target/partos-report]");
      return 2;
    }
    Path dir = args.length == 0 ? DEFAULT_DIRECTORY : Path.of(args[0]);
    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
    if (Files.isRegularFile(dir) || name.matches("(?i).*\\.(ya?ml|json)")) {
      // the main job used to take a partnership document; say where that went
      err.println(
          "PartosMeetup: "
              + dir
              + " looks like a document, not a directory to write into; to report a partnership"
              + " document run `partnership report "
              + dir
              + "` or GppacExample with it");
      return 2;
    }
    PartnershipReport report = MeetupReport.builder().build();
    List<Path> written;
    try {
      written = report.writeAll(dir);
    } catch (UncheckedIOException e) {
      err.println("PartosMeetup: " + e.getMessage());
      return 1;
    }
    out.println("# " + report.title());
    out.println();
    out.println(
        "Three alliances side by side (decision rights partly, PAT sessions and scenarios wholly"
            + " illustrative: made up to show the methods; see each alliance's notes in the report):");
    out.println();
    out.print(MeetupReport.comparisonTable());
    out.println();
    // the report's own comparison: its side-by-side lines, then the meet-up's four questions
    out.print(report.comparisonText());
    out.println();
    Path where = dir.toAbsolutePath().normalize();
    out.println("Wrote " + written.size() + " files to " + where + ":");
    out.println("  " + where.resolve("report.html") + " (open it in a browser)");
    out.println("  " + where.resolve("report.md"));
    out.println("  " + where.resolve("pictures") + "/ (SVG charts and diagrams, DOT, Mermaid)");
    out.println("  " + where.resolve("csv") + "/ (tables and data-dictionary.csv)");
    return 0;
  }
}
