package dev.partnership.examples;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingChains;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.FundingShares;
import dev.partnership.funding.Localisation;
import dev.partnership.funding.LocalisationScope;
import dev.partnership.funding.Money;
import dev.partnership.iati.DataQualityReport;
import dev.partnership.iati.IatiConversion;
import dev.partnership.iati.IatiReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads IATI activity files (the shared real data, or files given as arguments), streams them into
 * a funding network, and prints for the Netherlands Ministry of Foreign Affairs ({@code XM-DAC-7})
 * the Grand Bargain localisation shares under each locality definition, the largest recipients
 * counted as local or national with identifiers, amounts and reasons, the amount it could not
 * classify, the recipient locality of its direct funding, its longest funding chains, and the
 * data-quality summary.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java
 * -Dexec.mainClass=dev.partnership.examples.IatiExample} (from the project root, with {@code
 * ../shared} beside it), or pass XML files as {@code -Dexec.args="a.xml b.xml"}.
 */
public final class IatiExample {
  private IatiExample() {}

  static final OrganizationId MINISTRY = OrganizationId.of("XM-DAC-7");

  /**
   * Prints the report.
   *
   * @param args IATI activity files; none means every file of {@code
   *     ../shared/data/iati/activities}
   */
  public static void main(String[] args) {
    print(files(args), System.out);
  }

  static List<Path> files(String[] args) {
    List<Path> files = new ArrayList<>();
    if (args.length > 0) {
      for (String a : args) {
        files.add(Path.of(a));
      }
      return files;
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path dir :
        new Path[] {
          cwd.resolve("../shared/data/iati/activities"),
          cwd.resolve("../../shared/data/iati/activities")
        }) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return files;
      }
    }
    throw new IllegalStateException(
        "no files given and no ../shared/data/iati/activities beside " + cwd);
  }

  /** Returns the name a reader knows a locality definition by. */
  static String label(LocalityDefinition d) {
    switch (d) {
      case IASC:
        return "IASC (2018, the default)";
      case CHARTER4CHANGE:
        return "Charter4Change (southern-based NGOs)";
      case IASC_WITH_REGIONAL:
        return "IASC with regional organisations (this library's own variant)";
      default:
        return d.summary();
    }
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String amount(Money m) {
    return String.format(Locale.ROOT, "%,.2f %s", m.amount(), m.currency());
  }

  /**
   * Prints, for the ministry's money in {@code c}, the share under each locality definition, the
   * ten largest recipients counted as local or national (IASC) and the unclassified amount.
   */
  static void localisation(FundingNetwork net, Currency c, PrintStream out) {
    ImmutableMap<LocalityDefinition, Localisation> all =
        Localisation.byDefinition(net, MINISTRY, c, LocalisationScope.all());
    Localisation iasc = all.get(LocalityDefinition.IASC);
    out.println("### Localisation of the ministry's " + c + " funding");
    out.println();
    out.println(
        "All years, all funding (the data carries no humanitarian mark yet); aid-recipient countries from the "
            + AidRecipients.dac2024to2025()
            + ". Grand Bargain target: 25% as directly as possible (directly or through one"
            + " intermediary).");
    out.println();
    all.forEach(
        (d, l) ->
            out.println(
                "- "
                    + label(d)
                    + ": "
                    + percent(l.asDirectlyAsPossible())
                    + " received as directly as possible ("
                    + percent(l.receivedDirectly())
                    + " directly, "
                    + percent(l.receivedThroughOneIntermediary())
                    + " through one intermediary), "
                    + percent(l.receivedThroughMore())
                    + " through more; kept by local and national actors "
                    + percent(
                        l.directToLocal()
                            + l.oneIntermediaryToLocal()
                            + l.moreIntermediariesToLocal())
                    + "; could not classify "
                    + amount(l.unclassifiedAmount())
                    + " ("
                    + percent(l.unclassified())
                    + ")"));
    out.println();
    out.println("Pooled funds: " + iasc.pooledFunds());
    StringBuilder shares = new StringBuilder();
    FundingShares.byRecipientLocality(net, MINISTRY, c)
        .forEach(
            (locality, share) ->
                shares
                    .append(shares.length() == 0 ? "" : ", ")
                    .append(locality.label())
                    .append(' ')
                    .append(percent(share.doubleValue())));
    out.println("Direct funding by recipient locality (IASC, " + c + "): " + shares);
    out.println();
    out.println("#### Counted as local or national");
    out.println();
    if (iasc.countedAsLocal().isEmpty()) {
      out.println("No recipient of this money is counted as local or national under IASC.");
    } else {
      out.println(
          "The "
              + Math.min(10, iasc.countedAsLocal().size())
              + " largest of "
              + iasc.countedAsLocal().size()
              + " recipients counted under IASC (identifier, name, amount received, route, reason):");
      out.println();
      iasc.countedAsLocal().stream().limit(10).forEach(r -> out.println("- " + r));
    }
    out.println();
    out.println(
        "Unclassified (kept by organisations of unknown locality, never counted as local): "
            + amount(iasc.unclassifiedAmount())
            + " ("
            + percent(iasc.unclassified())
            + ")");
    out.println();
  }

  static void print(List<Path> files, PrintStream out) {
    IatiConversion.Builder builder = IatiConversion.builder();
    DataQualityReport read = DataQualityReport.empty();
    for (Path f : files) {
      read = read.plus(IatiReader.forEach(f, builder::accept));
    }
    IatiConversion conversion = builder.build();
    FundingNetwork net = conversion.network();
    out.println("# Funding chains from IATI data");
    out.println();
    out.println(
        "Read " + conversion.activities() + " activities from " + files.size() + " files: " + net);
    out.println(
        "Incoming funds matched to a disbursement and counted once: "
            + conversion.matched()
            + "; transactions of other types (commitments, expenditure ...): "
            + conversion.otherTransactions()
            + "; traceability links between activities: "
            + conversion.links().size());
    out.println();
    out.println("## Netherlands Ministry of Foreign Affairs (" + MINISTRY + ")");
    out.println();
    out.println(
        "Named in the data as "
            + net.organization(MINISTRY)
                .map(o -> "\"" + o.name() + "\"")
                .orElse("nothing: it does not occur")
            + ".");
    out.println();
    if (net.organization(MINISTRY).isEmpty()) {
      out.println("The ministry does not occur in these files.");
    } else {
      for (Currency c : net.currencies()) {
        if (net.flows().stream()
            .anyMatch(f -> f.provider().equals(MINISTRY) && f.amount().currency().equals(c))) {
          localisation(net, c, out);
        }
      }
      out.println();
      out.println("Longest chains:");
      out.println();
      FundingChains.longest(net, MINISTRY, 5)
          .forEach(
              ch ->
                  out.println(
                      "- "
                          + ch.path().stream()
                              .map(
                                  id ->
                                      net.organization(id)
                                          .map(o -> o.shortName())
                                          .orElse(id.value()))
                              .collect(Collectors.joining(" -> "))
                          + " ("
                          + ch.intermediaries()
                          + " intermediaries)"));
      out.println();
      out.println(
          "Fewest intermediaries to the organisations reached: "
              + FundingChains.fewestIntermediaries(net, MINISTRY).values().stream()
                  .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()))
              + " (intermediaries -> organisations)");
    }
    out.println();
    out.println("## Data quality");
    out.println();
    DataQualityReport all = read.plus(conversion.report());
    out.println(all.entries().size() + " entries (each with file, line, activity and reason):");
    out.println();
    all.summary().forEach((k, v) -> out.println("- " + k + ": " + v));
  }
}
