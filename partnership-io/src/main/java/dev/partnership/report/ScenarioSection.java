package dev.partnership.report;

import static dev.partnership.report.Table.column;
import static dev.partnership.report.Table.data;

import dev.partnership.analysis.Measure;
import dev.partnership.analysis.PowerShift;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.scenario.Measurement;
import dev.partnership.scenario.Metric;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Step;
import dev.partnership.scenario.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario section of one partnership: the scenario replayed ({@link Replay#skipping()}: a step
 * that does not apply is shown as skipped with its reason, and the replay goes on from the state
 * before it), its timeline of the standard metrics as a table and a line chart, and the power shift
 * from its start to its end ({@link PowerShift#between}) as a list and tables.
 */
final class ScenarioSection {
  /** The replayed scenario and its shift, for the four questions. */
  record Replayed(Timeline timeline, PowerShift shift) {}

  private ScenarioSection() {}

  /** Replays {@code scenario} as the report does: skipping steps that do not apply. */
  static Replayed replay(Scenario scenario) {
    Timeline t = scenario.replay(Replay.skipping());
    return new Replayed(t, t.shift());
  }

  /** Returns the section's template context; tables and pictures go into {@code data}. */
  static Map<String, Object> of(ReportData data, Partnership p, Replayed r, String anchor) {
    Timeline t = r.timeline();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("anchor", anchor);
    int steps = t.size() - 1;
    m.put("steps", steps + (steps == 1 ? " step" : " steps"));
    m.put("start", t.scenario().start().name());
    List<String> skipped = new ArrayList<>();
    t.skipped()
        .forEach(
            (i, reason) -> {
              Step s = t.step(i);
              skipped.add(
                  "step " + i + " (" + s.dateText() + " \u201c" + s.label() + "\u201d): " + reason);
            });
    m.put("skipped", skipped);
    m.put("hasSkipped", !skipped.isEmpty());
    Table timeline = timeline(p, t);
    data.tables.add(timeline);
    m.put("table", timeline.context());
    String title = "Scenario of " + p.name() + ": the metrics in percent";
    String file = anchor + "-timeline.svg";
    String svg =
        ReportData.stable(Charts.lines(title, stateLabels(t), percentSeries(t), true), file);
    data.pictures.add(new ReportData.Picture(file, java.util.Optional.of(svg), "", ""));
    m.put("chart", svg);
    m.put("chartFile", file);

    PowerShift shift = r.shift();
    Partnership start = t.scenario().start();
    Partnership end = t.end();
    m.put("shiftLines", shiftLines(shift));
    Table changes = changes(p, start, end, shift);
    data.tables.add(changes);
    m.put("changes", changes.context());
    Table movements = movements(p, start, end, shift);
    data.tables.add(movements);
    m.put("movements", movements.context());
    return m;
  }

  /**
   * Returns the shift's summary lines for people reading the report: where the summary points at a
   * method that lists every change ({@code changes() lists every one}), the report points at its
   * tables.
   */
  static List<String> shiftLines(PowerShift shift) {
    List<String> lines = new ArrayList<>();
    for (String line : shift.summary().split("\n")) {
      lines.add(line.replaceAll("\\([a-zA-Z]+\\(\\) lists every one\\)", "(see the tables below)"));
    }
    return lines;
  }

  /**
   * Returns the chart's labels of the states: "start", then each step's number and date (the table
   * beside the chart gives the step's label), e.g. {@code "2: 2025-06"}.
   */
  static List<String> stateLabels(Timeline t) {
    List<String> labels = new ArrayList<>();
    labels.add("start");
    for (int i = 1; i < t.size(); i++) {
      labels.add(i + ": " + t.step(i).dateText() + (t.isSkipped(i) ? " (skipped)" : ""));
    }
    return labels;
  }

  /** Returns a metric's name as people read it: an identifier in it becomes the member's name. */
  static String metricName(Metric metric, Partnership start) {
    String name = metric.name();
    for (Membership member : start.members()) {
      String id = member.organization().id().value();
      if (name.contains(" " + id + " ")) {
        name = name.replace(" " + id + " ", " " + member.organization().shortName() + " ");
      }
    }
    return name;
  }

  /** The percentage metrics as percentages (0-100), null where not available. */
  static Map<String, List<Double>> percentSeries(Timeline t) {
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (Metric metric : t.metrics()) {
      List<Double> values = new ArrayList<>();
      boolean percent = false;
      for (int i = 0; i < t.size(); i++) {
        Measurement x = t.measurement(i, metric);
        percent |= x.isPercent();
        values.add(x.isPercent() ? 100 * x.number().orElseThrow().doubleValue() : null);
      }
      if (percent) {
        series.put(metricName(metric, t.scenario().start()), values);
      }
    }
    return series;
  }

  /**
   * Returns a measurement as people read it: a percentage with one decimal, a count, a text, or
   * {@code n/a (reason)}.
   */
  static String shown(Measurement x) {
    if (!x.isAvailable()) {
      return "n/a (" + x.notAvailable().orElseThrow() + ")";
    }
    if (x.isPercent()) {
      String text = x.text();
      int words = text.indexOf(" (");
      return Labels.percent(x.number().orElseThrow()) + (words >= 0 ? text.substring(words) : "");
    }
    return x.text();
  }

  /**
   * Returns the signed change from {@code before}: {@code "+4.5 pp"} for a percentage, {@code "-1"}
   * for a count, {@code "changed"} for a text, empty when nothing changed or either is n/a.
   */
  static String change(Measurement before, Measurement after) {
    if (!before.isAvailable() || !after.isAvailable()) {
      return "";
    }
    if (after.number().isPresent() && before.number().isPresent()) {
      Fraction d = after.number().get().subtract(before.number().get());
      if (d.signum() == 0) {
        return "";
      }
      if (after.isPercent() && before.isPercent()) {
        return Labels.points(d.doubleValue());
      }
      return (d.signum() > 0 ? "+" : "") + d;
    }
    return after.text().equals(before.text()) ? "" : "changed";
  }

  private static Table timeline(Partnership p, Timeline t) {
    List<String> headers = new ArrayList<>(List.of("#", "Date", "Step"));
    // each metric's name once, not once per state (metricName reads every member)
    List<String> names =
        t.metrics().stream().map(metric -> metricName(metric, t.scenario().start())).toList();
    headers.addAll(names);
    Table table =
        new Table(
            "scenario_timeline",
            "Timeline of the scenario",
            headers,
            List.of(
                Table.PARTNERSHIP,
                data("state", "integer", "", "the state's number: 0 the start, i after step i"),
                data("date", "text", "ISO 8601 (month or day)", "the step's date, empty at 0"),
                data("step", "text", "", "the step's label"),
                data(
                    "skipped",
                    "text",
                    "",
                    "why the step did not apply (then the state is the one before), else empty"),
                data("metric", "text", "", "the metric's name"),
                data(
                    "value",
                    "decimal",
                    "share of 1 for percentages, else a count",
                    "the metric's value, empty when not available or not a number"),
                data("exact", "fraction", "as value", "the same, exactly, as p/q"),
                data(
                    "shown",
                    "text",
                    "",
                    "the value as the report shows it (percent with one decimal)"),
                data(
                    "change",
                    "text",
                    "percentage points for percentages",
                    "the signed change from the state before, empty when none"),
                data(
                    "not_available",
                    "text",
                    "",
                    "why the metric cannot be computed in this state, else empty")));
    for (int i = 0; i < t.size(); i++) {
      String date = i == 0 ? "" : t.step(i).dateText();
      String step = i == 0 ? "start: " + t.scenario().start().name() : t.step(i).label();
      String skipped = i > 0 && t.isSkipped(i) ? t.skipped().get(i) : "";
      List<String> shown = new ArrayList<>();
      shown.add(Integer.toString(i));
      shown.add(date);
      shown.add(step + (skipped.isEmpty() ? "" : " (skipped: " + skipped + ")"));
      for (int k = 0; k < t.metrics().size(); k++) {
        Metric metric = t.metrics().get(k);
        Measurement x = t.measurement(i, metric);
        String change = i == 0 ? "" : change(t.measurement(i - 1, metric), x);
        shown.add(shown(x) + (change.isEmpty() ? "" : " (" + change + ")"));
        table.data.add(
            List.of(
                p.name(),
                Integer.toString(i),
                date,
                step,
                skipped,
                names.get(k),
                x.number().map(f -> Double.toString(f.doubleValue())).orElse(""),
                x.number().map(Fraction::toString).orElse(""),
                shown(x),
                change,
                x.notAvailable().orElse("")));
      }
      table.display.add(shown);
    }
    return table;
  }

  private static Table changes(Partnership p, Partnership start, Partnership end, PowerShift s) {
    Table t =
        new Table(
            "shift_changes",
            "Who gained and who lost what",
            List.of(
                Table.PARTNERSHIP,
                column("Organisation", "organisation", "text", "", "the organisation's name"),
                data("organisation_id", "text", "", "its identifier"),
                column(
                    "Locality",
                    "locality",
                    "text",
                    "",
                    "local or national, international or unknown (IASC), after the change"),
                column("What", "measure", "text", "", "what changed, in words"),
                column("Before", "before", "text", "", "the value before, in the measure's unit"),
                column("After", "after", "text", "", "the value after, in the measure's unit"),
                column("Change", "change", "text", "", "gained or lost, and how much, in the unit"),
                data("before_exact", "fraction", "as the measure", "the value before, exactly"),
                data("after_exact", "fraction", "as the measure", "the value after, exactly")));
    for (PowerShift.Change c : s.changes()) {
      Measure m = c.measure();
      String who = Labels.name(end, start, c.organization());
      String locality = s.localityOf(c.organization()).label();
      String change =
          c.delta().signum() > 0
              ? "gained " + m.formatChange(c.delta())
              : "lost " + m.formatChange(c.delta().negate());
      t.add(
          List.of(who, locality, m.label(), m.format(c.before()), m.format(c.after()), change),
          List.of(
              p.name(),
              who,
              c.organization().value(),
              locality,
              m.label(),
              m.format(c.before()),
              m.format(c.after()),
              change,
              c.before().toString(),
              c.after().toString()));
    }
    return t;
  }

  private static Table movements(Partnership p, Partnership start, Partnership end, PowerShift s) {
    Table t =
        new Table(
            "shift_movements",
            "Movements: from whom to whom, horizontal or vertical",
            List.of(
                Table.PARTNERSHIP,
                column("What", "measure", "text", "", "what moved, in words"),
                column("From", "from", "text", "", "the organisation that lost it"),
                column("To", "to", "text", "", "the organisation that gained it"),
                column("Amount", "amount", "text", "", "how much moved, in the measure's unit"),
                data("amount_exact", "fraction", "as the measure", "the same, exactly"),
                column(
                    "Direction",
                    "direction",
                    "text",
                    "",
                    "horizontal (same tier), vertical downward (towards local groups) or vertical"
                        + " upward; tiers are this library's own mapping of roles")));
    for (PowerShift.Movement mv : s.movements()) {
      String from = Labels.name(end, start, mv.from());
      String to = Labels.name(end, start, mv.to());
      String amount = mv.measure().formatChange(mv.amount());
      t.add(
          List.of(mv.measure().label(), from, to, amount, mv.direction().label()),
          List.of(
              p.name(),
              mv.measure().label(),
              from,
              to,
              amount,
              mv.amount().toString(),
              mv.direction().label()));
    }
    return t;
  }
}
