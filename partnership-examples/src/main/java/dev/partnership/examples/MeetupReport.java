package dev.partnership.examples;

import dev.partnership.actors.Organization;
import dev.partnership.analysis.PowerShift;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Fraction;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.GovernanceQueries;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.TrustControlBalance;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.report.PartnershipReport;
import dev.partnership.rights.DecisionRight;
import dev.partnership.risk.Risk;
import dev.partnership.scenario.Measurement;
import dev.partnership.scenario.Metric;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Step;
import dev.partnership.scenario.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report of the Partos meet-up's three alliances (GPPAC, Count Me In! 2.0 and FAIR - Even It
 * Up!), each with its decision rights, an illustrative PAT session and an illustrative scenario
 * from "before" to "after" the shift the meet-up described, and their comparison. The main job
 * ({@link PartosMeetup}) and the command line's {@code report --builtin} both build it here, so
 * they give the same report.
 *
 * <p>Every made-up value is labelled where it is printed: the notes of each alliance say which
 * decision rights, session values and scenario steps are illustrative, and the timelines' titles
 * say their steps are made up.
 *
 * <pre>{@code
 * PartnershipReport r = MeetupReport.builder().graphviz(false).build();
 * r.partnerships().size()   // 3
 * System.out.print(MeetupReport.comparisonTable());
 * }</pre>
 */
public final class MeetupReport {
  private MeetupReport() {}

  /** The report's title. */
  public static final String TITLE =
      "Strategic partnerships in international advocacy: the Partos meet-up's alliances";

  /**
   * An alliance of the report: its short label, the partnership, its PAT session and its scenario.
   */
  record Alliance(String label, Partnership partnership, Assessment session, Scenario scenario) {}

  /** Returns the three alliances in report order: Count Me In! 2.0, GPPAC, FAIR. */
  static List<Alliance> alliances() {
    return List.of(
        new Alliance(
            "Count Me In! 2.0",
            Alliances.countMeIn(),
            Alliances.countMeInSession(),
            Alliances.countMeInScenario()),
        new Alliance(
            "GPPAC", Alliances.gppac(), Alliances.gppacSession(), Alliances.gppacScenario()),
        new Alliance("FAIR", Alliances.fair(), Alliances.fairSession(), Alliances.fairScenario()));
  }

  /**
   * A metric of decision rights: how many (decision, member) pairs are at co-decides or decides,
   * over every recorded decision.
   */
  static final Metric SHARED_DECISIONS =
      Metric.of(
          "members co-deciding or deciding, summed over decisions",
          p ->
              p.decisionRights().rights().stream()
                  .flatMap(r -> r.levels().values().stream())
                  .filter(l -> l.compareTo(ParticipationLevel.CO_DECIDES) >= 0)
                  .count());

  /**
   * A metric of practice: the summed weight of the trust mechanisms minus that of the control
   * mechanisms (the weights of {@code TrustMechanism.weight()} and {@code
   * ControlMechanism.weight()}, the library's own, illustrative); 0 when none is recorded, so it
   * has a number in every state.
   */
  static final Metric TRUST_MINUS_CONTROL =
      Metric.of(
          "trust minus control (mechanism weights, illustrative)",
          p ->
              (long)
                  (p.practice().trusts().stream().mapToInt(TrustMechanism::weight).sum()
                      - p.practice().controls().stream().mapToInt(ControlMechanism::weight).sum()));

  /**
   * Returns a builder of the report of the three alliances: each with its PAT session, notes that
   * say what is illustrative and sum up its scenario's shift, and each scenario's timeline (the
   * metrics that have a number in every state). Callers may add options (such as {@code
   * graphviz(false)}) or more partnerships before {@code build()}.
   */
  public static PartnershipReport.Builder builder() {
    PartnershipReport.Builder b = PartnershipReport.builder().title(TITLE);
    for (Alliance a : alliances()) {
      Partnership p = a.partnership();
      b.add(p).session(p.id(), a.session()).scenario(p.id(), a.scenario());
      notes(a).forEach(n -> b.note(p.id(), n));
    }
    for (Alliance a : alliances()) {
      timeline(b, a);
    }
    steeringGroupUnderTwoRules(b);
    return b;
  }

