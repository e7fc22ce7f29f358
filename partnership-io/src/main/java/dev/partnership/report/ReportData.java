package dev.partnership.report;

import static dev.partnership.report.Table.column;
import static dev.partnership.report.Table.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.analysis.Finding;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.PrinciplesCheck;
import dev.partnership.analysis.RiskRules;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Localisation;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.math.Fraction;
import dev.partnership.model.FundingQueries;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.model.Role;
import dev.partnership.model.SourcedFact;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.power.PowerRelation;
import dev.partnership.practice.TrustControlBalance;
import dev.partnership.risk.Risk;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Computes everything a report shows, once, as template contexts, tables and pictures. */
final class ReportData {
  /** A picture: its file name, its SVG (when drawn) and its DOT or Mermaid text. */
  record Picture(String file, Optional<String> svg, String dot, String mermaid) {}

  final Map<String, Object> context = new LinkedHashMap<>();
  final List<Table> tables = new ArrayList<>();
  final List<Picture> pictures = new ArrayList<>();
  final List<Questions.Question> questions;

  private final boolean graphviz;
  private final Duration timeout;

  ReportData(PartnershipReport report) {
    this.graphviz = report.graphviz();
    this.timeout = report.dotTimeout();
    List<Map<String, Object>> sections = new ArrayList<>();
    List<Map<String, Object>> summaries = new ArrayList<>();
    List<Questions.Subject> subjects = new ArrayList<>();
    int i = 0;
    for (Partnership p : report.partnerships()) {
      i++;
      String anchor = "p" + i + "-" + slug(p.id());
      Optional<ScenarioSection.Replayed> replay =
          Optional.ofNullable(report.scenarios().get(p.id())).map(ScenarioSection::replay);
      Map<String, Object> s =
          section(
              p, anchor, report.sessions().get(p.id()), report.notes().get(p.id()), report.asOf());
      s.put("hasRights", !p.decisionRights().isEmpty());
      if (!p.decisionRights().isEmpty()) {
        s.put(
            "rights",
            RightsSection.of(p, report.sessions().get(p.id()), anchor + "-rights", tables));
      }
      s.put("hasScenario", replay.isPresent());
      replay.ifPresent(r -> s.put("scenario", ScenarioSection.of(this, p, r, anchor)));
      sections.add(s);
      summaries.add(s);
      subjects.add(new Questions.Subject(p, anchor, replay));
    }
    this.questions = Questions.answer(subjects);
    context.put("title", report.title());
    context.put("asOf", report.asOf().toString());
    context.put("partnerships", sections);
    context.put("comparison", comparison(report.partnerships(), summaries).context());
    context.put("questions", Questions.context(questions));
    Table questionsTable = Questions.table(questions);
    tables.add(questionsTable);
    List<Map<String, Object>> timelines = new ArrayList<>();
    int t = 0;
    for (PartnershipReport.Timeline line : report.timelines()) {
      t++;
      String file = "timeline-" + t + "-" + slug(line.title()) + ".svg";
      String svg = stable(Charts.timeline(line.title(), line.steps(), line.series()), file);
      pictures.add(new Picture(file, Optional.of(svg), "", ""));
      Table table =
          new Table(
              "timelines",
              line.title(),
              ImmutableList.<String>builder().add("Metric").addAll(line.steps()).build(),
              List.of(
                  data("timeline", "text", "", "the timeline's title"),
                  data("step", "text", "", "the step's label, in order"),
                  data("step_index", "integer", "", "the step's position, from 0"),
                  data("metric", "text", "", "the metric's label"),
                  data("value", "decimal", "as the metric's label says", "the metric's value")));
      line.series()
          .forEach(
              (metric, values) -> {
                List<String> shown = new ArrayList<>();
                shown.add(metric);
                values.forEach(v -> shown.add(number(v.doubleValue())));
                for (int k = 0; k < values.size(); k++) {
                  List<String> row =
                      List.of(
                          line.title(),
                          line.steps().get(k),
                          Integer.toString(k),
                          metric,
                          Double.toString(values.get(k).doubleValue()));
                  if (k == 0) {
                    table.add(shown, row);
                  } else {
                    table.data.add(row);
                  }
                }
              });
      tables.add(table);
      timelines.add(
          Map.of("title", line.title(), "svg", svg, "file", file, "table", table.context()));
    }
    context.put("timelines", timelines);
    context.put("hasTimelines", !timelines.isEmpty());
  }

