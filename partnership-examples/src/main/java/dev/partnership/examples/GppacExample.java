package dev.partnership.examples;

import static dev.partnership.model.PartnershipQueries.localAndNationalMembers;
import static dev.partnership.model.PartnershipQueries.localAndNationalShare;
import static dev.partnership.model.PartnershipQueries.membersWithRole;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.LocalityVerdict;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Finding;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.PrinciplesCheck;
import dev.partnership.analysis.RiskRules;
import dev.partnership.document.DocumentException;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerChange;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Fraction;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.GovernanceQueries;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.model.Role;
import dev.partnership.practice.TrustControlBalance;
import dev.partnership.risk.Risk;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Models GPPAC from public facts and prints its members, their roles, their IASC locality, the
 * localisation share of the membership, the power of the International Steering Group's members
 * under two decision rules, the lessons of the Partos meet-up as a principles check, the
 * trust-versus-control balance and the risk findings.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java
 * -Dexec.mainClass=dev.partnership.examples.GppacExample}.
 */
public final class GppacExample {
  private GppacExample() {}

  /**
   * Prints the GPPAC report to standard output, or, given the path of a partnership document (YAML
   * or JSON, see {@link PartnershipDocuments}), the same report for that partnership: its members,
   * roles and locality, the power of each governing body's members, the facts marked illustrative,
   * the lessons of the meet-up, trust versus control and the risk findings.
   *
   * <p>A document that cannot be read is refused with one line on standard error naming file, line,
   * column and element, and exit code 1; more than one argument prints the usage and exits with 2.
   *
   * @param args none, or the path of a partnership document
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      print(Alliances.gppac(), System.out);
      return;
    }
    if (args.length > 1) {
      System.err.println("usage: GppacExample [partnership document (.yaml, .yml or .json)]");
      System.exit(2);
    }
    Partnership p;
    try {
      p = PartnershipDocuments.read(Path.of(args[0]));
    } catch (DocumentException | UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    printDocument(p, System.out);
  }

  /**
   * Prints the report of a partnership read from a document: the sections of the GPPAC report that
   * apply to any partnership, with every governing body instead of GPPAC's steering group.
   */
  static void printDocument(Partnership p, PrintStream out) {
    printOverview(p, out);
    for (GoverningBody body : p.bodies()) {
      printBody(p, body, out);
    }
    out.println();
    out.println("## Illustrative values");
    out.println();
    var illustrative = p.query(PartnershipQueries.illustrativeFacts());
    if (illustrative.isEmpty()) {
      out.println("None marked illustrative in the document.");
    }
    illustrative.forEach(f -> out.println("- " + f));
    printLessons(p, out, false);
  }

