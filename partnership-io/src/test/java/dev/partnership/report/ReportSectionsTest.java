package dev.partnership.report;

import static dev.partnership.report.ReportFixtures.SCRIPT;
import static dev.partnership.report.SmallAlliance.PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.model.DecisionRightsOperators;
import dev.partnership.model.DecisionRightsQueries;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example tests of the report's decision rights, scenario and four-question sections. */
class ReportSectionsTest {

  private static final Partnership SMALL = SmallAlliance.alliance();

  /** The small alliance's formal rights as a session, with the partner only informed in it. */
  private static Assessment session(Partnership p) {
    return p.query(DecisionRightsQueries.draftFromRights(LocalDate.of(2026, 11, 29)))
        .withActual(Cell.of("budget allocation", PARTNER.id()), ParticipationLevel.INFORMED);
  }

  private static PartnershipReport.Builder builder(Partnership p) {
    return PartnershipReport.builder().add(p).graphviz(false);
  }

  private static ReportData data(PartnershipReport r) {
    return new ReportData(r);
  }

  private static Table table(ReportData d, String key) {
    return d.tables.stream().filter(t -> t.key.equals(key)).findFirst().orElseThrow();
  }

  private static String html(PartnershipReport r) {
    StringWriter w = new StringWriter();
    r.writeHtml(w);
    return w.toString();
  }

  private static String markdown(PartnershipReport r) {
    StringWriter w = new StringWriter();
    r.writeMarkdown(w);
    return w.toString();
  }

  private static List<String> lines(ReportData d, String questionKey) {
    return d.questions.stream()
        .filter(q -> q.key().equals(questionKey))
        .findFirst()
        .orElseThrow()
        .answers()
        .get(0)
        .lines();
  }

  // ------------------------------------------------------------- decision rights

  @Test
  void theDecisionRightsTableHasOneRowPerDecisionAndMemberByName() {
    Table t = table(data(builder(SMALL).build()), "decision_rights");
    assertEquals(
        List.of(
            List.of(
                "budget allocation",
                "resources among partners",
                "Board",
                "Mama Doe",
                "4 decides",
                ""),
            List.of(
                "budget allocation",
                "resources among partners",
                "Board",
                "Kenya Women",
                "2 consulted",
                "")),
        t.display);
    assertEquals(
        List.of(
            "Small alliance",
            "budget allocation",
            "resources among partners",
            "Board",
            "Kenya Women",
            "KE-NGO-1",
            "2 consulted",
            "2",
            ""),
        t.data.get(1));
    assertEquals(List.of("Decision", "Area", "Taken by", "Member", "Level", "Source"), t.headers);
  }

  @Test
  void aDecisionWithoutLevelsHasARowOfItsOwnAndNoBodyIsSaid() {
    Partnership p =
        SMALL.with(
            DecisionRightsOperators.reserve(
                dev.partnership.participation.Decision.of(
                    "strategy", dev.partnership.participation.DecisionArea.AGENDA_AND_STRATEGY),
                SmallAlliance.LEAD.id()));
    Partnership unassigned =
        p.with(DecisionRightsOperators.removeLevel("strategy", SmallAlliance.LEAD.id()));
    Table t = table(data(builder(unassigned).build()), "decision_rights");
    assertEquals(
        List.of("strategy", "agenda and strategy", "no body recorded", "", "", ""),
        t.display.get(2));
    assertEquals("", t.data.get(2).get(3), "the body's CSV cell is empty, not words");
  }

  @Test
  void withoutDecisionRightsTheSectionIsLeftOut() {
    String html = html(builder(ReportFixtures.hostile()).build());
    assertFalse(html.contains("Decision rights: who formally decides what"));
  }

  @Test
  void theSessionIsSetAgainstTheFormalRightsWithGapsMarked() {
    PartnershipReport r = builder(SMALL).session(SMALL.id(), session(SMALL)).build();
    ReportData d = data(r);
    Table t = table(d, "rights_versus_session");
    assertTrue(
        t.display.contains(List.of("budget allocation", "Mama Doe", "4 decides", "4 decides", "")),
        t.display.toString());
    assertTrue(
        t.display.contains(
            List.of(
                "budget allocation",
                "Kenya Women",
                "1 informed",
                "2 consulted",
                "gap: 1 step less say in practice")),
        t.display.toString());
    String html = html(r);
    assertTrue(
        html.contains("1 of 2 comparable cells differ between the session and the formal rights"),
        "the summary");
    assertTrue(html.contains("id=\"p1-small-rights-gaps\""));
  }

  @Test
  void inlinedDiagramsGetIdsOfTheirOwn() {
    String svg =
        "<svg width=\"8pt\"><g id=\"graph0\" class=\"graph\"><g id=\"node1\"><title>a</title>"
            + "<a xlink:href=\"#node1\"/><path fill=\"url(#l_0)\"/></g></g></svg>";
    assertEquals(
        "<svg width=\"8pt\"><g id=\"p1-members-graph0\" class=\"graph\"><g id=\"p1-members-node1\">"
            + "<title>a</title><a xlink:href=\"#p1-members-node1\"/>"
            + "<path fill=\"url(#p1-members-l_0)\"/></g></g></svg>",
        ReportData.prefixIds(svg, "p1-members"));
  }