  /**
   * Returns the notes of an alliance: what is illustrative, its decision rights, its session and
   * its scenario's steps (the report's scenario section shows the shift).
   */
  static List<String> notes(Alliance a) {
    Partnership p = a.partnership();
    List<String> notes = new ArrayList<>();
    if (p.equals(Alliances.gppac())) {
      notes.add(
          "The International Steering Group's decision rule and weights are illustrative:"
              + " GPPAC's statutes are not modelled.");
      notes.add("Practice facts, risks and their scores are partly illustrative.");
    }
    if (p.equals(Alliances.fair())) {
      notes.add(
          "No funding flows: the shared IATI data holds no FAIR activity (see"
              + " docs/research/fair.md for every fact's source).");
      notes.add(
          "Oxfam Novib as lead is the example's reading of \"Oxfam Novib's network\"; seven"
              + " partners' organisation types are not public, so their locality is unknown.");
    }
    notes.add(rightsNote(p));
    notes.add(sessionNote(a.session()));
    notes.add(scenarioNote(a.scenario()));
    return notes;
  }

  /** Returns {@code "Decision rights: 6 decisions (2 illustrative, made up): ..."}. */
  static String rightsNote(Partnership p) {
    List<DecisionRight> rights = p.decisionRights().rights();
    long made =
        rights.stream().filter(r -> r.provenance().map(v -> v.illustrative()).orElse(true)).count();
    return "Decision rights: "
        + rights.size()
        + " decisions ("
        + made
        + " illustrative, made up; the others from the sources the document cites): "
        + rights.stream()
            .map(
                r ->
                    r.name()
                        + (r.provenance().map(v -> v.illustrative()).orElse(true)
                            ? " (illustrative)"
                            : ""))
            .collect(Collectors.joining("; "))
        + ".";
  }

  /** Returns the note that the session is illustrative, with its size and disagreements. */
  static String sessionNote(Assessment s) {
    long disagreed =
        s.decisions().stream()
            .filter(d -> s.agreementOn(d.name()) == Agreement.NO_AGREEMENT)
            .count();
    return "The PAT session is illustrative (scores, agreement, desired levels and actions made up"
        + (s.derived() ? "; actual levels drafted from the decision rights" : "")
        + "): "
        + s.decisions().size()
        + " decisions, "
        + s.organizations().size()
        + " organisations, "
        + disagreed
        + " without agreement.";
  }

  /** Returns the scenario's steps, dated and labelled, as one note. */
  static String scenarioNote(Scenario s) {
    return "Scenario (illustrative: steps and dates made up): "
        + s.steps().stream()
            .map(st -> st.dateText() + " " + st.label())
            .collect(Collectors.joining("; "))
        + ".";
  }

