package dev.partnership.examples.cli;

import dev.partnership.report.PartnershipReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partnership report [--out DIR] (--builtin | DOCUMENT...)}: writes the HTML, Markdown, SVG
 * and CSV report and prints the comparison and where the files are.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the report of partnerships: report.html (self-contained),",
      "report.md, pictures/ (SVG, DOT, Mermaid) and csv/ (RFC 4180, with",
      "data-dictionary.csv), and prints the comparison.",
      "Example: partnership report --builtin --out target/partos-report"
    })
final class ReportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--out"},
      defaultValue = "target/partos-report",
      description = "the directory to write into (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(
      names = "--builtin",
      description = "report the built-in alliances (Count Me In! 2.0 and GPPAC, from public facts)")
  boolean builtin;

  @Option(names = "--no-graphviz", description = "do not run Graphviz's dot; show DOT text instead")
  boolean noGraphviz;

  @Parameters(
      arity = "0..*",
      paramLabel = "DOCUMENT",
      description = "partnership documents (YAML or JSON)")
  List<Path> documents;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    boolean hasDocuments = documents != null && !documents.isEmpty();
    if (!builtin && !hasDocuments) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give partnership documents or --builtin");
    }
    if (hasDocuments) {
      throw new IllegalArgumentException(
          "reading partnership documents is not available in this build yet (the document reader"
              + " lands with the documents work); use --builtin");
    }
    PartnershipReport.Builder b = Builtins.report();
    b.graphviz(!noGraphviz);
    PartnershipReport report = b.build();
    List<Path> written = report.writeAll(out);
    o.println("Comparison:");
    report.comparisonLines().forEach(l -> o.println("- " + l));
    o.println();
    o.println("Wrote " + written.size() + " files to " + out.toAbsolutePath().normalize() + ":");
    o.println("  " + out.resolve("report.html") + " (open it in a browser)");
    o.println("  " + out.resolve("report.md"));
    o.println("  " + out.resolve("pictures") + "/ (SVG charts and diagrams, DOT, Mermaid)");
    o.println("  " + out.resolve("csv") + "/ (tables and data-dictionary.csv)");
    o.flush();
    return 0;
  }
}