  @Test
  void timelineValuesShowOneDecimalAndSmallOnesThreeSignificantDigits() {
    assertEquals("11.1", ReportData.number(100.0 / 9));
    assertEquals("-14.3", ReportData.number(-100.0 / 7));
    assertEquals("55.6", ReportData.number(5.0 / 9 * 100));
    assertEquals("0.0123", ReportData.number(0.012345));
    assertEquals("5", ReportData.number(5));
    assertEquals("-0", ReportData.number(-0.0));
    assertEquals("1000000000000000.0", ReportData.number(1e15));
  }

  @Test
  void aSessionOfAnotherPartnershipIsRefusedInTheSectionNotTheReport() {
    Assessment other =
        Assessment.builder().from(session(SMALL)).partnershipId("someone-else").build();
    String html = html(builder(SMALL).session(SMALL.id(), other).build());
    assertTrue(
        html.contains(
            "The session was not compared with the decision rights: partnership (someone-else)"
                + " of the session must be small"),
        "the summary");
    // nothing else fills the refused comparison: not the report's comparison table, not the
    // section's member summary (Mustache would find both in the enclosing contexts)
    String rights =
        html.substring(
            html.indexOf("id=\"p1-small-rights-gaps\""), html.indexOf("id=\"p1-small-funding\""));
    assertFalse(rights.contains("<table"), rights);
    assertFalse(rights.contains("class=\"summary\""), rights);
  }

  @Test
  void everyPartnershipWithASessionGetsItsOwnPatPictureAndAnchor() {
    Partnership second =
        Partnership.builder().from(SmallAlliance.alliance()).id("second").name("Second").build();
    PartnershipReport r =
        builder(SMALL)
            .add(second)
            .session(SMALL.id(), session(SMALL))
            .session(second.id(), session(second))
            .build();
    ReportData d = data(r);
    List<String> files = d.pictures.stream().map(ReportData.Picture::file).toList();
    assertTrue(files.contains("p1-small-pat.svg"), files.toString());
    assertTrue(files.contains("p2-second-pat.svg"), files.toString());
    String html = html(r);
    assertTrue(html.contains("id=\"p1-small-pat\""));
    assertTrue(html.contains("id=\"p2-second-pat\""));
    assertEquals(2, d.tables.stream().filter(t -> t.key.equals("pat")).count());
  }

  // ------------------------------------------------------------- scenarios

  @Test
  void theTimelineShowsEveryStateWithPercentagesChangesAndSkippedSteps() {
    PartnershipReport r =
        builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build();
    Table t = table(data(r), "scenario_timeline");
    assertEquals(
        List.of(
            "#",
            "Date",
            "Step",
            "local and national members",
            "power concentration in Board",
            "trust vs control",
            "unmet principles",
            "unmitigated high risks",
            "to local and national from Dutch Ministry (EUR)"),
        t.headers);
    assertEquals(
        List.of(
            "0",
            "",
            "start: Small alliance",
            "33.3%",
            "100.0%",
            "-20.0% (balanced)",
            "2",
            "1",
            "30.0%"),
        t.display.get(0));
    assertEquals(
        List.of(
            "1",
            "2025-01",
            "the board needs both",
            "33.3%",
            "50.0% (-50.0 pp)",
            "-20.0% (balanced)",
            "1 (-1)",
            "1",
            "30.0%"),
        t.display.get(1));
    assertEquals(
        "a seat on a body that does not exist (skipped: body (Assembly) is not a governing body"
            + " of small; bodies are [Board])",
        t.display.get(3).get(2));
    // long CSV: one row per state and metric
    assertEquals(4 * 6, t.data.size());
    assertEquals(
        List.of(
            "Small alliance",
            "1",
            "2025-01",
            "the board needs both",
            "",
            "power concentration in Board",
            "0.5",
            "1/2",
            "50.0%",
            "-50.0 pp",
            ""),
        t.data.get(6 + 1));
  }