  /** Adds the scenario's timeline: each metric with a number in every state, percentages as %. */
  static void timeline(PartnershipReport.Builder b, Alliance a) {
    Timeline t =
        a.scenario()
            .replay(Replay.stopping().withMetric(SHARED_DECISIONS).withMetric(TRUST_MINUS_CONTROL));
    // the axis shows dates; the notes list each step's label
    List<String> steps = new ArrayList<>();
    steps.add("start");
    for (Step st : a.scenario().steps()) {
      steps.add(st.dateText());
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (Metric m : t.metrics()) {
      List<Double> values = new ArrayList<>();
      boolean percent = false;
      for (int i = 0; i < t.size(); i++) {
        Measurement x = t.measurement(i, m);
        if (x.number().isEmpty()) {
          values = null;
          break;
        }
        percent = x.isPercent();
        values.add(x.number().get().doubleValue() * (percent ? 100 : 1));
      }
      if (values != null) {
        series.put(m.name() + (percent ? " (%)" : ""), values);
      }
    }
    b.timeline(a.label() + ": an illustrative scenario (steps and dates made up)", steps, series);
  }

  /**
   * Adds the timeline of GPPAC's steering group under two illustrative rules: equal seats, then
   * international NGO seats weighing 5 with a two-thirds quota.
   */
  static void steeringGroupUnderTwoRules(PartnershipReport.Builder b) {
    Partnership gppac = Alliances.gppac();
    Partnership alt = gppac;
    for (int i = 1; i <= 3; i++) {
      alt =
          alt.with(
              GovernanceOperators.reweight(Alliances.ISG, Alliances.internationalNgo(i).id(), 5));
    }
    alt =
        alt.with(
            GovernanceOperators.changeRule(Alliances.ISG, DecisionRule.qualifiedMajority(2, 3)));
    String regionsLabel = "regional representatives together (Shapley-Shubik, %)";
    String othersLabel = "the other members together (Shapley-Shubik, %)";
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put(regionsLabel, new ArrayList<>());
    series.put(othersLabel, new ArrayList<>());
    for (Partnership state : List.of(gppac, alt)) {
      var ss = state.query(GovernanceQueries.power(Alliances.ISG, PowerMeasure.SHAPLEY_SHUBIK));
      Fraction regions = Fraction.ZERO;
      for (String r : Alliances.GPPAC_REGIONS) {
        regions = regions.add(ss.getOrDefault(Alliances.regionalNetwork(r).id(), Fraction.ZERO));
      }
      series.get(regionsLabel).add(100 * regions.doubleValue());
      series.get(othersLabel).add(100 * (1 - regions.doubleValue()));
    }
    b.timeline(
        "GPPAC's International Steering Group under two rules (illustrative)",
        List.of("today (equal seats)", "INGO seats weigh 5, two-thirds quota (illustrative)"),
        series);
  }

  /** One row of the comparison: an alliance's figures in words. */
  record Row(
      String alliance,
      String members,
      String localShare,
      String lead,
      String powerConcentration,
      String trustVersusControl,
      String unmitigatedHighRisks,
      String decisionRights,
      String scenarioShift) {}

  /** Returns the comparison rows of the three alliances, in report order. */
  static List<Row> comparison() {
    List<Row> rows = new ArrayList<>();
    for (Alliance a : alliances()) {
      rows.add(row(a));
    }
    return rows;
  }

  static Row row(Alliance a) {
    Partnership p = a.partnership();
    int n = p.members().size();
    int local = p.query(PartnershipQueries.localAndNationalMembers()).size();
    String lead =
        p.query(PartnershipQueries.lead())
            .map(Organization::shortName)
            .orElseGet(
                () ->
                    "no lead; secretariat: "
                        + p.secretariat()
                            .flatMap(p::member)
                            .map(m -> m.organization().shortName())
                            .orElse("none"));
    String concentration = p.bodies().isEmpty() ? "no governing body modelled" : concentrationOf(p);
    String balance =
        TrustControlBalance.of(p.practice())
            .map(
                x ->
                    percent(x.score())
                        + " ("
                        + x.kind().label()
                        + "; trust "
                        + x.trustWeight()
                        + ", control "
                        + x.controlWeight()
                        + ")")
            .orElse("no trust or control mechanism recorded");
    List<Risk> high =
        p.risks().risks().stream().filter(r -> r.isHigh() && r.mitigations().isEmpty()).toList();
    String risks =
        p.risks().risks().isEmpty()
            ? "no risk recorded"
            : high.size()
                + " of "
                + p.risks().risks().size()
                + " risks"
                + (high.isEmpty()
                    ? ""
                    : " ("
                        + high.stream()
                            .map(
                                r ->
                                    r.id()
                                        + " "
                                        + GppacExample.words(r.area())
                                        + ", borne by "
                                        + name(p, r))
                            .collect(Collectors.joining("; "))
                        + ")");
    long made =
        p.decisionRights().rights().stream()
            .filter(r -> r.provenance().map(v -> v.illustrative()).orElse(true))
            .count();
    String rights = p.decisionRights().rights().size() + " (" + made + " illustrative)";
    Timeline t = a.scenario().replay();
    PowerShift shift = t.shift(0, t.size() - 1);
    long down =
        shift.movements().stream()
            .filter(m -> m.direction() == PowerShift.Direction.DOWNWARD)
            .count();
    long across =
        shift.movements().stream()
            .filter(m -> m.direction() == PowerShift.Direction.HORIZONTAL)
            .count();
    String scenarioShift =
        a.scenario().size()
            + " illustrative steps: "
            + down
            + " downward and "
            + across
            + " horizontal movements"
            + (shift.joined().isEmpty()
                ? ""
                : "; joined: "
                    + shift.joined().stream()
                        .map(id -> t.end().member(id).orElseThrow().organization().shortName())
                        .collect(Collectors.joining(", ")));
    return new Row(
        a.label(),
        n + (n == 1 ? " member" : " members"),
        String.format(Locale.ROOT, "%d of %d (%s)", local, n, percent(Fraction.of(local, n))),
        lead,
        concentration,
        balance,
        risks,
        rights,
        scenarioShift);
  }

  /** Returns each body's Banzhaf concentration (Herfindahl-Hirschman index) as a percentage. */
  private static String concentrationOf(Partnership p) {
    List<String> parts = new ArrayList<>();
    for (GoverningBody b : p.bodies()) {
      boolean illustrative =
          b.seats().stream().anyMatch(s -> s.provenance().map(v -> v.illustrative()).orElse(false));
      try {
        Fraction h =
            p.query(GovernanceQueries.powerConcentration(b.name(), PowerMeasure.BANZHAF))
                .herfindahl();
        parts.add(
            b.name()
                + " "
                + percent(h)
                + " (Banzhaf HHI, "
                + b.seats().size()
                + " seats"
                + (illustrative ? ", weights illustrative" : "")
                + ")");
      } catch (IllegalArgumentException | IllegalStateException e) {
        parts.add(b.name() + ": not computed (" + e.getMessage() + ")");
      }
    }
    return String.join("; ", parts);
  }

  private static String name(Partnership p, Risk r) {
    return p.member(r.bearer())
        .map(Membership::organization)
        .map(Organization::shortName)
        .orElse(r.bearer().value());
  }

  /** Returns {@code "12.5%"}: a fraction as a percentage with one decimal. */
  static String percent(Fraction f) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * f.doubleValue());
  }

  /**
   * Returns the comparison of the three alliances as a Markdown table a terminal shows well:
   * members, local and national share (IASC), lead, power concentration, trust versus control,
   * unmitigated high risks, decision rights and the shift of each illustrative scenario, by name
   * and in percentages.
   */
  public static String comparisonTable() {
    List<Row> rows = comparison();
    String[] headers = {
      "Alliance",
      "Members",
      "Local and national (IASC)",
      "Lead",
      "Power concentration",
      "Trust vs control",
      "Unmitigated high risks",
      "Decision rights",
      "Illustrative scenario"
    };
    StringBuilder s = new StringBuilder("| ").append(headers[0]).append(" |");
    rows.forEach(r -> s.append(' ').append(r.alliance()).append(" |"));
    s.append("\n|---|").append("---|".repeat(rows.size())).append('\n');
    for (int i = 1; i < headers.length; i++) {
      s.append("| ").append(headers[i]).append(" |");
      for (Row r : rows) {
        s.append(' ').append(cell(r, i)).append(" |");
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static String cell(Row r, int column) {
    return switch (column) {
      case 1 -> r.members();
      case 2 -> r.localShare();
      case 3 -> r.lead();
      case 4 -> r.powerConcentration();
      case 5 -> r.trustVersusControl();
      case 6 -> r.unmitigatedHighRisks();
      case 7 -> r.decisionRights();
      case 8 -> r.scenarioShift();
      default -> throw new IllegalArgumentException("column (" + column + ") must be 1 to 8");
    };
  }
}