  private Map<String, Object> section(
      Partnership p, String anchor, Assessment session, List<String> notes, LocalDate asOf) {
    // the comparison's figures are the first found in this partnership, not in an earlier one
    firstLocalisation = "";
    topPower = "";
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("anchor", anchor);
    s.put("name", p.name());
    s.put("id", p.id());
    s.put("form", Labels.words(p.form()));
    s.put("secretariat", p.secretariat().map(id -> Labels.name(p, id)).orElse("none recorded"));
    List<String> allNotes = new ArrayList<>(notes == null ? List.of() : notes);
    long made = p.query(PartnershipQueries.illustrativeFacts()).size();
    if (made > 0) {
      allNotes.add(
          made
              + (made == 1 ? " fact of the data is" : " facts of the data are")
              + " illustrative: marked \u201c(illustrative)\u201d in the tables and listed under Sources.");
    }
    s.put("notes", allNotes);
    s.put("hasNotes", !allNotes.isEmpty());
    s.put("sources", sources(p).context());
    s.put("summary", membersSummary(p));
    long local = p.members().stream().filter(m -> m.organization().isLocalOrNational()).count();
    s.put(
        "localShare",
        local
            + " of "
            + p.members().size()
            + " members are local or national actors (IASC)"
            + (p.members().isEmpty()
                ? ""
                : " (" + Labels.percent((double) local / p.members().size()) + ")"));
    List<String> roles = new ArrayList<>();
    for (Role r : Role.values()) {
      long n = p.members().stream().filter(m -> m.has(r)).count();
      if (n > 0) {
        roles.add(Labels.words(r) + ": " + n);
      }
    }
    s.put("roles", roles);
    s.put("members", members(p).context());
    s.put(
        "membersDiagram",
        diagram(anchor + "-members", Diagrams.membersDot(p), Diagrams.membersMermaid(p)));

    List<Map<String, Object>> bodies = new ArrayList<>();
    int b = 0;
    for (GoverningBody body : p.bodies()) {
      b++;
      bodies.add(body(p, body, anchor + "-body" + b + "-" + slug(body.name())));
    }
    s.put("bodies", bodies);
    s.put("hasBodies", !bodies.isEmpty());

    s.put("hasSession", session != null);
    if (session != null) {
      s.put("session", session(p, session, anchor + "-pat"));
    }

    s.put("hasFlows", !p.flows().isEmpty());
    s.put("flows", flows(p).context());
    Table localisation = localisation(p);
    s.put("localisation", localisation.context());
    s.put(
        "fundingDiagram",
        p.flows().isEmpty()
            ? Map.of()
            : diagram(anchor + "-funding", Diagrams.fundingDot(p), Diagrams.fundingMermaid(p)));

    PrinciplesCheck.Result lessons = PrinciplesCheck.run(p, Lessons.meetup(), asOf);
    s.put(
        "findingsSummary",
        lessons.summary().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", ")));
    s.put(
        "findings",
        findings(p, "findings", "Lessons of the meet-up", lessons.findings()).context());
    s.put("riskFindings", findings(p, "findings", "Risk rules", RiskRules.check(p)).context());

    Optional<TrustControlBalance> balance = TrustControlBalance.of(p.practice());
    s.put("hasBalance", balance.isPresent());
    balance.ifPresent(
        t -> {
          s.put("balance", Labels.balance(t));
          s.put(
              "trusts",
              t.trusts().stream()
                  .map(m -> m.label() + " (+" + m.weight() + ")")
                  .collect(Collectors.toList()));
          s.put(
              "controls",
              t.controls().stream()
                  .map(m -> m.label() + " (\u2212" + m.weight() + ")")
                  .collect(Collectors.toList()));
          s.put("largestMove", t.suggestions().stream().findFirst().map(Labels::move).orElse(""));
        });

    s.put("risks", risks(p).context());
    s.put("civicSpace", civicSpace(p).context());
    s.put(
        "transferred",
        orNone(RiskRules.transferred(p).stream().map(Risk::id).collect(Collectors.joining(", "))));
    s.put(
        "shared",
        orNone(RiskRules.shared(p).stream().map(Risk::id).collect(Collectors.joining(", "))));
    s.put("powerMap", powerMap(p).context());

    // for the comparison
    s.put("_local", local);
    s.put("_localisation", firstLocalisation);
    s.put("_lessons", lessons.summary());
    s.put("_balance", balance.map(Labels::balance).orElse("no mechanism recorded"));
    s.put("_highRisks", p.risks().risks().stream().filter(Risk::isHigh).count());
    s.put("_topPower", topPower);
    return s;
  }

  private String firstLocalisation = "";
  private String topPower = "";

  private static String membersSummary(Partnership p) {
    Map<String, Long> byType = new TreeMap<>();
    for (Membership m : p.members()) {
      byType.merge(m.organization().type().label(), 1L, Long::sum);
    }
    return p.members().size()
        + " members by type: "
        + byType.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }

  private Table sources(Partnership p) {
    Table t =
        new Table(
            "sources",
            "Sources",
            List.of(
                Table.PARTNERSHIP,
                column("Fact", "fact", "text", "", "which fact of the partnership, in words"),
                column(
                    "Source",
                    "source",
                    "text",
                    "",
                    "the source, or why an illustrative value is made up"),
                column(
                    "Date",
                    "date",
                    "date",
                    "ISO 8601",
                    "the date of the source, empty when unknown"),
                column(
                    "Illustrative",
                    "illustrative",
                    "boolean",
                    "",
                    "true when the value is made up")));
    for (SourcedFact f : p.query(PartnershipQueries.sourcedFacts())) {
      Provenance v = f.provenance();
      String date = v.date().map(Object::toString).orElse("");
      t.add(
          List.of(f.fact(), v.source(), date, v.illustrative() ? "yes" : "no"),
          List.of(p.name(), f.fact(), v.source(), date, Boolean.toString(v.illustrative())));
    }
    tables.add(t);
    return t;
  }

  private Table members(Partnership p) {
    Table t =
        new Table(
            "members",
            "Members",
            List.of(
                Table.PARTNERSHIP,
                column("Member", "member", "text", "", "the organisation's name"),
                column(
                    "Identifier",
                    "identifier",
                    "text",
                    "",
                    "the organisation's identifier (org-id.guide)"),
                column(
                    "Type",
                    "type",
                    "text",
                    "",
                    "the organisation type (IATI OrganisationType, in words)"),
                data(
                    "type_code",
                    "text",
                    "",
                    "the IATI OrganisationType code; empty when the type is unknown"),
                data(
                    "country",
                    "text",
                    "ISO 3166-1 alpha-2",
                    "the home country, empty when unknown"),
                column(
                    "Roles",
                    "roles",
                    "text",
                    "",
                    "the roles in the partnership, separated by '; '"),
                column(
                    "Locality (IASC)",
                    "locality",
                    "text",
                    "",
                    "local or national, international, or unknown (IASC definition)"),
                column(
                    "Reason",
                    "locality_reason",
                    "text",
                    "",
                    "why the organisation has that locality")));
    for (Membership m : p.members()) {
      Organization o = m.organization();
      String roles =
          m.roles().stream().map(Labels::words).collect(Collectors.joining(", "))
              + Provenance.mark(m.provenance());
      t.add(
          List.of(
              o.name(),
              o.id().value(),
              o.type().label(),
              roles,
              o.locality().label(),
              o.localityReason()),
          List.of(
              p.name(),
              o.name(),
              o.id().value(),
              o.type().label(),
              o.type().isKnown() ? Integer.toString(o.type().iatiCode()) : "",
              o.homeCountry().map(c -> c.code()).orElse(""),
              m.roles().stream().map(Labels::words).collect(Collectors.joining("; ")),
              o.locality().label(),
              o.localityReason()));
    }
    tables.add(t);
    return t;
  }

  private Map<String, Object> body(Partnership p, GoverningBody body, String file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", body.name());
    m.put("rule", Labels.rule(p, body.rule()));
    m.put("type", Labels.words(body.type()));
    Table t =
        new Table(
            "power",
            body.name(),
            List.of(
                Table.PARTNERSHIP,
                data("body", "text", "", "the governing body's name"),
                data("rule", "text", "", "the body's decision rule"),
                column("Member", "member", "text", "", "the seat holder's name"),
                data("identifier", "text", "", "the seat holder's identifier"),
                column("Weight", "weight", "integer", "votes", "the seat's voting weight"),
                column(
                    "Banzhaf",
                    "banzhaf",
                    "decimal",
                    "share of 1",
                    "normalised Banzhaf index (Banzhaf 1965)"),
                data("banzhaf_exact", "fraction", "share of 1", "the same, exactly, as p/q"),
                column(
                    "Shapley-Shubik",
                    "shapley_shubik",
                    "decimal",
                    "share of 1",
                    "Shapley-Shubik index (Shapley and Shubik 1954)"),
                data("shapley_shubik_exact", "fraction", "share of 1", "the same, exactly, as p/q"),
                column(
                    "Can block alone",
                    "blocker",
                    "boolean",
                    "",
                    "true when the member can block every decision alone")));
    try {
      ImmutableMap<OrganizationId, Fraction> bz = body.power(PowerMeasure.BANZHAF);
      ImmutableMap<OrganizationId, Fraction> ss = body.power(PowerMeasure.SHAPLEY_SHUBIK);
      Set<OrganizationId> blockers = body.blockers();
      for (Seat seat : body.seats()) {
        Fraction b = bz.getOrDefault(seat.holder(), Fraction.ZERO);
        Fraction s = ss.getOrDefault(seat.holder(), Fraction.ZERO);
        boolean blocker = blockers.contains(seat.holder());
        t.add(
            List.of(
                Labels.name(p, seat.holder()),
                seat.weight() + Provenance.mark(seat.provenance()),
                exactly(b),
                exactly(s),
                blocker ? "yes" : "no"),
            List.of(
                p.name(),
                body.name(),
                Labels.rule(p, body.rule()),
                Labels.name(p, seat.holder()),
                seat.holder().value(),
                Long.toString(seat.weight()),
                Double.toString(b.doubleValue()),
                b.toString(),
                Double.toString(s.doubleValue()),
                s.toString(),
                Boolean.toString(blocker)));
      }
      if (topPower.isEmpty() && !ss.isEmpty()) {
        Map.Entry<OrganizationId, Fraction> top =
            ss.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Fraction least = ss.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        topPower =
            least.equals(top.getValue())
                ? "equal in the "
                    + body.name()
                    + ": "
                    + Labels.percent(top.getValue())
                    + " each of "
                    + ss.size()
                    + " members (Shapley-Shubik)"
                : Labels.name(p, top.getKey())
                    + " in the "
                    + body.name()
                    + ": "
                    + Labels.percent(top.getValue())
                    + " (Shapley-Shubik)";
      }
      String svg = stable(Charts.powerBars(p, body), file);
      pictures.add(new Picture(file + ".svg", Optional.of(svg), "", ""));
      m.put("chart", svg);
      m.put("chartFile", file + ".svg");
      m.put("hasChart", true);
      m.put(
          "blockers",
          blockers.isEmpty()
              ? "nobody can block alone"
              : blockers.stream().map(h -> Labels.name(p, h)).collect(Collectors.joining(", "))
                  + " can block alone");
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      m.put("refusal", "Power not computed: " + e.getMessage());
      m.put("hasChart", false);
    }
    tables.add(t);
    m.put("table", t.context());
    return m;
  }

  /** Returns a share as "33.3%", followed by the exact fraction when it is not a round percent. */
  static String exactly(Fraction f) {
    String percent = Labels.percent(f);
    double scaled = f.doubleValue() * 1000;
    boolean round = Math.abs(scaled - Math.rint(scaled)) < 1e-9;
    return round || f.equals(Fraction.ZERO) ? percent : percent + " (" + f + ")";
  }

  private Map<String, Object> session(Partnership p, Assessment a, String file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", a.date().toString());
    m.put("context", a.context());
    List<String> headers = new ArrayList<>(List.of("Decision", "Area"));
    a.organizations().forEach(o -> headers.add(o.shortName()));
    headers.add("Agreement");
    Table t =
        new Table(
            "pat",
            "PAT matrix",
            headers,
            List.of(
                Table.PARTNERSHIP,
                data("decision", "text", "", "the decision scored in the PAT session"),
                data("area", "text", "", "the decision's area"),
                data("organisation", "text", "", "the partner organisation's name"),
                data(
                    "actual",
                    "integer",
                    "PAT level 0-4",
                    "the actual level; empty when not scored"),
                data(
                    "desired",
                    "integer",
                    "PAT level 0-4",
                    "the desired level; empty when none was set"),
                data("agreement", "text", "", "whether all agree with how partners are involved")));
    List<String> gaps = new ArrayList<>();
    for (Decision d : a.decisions()) {
      List<String> shown = new ArrayList<>(List.of(d.name(), Labels.words(d.area())));
      for (Organization o : a.organizations()) {
        Cell cell = Cell.of(d.name(), o.id());
        Optional<ParticipationLevel> actual = a.actualIn(cell);
        Optional<ParticipationLevel> desired = Optional.ofNullable(a.desired().get(cell));
        String cellText = Labels.level(actual, "not scored");
        if (desired.isPresent()
            && (actual.isEmpty() || desired.get().score() > actual.get().score())) {
          cellText += " \u2192 " + desired.get().score();
          gaps.add(
              d.name()
                  + ", "
                  + o.shortName()
                  + ": "
                  + actual.map(l -> Integer.toString(l.score())).orElse("not scored")
                  + " \u2192 "
                  + desired.get().score());
        }
        shown.add(cellText);
        t.data.add(
            List.of(
                p.name(),
                d.name(),
                Labels.words(d.area()),
                o.shortName(),
                actual.map(l -> Integer.toString(l.score())).orElse(""),
                desired.map(l -> Integer.toString(l.score())).orElse(""),
                Labels.words(a.agreementOn(d.name()))));
      }
      shown.add(Labels.words(a.agreementOn(d.name())));
      t.display.add(shown);
    }
    tables.add(t);
    String svg = stable(Charts.patHeatMap(a), file);
    pictures.add(new Picture(file + ".svg", Optional.of(svg), "", ""));
    m.put("chart", svg);
    m.put("chartFile", file + ".svg");
    m.put("table", t.context());
    m.put("gaps", gaps);
    m.put("hasGaps", !gaps.isEmpty());
    return m;
  }

  private Table flows(Partnership p) {
    Table t =
        new Table(
            "flows",
            "Funding flows",
            List.of(
                Table.PARTNERSHIP,
                column("From", "provider", "text", "", "the giving organisation's name"),
                data("provider_id", "text", "", "its identifier"),
                column("To", "recipient", "text", "", "the receiving organisation's name"),
                data("recipient_id", "text", "", "its identifier"),
                column(
                    "Amount", "amount", "decimal", "the currency column", "the amount of the flow"),
                data("currency", "text", "ISO 4217", "the currency"),
                column("Year", "year", "integer", "calendar year", "the year of the money"),
                column(
                    "Earmarking",
                    "earmarking",
                    "text",
                    "",
                    "IATI earmarking category in words, empty when unknown"),
                column(
                    "Source",
                    "source",
                    "text",
                    "",
                    "where the fact comes from, empty when not recorded")));
    for (FundingFlow f : p.flows()) {
      String earmarking = f.earmarking().map(Labels::words).orElse("");
      String source = f.provenance().map(Object::toString).orElse(f.source().orElse(""));
      t.add(
          List.of(
              Labels.name(p, f.provider()),
              Labels.name(p, f.recipient()),
              String.format(Locale.ROOT, "%,.2f %s", f.amount().amount(), f.amount().currency()),
              Integer.toString(f.year()),
              earmarking,
              source),
          List.of(
              p.name(),
              Labels.name(p, f.provider()),
              f.provider().value(),
              Labels.name(p, f.recipient()),
              f.recipient().value(),
              f.amount().amount().toPlainString(),
              f.amount().currency().getCurrencyCode(),
              Integer.toString(f.year()),
              earmarking,
              source));
    }
    tables.add(t);
    return t;
  }

  private Table localisation(Partnership p) {
    Table t =
        new Table(
            "localisation",
            "Localisation (Grand Bargain 2016: 25% as directly as possible)",
            List.of(
                Table.PARTNERSHIP,
                column(
                    "Funder",
                    "funder",
                    "text",
                    "",
                    "the funder's name (an organisation that gives and receives nothing here)"),
                data("currency", "text", "ISO 4217", "the currency of the money counted"),
                column(
                    "Disbursed",
                    "disbursed",
                    "decimal",
                    "the currency column",
                    "what the funder gave"),
                column(
                    "As directly as possible",
                    "as_directly_as_possible",
                    "decimal",
                    "share of 1",
                    "received by local and national actors directly or through one intermediary"),
                column(
                    "Directly",
                    "directly",
                    "decimal",
                    "share of 1",
                    "received by local and national actors directly"),
                column(
                    "Through one intermediary",
                    "one_intermediary",
                    "decimal",
                    "share of 1",
                    "received through one intermediary"),
                column(
                    "Kept by local and national actors",
                    "kept_by_local",
                    "decimal",
                    "share of 1",
                    "kept by local and national actors at any depth"),
                column(
                    "Unclassified",
                    "unclassified",
                    "decimal",
                    "share of 1",
                    "kept by organisations of unknown locality"),
                column(
                    "Meets 25%",
                    "meets_grand_bargain",
                    "boolean",
                    "",
                    "as_directly_as_possible is at least 0.25")));
    Set<OrganizationId> recipients =
        p.flows().stream().map(FundingFlow::recipient).collect(Collectors.toSet());
    Set<OrganizationId> funders = new LinkedHashSet<>();
    p.flows().stream()
        .map(FundingFlow::provider)
        .filter(id -> !recipients.contains(id))
        .forEach(funders::add);
    for (OrganizationId funder : funders) {
      Set<Currency> currencies = new LinkedHashSet<>();
      p.flows().stream()
          .filter(f -> f.provider().equals(funder))
          .forEach(f -> currencies.add(f.amount().currency()));
      for (Currency c : currencies) {
        Localisation l;
        try {
          l = p.query(FundingQueries.localisation(funder, c));
        } catch (IllegalArgumentException e) {
          continue;
        }
        double kept =
            l.directToLocal() + l.oneIntermediaryToLocal() + l.moreIntermediariesToLocal();
        t.add(
            List.of(
                Labels.name(p, funder),
                String.format(Locale.ROOT, "%,.2f %s", l.disbursed().amount(), c),
                Labels.percent(l.asDirectlyAsPossible()),
                Labels.percent(l.receivedDirectly()),
                Labels.percent(l.receivedThroughOneIntermediary()),
                Labels.percent(kept),
                Labels.percent(l.unclassified()),
                l.meetsGrandBargainTarget() ? "yes" : "no"),
            List.of(
                p.name(),
                Labels.name(p, funder),
                c.getCurrencyCode(),
                l.disbursed().amount().toPlainString(),
                Double.toString(l.asDirectlyAsPossible()),
                Double.toString(l.receivedDirectly()),
                Double.toString(l.receivedThroughOneIntermediary()),
                Double.toString(kept),
                Double.toString(l.unclassified()),
                Boolean.toString(l.meetsGrandBargainTarget())));
        if (firstLocalisation.isEmpty()) {
          firstLocalisation =
              Labels.percent(l.asDirectlyAsPossible())
                  + " of "
                  + Labels.name(p, funder)
                  + "'s "
                  + c;
        }
      }
    }
    tables.add(t);
    return t;
  }

  private Table findings(Partnership p, String key, String title, List<Finding> findings) {
    Table t =
        new Table(
            key,
            title,
            List.of(
                Table.PARTNERSHIP,
                data(
                    "rule_set", "text", "", "which rules: the meet-up's lessons or the risk rules"),
                column("Rule", "rule", "text", "", "the rule's id"),
                column("Finding", "title", "text", "", "the rule's title"),
                column(
                    "Status", "status", "text", "", "met, partly met, not met, or not assessable"),
                column(
                    "Evidence",
                    "evidence",
                    "text",
                    "",
                    "the facts the rule used, separated by '; ' (shown with what is missing)"),
                data(
                    "missing",
                    "text",
                    "",
                    "the facts it needed and did not find, separated by '; '"),
                column("Suggestion", "suggestion", "text", "", "what would improve the finding")));
    for (Finding f : findings) {
      String evidence = String.join("; ", f.evidence());
      if (!f.missing().isEmpty()) {
        evidence += (evidence.isEmpty() ? "" : "; ") + "missing: " + String.join("; ", f.missing());
      }
      t.add(
          List.of(f.rule(), f.title(), f.status().label(), evidence, f.suggestion()),
          List.of(
              p.name(),
              title,
              f.rule(),
              f.title(),
              f.status().label(),
              String.join("; ", f.evidence()),
              String.join("; ", f.missing()),
              f.suggestion()));
    }
    tables.add(t);
    return t;
  }

  private Table risks(Partnership p) {
    Table t =
        new Table(
            "risks",
            "Risk register",
            List.of(
                Table.PARTNERSHIP,
                column("Risk", "risk", "text", "", "the risk's id"),
                column(
                    "Area",
                    "area",
                    "text",
                    "",
                    "InterAction/Humanitarian Outcomes (2019) risk area"),
                column("Description", "description", "text", "", "what could happen"),
                column("Likelihood", "likelihood", "text", "", "likelihood in words"),
                column("Impact", "impact", "text", "", "impact in words"),
                column(
                    "Score",
                    "score",
                    "integer",
                    "likelihood x impact, 1-25",
                    "high from 12 (threshold of our own, illustrative)"),
                column("Borne by", "bearer", "text", "", "who bears the risk"),
                column(
                    "Mitigations",
                    "mitigations",
                    "integer",
                    "count",
                    "how many mitigations are recorded"),
                column(
                    "Origin",
                    "origin",
                    "text",
                    "",
                    "where the risk comes from, empty when not recorded")));
    for (Risk r : p.risks().risks()) {
      t.add(
          List.of(
              r.id(),
              Labels.words(r.area()),
              r.description(),
              Labels.words(r.likelihood()),
              Labels.words(r.impact()),
              r.score() + (r.isHigh() ? " (high)" : ""),
              Labels.name(p, r.bearer()),
              Integer.toString(r.mitigations().size()),
              r.provenance().map(Object::toString).orElse(r.origin().orElse(""))),
          List.of(
              p.name(),
              r.id(),
              Labels.words(r.area()),
              r.description(),
              Labels.words(r.likelihood()),
              Labels.words(r.impact()),
              Integer.toString(r.score()),
              Labels.name(p, r.bearer()),
              Integer.toString(r.mitigations().size()),
              r.origin().orElse("")));
    }
    tables.add(t);
    return t;
  }

  private Table civicSpace(Partnership p) {
    Table t =
        new Table(
            "civic_space",
            "Civic space (CIVICUS Monitor)",
            List.of(
                Table.PARTNERSHIP,
                column("Country", "country", "text", "ISO 3166-1 alpha-2", "the country"),
                column(
                    "Civic space",
                    "civic_space",
                    "text",
                    "",
                    "CIVICUS Monitor rating: open, narrowed, obstructed, repressed, closed")));
    p.risks()
        .civicSpace()
        .forEach(
            (c, v) ->
                t.add(
                    List.of(c.displayName() + " (" + c.code() + ")", Labels.words(v)),
                    List.of(p.name(), c.code(), Labels.words(v))));
    tables.add(t);
    return t;
  }

  private Table powerMap(Partnership p) {
    Table t =
        new Table(
            "power_map",
            "Power map (Powercube; expressions after VeneKlasen and Miller)",
            List.of(
                Table.PARTNERSHIP,
                column("Holder", "holder", "text", "", "who holds the power"),
                column("Over", "over", "text", "", "the actor or issue it is held over"),
                column("Form", "form", "text", "", "visible, hidden or invisible"),
                column("Space", "space", "text", "", "closed, invited or claimed"),
                column("Level", "level", "text", "", "local, national or global"),
                column("Expression", "expression", "text", "", "power over, with, to or within"),
                column("Source", "source", "text", "", "where the relation was observed"),
                data("date", "date", "ISO 8601", "when it was observed"),
                column("Confidence", "confidence", "text", "", "how sure the source is")));
    for (PowerRelation r : p.powerMap().relations()) {
      String over = r.overActor().map(id -> Labels.name(p, id)).orElse(r.overIssue().orElse(""));
      t.add(
          List.of(
              Labels.name(p, r.holder()),
              over,
              Labels.words(r.form()),
              Labels.words(r.space()),
              Labels.words(r.level()),
              Labels.words(r.expression()),
              r.source() + ", " + r.date(),
              Labels.words(r.confidence())),
          List.of(
              p.name(),
              Labels.name(p, r.holder()),
              over,
              Labels.words(r.form()),
              Labels.words(r.space()),
              Labels.words(r.level()),
              Labels.words(r.expression()),
              r.source(),
              r.date().toString(),
              Labels.words(r.confidence())));
    }
    tables.add(t);
    return t;
  }

  private Table comparison(List<Partnership> ps, List<Map<String, Object>> sections) {
    Table t =
        new Table(
            "comparison",
            "The partnerships side by side",
            List.of(
                column("Partnership", "partnership", "text", "", "the partnership's name"),
                column("Form", "form", "text", "", "the partnership form"),
                column("Members", "members", "integer", "count", "how many members"),
                column(
                    "Local and national",
                    "local_and_national",
                    "integer",
                    "count",
                    "members that are local or national actors (IASC)"),
                column(
                    "Most power",
                    "most_power",
                    "text",
                    "",
                    "the member with the largest Shapley-Shubik index in the first body"),
                column(
                    "Localisation",
                    "localisation",
                    "text",
                    "",
                    "the first funder's share as directly as possible"),
                column(
                    "Lessons met / partly / not met",
                    "lessons_met",
                    "integer",
                    "count",
                    "lessons met"),
                data("lessons_partly_met", "integer", "count", "lessons partly met"),
                data("lessons_not_met", "integer", "count", "lessons not met"),
                column(
                    "Trust versus control",
                    "trust_versus_control",
                    "text",
                    "",
                    "the trust-versus-control balance in words"),
                column(
                    "High risks",
                    "high_risks",
                    "integer",
                    "count",
                    "risks scoring at least 12 (threshold of our own, illustrative)")));
    for (int i = 0; i < ps.size(); i++) {
      Partnership p = ps.get(i);
      Map<String, Object> s = sections.get(i);
      @SuppressWarnings("unchecked")
      Map<Finding.Status, Long> lessons = (Map<Finding.Status, Long>) s.remove("_lessons");
      long met = lessons.getOrDefault(Finding.Status.MET, 0L);
      long partly = lessons.getOrDefault(Finding.Status.PARTLY_MET, 0L);
      long not = lessons.getOrDefault(Finding.Status.NOT_MET, 0L);
      String local = s.remove("_local").toString();
      String localisation = s.remove("_localisation").toString();
      String balance = s.remove("_balance").toString();
      String high = s.remove("_highRisks").toString();
      String top = s.remove("_topPower").toString();
      t.add(
          List.of(
              p.name(),
              Labels.words(p.form()),
              Integer.toString(p.members().size()),
              local,
              top.isEmpty() ? "no body recorded" : top,
              localisation.isEmpty() ? "no flows recorded" : localisation,
              met + " / " + partly + " / " + not,
              balance,
              high),
          List.of(
              p.name(),
              Labels.words(p.form()),
              Integer.toString(p.members().size()),
              local,
              top,
              localisation,
              Long.toString(met),
              Long.toString(partly),
              Long.toString(not),
              balance,
              high));
    }
    tables.add(t);
    return t;
  }

  private Map<String, Object> diagram(String file, String dot, String mermaid) {
    Map<String, Object> m = new LinkedHashMap<>();
    Optional<String> svg = graphviz ? Graphviz.svg(dot, timeout) : Optional.empty();
    pictures.add(new Picture(file, svg, dot, mermaid));
    m.put("hasSvg", svg.isPresent());
    m.put("svg", svg.map(Graphviz::inline).orElse(""));
    m.put("dot", dot);
    m.put("mermaid", mermaid);
    m.put("file", file);
    m.put("installHint", Graphviz.INSTALL_HINT);
    return m;
  }

  private static final java.util.regex.Pattern CHART_ID =
      java.util.regex.Pattern.compile("^<svg id='([a-z]+[0-9]+)'");

  /**
   * Returns a chart's SVG with its element id and definition keys ({@code id='power3_clip-0'},
   * {@code url(#power3_clip-0)}) named after its file in the report instead of {@link Charts}'
   * process-wide counter, so the same report renders the same page every time and two charts of one
   * page never share an id. Only ids and references are renamed, never text.
   */
  static String stable(String svg, String file) {
    java.util.regex.Matcher m = CHART_ID.matcher(svg);
    if (!m.find()) {
      return svg;
    }
    String id =
        "chart-" + slug(file.endsWith(".svg") ? file.substring(0, file.length() - 4) : file);
    String old = m.group(1);
    return svg.replace("<svg id='" + old + "'", "<svg id='" + id + "'")
        .replace("id='" + old + "_", "id='" + id + "_")
        .replace("url(#" + old + "_", "url(#" + id + "_")
        .replace("href='#" + old + "_", "href='#" + id + "_");
  }

  private static String orNone(String list) {
    return list.isEmpty() ? "none" : list;
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Returns a file-name-safe slug of {@code text}: lower-case letters, digits and dashes. */
  static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (s.length() > 40) {
      s = s.substring(0, 40).replaceAll("-$", "");
    }
    return s.isEmpty() ? "x" : s;
  }

  static final Comparator<String> BY_NAME = Comparator.naturalOrder();
}
