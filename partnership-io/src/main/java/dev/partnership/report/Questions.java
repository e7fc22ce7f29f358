package dev.partnership.report;

import static dev.partnership.report.Table.column;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Measure;
import dev.partnership.analysis.PowerShift;
import dev.partnership.analysis.RiskRules;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.practice.TrustControlBalance;
import dev.partnership.risk.Risk;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The meet-up's four questions, answered per partnership from the data only, each answer naming
 * what the model cannot tell and pointing at the tables and figures behind it.
 */
final class Questions {
  private Questions() {}

  /** What one partnership's answers are computed from. */
  record Subject(
      Partnership partnership, String anchor, Optional<ScenarioSection.Replayed> replay) {}

  /** A link to a table or figure of the report: an anchor of the page and its label. */
  record Link(String href, String label) {}

  /** One partnership's answer to one question: sentences and the links behind them. */
  record Answer(String partnership, List<String> lines, List<Link> links) {
    Map<String, Object> context() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("partnership", partnership);
      m.put("lines", lines);
      List<Map<String, Object>> ls = new ArrayList<>();
      for (Link l : links) {
        ls.add(Map.of("href", l.href(), "label", l.label()));
      }
      m.put("links", ls);
      return m;
    }
  }

  /** One question and its answers, one per partnership, in the report's order. */
  record Question(String key, String text, List<Answer> answers) {}

  static final String DUTCH =
      "What is the changing role and added value of the Dutch organisations?";
  static final String SHIFTED = "Where was decision-making power effectively shifted?";
  static final String BALANCE = "How does each lead balance trust and control?";
  static final String RISKS = "What are the risks of reducing control, and who bears them?";

  /** Returns the four questions answered for every subject. */
  static List<Question> answer(List<Subject> subjects) {
    List<Question> qs = new ArrayList<>();
    qs.add(new Question("q-dutch", DUTCH, subjects.stream().map(Questions::dutch).toList()));
    qs.add(new Question("q-shift", SHIFTED, subjects.stream().map(Questions::shifted).toList()));
    qs.add(new Question("q-balance", BALANCE, subjects.stream().map(Questions::balance).toList()));
    qs.add(new Question("q-risks", RISKS, subjects.stream().map(Questions::risks).toList()));
    return qs;
  }

  // ------------------------------------------------------------- (a) the Dutch organisations

  /** The home country whose organisations question (a) asks about. */
  static final String NL = "NL";

  static Answer dutch(Subject s) {
    Partnership p = s.partnership();
    List<String> lines = new ArrayList<>();
    List<Membership> dutch =
        p.members().stream()
            .filter(m -> m.organization().homeCountry().map(c -> c.code().equals(NL)).orElse(false))
            .toList();
    long unknown =
        p.members().stream().filter(m -> m.organization().homeCountry().isEmpty()).count();
    if (dutch.isEmpty()) {
      lines.add("No member has its home country in the Netherlands (NL) in the data.");
    }
    for (Membership m : dutch) {
      lines.add(dutchLine(p, m, s.replay()));
    }
    if (unknown > 0) {
      lines.add(
          unknown
              + (unknown == 1 ? " member has" : " members have")
              + " no home country recorded and may be Dutch too.");
    }
    lines.add(
        "The model records roles, money and seats; added value beyond them (expertise, access,"
            + " legitimacy) is not in the data.");
    List<Link> links = new ArrayList<>();
    links.add(new Link("#" + s.anchor() + "-members", "members and roles"));
    links.add(new Link("#" + s.anchor() + "-funding", "funding chain"));
    links.add(new Link("#" + s.anchor() + "-governance", "power per body"));
    s.replay().ifPresent(r -> links.add(new Link("#" + s.anchor() + "-shift", "the shift")));
    return new Answer(p.name(), lines, links);
  }

  private static String dutchLine(
      Partnership p, Membership m, Optional<ScenarioSection.Replayed> replay) {
    Organization o = m.organization();
    OrganizationId id = o.id();
    List<String> parts = new ArrayList<>();
    parts.add(m.roles().stream().map(Labels::words).collect(Collectors.joining(", ")));
    String gives = money(p, id, true);
    String gets = money(p, id, false);
    if (!gets.isEmpty() && !gives.isEmpty()) {
      parts.add("receives " + gets + " and passes on " + gives + " (re-granting)");
    } else if (!gives.isEmpty()) {
      parts.add("provides " + gives);
    } else if (!gets.isEmpty()) {
      parts.add("receives " + gets);
    } else {
      parts.add("no money recorded");
    }
    List<String> seats = new ArrayList<>();
    for (GoverningBody b : p.bodies()) {
      for (Seat seat : b.seats()) {
        if (seat.holder().equals(id)) {
          String power;
          try {
            power =
                ", "
                    + Labels.percent(
                        b.power(PowerMeasure.SHAPLEY_SHUBIK).getOrDefault(id, Fraction.ZERO))
                    + " of the power (Shapley-Shubik)";
          } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            power = ", power not computed";
          }
          seats.add(b.name() + " (weight " + seat.weight() + power + ")");
        }
      }
    }
    parts.add(
        seats.isEmpty() ? "no seat in a governing body" : "seats: " + String.join("; ", seats));
    RightsSection.levelsOf(p, id).ifPresent(l -> parts.add("decision rights: " + l));
    replay.ifPresent(
        r -> {
          PowerShift shift = r.shift();
          List<String> changes = new ArrayList<>();
          for (PowerShift.Change c : shift.changes()) {
            if (c.organization().equals(id) && !isBanzhaf(c.measure())) {
              changes.add(changeText(c));
            }
          }
          parts.add(
              changes.isEmpty()
                  ? "the scenario changes nothing for it"
                  : "in the scenario it " + String.join(", ", changes));
        });
    return o.shortName() + " (" + o.type().label() + "): " + String.join("; ", parts) + ".";
  }

  /** Returns whether a measure is Banzhaf power (the answers name Shapley-Shubik power only). */
  static boolean isBanzhaf(Measure m) {
    return m instanceof Measure.Power power && power.index() == PowerMeasure.BANZHAF;
  }

  /** Returns e.g. {@code "gained 4.2 percentage points of Shapley-Shubik power in the ISG"}. */
  static String changeText(PowerShift.Change c) {
    Measure m = c.measure();
    boolean gain = c.delta().signum() > 0;
    if (m instanceof Measure.RoleHeld || m instanceof Measure.DecidingSeat) {
      return (gain ? "gained " : "lost ") + m.label();
    }
    return (gain ? "gained " : "lost ")
        + m.formatChange(gain ? c.delta() : c.delta().negate())
        + " of "
        + m.label();
  }

  /** Returns the money an organisation provides (or receives) per currency, or empty. */
  private static String money(Partnership p, OrganizationId id, boolean provides) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (FundingFlow f : p.flows()) {
      if ((provides ? f.provider() : f.recipient()).equals(id)) {
        sums.merge(f.amount().currency().getCurrencyCode(), f.amount().amount(), BigDecimal::add);
      }
    }
    return sums.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%,.2f %s", e.getValue(), e.getKey()))
        .collect(Collectors.joining(" and "));
  }

  // ------------------------------------------------------------- (b) where power shifted

  /** How many movements of one direction an answer names before counting the rest. */
  static final int SHOWN = 6;

  static Answer shifted(Subject s) {
    Partnership p = s.partnership();
    List<String> lines = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    if (s.replay().isEmpty()) {
      lines.add("No scenario given: the model cannot say where power moved.");
      links.add(new Link("#" + s.anchor() + "-governance", "power per body today"));
      return new Answer(p.name(), lines, links);
    }
    ScenarioSection.Replayed r = s.replay().get();
    PowerShift shift = r.shift();
    Partnership start = r.timeline().scenario().start();
    Partnership end = r.timeline().end();
    List<PowerShift.Movement> decisionMaking =
        shift.movements().stream().filter(mv -> isDecisionMaking(mv.measure())).toList();
    Map<PowerShift.Direction, List<PowerShift.Movement>> byDirection = new LinkedHashMap<>();
    for (PowerShift.Direction d :
        List.of(
            PowerShift.Direction.DOWNWARD,
            PowerShift.Direction.HORIZONTAL,
            PowerShift.Direction.UPWARD)) {
      byDirection.put(d, new ArrayList<>());
    }
    decisionMaking.forEach(mv -> byDirection.get(mv.direction()).add(mv));
    if (decisionMaking.isEmpty()) {
      lines.add(
          "The scenario moves no decision-making power (no power, decision level or deciding"
              + " seat changes hands).");
    }
    byDirection.forEach(
        (d, mvs) -> {
          if (mvs.isEmpty()) {
            return;
          }
          List<String> named = new ArrayList<>();
          Map<Measure, List<PowerShift.Movement>> byMeasure = new LinkedHashMap<>();
          for (PowerShift.Movement mv : mvs) {
            byMeasure.computeIfAbsent(mv.measure(), k -> new ArrayList<>()).add(mv);
          }
          byMeasure.forEach((measure, ms) -> named.addAll(grouped(measure, ms, start, end)));
          lines.add(
              capitalised(d.label())
                  + ": "
                  + String.join("; ", named.subList(0, Math.min(SHOWN, named.size())))
                  + (named.size() > SHOWN ? "; and " + (named.size() - SHOWN) + " more" : "")
                  + ".");
        });
    List<String> unmatched = new ArrayList<>();
    for (PowerShift.Change c : shift.changes()) {
      boolean moved =
          decisionMaking.stream()
              .anyMatch(mv -> mv.to().equals(c.organization()) && mv.measure().equals(c.measure()));
      if (isDecisionMaking(c.measure()) && c.delta().signum() > 0 && !moved) {
        unmatched.add(Labels.name(end, start, c.organization()) + " " + changeText(c));
      }
    }
    if (!unmatched.isEmpty()) {
      lines.add(
          "Gained with no matching loss: "
              + String.join("; ", unmatched.subList(0, Math.min(SHOWN, unmatched.size())))
              + (unmatched.size() > SHOWN ? "; and " + (unmatched.size() - SHOWN) + " more" : "")
              + ".");
    }
    for (PowerShift.NetDirection n : shift.netDirections()) {
      if (isDecisionMaking(n.measure())) {
        lines.add(n.toString() + ".");
      }
    }
    shift.uncomputed().forEach(u -> lines.add(u + "."));
    if (!r.timeline().skipped().isEmpty()) {
      int n = r.timeline().skipped().size();
      lines.add(
          n
              + (n == 1 ? " step" : " steps")
              + " of the scenario did not apply and "
              + (n == 1 ? "was" : "were")
              + " skipped; the shift is of the steps that did.");
    }
    lines.add(
        "Only the recorded rules are compared (seats, weights, decision rights); informal influence"
            + " is not in the model. Power is Shapley-Shubik; tiers are this library's own mapping"
            + " of roles.");
    links.add(new Link("#" + s.anchor() + "-shift", "the shift, movement by movement"));
    links.add(new Link("#" + s.anchor() + "-scenario", "the scenario's timeline"));
    return new Answer(p.name(), lines, links);
  }

  /**
   * Returns whether a measure is about decision-making: Shapley-Shubik power in a body (one index,
   * so a movement is not counted twice), a level in a decision, or a seat on a deciding body.
   */
  static boolean isDecisionMaking(Measure m) {
    return (m instanceof Measure.Power power && power.index() == PowerMeasure.SHAPLEY_SHUBIK)
        || m instanceof Measure.DecisionLevel
        || m instanceof Measure.DecidingSeat;
  }

  /**
   * Returns one measure's movements in one direction as sentences, grouped on the side with fewer
   * organisations: one per loser ("Mama Cash gave 1 PAT level of ... to AWID, CREA and JASS") when
   * fewer lost than gained, else one per gainer ("WANEP took 4.2 percentage points of ... from A, B
   * and C").
   */
  static List<String> grouped(
      Measure measure, List<PowerShift.Movement> ms, Partnership start, Partnership end) {
    long losers = ms.stream().map(PowerShift.Movement::from).distinct().count();
    long gainers = ms.stream().map(PowerShift.Movement::to).distinct().count();
    boolean byLoser = losers < gainers;
    Map<Object, List<PowerShift.Movement>> groups = new LinkedHashMap<>();
    for (PowerShift.Movement mv : ms) {
      groups.computeIfAbsent(byLoser ? mv.from() : mv.to(), k -> new ArrayList<>()).add(mv);
    }
    List<String> out = new ArrayList<>();
    for (List<PowerShift.Movement> group : groups.values()) {
      PowerShift.Movement first = group.get(0);
      Fraction sum = Fraction.ZERO;
      List<String> others = new ArrayList<>();
      for (PowerShift.Movement mv : group) {
        sum = sum.add(mv.amount());
        others.add(Labels.name(end, start, byLoser ? mv.to() : mv.from()));
      }
      out.add(
          Labels.name(end, start, byLoser ? first.from() : first.to())
              + (byLoser ? " gave " : " took ")
              + measure.formatChange(sum)
              + " of "
              + measure.label()
              + (byLoser ? " to " : " from ")
              + summarised(others));
    }
    return out;
  }

  /** Returns up to three names and how many more: {@code "A, B, C and 14 more"}. */
  static String summarised(List<String> names) {
    if (names.size() <= 3) {
      return names.size() <= 1
          ? String.join("", names)
          : String.join(", ", names.subList(0, names.size() - 1))
              + " and "
              + names.get(names.size() - 1);
    }
    return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ------------------------------------------------------------- (c) trust and control

  static Answer balance(Subject s) {
    Partnership p = s.partnership();
    List<String> lines = new ArrayList<>();
    List<String> leads =
        p.members().stream()
            .filter(m -> m.has(Role.LEAD))
            .map(m -> m.organization().shortName())
            .toList();
    List<String> secretariats =
        p.members().stream()
            .filter(m -> m.has(Role.SECRETARIAT))
            .map(m -> m.organization().shortName())
            .toList();
    String lead;
    if (!leads.isEmpty()) {
      lead = (leads.size() == 1 ? "Lead " : "Leads ") + String.join(", ", leads);
    } else if (p.secretariat().isPresent()) {
      lead = "No lead recorded; secretariat " + Labels.name(p, p.secretariat().get());
    } else if (!secretariats.isEmpty()) {
      lead = "No lead recorded; secretariat " + summarised(secretariats);
    } else {
      lead = "No lead or secretariat recorded; the partnership's mechanisms";
    }
    Optional<TrustControlBalance> b = TrustControlBalance.of(p.practice());
    if (b.isEmpty()) {
      lines.add(lead + ": no trust or control mechanism recorded, so the balance is unknown.");
    } else {
      TrustControlBalance t = b.get();
      lines.add(lead + ": " + Labels.balance(t) + ".");
      if (!t.trusts().isEmpty()) {
        lines.add(
            "Trust: "
                + t.trusts().stream()
                    .map(x -> x.label() + " (+" + x.weight() + ")")
                    .collect(Collectors.joining(", "))
                + ".");
      }
      if (!t.controls().isEmpty()) {
        lines.add(
            "Control: "
                + t.controls().stream()
                    .map(x -> x.label() + " (\u2212" + x.weight() + ")")
                    .collect(Collectors.joining(", "))
                + ".");
      }
      t.suggestions().stream()
          .findFirst()
          .ifPresent(x -> lines.add("Largest move: " + Labels.move(x) + "."));
    }
    s.replay()
        .ifPresent(
            r -> {
              Optional<TrustControlBalance> after =
                  TrustControlBalance.of(r.timeline().end().practice());
              Optional<TrustControlBalance> before =
                  TrustControlBalance.of(r.timeline().scenario().start().practice());
              if (after.equals(before)) {
                lines.add("The scenario does not change the mechanisms.");
              } else {
                lines.add(
                    "In the scenario: from "
                        + before.map(Labels::balance).orElse("no mechanism")
                        + " to "
                        + after.map(Labels::balance).orElse("no mechanism")
                        + ".");
              }
            });
    lines.add(
        "The balance is of the partnership's recorded mechanisms; the model does not record how"
            + " the lead itself weighs trust against control.");
    List<Link> links = new ArrayList<>();
    links.add(new Link("#" + s.anchor() + "-trust", "trust versus control"));
    s.replay().ifPresent(r -> links.add(new Link("#" + s.anchor() + "-scenario", "the timeline")));
    return new Answer(p.name(), lines, links);
  }

  // ------------------------------------------------------------- (d) risks

  static Answer risks(Subject s) {
    Partnership p = s.partnership();
    List<String> lines = new ArrayList<>();
    List<Risk> risks = p.risks().risks();
    if (risks.isEmpty()) {
      lines.add("No risk recorded.");
    } else {
      Map<String, List<String>> byBearer = new LinkedHashMap<>();
      for (Risk r : risks) {
        byBearer
            .computeIfAbsent(Labels.name(p, r.bearer()), k -> new ArrayList<>())
            .add(Labels.words(r.area()));
      }
      lines.add(
          risks.size()
              + (risks.size() == 1 ? " risk" : " risks")
              + " recorded; borne by "
              + byBearer.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + " "
                              + e.getValue().size()
                              + " ("
                              + String.join(", ", new LinkedHashSet<>(e.getValue()))
                              + ")")
                  .collect(Collectors.joining("; "))
              + ".");
      Set<String> owners = new LinkedHashSet<>();
      risks.forEach(r -> r.owner().ifPresent(o -> owners.add(Labels.name(p, o))));
      lines.add(
          owners.isEmpty()
              ? "No risk owner recorded."
              : "Owned by " + String.join(", ", owners) + ".");
      List<String> unmitigated =
          risks.stream()
              .filter(r -> r.isHigh() && r.mitigations().isEmpty())
              .map(
                  r ->
                      r.id()
                          + " ("
                          + Labels.words(r.area())
                          + ", score "
                          + r.score()
                          + ", borne by "
                          + Labels.name(p, r.bearer())
                          + ")")
              .toList();
      lines.add(
          unmitigated.isEmpty()
              ? "No high risk is without a mitigation."
              : "High risks without a mitigation: " + String.join("; ", unmitigated) + ".");
      List<Risk> transferred = RiskRules.transferred(p);
      List<Risk> shared = RiskRules.shared(p);
      lines.add(
          "Transferred to local partners: " + ids(transferred) + "; shared: " + ids(shared) + ".");
    }
    s.replay().ifPresent(r -> lines.add(scenarioRisks(r)));
    lines.add(
        "Whether reducing control raises a risk is not modelled: the register lists the risks"
            + " recorded in each state; high from a score of 12 is a threshold of our own.");
    List<Link> links = new ArrayList<>();
    links.add(new Link("#" + s.anchor() + "-risks", "risks and civic space"));
    s.replay().ifPresent(r -> links.add(new Link("#" + s.anchor() + "-scenario", "the timeline")));
    return new Answer(p.name(), lines, links);
  }

  private static String ids(List<Risk> risks) {
    return risks.isEmpty()
        ? "none"
        : risks.stream().map(Risk::id).collect(Collectors.joining(", "));
  }

  private static String scenarioRisks(ScenarioSection.Replayed r) {
    Partnership before = r.timeline().scenario().start();
    Partnership after = r.timeline().end();
    Map<String, Risk> b = new LinkedHashMap<>();
    before.risks().risks().forEach(x -> b.put(x.id(), x));
    Map<String, Risk> a = new LinkedHashMap<>();
    after.risks().risks().forEach(x -> a.put(x.id(), x));
    List<String> parts = new ArrayList<>();
    a.forEach(
        (id, x) -> {
          if (!b.containsKey(id)) {
            parts.add(id + " added (borne by " + Labels.name(after, before, x.bearer()) + ")");
          } else if (!b.get(id).bearer().equals(x.bearer())) {
            parts.add(
                id
                    + " moved from "
                    + Labels.name(after, before, b.get(id).bearer())
                    + " to "
                    + Labels.name(after, before, x.bearer()));
          } else if (b.get(id).mitigations().size() != x.mitigations().size()) {
            parts.add(
                id
                    + " mitigations "
                    + b.get(id).mitigations().size()
                    + " \u2192 "
                    + x.mitigations().size());
          }
        });
    b.forEach(
        (id, x) -> {
          if (!a.containsKey(id)) {
            parts.add(id + " removed");
          }
        });
    long highBefore = unmitigatedHigh(before);
    long highAfter = unmitigatedHigh(after);
    return "In the scenario: "
        + (parts.isEmpty() ? "the register does not change" : String.join("; ", parts))
        + "; high risks without a mitigation "
        + highBefore
        + " \u2192 "
        + highAfter
        + ".";
  }

  private static long unmitigatedHigh(Partnership p) {
    return p.risks().risks().stream().filter(r -> r.isHigh() && r.mitigations().isEmpty()).count();
  }

  // ------------------------------------------------------------- outputs

  /** Returns the answers as a CSV table: one row per question and partnership. */
  static Table table(List<Question> questions) {
    Table t =
        new Table(
            "questions",
            "The meet-up's four questions",
            List.of(
                column("Question", "question", "text", "", "the meet-up's question"),
                column("Partnership", "partnership", "text", "", "the partnership's name"),
                column(
                    "Answer",
                    "answer",
                    "text",
                    "",
                    "the answer computed from the data, sentences separated by ' '"),
                column(
                    "Behind it",
                    "evidence",
                    "text",
                    "",
                    "the report's tables and figures behind the answer, separated by '; '")));
    for (Question q : questions) {
      for (Answer a : q.answers()) {
        String answer = String.join(" ", a.lines());
        String behind = a.links().stream().map(Link::label).collect(Collectors.joining("; "));
        t.add(
            List.of(q.text(), a.partnership(), answer, behind),
            List.of(q.text(), a.partnership(), answer, behind));
      }
    }
    return t;
  }

  /** Returns the questions as template contexts. */
  static List<Map<String, Object>> context(List<Question> questions) {
    List<Map<String, Object>> out = new ArrayList<>();
    char letter = 'a';
    for (Question q : questions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", q.key());
      m.put("letter", Character.toString(letter++));
      m.put("text", q.text());
      m.put("answers", q.answers().stream().map(Answer::context).toList());
      out.add(m);
    }
    return out;
  }

  /** Returns the questions and answers as plain text lines, for a console. */
  static List<String> text(List<Question> questions) {
    List<String> out = new ArrayList<>();
    char letter = 'a';
    for (Question q : questions) {
      out.add("(" + letter++ + ") " + q.text());
      for (Answer a : q.answers()) {
        out.add("  " + a.partnership() + ":");
        a.lines().forEach(l -> out.add("    " + l));
      }
    }
    return out;
  }
}