  /** Prints the power of each seat holder of {@code body}, or why it cannot be computed. */
  static void printBody(Partnership p, GoverningBody body, PrintStream out) {
    out.println();
    out.println("## " + body.name() + " (" + body.rule() + ")");
    out.println();
    try {
      ImmutableMap<OrganizationId, Fraction> b =
          p.query(GovernanceQueries.power(body.name(), PowerMeasure.BANZHAF));
      ImmutableMap<OrganizationId, Fraction> ss =
          p.query(GovernanceQueries.power(body.name(), PowerMeasure.SHAPLEY_SHUBIK));
      out.println("| Member | Weight | Banzhaf | Shapley-Shubik |");
      out.println("|---|---|---|---|");
      for (var seat : body.seats()) {
        out.println(
            "| "
                + p.member(seat.holder()).map(m -> m.organization().shortName()).orElseThrow()
                + " | "
                + seat.weight()
                + (seat.provenance().filter(v -> v.illustrative()).isPresent()
                    ? " (illustrative)"
                    : "")
                + " | "
                + percent(b.getOrDefault(seat.holder(), Fraction.ZERO))
                + " | "
                + percent(ss.getOrDefault(seat.holder(), Fraction.ZERO))
                + " |");
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.println("Power not computed: " + e.getMessage());
    }
  }

  static void print(Partnership p, PrintStream out) {
    printOverview(p, out);
    printSteeringGroup(p, out);
    printLessons(p, out, true);
    printCountMeIn(Alliances.countMeIn(), out);
  }

  /** Prints the heading, the members with their locality, the roles and the local share. */
  static void printOverview(Partnership p, PrintStream out) {
    out.println("# " + p.name() + " (" + p.id() + ")");
    out.println();
    out.println(
        "Form: "
            + words(p.form())
            + "; secretariat hosted by "
            + p.secretariat()
                .flatMap(id -> p.member(id))
                .map(m -> m.organization().shortName())
                .orElse("nobody"));
    out.println();
    out.println("## Members");
    out.println();
    out.println("| Member | Type | Roles | Locality (IASC) | Locality (regional variant) |");
    out.println("|---|---|---|---|---|");
    for (Membership m : p.members()) {
      Organization o = m.organization();
      LocalityVerdict regional =
          Alliances.GPPAC_REGIONS.stream()
              .filter(r -> Alliances.regionalNetwork(r).id().equals(o.id()))
              .findFirst()
              .map(r -> Alliances.regionalLocality(r, LocalityDefinition.IASC_WITH_REGIONAL))
              .orElse(
                  o.localityVerdict(
                      LocalityDefinition.IASC_WITH_REGIONAL, AidRecipients.dac2024to2025()));
      out.println(
          "| "
              + o.shortName()
              + " | "
              + o.type().label()
              + " | "
              + roles(m)
              + " | "
              + verdict(o.localityVerdict())
              + " | "
              + verdict(regional)
              + " |");
    }
    out.println();
    out.println("## Roles");
    out.println();
    for (Role role : Role.values()) {
      int n = p.query(membersWithRole(role)).size();
      if (n > 0) {
        out.println("- " + words(role) + ": " + n);
      }
    }
    out.println();
    var share = p.query(localAndNationalShare());
    out.println(
        String.format(
            Locale.ROOT,
            "Local and national actors (IASC): %d of %d members (%.1f%%)",
            p.query(localAndNationalMembers()).size(),
            p.members().size(),
            100 * share.doubleValue()));
  }

  /**
   * Returns a codelist value in words: {@code NETWORK_WITH_SECRETARIAT} reads "network with
   * secretariat".
   */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns a member's roles in words, e.g. {@code "lead, re-granter"}. */
  static String roles(Membership m) {
    return m.roles().stream().map(Role::label).collect(Collectors.joining(", "));
  }

  /**
   * Returns {@code "local/national: reason"}, {@code "international: reason"} or {@code "unknown:
   * reason"}.
   */
  static String verdict(LocalityVerdict v) {
    return v.locality().label() + ": " + v.reason();
  }

  /**
   * Prints Count Me In! 2.0's members with their identifiers and their locality under each
   * definition.
   */
  static void printCountMeIn(Partnership cmi, PrintStream out) {
    out.println();
    out.println("## " + cmi.name());
    out.println();
    out.println(
        "Source: WO=MEN, https://www.wo-men.nl/wat-we-doen/count-me-in-consortium; localities against the "
            + AidRecipients.dac2024to2025()
            + ".");
    out.println();
    out.println(
        "| Member | Identifier | Roles | "
            + String.join(
                " | ",
                Arrays.stream(LocalityDefinition.values())
                    .map(IatiExample::label)
                    .toArray(String[]::new))
            + " |");
    out.println("|---|---|---|---|---|---|");
    for (Membership m : cmi.members()) {
      Organization o = m.organization();
      StringBuilder row =
          new StringBuilder("| " + o.shortName() + " | " + o.id() + " | " + roles(m) + " |");
      for (LocalityDefinition d : LocalityDefinition.values()) {
        row.append(' ')
            .append(verdict(o.localityVerdict(d, AidRecipients.dac2024to2025())))
            .append(" |");
      }
      out.println(row);
    }
  }

  /** The date the lessons are checked on: a parameter, never the clock. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  static void printLessons(Partnership p, PrintStream out, boolean gppac) {
    out.println();
    out.println(
        "## Lessons of the meet-up ("
            + (gppac ? "practice facts partly illustrative, " : "")
            + "thresholds of the lessons illustrative; checked as of "
            + AS_OF
            + ")");
    out.println();
    PrinciplesCheck.Result result = PrinciplesCheck.run(p, Lessons.meetup(), AS_OF);
    out.println(
        "Summary: "
            + result.summary().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", ")));
    out.println();
    for (Finding f : result.findings()) {
      out.println("- **" + f.status().label() + "** " + f.rule() + " " + f.title());
      f.evidence().forEach(e -> out.println("  - evidence: " + e));
      f.missing().forEach(m -> out.println("  - missing: " + m));
      if (!f.suggestion().isEmpty()) {
        out.println("  - suggestion: " + f.suggestion());
      }
    }
    out.println();
    out.println("## Trust versus control" + (gppac ? " (illustrative mechanisms)" : ""));
    out.println();
    TrustControlBalance.of(p.practice())
        .ifPresentOrElse(
            b -> {
              out.println("Balance: " + b.text());
              b.trusts().forEach(t -> out.println("- +" + t.weight() + " trust: " + t.label()));
              b.controls().forEach(c -> out.println("- -" + c.weight() + " control: " + c.label()));
              b.suggestions().stream()
                  .findFirst()
                  .ifPresent(s -> out.println("Largest move: " + s.text()));
            },
            () -> out.println("No control or trust mechanism recorded."));
    out.println();
    out.println("## Risks" + (gppac ? " (illustrative risk register)" : ""));
    out.println();
    out.println(
        "Transferred to local partners: "
            + RiskRules.transferred(p).stream().map(Risk::id).collect(Collectors.toList())
            + "; shared: "
            + RiskRules.shared(p).stream().map(Risk::id).collect(Collectors.toList()));
    for (Finding f : RiskRules.check(p)) {
      out.println(
          "- "
              + f.rule()
              + " "
              + f.title()
              + ": "
              + String.join("; ", f.evidence())
              + ". Suggestion: "
              + f.suggestion());
    }
  }

  /**
   * The illustrative alternative rule: INGO seats weigh 5, decisions need two thirds of the weight.
   */
  static Partnership weightedAlternative(Partnership p) {
    Partnership q = p;
    for (int i = 1; i <= 3; i++) {
      q =
          q.with(
              GovernanceOperators.reweight(Alliances.ISG, Alliances.internationalNgo(i).id(), 5));
    }
    return q.with(
        GovernanceOperators.changeRule(Alliances.ISG, DecisionRule.qualifiedMajority(2, 3)));
  }

  static void printSteeringGroup(Partnership p, PrintStream out) {
    out.println();
    out.println(
        "## "
            + Alliances.ISG
            + " (decision rules and weights illustrative: GPPAC's statutes are not modelled)");
    out.println();
    Partnership alt = weightedAlternative(p);
    out.println(
        "| Rule | Game | Regional representative (Banzhaf / Shapley-Shubik) | International NGO (Banzhaf / Shapley-Shubik) | Regions together (SS) | HHI (SS) | Blockers |");
    out.println("|---|---|---|---|---|---|---|");
    for (Partnership state : new Partnership[] {p, alt}) {
      GoverningBody isg = state.body(Alliances.ISG).orElseThrow();
      ImmutableMap<OrganizationId, Fraction> b =
          state.query(GovernanceQueries.power(Alliances.ISG, PowerMeasure.BANZHAF));
      ImmutableMap<OrganizationId, Fraction> ss =
          state.query(GovernanceQueries.power(Alliances.ISG, PowerMeasure.SHAPLEY_SHUBIK));
      OrganizationId region = Alliances.regionalNetwork(Alliances.GPPAC_REGIONS.get(0)).id();
      OrganizationId ingo = Alliances.internationalNgo(1).id();
      Fraction regions = Fraction.ZERO;
      for (String r : Alliances.GPPAC_REGIONS) {
        regions = regions.add(ss.get(Alliances.regionalNetwork(r).id()));
      }
      out.println(
          "| "
              + isg.rule()
              + " | "
              + isg.game()
              + " | "
              + percent(b.get(region))
              + " / "
              + percent(ss.get(region))
              + " | "
              + percent(b.get(ingo))
              + " / "
              + percent(ss.get(ingo))
              + " | "
              + percent(regions)
              + " | "
              + String.format(
                  Locale.ROOT,
                  "%.3f",
                  state
                      .query(
                          GovernanceQueries.powerConcentration(
                              Alliances.ISG, PowerMeasure.SHAPLEY_SHUBIK))
                      .herfindahl()
                      .doubleValue())
              + " | "
              + state.query(GovernanceQueries.blockers(Alliances.ISG)).size()
              + " |");
    }
    out.println();
    out.println(
        "Moving from the first rule to the second (illustrative weights), Shapley-Shubik power changes:");
    GoverningBody before = p.body(Alliances.ISG).orElseThrow();
    GoverningBody after = alt.body(Alliances.ISG).orElseThrow();
    int shown = 0;
    for (PowerChange c : PowerChange.between(before, after, PowerMeasure.SHAPLEY_SHUBIK)) {
      if (shown++ < 2 || c.holder().value().startsWith("ingo")) {
        String name =
            p.member(c.holder()).map(m -> m.organization().shortName()).orElse(c.holder().value());
        out.println(
            "- "
                + name
                + ": "
                + percent(c.before())
                + " -> "
                + percent(c.after())
                + " ("
                + String.format(Locale.ROOT, "%+.1f", 100 * c.delta().doubleValue())
                + " percentage points, exactly "
                + c.delta()
                + ")");
      }
    }
    out.println("- (and the same for the other regional representatives)");
  }

  private static String percent(Fraction f) {
    return IatiExample.percent(f.doubleValue());
  }
}
