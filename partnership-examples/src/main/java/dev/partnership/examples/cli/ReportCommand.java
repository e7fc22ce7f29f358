package dev.partnership.examples.cli;

import dev.partnership.document.PartnershipDocuments;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.report.PartnershipReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partnership report [--out DIR] [--session FILE]... (--builtin | DOCUMENT...)}: writes the
 * HTML, Markdown, SVG and CSV report and prints the comparison and where the files are.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the report of partnerships: report.html (self-contained),",
      "report.md, pictures/ (SVG, DOT, Mermaid) and csv/ (RFC 4180, with",
      "data-dictionary.csv), and prints the comparison.",
      "Example: partnership report --out target/partos-report my-partnership.yaml"
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
      description =
          "report the built-in alliances (Count Me In! 2.0, GPPAC and FAIR, from public facts;"
              + " sessions and scenarios illustrative), as the main job PartosMeetup does")
  boolean builtin;

  @Option(names = "--no-graphviz", description = "do not run Graphviz's dot; show DOT text instead")
  boolean noGraphviz;

  @Option(
      names = "--session",
      paramLabel = "FILE",
      description = "a PAT session document (pat-session/1) to show with its partnership")
  List<Path> sessions;

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
    PartnershipReport.Builder b = builtin ? Builtins.report() : PartnershipReport.builder();
    String first = null;
    if (hasDocuments) {
      for (Path d : documents) {
        if (!Files.isRegularFile(d)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + d);
        }
        Partnership p = PartnershipDocuments.read(d);
        first = first == null ? p.id() : first;
        b.add(p);
      }
    }
    for (Path s : sessions == null ? List.<Path>of() : sessions) {
      if (!Files.isRegularFile(s)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "No such file: " + s);
      }
      Assessment a = PartnershipDocuments.readAssessment(s);
      String id = a.partnershipId().orElse(first);
      if (id == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--session " + s + " names no partnership; give its document too");
      }
      b.session(id, a);
    }
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
