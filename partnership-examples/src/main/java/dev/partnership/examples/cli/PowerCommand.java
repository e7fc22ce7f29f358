package dev.partnership.examples.cli;

import dev.partnership.governance.PowerIndex;
import dev.partnership.governance.PowerIndices;
import dev.partnership.governance.VotingGame;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partnership power --quota Q w1 w2 ...}: every power index of the weighted game {@code [Q;
 * w1, w2, ...]} as a table or, with {@code --csv}, as CSV.
 */
@Command(
    name = "power",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every power index of a weighted voting game [quota; weights]:",
      "Banzhaf (1965), Shapley-Shubik (1954), Deegan-Packel (1978),",
      "Holler's public good (1982) and Johnston (1978).",
      "Example: partnership power --quota 3 2 1 1"
    })
final class PowerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-q", "--quota"},
      required = true,
      description = "votes a decision needs (at least 1, at most the total weight)")
  long quota;

  @Parameters(
      arity = "1..*",
      paramLabel = "WEIGHT",
      description = "each member's votes (0 or more)")
  long[] weights;

  @Option(
      names = {"-n", "--names"},
      split = ",",
      description = "the members' names, comma-separated, one per weight")
  List<String> names;

  @Option(names = "--csv", description = "print CSV (RFC 4180) instead of a table")
  boolean csv;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (names != null && names.size() != weights.length) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--names has " + names.size() + " names for " + weights.length + " weights");
    }
    VotingGame weighted = VotingGame.weighted(quota, weights);
    final VotingGame game = names == null ? weighted : weighted.withLabels(checkedNames());
    List<String> headers = new ArrayList<>(List.of("member", "weight"));
    List<PowerIndex> indices = new ArrayList<>();
    // Banzhaf and Shapley-Shubik: a refusal refuses the command
    indices.add(PowerIndices.banzhaf(game));
    indices.add(PowerIndices.shapleyShubik(game));
    List<Function<VotingGame, PowerIndex>> optional =
        List.of(PowerIndices::deeganPackel, PowerIndices::publicGood, PowerIndices::johnston);
    List<String> optionalNames = List.of("Deegan-Packel", "Holler public good", "Johnston");
    for (int i = 0; i < optional.size(); i++) {
      try {
        indices.add(optional.get(i).apply(game));
      } catch (IllegalArgumentException | IllegalStateException e) {
        err.println("power: " + optionalNames.get(i) + " left out: " + e.getMessage());
      }
    }
    indices.forEach(ix -> headers.add(ix.name()));
    List<List<String>> rows = new ArrayList<>();
    for (int p = 0; p < game.players(); p++) {
      List<String> row = new ArrayList<>();
      row.add(csv ? Text.cell(game.labels().get(p)) : game.labels().get(p));
      row.add(Long.toString(game.weight(p)));
      for (PowerIndex ix : indices) {
        row.add(
            csv
                ? ix.value(p).toString()
                : String.format(Locale.ROOT, "%.1f%%", 100 * ix.value(p).doubleValue())
                    + (ix.isExact() ? "" : " ±" + ix.errorBound()));
      }
      rows.add(row);
    }
    if (csv) {
      CSVPrinter printer =
          new CSVPrinter(
              out, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
      printer.flush();
    } else {
      out.println("Game " + game);
      Text.table(out, headers, rows);
      if (!game.vetoPlayers().isEmpty()) {
        List<String> veto = new ArrayList<>();
        game.vetoPlayers().forEach(v -> veto.add(Text.oneLine(game.labels().get(v))));
        out.println("Can block alone: " + String.join(", ", veto));
      }
      out.println(
          "Percentages with one decimal; --csv gives exact fractions. Weights: "
              + describeWeights(game)
              + ", quota "
              + quota
              + ".");
    }
    out.flush();
    return 0;
  }

  /** The most weights the footer lists one by one; a bigger game is described by its range. */
  static final int LISTED_WEIGHTS = 30;

  /** Returns {@code "[2, 1, 1]"}, or {@code "3000 members from 1 to 1 (total 3000)"}. */
  private static String describeWeights(VotingGame game) {
    long[] w = game.weights();
    if (w.length <= LISTED_WEIGHTS) {
      return Arrays.toString(w);
    }
    LongSummaryStatistics s = Arrays.stream(w).summaryStatistics();
    return w.length
        + " members from "
        + s.getMin()
        + " to "
        + s.getMax()
        + " (total "
        + game.totalWeight()
        + ")";
  }

  /**
   * Returns the names stripped of surrounding spaces, refusing a blank name and a name given twice
   * as usage errors: a row of the result must say whose it is.
   */
  private List<String> checkedNames() {
    List<String> stripped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (name.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--names has a blank name (number " + (i + 1) + "): each member needs a name");
      }
      if (!seen.add(name)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--names has \"" + name + "\" twice: each member needs a name of its own");
      }
      stripped.add(name);
    }
    return stripped;
  }
}