  @Test
  void aMetricThatCannotBeComputedShowsNotAvailableWithTheReason() {
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "the board is dissolved",
                DecisionRightsOperators.unassign("budget allocation"),
                GovernanceOperators.dissolve("Board"));
    Table t = table(data(builder(SMALL).scenario(SMALL.id(), s).build()), "scenario_timeline");
    String cell = t.display.get(1).get(4);
    assertTrue(cell.startsWith("n/a (") && cell.contains("Board"), cell);
    assertEquals("", t.data.get(6 + 1).get(6), "no value in the CSV");
    assertFalse(t.data.get(6 + 1).get(10).isEmpty(), "the reason in the CSV");
  }

  @Test
  void theShiftNamesWhoGainedAndLostAndTheDirections() {
    PartnershipReport r =
        builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build();
    ReportData d = data(r);
    Table movements = table(d, "shift_movements");
    assertEquals(
        List.of(
            "Shapley-Shubik power in the Board",
            "Mama Doe",
            "Kenya Women",
            "50.0 percentage points",
            "vertical, downward"),
        movements.display.get(1));
    Table changes = table(d, "shift_changes");
    assertTrue(
        changes.display.contains(
            List.of(
                "Kenya Women",
                "local/national",
                "say in the decision \u201cbudget allocation\u201d",
                "consulted (2)",
                "co-decides (3)",
                "gained 1 PAT level")),
        changes.display.toString());
    String html = html(r);
    assertTrue(
        html.contains(
            "<li>Kenya Women gained 50.0 percentage points of Shapley-Shubik power in the Board"
                + " (from 0.0% to 50.0%) \u2014 vertical, downward</li>"),
        "the summary");
    assertTrue(html.contains("Net: Shapley-Shubik power in the Board moved towards local and"));
    assertTrue(
        d.pictures.stream().anyMatch(p -> p.file().equals("p1-small-timeline.svg")),
        "the timeline chart is a picture file");
  }

  @Test
  void aScenarioMustStartFromItsPartnership() {
    Partnership other = Partnership.builder().from(SMALL).id("other").build();
    PartnershipReport.Builder b = builder(SMALL);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> b.scenario(SMALL.id(), SmallAlliance.scenario(other)));
    assertEquals(
        "scenario starts from partnership other; it must start from small to be its scenario",
        e.getMessage());
  }

  @Test
  void aPartnershipHasAtMostOneScenario() {
    PartnershipReport.Builder b =
        builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> b.scenario(SMALL.id(), Scenario.start(SMALL)));
    assertTrue(e.getMessage().contains("already given"), e.getMessage());
  }

  @Test
  void aScenarioOfNoPartnershipOfTheReportIsRefusedAtBuild() {
    Partnership other = Partnership.builder().from(SMALL).id("other").build();
    PartnershipReport.Builder b = builder(SMALL).scenario("other", Scenario.start(other));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("scenario for other names no partnership of the report", e.getMessage());
  }

  @Test
  void aScenarioWithoutStepsShowsOneStateAndNoShift() {
    PartnershipReport r = builder(SMALL).scenario(SMALL.id(), Scenario.start(SMALL)).build();
    ReportData d = data(r);
    assertEquals(1, table(d, "scenario_timeline").display.size());
    assertTrue(table(d, "shift_movements").display.isEmpty());
    assertTrue(html(r).contains("No power moved: the two states are equal in every measure."));
    assertEquals(
        List.of(
            "The scenario moves no decision-making power (no power, decision level or"
                + " deciding seat changes hands)."),
        lines(d, "q-shift").subList(0, 1));
  }

  // ------------------------------------------------------------- the four questions

  @Test
  void questionAWithoutAScenarioNamesTheDutchMembersMoneyAndSeats() {
    List<String> a = lines(data(builder(SMALL).build()), "q-dutch");
    assertEquals(
        "Dutch Ministry (Government): funder; provides 1,000,000.00 EUR; no seat in a governing"
            + " body.",
        a.get(0));
    assertEquals(
        "Mama Doe (National NGO): lead, re-granter; receives 1,000,000.00 EUR and passes on"
            + " 300,000.00 EUR (re-granting); seats: Board (weight 3, 100.0% of the power"
            + " (Shapley-Shubik)); decision rights: budget allocation 4 decides.",
        a.get(1));
    assertTrue(a.get(a.size() - 1).contains("not in the data"), a.toString());
  }

  @Test
  void questionAWithAScenarioSaysWhatTheShiftChangesForEachDutchMember() {
    List<String> a =
        lines(
            data(builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build()),
            "q-dutch");
    assertTrue(a.get(0).endsWith("; the scenario changes nothing for it."), a.get(0));
    assertTrue(
        a.get(1)
            .endsWith(
                "; in the scenario it lost 50.0 percentage points of Shapley-Shubik power in the"
                    + " Board."),
        a.get(1));
  }

  @Test
  void questionAWithoutDutchMembersSaysSo() {
    List<String> a = lines(data(builder(ReportFixtures.large(3)).build()), "q-dutch");
    assertEquals("No member has its home country in the Netherlands (NL) in the data.", a.get(0));
  }

  @Test
  void questionBWithoutAScenarioSaysTheModelCannotTell() {
    ReportData d = data(builder(SMALL).build());
    assertEquals(
        List.of("No scenario given: the model cannot say where power moved."), lines(d, "q-shift"));
  }

  @Test
  void questionBWithAScenarioNamesTheMovementsByDirection() {
    List<String> b =
        lines(
            data(builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build()),
            "q-shift");
    assertEquals(
        "Vertical, downward: Kenya Women took 50.0 percentage points of Shapley-Shubik power in"
            + " the Board from Mama Doe.",
        b.get(0));
    assertEquals(
        "Gained with no matching loss: Kenya Women gained 1 PAT level of say in the decision"
            + " \u201cbudget allocation\u201d.",
        b.get(1));
    assertTrue(b.get(2).startsWith("Net: Shapley-Shubik power in the Board moved towards local"));
    assertTrue(
        b.contains(
            "1 step of the scenario did not apply and was skipped; the shift is of the steps that"
                + " did."));
  }

  @Test
  void questionCGivesTheLeadAndItsBalanceWithOneDecimal() {
    List<String> c = lines(data(builder(SMALL).build()), "q-balance");
    assertEquals(
        "Lead Mama Doe: balanced: balance -20.0% (trust 2, control 3; weights and cut-offs of our"
            + " own, illustrative).",
        c.get(0));
    assertEquals("Trust: multi year funding (+2).", c.get(1));
    assertEquals("Control: earmarking (\u22123).", c.get(2));
  }

  @Test
  void questionCWithoutMechanismsOrLeadSaysTheBalanceIsUnknown() {
    List<String> c = lines(data(builder(ReportFixtures.hostile()).build()), "q-balance");
    assertEquals(
        "Lead " + SCRIPT + ": no trust or control mechanism recorded, so the balance is unknown.",
        c.get(0));
  }

  @Test
  void questionDNamesTheBearersAndTheUnmitigatedHighRisks() {
    List<String> d = lines(data(builder(SMALL).build()), "q-risks");
    assertEquals("1 risk recorded; borne by Kenya Women 1 (security).", d.get(0));
    assertEquals("No risk owner recorded.", d.get(1));
    assertEquals(
        "High risks without a mitigation: R1 (security, score 16, borne by Kenya Women).",
        d.get(2));
    assertEquals("Transferred to local partners: R1; shared: none.", d.get(3));
  }

  @Test
  void questionDWithAScenarioSaysHowTheRegisterChanges() {
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "the risk is mitigated",
                dev.partnership.model.RiskOperators.mitigate("R1", "security training"));
    List<String> d = lines(data(builder(SMALL).scenario(SMALL.id(), s).build()), "q-risks");
    assertTrue(
        d.contains(
            "In the scenario: R1 mitigations 0 \u2192 1; high risks without a mitigation 1 \u2192"
                + " 0."),
        d.toString());
  }

  @Test
  void theAnswersLinkToAnchorsThatExistInTheHtml() {
    PartnershipReport r =
        builder(SMALL)
            .session(SMALL.id(), session(SMALL))
            .scenario(SMALL.id(), SmallAlliance.scenario(SMALL))
            .build();
    String html = html(r);
    int links = 0;
    for (Questions.Question q : data(r).questions) {
      for (Questions.Answer a : q.answers()) {
        for (Questions.Link l : a.links()) {
          links++;
          assertTrue(html.contains("href=\"" + l.href() + "\""), l.toString());
          assertTrue(html.contains("id=\"" + l.href().substring(1) + "\""), l.toString());
        }
      }
    }
    assertEquals(10, links);
    String md = markdown(r);
    assertTrue(md.contains("[the shift](#p1-small-shift)"), md);
    assertTrue(md.contains("<a id=\"p1-small-shift\"></a>"), md);
  }

  @Test
  void comparisonTextHasTheComparisonAndTheFourAnswersInPlainText() {
    String text =
        builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build().comparisonText();
    assertTrue(text.startsWith("The partnerships side by side\n  Small alliance: form alliance"));
    assertTrue(
        text.contains(
            "(b) Where was decision-making power effectively shifted?\n  Small alliance:\n"
                + "    Vertical, downward: Kenya Women took 50.0 percentage points"),
        text);
    for (String q :
        List.of(Questions.DUTCH, Questions.SHIFTED, Questions.BALANCE, Questions.RISKS)) {
      assertTrue(text.contains(q), q);
    }
    assertFalse(text.contains("<"), "plain text has no markup");
  }

  // ------------------------------------------------------------- escaping and CSV

  private static PartnershipReport hostileEverywhere() {
    Organization lead = Organization.of("NL-KVK-1", SCRIPT, OrganizationType.NATIONAL_NGO, "NL");
    Partnership p = SmallAlliance.alliance(lead);
    return builder(p)
        .session(p.id(), session(p))
        .scenario(p.id(), SmallAlliance.scenario(p))
        .build();
  }

  private static String between(String text, String from, String to) {
    int i = text.indexOf(from);
    assertTrue(i >= 0, "no " + from);
    int j = text.indexOf(to, i + from.length());
    assertTrue(j >= 0, "no " + to + " after " + from);
    return text.substring(i, j);
  }

  @Test
  void aMemberNamedScriptShowsAsTextInEveryNewSection() {
    String html = html(hostileEverywhere());
    assertFalse(html.toLowerCase().contains("<script"), "a script element in the HTML");
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    String rights = between(html, "id=\"p1-small-rights\"", "id=\"p1-small-funding\"");
    assertTrue(rights.contains("<td>" + escaped + "</td>"), rights);
    String gaps = between(html, "id=\"p1-small-rights-gaps\"", "id=\"p1-small-funding\"");
    assertTrue(gaps.contains(escaped), gaps);
    String scenario = between(html, "id=\"p1-small-scenario\"", "</section>");
    assertTrue(scenario.contains("<li>" + escaped + " lost 50.0 percentage points"), scenario);
    String questions = between(html, "id=\"questions\"", "</table>");
    for (String key : List.of("q-dutch", "q-shift", "q-balance")) {
      String row = between(questions, "id=\"" + key + "\"", "</tr>");
      assertTrue(row.contains(escaped), key + ": " + row);
    }
    String md = markdown(hostileEverywhere());
    assertFalse(md.contains("<script"), "raw <script> in the Markdown");
    assertTrue(md.contains("**Small alliance**: Dutch Ministry"), md);
  }

  @Test
  void theNewCsvFilesHaveTheDictionarysColumns(@TempDir Path dir) throws IOException {
    hostileEverywhere().writeCsv(dir);
    Map<String, List<String>> dictionary = new java.util.LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(dir.resolve("data-dictionary.csv"));
        CSVParser parser = parser(in)) {
      for (CSVRecord r : parser) {
        dictionary.computeIfAbsent(r.get("file"), k -> new ArrayList<>()).add(r.get("column"));
      }
    }
    for (String file :
        List.of(
            "decision_rights.csv",
            "rights_versus_session.csv",
            "scenario_timeline.csv",
            "shift_changes.csv",
            "shift_movements.csv",
            "questions.csv")) {
      try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
          CSVParser parser = parser(in)) {
        assertEquals(dictionary.get(file), parser.getHeaderNames(), file);
        List<CSVRecord> rows = parser.getRecords();
        assertFalse(rows.isEmpty(), file);
        for (CSVRecord row : rows) {
          assertEquals(parser.getHeaderNames().size(), row.size(), file + ": " + row);
        }
      }
    }
    try (Reader in = Files.newBufferedReader(dir.resolve("decision_rights.csv"));
        CSVParser parser = parser(in)) {
      CSVRecord first = parser.getRecords().get(0);
      assertEquals(SCRIPT, first.get("member"));
      assertEquals("4", first.get("level"));
      assertEquals("4 decides", first.get("level_label"));
    }
    try (Reader in = Files.newBufferedReader(dir.resolve("questions.csv"));
        CSVParser parser = parser(in)) {
      assertEquals(4, parser.getRecords().size(), "one row per question and partnership");
    }
  }

  private static CSVParser parser(Reader in) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
  }

  // ------------------------------------------------------------- words and numbers

  @Test
  void labelsReadAsPeopleSayThem() {
    assertEquals("3 co-decides", Labels.level(ParticipationLevel.CO_DECIDES));
    assertEquals("0 not informed", Labels.level(ParticipationLevel.NOT_INFORMED));
    assertEquals("not scored", Labels.level(Optional.empty(), "not scored"));
    assertEquals("+4.5 pp", Labels.points(0.045));
    assertEquals("-50.0 pp", Labels.points(-0.5));
    assertEquals("+0.0 pp", Labels.points(0.0001));
    assertEquals("-0.0 pp", Labels.points(-0.0001));
    assertEquals("33.3%", Labels.percent(1.0 / 3));
  }

  @Test
  void aMetricNamingAMemberByIdentifierShowsItsName() {
    var metric =
        dev.partnership.scenario.Metrics.localisation(
            SmallAlliance.MINISTRY.id(), java.util.Currency.getInstance("EUR"));
    assertEquals(
        "to local and national from Dutch Ministry (EUR)",
        ScenarioSection.metricName(metric, SMALL));
  }

  @Test
  void theComparisonGivesEachPartnershipItsOwnMostPowerAndLocalisation() {
    PartnershipReport r = builder(SMALL).add(ReportFixtures.large(3)).build();
    Table t = table(data(r), "comparison");
    assertEquals("Mama Doe in the Board: 100.0% (Shapley-Shubik)", t.display.get(0).get(4));
    assertEquals("30.0% of Dutch Ministry's EUR", t.display.get(0).get(5));
    assertEquals("no body recorded", t.display.get(1).get(4), "not the first partnership's");
    assertEquals("no flows recorded", t.display.get(1).get(5), "not the first partnership's");
  }

  @Test
  void questionCNamesTheSecretariatWhenNoLeadIsRecorded() {
    Partnership network = ReportFixtures.large(2);
    Partnership noLead =
        Partnership.builder()
            .from(network)
            .members(
                network.members().stream()
                    .map(
                        m ->
                            dev.partnership.model.Membership.of(
                                m.organization(), dev.partnership.model.Role.SECRETARIAT))
                    .limit(1)
                    .toList())
            .build();
    List<String> c = lines(data(builder(noLead).build()), "q-balance");
    assertEquals(
        "No lead recorded; secretariat Member <0> & \"co\": no trust or control mechanism"
            + " recorded, so the balance is unknown.",
        c.get(0));
  }

  @Test
  void questionBGroupsManyMovementsByGainerAndCountsTheRest() {
    assertEquals("", Questions.summarised(List.of()));
    assertEquals("A", Questions.summarised(List.of("A")));
    assertEquals("A and B", Questions.summarised(List.of("A", "B")));
    assertEquals("A, B and C", Questions.summarised(List.of("A", "B", "C")));
    assertEquals("A, B, C and 2 more", Questions.summarised(List.of("A", "B", "C", "D", "E")));
    // five equal members; one of them gains weight: four horizontal movements to one gainer
    Partnership network = ReportFixtures.large(5);
    java.util.List<dev.partnership.governance.Seat> seats = new ArrayList<>();
    network
        .members()
        .forEach(m -> seats.add(dev.partnership.governance.Seat.of(m.organization().id())));
    Partnership p =
        network.with(
            GovernanceOperators.establish(
                dev.partnership.governance.GoverningBody.of(
                    "Council",
                    dev.partnership.governance.BodyType.BOARD,
                    dev.partnership.governance.DecisionRule.simpleMajority(),
                    seats.toArray(dev.partnership.governance.Seat[]::new))));
    var gainer = network.members().get(1).organization().id();
    Scenario s =
        Scenario.start(p)
            .then("2025-01", "one weighs 3", GovernanceOperators.reweight("Council", gainer, 3));
    List<String> b = lines(data(builder(p).scenario(p.id(), s).build()), "q-shift");
    assertEquals(
        "Vertical, downward: Member <1> & \"co\" took 10.0 percentage points of Shapley-Shubik"
            + " power in the Council from Member <0> & \"co\".",
        b.get(0));
    assertTrue(b.get(1).startsWith("Horizontal: Member <1> & \"co\" took "), b.get(1));
    assertTrue(
        b.get(1)
            .endsWith(" from Member <2> & \"co\", Member <3> & \"co\" and Member <4> & \"co\"."),
        b.get(1));
  }

  @Test
  void questionCWithAScenarioGivesTheBalanceBeforeAndAfter() {
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "unearmarked funding",
                dev.partnership.model.PracticeOperators.replaceControl(
                    dev.partnership.practice.ControlMechanism.EARMARKING,
                    dev.partnership.practice.TrustMechanism.UNEARMARKED_FUNDING));
    List<String> c = lines(data(builder(SMALL).scenario(SMALL.id(), s).build()), "q-balance");
    assertTrue(
        c.contains(
            "In the scenario: from balanced: balance -20.0% (trust 2, control 3; weights and"
                + " cut-offs of our own, illustrative) to trust-based: balance 100.0% (trust 5,"
                + " control 0; weights and cut-offs of our own, illustrative)."),
        c.toString());
  }

  @Test
  void changesReadWithSignsAndNothingForNotAvailable() {
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "the board is dissolved",
                DecisionRightsOperators.unassign("budget allocation"),
                GovernanceOperators.dissolve("Board"))
            .then(
                "2025-02",
                "the board is back",
                GovernanceOperators.establish(SMALL.bodies().get(0)));
    Table t = table(data(builder(SMALL).scenario(SMALL.id(), s).build()), "scenario_timeline");
    assertTrue(t.display.get(1).get(4).startsWith("n/a ("), t.display.get(1).get(4));
    assertEquals("100.0%", t.display.get(2).get(4), "no change from n/a");
  }

  @Test
  void theBuilderRefusesNullsByName() {
    PartnershipReport.Builder b = builder(SMALL);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> b.scenario(null, Scenario.start(SMALL)));
    assertEquals("partnershipId", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> b.scenario(SMALL.id(), null));
    assertEquals("scenario", e.getMessage());
  }

  @Test
  void theSessionsOrganisationsThatAreNotMembersAreNamed() {
    Assessment a = session(SMALL);
    Organization guest =
        Organization.of("GH-NGO-9", "Guest network", OrganizationType.REGIONAL_NGO, "GH");
    Assessment withGuest =
        Assessment.builder()
            .from(a)
            .addOrganizations(guest)
            .putActual(Cell.of("budget allocation", guest.id()), ParticipationLevel.CONSULTED)
            .build();
    String html = html(builder(SMALL).session(SMALL.id(), withGuest).build());
    assertTrue(html.contains("in the session but not members: Guest network"), "guest named");
  }

  @Test
  void chartIdsAreNamedAfterTheirFilesSoTheSamePageRendersTwiceAlike() {
    PartnershipReport r =
        builder(SMALL)
            .session(SMALL.id(), session(SMALL))
            .scenario(SMALL.id(), SmallAlliance.scenario(SMALL))
            .build();
    String first = html(r);
    assertEquals(
        first,
        html(
            builder(SMALL)
                .session(SMALL.id(), session(SMALL))
                .scenario(SMALL.id(), SmallAlliance.scenario(SMALL))
                .build()));
    assertTrue(first.contains("<svg id='chart-p1-small-timeline'"), "the scenario chart");
    assertTrue(first.contains("<svg id='chart-p1-small-pat'"), "the PAT heat map");
    assertTrue(first.contains("<svg id='chart-p1-small-body1-board'"), "the power bars");
    assertTrue(first.contains("url(#chart-p1-small-timeline_clip-0)"), "references renamed");
    assertEquals(
        "<svg id='x'>power7_ text</svg>",
        ReportData.stable("<svg id='x'>power7_ text</svg>", "f.svg"),
        "an SVG without a counter id is left alone");
  }

  @Test
  void aDecisionRuleReadsInWordsWithVetoHoldersByName() {
    var rule =
        dev.partnership.governance.DecisionRule.qualifiedMajority(2, 3)
            .withVetoHolders(SmallAlliance.LEAD.id())
            .withMinimumMembers(2);
    assertEquals(
        "qualified majority 2/3 (66.7%), veto: Mama Doe, at least 2 members",
        Labels.rule(SMALL, rule));
    assertEquals(
        "weighted quota 3",
        Labels.rule(SMALL, dev.partnership.governance.DecisionRule.weightedQuota(3)));
    assertTrue(
        html(builder(SMALL).build()).contains("<h4>Board (board; rule: weighted quota 3)</h4>"));
  }

  @Test
  void theSkippedStepIsNamedAboveTheTimelineAndInTheChartLabels() {
    PartnershipReport r =
        builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build();
    assertTrue(
        html(r)
            .contains(
                "<li>step 3 (2025-09 \u201ca seat on a body that does not exist\u201d): body"
                    + " (Assembly) is not a governing body of small; bodies are [Board]</li>"),
        "the skipped step above the timeline");
    var t = ScenarioSection.replay(SmallAlliance.scenario(SMALL)).timeline();
    assertEquals(
        List.of("start", "1: 2025-01", "2: 2025-06", "3: 2025-09 (skipped)"),
        ScenarioSection.stateLabels(t));
  }

  @Test
  void theChartDrawsThePercentagesOnlyInPercentWithGapsWhereNotAvailable() {
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "the board is dissolved",
                DecisionRightsOperators.unassign("budget allocation"),
                GovernanceOperators.dissolve("Board"));
    Map<String, List<Double>> series =
        ScenarioSection.percentSeries(ScenarioSection.replay(s).timeline());
    assertEquals(
        List.of(
            "local and national members",
            "power concentration in Board",
            "trust vs control",
            "to local and national from Dutch Ministry (EUR)"),
        List.copyOf(series.keySet()),
        "counts are left to the table");
    assertEquals(Arrays.asList(100.0, null), series.get("power concentration in Board"));
    assertEquals(List.of(-20.0, -20.0), series.get("trust vs control"));
    assertEquals(30.0, series.get("to local and national from Dutch Ministry (EUR)").get(0), 1e-9);
  }

  @Test
  void aRoleGainedInTheScenarioIsNamedForTheDutchMember() {
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "the ministry lobbies",
                dev.partnership.model.PartnershipOperators.assignRole(
                    SmallAlliance.MINISTRY.id(), dev.partnership.model.Role.LOBBY_PARTNER));
    List<String> a = lines(data(builder(SMALL).scenario(SMALL.id(), s).build()), "q-dutch");
    assertTrue(
        a.get(0).endsWith("; in the scenario it gained the role of lobby partner."), a.get(0));
  }

  @Test
  void membersWithoutAHomeCountryAreCountedAsPossiblyDutch() {
    Partnership p =
        SMALL.with(
            dev.partnership.model.PartnershipOperators.admit(
                Organization.of("Somewhere network", OrganizationType.REGIONAL_NGO),
                dev.partnership.model.Role.MEMBER));
    List<String> a = lines(data(builder(p).build()), "q-dutch");
    assertEquals("1 member has no home country recorded and may be Dutch too.", a.get(2));
  }

  @Test
  void questionDNamesOwnersAndTheRegistersChangesInTheScenario() {
    Partnership owned =
        SMALL.with(dev.partnership.model.RiskOperators.changeOwner("R1", SmallAlliance.LEAD.id()));
    List<String> d = lines(data(builder(owned).build()), "q-risks");
    assertEquals("Owned by Mama Doe.", d.get(1));
    Scenario s =
        Scenario.start(SMALL)
            .then(
                "2025-01",
                "a new risk, the old one gone",
                dev.partnership.model.RiskOperators.addRisk(
                    dev.partnership.risk.Risk.builder()
                        .id("R2")
                        .area(dev.partnership.risk.RiskArea.FIDUCIARY)
                        .description("funds misused")
                        .likelihood(dev.partnership.risk.Likelihood.UNLIKELY)
                        .impact(dev.partnership.risk.Impact.MINOR)
                        .bearer(SmallAlliance.LEAD.id())
                        .build()),
                dev.partnership.model.RiskOperators.removeRisk("R1"));
    List<String> after = lines(data(builder(SMALL).scenario(SMALL.id(), s).build()), "q-risks");
    assertTrue(
        after.contains(
            "In the scenario: R2 added (borne by Mama Doe); R1 removed; high risks without a"
                + " mitigation 1 \u2192 0."),
        after.toString());
    assertTrue(
        lines(data(builder(SMALL).build()), "q-balance")
            .contains("Largest move: replace earmarking by unearmarked funding (balance 100.0%)."));
  }

  @Test
  void decisionsOnlyOneSideListsAreNamed() {
    Partnership p =
        SMALL.with(
            DecisionRightsOperators.assignToBody(
                dev.partnership.participation.Decision.of(
                    "strategy", dev.partnership.participation.DecisionArea.AGENDA_AND_STRATEGY),
                "Board"));
    Assessment a =
        Assessment.builder()
            .from(session(SMALL))
            .addDecisions(
                dev.partnership.participation.Decision.of(
                    "partner selection",
                    dev.partnership.participation.DecisionArea.PARTNER_SELECTION))
            .build();
    String html = html(builder(p).session(p.id(), a).build());
    assertTrue(
        html.contains(
            "1 of 2 comparable cells differ between the session and the formal rights; only in the"
                + " session: partner selection; only in the decision rights: strategy."),
        "both sides named");
  }

  @Test
  void aLaterSessionReplacesAnEarlierOneOfTheSamePartnership() {
    Assessment later =
        session(SMALL)
            .withActual(Cell.of("budget allocation", PARTNER.id()), ParticipationLevel.DECIDES);
    PartnershipReport r =
        builder(SMALL).session(SMALL.id(), session(SMALL)).session(SMALL.id(), later).build();
    assertEquals(later, r.sessions().get(SMALL.id()));
    assertEquals(1, data(r).tables.stream().filter(t -> t.key.equals("pat")).count());
  }

  @Test
  void aLongShiftPointsAtTheTablesNotAtMethodsAndStepsAreCountedInWords() {
    Partnership network = ReportFixtures.large(12);
    List<dev.partnership.governance.Seat> seats = new ArrayList<>();
    network
        .members()
        .forEach(m -> seats.add(dev.partnership.governance.Seat.of(m.organization().id())));
    Partnership p =
        network.with(
            GovernanceOperators.establish(
                dev.partnership.governance.GoverningBody.of(
                    "Council",
                    dev.partnership.governance.BodyType.BOARD,
                    dev.partnership.governance.DecisionRule.simpleMajority(),
                    seats.toArray(dev.partnership.governance.Seat[]::new))));
    Scenario s =
        Scenario.start(p)
            .then(
                "2025-01",
                "one weighs 5",
                GovernanceOperators.reweight(
                    "Council", network.members().get(3).organization().id(), 5));
    String html = html(builder(p).scenario(p.id(), s).build());
    assertTrue(html.contains("<h3>Scenario: 1 step from Large network</h3>"), "one step");
    assertTrue(
        html.contains(
            "more organisations changed in Banzhaf power in the Council (see the tables below)"),
        "points at the tables");
    assertFalse(html.contains("lists every one"), "no method names for readers");
    assertTrue(
        html(builder(SMALL).scenario(SMALL.id(), SmallAlliance.scenario(SMALL)).build())
            .contains("<h3>Scenario: 3 steps from Small alliance</h3>"));
  }

  @Test
  void oneLoserToManyGainersReadsAsOneSentencePerLoser() {
    Partnership network = ReportFixtures.large(4);
    var lead = network.members().get(0).organization().id();
    List<dev.partnership.actors.OrganizationId> others =
        network.members().stream().skip(1).map(m -> m.organization().id()).toList();
    var budget = SmallAlliance.BUDGET;
    Partnership p =
        network
            .with(
                DecisionRightsOperators.delegate(budget, List.of(lead), ParticipationLevel.DECIDES))
            .with(DecisionRightsOperators.delegate(budget, others, ParticipationLevel.CONSULTED));
    Scenario s =
        Scenario.start(p)
            .then(
                "2025-01",
                "the budget is shared",
                DecisionRightsOperators.delegate(
                    budget.name(), List.of(lead), ParticipationLevel.CONSULTED),
                DecisionRightsOperators.delegate(
                    budget.name(), others, ParticipationLevel.CO_DECIDES));
    List<String> b = lines(data(builder(p).scenario(p.id(), s).build()), "q-shift");
    assertEquals(
        "Vertical, downward: Member <0> & \"co\" gave 2 PAT levels of say in the decision"
            + " \u201cbudget allocation\u201d to Member <1> & \"co\", Member <2> & \"co\" and"
            + " Member <3> & \"co\".",
        b.get(0));
  }
}
