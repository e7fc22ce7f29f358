package dev.partnership.examples.cli;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingChains;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Localisation;
import dev.partnership.funding.LocalisationScope;
import dev.partnership.iati.DataQualityReport;
import dev.partnership.iati.IatiConversion;
import dev.partnership.iati.IatiReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partnership iati FILES-OR-DIRECTORIES --funder ID [--definition IASC]}: reads IATI
 * activity files, traces the funder's money and prints the localisation (Grand Bargain 2016: 25% as
 * directly as possible) and the longest funding chains.
 */
@Command(
    name = "iati",
    mixinStandardHelpOptions = true,
    description = {
      "Reads IATI activity XML files (or every .xml in the directories given)",
      "and prints the funder's localisation per currency (Grand Bargain 2016:",
      "25%% as directly as possible) and its longest funding chains.",
      "Example: partnership iati ../shared/data/iati/activities --funder XM-DAC-7"
    })
final class IatiCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "IATI XML files or directories")
  List<Path> paths;

  @Option(
      names = {"-f", "--funder"},
      required = true,
      description = "the funder's organisation identifier, e.g. XM-DAC-7")
  String funder;

  @Option(
      names = {"-d", "--definition"},
      defaultValue = "IASC",
      description = "who counts as local: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  LocalityDefinition definition;

  @Option(
      names = "--progress",
      negatable = true,
      defaultValue = "true",
      description = "show progress on stderr for inputs over 5 MB (default: on)")
  boolean progress;

  /** Inputs larger than this show progress. */
  static final long PROGRESS_FROM_BYTES = 5L * 1024 * 1024;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = files();
    OrganizationId id = funderId();
    long total = 0;
    for (Path f : files) {
      total += size(f);
    }
    boolean show = progress && total > PROGRESS_FROM_BYTES;
    IatiConversion.Builder builder = IatiConversion.builder();
    DataQualityReport read = DataQualityReport.empty();
    long done = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      read = read.plus(IatiReader.forEach(f, builder::accept));
      done += size(f);
      if (show) {
        err.print(progressBar(done, total, i + 1, files.size()));
        err.flush();
      }
    }
    if (show) {
      err.println();
    }
    IatiConversion conversion = builder.build();
    FundingNetwork net = conversion.network();
    out.println(
        "Read "
            + conversion.activities()
            + " activities from "
            + files.size()
            + (files.size() == 1 ? " file" : " files")
            + ": "
            + net);
    if (net.organization(id).isEmpty()) {
      throw new IllegalArgumentException(
          "funder "
              + funder
              + " does not occur in the files (check the identifier, e.g. XM-DAC-7)");
    }
    out.println("Funder: " + Text.oneLine(net.organization(id).get().name()) + " (" + id + ")");
    out.println("Locality definition: " + definition.summary());
    boolean any = false;
    for (Currency c : net.currencies()) {
      if (net.flows().stream()
          .noneMatch(f -> f.provider().equals(id) && f.amount().currency().equals(c))) {
        continue;
      }
      ImmutableMap<LocalityDefinition, Localisation> all =
          Localisation.byDefinition(net, id, c, LocalisationScope.all());
      Localisation l = all.get(definition);
      any = true;
      out.println();
      out.println(
          "Money in "
              + c
              + ": "
              + String.format(Locale.ROOT, "%,.2f", l.disbursed().amount())
              + " "
              + c);
      out.println(
          "  as directly as possible (Grand Bargain target 25%): "
              + percent(l.asDirectlyAsPossible())
              + (l.meetsGrandBargainTarget() ? " (meets it)" : " (below it)"));
      out.println(
          "  directly: "
              + percent(l.receivedDirectly())
              + "; through one intermediary: "
              + percent(l.receivedThroughOneIntermediary())
              + "; through more: "
              + percent(l.receivedThroughMore()));
      out.println(
          "  unclassified (unknown locality, never counted as local): "
              + percent(l.unclassified()));
    }
    if (!any) {
      throw new IllegalArgumentException("funder " + funder + " disburses nothing in these files");
    }
    out.println();
    out.println("Longest chains:");
    FundingChains.longest(net, id, 5)
        .forEach(
            ch ->
                out.println(
                    "  "
                        + ch.path().stream()
                            .map(
                                o ->
                                    Text.oneLine(
                                        net.organization(o)
                                            .map(x -> x.shortName())
                                            .orElse(o.value())))
                            .collect(Collectors.joining(" -> "))
                        + " ("
                        + ch.intermediaries()
                        + (ch.intermediaries() == 1 ? " intermediary)" : " intermediaries)")));
    out.flush();
    return 0;
  }

  /** Returns a one-line progress bar ending in a carriage return, e.g. {@code [##### ] 50%}. */
  static String progressBar(long done, long total, int file, int files) {
    int width = 30;
    int filled = total == 0 ? width : (int) Math.min(width, done * width / total);
    return "\r["
        + "#".repeat(filled)
        + " ".repeat(width - filled)
        + "] "
        + (total == 0 ? 100 : done * 100 / total)
        + "% ("
        + file
        + "/"
        + files
        + " files)";
  }

  /** Returns the funder's identifier, or fails as a usage error naming {@code --funder}. */
  private OrganizationId funderId() {
    try {
      return OrganizationId.of(funder);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--funder ("
              + Text.brief(funder)
              + ") is not an organisation identifier: "
              + e.getMessage());
    }
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(x -> x.toString().endsWith(".xml") && Files.isRegularFile(x))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("reading directory " + p + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "No such file or directory: " + p);
      }
    }
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "No .xml file in " + paths);
    }
    return files;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
