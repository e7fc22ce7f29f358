package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example's {@code main} and checks what it prints. */
class ExamplesSmokeTest {

  static String run(Runnable main) {
    PrintStream old = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(old);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gppacScenarioExamplePrintsTheTimelineAndTheShiftByName() {
    String out = run(() -> GppacScenarioExample.main(new String[0]));
    assertTrue(out.startsWith("# An illustrative scenario for GPPAC"), out);
    assertTrue(
        out.lines()
            .anyMatch(
                l ->
                    l.startsWith("1 | 2022-01 | regional representatives weigh double in the ISG")
                        && l.contains("| 91.2% (+7.8 pp)")),
        out);
    assertTrue(
        out.lines()
            .anyMatch(
                l ->
                    l.startsWith("2 | 2022-06 | the regional networks decide the budget")
                        && l.contains("| 15 (+15)")),
        out);
    assertTrue(
        out.lines()
            .anyMatch(
                l ->
                    l.startsWith("4 | 2023-03 | security support for the Central Asia network")
                        && l.contains("| 0 (-1)")),
        out);
    assertTrue(
        out.contains(
            "International NGO 1 (illustrative) lost 2.6 percentage points of Banzhaf power in the"
                + " International Steering Group (from 5.6% to 2.9%) — horizontal"),
        out);
    assertFalse(out.contains("gppac-"), out);
  }

  @Test
  void partosMeetupWritesTheReportAndPrintsTheComparisonByName(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("partos report");
    String printed = run(() -> PartosMeetup.main(new String[] {out.toString()}));
    assertTrue(
        printed.startsWith(
            "# Strategic partnerships in international advocacy: the Partos meet-up's alliances"),
        printed);
    assertTrue(printed.contains("| Alliance | Count Me In! 2.0 | GPPAC | FAIR |"), printed);
    assertTrue(
        printed.contains(
            "| Lead | Mama Cash | no lead; secretariat: GPPAC Global Secretariat | Oxfam Novib |"),
        printed);
    assertTrue(
        printed.contains(
            "| Local and national (IASC) | 0 of 8 (0.0%) | 0 of 20 (0.0%) | 1 of 11 (9.1%) |"),
        printed);
    // GPPAC's money is Sida's core support from the shared IATI data, all of it to the Global
    // Secretariat: none reaches a local or national actor; the other two record no flows
    assertTrue(printed.contains("localisation 0.0% of Sida's USD;"), printed);
    assertTrue(
        printed.contains(
            "GPPAC Global Secretariat (International NGO): secretariat, broker; receives"
                + " 3,385,990.78 USD;"),
        printed);
    assertEquals(2, printed.split("localisation no flows recorded;", -1).length - 1, printed);
    assertTrue(
        printed.contains(
            "| International Steering Group 5.6% (Banzhaf HHI, 18 seats, weights illustrative) |"),
        printed);
    assertTrue(
        printed.contains("| 1 of 3 risks (R1 security, borne by GPPAC Central Asia) |"), printed);
    assertTrue(printed.contains("| -14.3% (balanced; trust 3, control 4) |"), printed);
    assertTrue(
        printed.contains(
            "| Decision rights | 5 (5 illustrative) | 6 (2 illustrative) | 6 (3 illustrative) |"),
        printed);
    // the report's comparison text: the four questions, answered by name from the scenarios
    assertTrue(
        printed.contains("(b) Where was decision-making power effectively shifted?"), printed);
    assertTrue(
        printed.contains(
            "Mama Cash gave 2 PAT levels of say in the decision “grants to local women's rights"
                + " groups” to Nairobi feminist collective (illustrative) and UAF-Africa."),
        printed);
    assertTrue(
        printed.contains(
            "Oxfam Novib gave 1 PAT level of say in the decision “FAIR funding among partners” to"
                + " AMAN, ARIJ, Articulação SUL and 5 more"),
        printed);
    assertTrue(
        printed.contains(
            "In the scenario: R1 mitigations 0 → 1; high risks without a mitigation 1 → 0."),
        printed);
    assertTrue(printed.contains("Wrote "), printed);
    assertTrue(printed.contains(out.toAbsolutePath().resolve("report.html").toString()), printed);
    // the files: HTML, Markdown, pictures and CSV, with the three alliances and their scenarios
    String html = Files.readString(out.resolve("report.html"));
    for (String name :
        List.of(
            "Count Me In! 2.0",
            "Global Partnership for the Prevention of Armed Conflict",
            "FAIR - Even It Up!",
            "a local feminist collective joins as local group (illustrative)",
            "an illustrative scenario (steps and dates made up)",
            "The PAT session is illustrative")) {
      assertTrue(html.contains(name), name);
    }
    assertTrue(Files.readString(out.resolve("report.md")).contains("## Comparison"));
    try (var pictures = Files.list(out.resolve("pictures"))) {
      assertTrue(
          pictures.filter(f -> f.toString().endsWith(".svg")).count() >= 3 + 3 + 4,
          "members, PAT and timeline pictures");
    }
    String timelines = Files.readString(out.resolve("csv/timelines.csv"));
    assertTrue(timelines.contains("Count Me In! 2.0: an illustrative scenario"), timelines);
    assertTrue(timelines.contains("FAIR: an illustrative scenario"), timelines);
    // people read labels, not ids or enum constants
    for (String constant :
        List.of("CO_DECIDES", "RESOURCES_AMONG_PARTNERS", "DOWNWARD", "NL-KVK-")) {
      assertFalse(printed.contains(constant), constant);
    }
  }

  @Test
  void partosMeetupRefusesTwoArgumentsAndAnUnwritableDirectory(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(2, PartosMeetup.run(new String[] {"a", "b"}, System.out, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: PartosMeetup"));
    err.reset();
    // a blank directory would be the current one: refused, not written into
    for (String blank : List.of("", " ")) {
      assertEquals(2, PartosMeetup.run(new String[] {blank}, System.out, e));
      assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: PartosMeetup"));
      err.reset();
    }
    assertFalse(Files.exists(Path.of("report.html")), "nothing written here");
    // the main job used to take a partnership document: a document is not a directory to write to
    for (String document : List.of("documents/three-partners.yaml", "x.JSON", "new.yml")) {
      assertEquals(2, PartosMeetup.run(new String[] {document}, System.out, e), document);
      String message = err.toString(StandardCharsets.UTF_8);
      assertTrue(message.contains("partnership report " + document), message);
      err.reset();
    }
    assertFalse(Files.exists(Path.of("new.yml")), "nothing written");
    Path file = Files.writeString(dir.resolve("a file"), "not a directory");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        PartosMeetup.run(
            new String[] {file.resolve("report").toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            e);
    assertEquals(1, status);
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, message.strip().lines().count(), message);
    assertTrue(message.startsWith("PartosMeetup: writing the report to "), message);
    assertEquals(
        "", out.toString(StandardCharsets.UTF_8), "nothing printed when nothing is written");
  }

  @Test
  void theMainJobAndReportBuiltinWriteTheSameReport(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("main");
    run(() -> PartosMeetup.main(new String[] {main.toString()}));
    Path cli = dir.resolve("cli");
    java.io.StringWriter out = new java.io.StringWriter();
    int code =
        dev.partnership.examples.cli.PartnershipCli.commandLine(
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(System.err, true))
            .execute("report", "--builtin", "--out", cli.toString());
    assertEquals(0, code, out.toString());
    assertEquals(
        Files.readString(main.resolve("report.md")), Files.readString(cli.resolve("report.md")));
    assertEquals(
        Files.readString(main.resolve("csv/comparison.csv")),
        Files.readString(cli.resolve("csv/comparison.csv")));
  }

  @Test
  void gppacExamplePrintsMembersRolesAndLocalisation() {
    String out = run(() -> GppacExample.main(new String[0]));
    assertTrue(
        out.startsWith("# Global Partnership for the Prevention of Armed Conflict (gppac)"), out);
    assertTrue(out.contains("- secretariat: 16"), out);
    // under IASC a regional network is international; under the regional variant the networks of
    // aid-recipient regions count, North America and Western Europe do not
    assertTrue(out.contains("Local and national actors (IASC): 0 of 20 members (0.0%)"), out);
    // Sida, the funder of its core support (shared IATI data), is a member: a state actor abroad
    assertTrue(out.contains("| Sida | Government | funder | international: a state actor"), out);
    assertTrue(
        out.contains(
            "| GPPAC Global Secretariat | International NGO | secretariat, broker | international: an international NGO"),
        out);
    assertTrue(
        out.contains(
            "| GPPAC West Africa | Regional NGO | secretariat, member | international: operates only at regional level | local/national: "),
        out);
    assertTrue(
        out.contains(
            "| GPPAC North America | Regional NGO | secretariat, member | international: operates only at regional level"
                + " | international: no country of North America is on the DAC List of ODA Recipients 2024-2025 |"),
        out);
    assertTrue(
        out.contains(
            "| GPPAC Western Europe | Regional NGO | secretariat, member | international: operates only at regional level"
                + " | international: no country of Western Europe is on the DAC List of ODA Recipients 2024-2025 |"),
        out);
    assertEquals(
        13,
        out.lines()
            .filter(
                l ->
                    l.startsWith("| GPPAC ")
                        && l.contains("| local/national: a regional network of"))
            .count(),
        out);
    // Count Me In! 2.0: nobody local under IASC; WO=MEN Dutch, UAF US, JASS an international NGO
    assertTrue(out.contains("## Count Me In! 2.0 (2021-2025)"), out);
    assertTrue(
        out.contains(
            "| WO=MEN | NL-KVK-27293385 | lobby partner | international: headquartered in NL (Netherlands), not on the DAC List"),
        out);
    assertTrue(
        out.contains("| Mama Cash | NL-KVK-41202535 | lead, re-granter | international:"), out);
    assertTrue(
        out.contains("| JASS | US-EIN-06-1597-668 | member | international: an international NGO"),
        out);
    assertEquals(
        0,
        out.lines()
            .dropWhile(l -> !l.startsWith("## Count Me In!"))
            .filter(l -> l.matches("\\| [^|]+ \\| [^|]+ \\| [^|]+ \\| local.*"))
            .count(),
        out);
    // every made-up value is labelled where it is printed
    assertTrue(
        out.contains("## International Steering Group (decision rules and weights illustrative"),
        out);
    assertTrue(out.contains("thresholds of the lessons illustrative"), out);
    assertTrue(out.contains("## Trust versus control (illustrative mechanisms)"), out);
    assertTrue(out.contains("## Risks (illustrative risk register)"), out);
    // the steering group under two rules: equal power, then INGOs weigh 5 under a 2/3 majority
    assertTrue(
        out.contains(
            "| simple majority | [10; 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] | 5.6% / 5.6% | 5.6% / 5.6% | 83.3% |"),
        out);
    assertTrue(
        out.contains(
            "| qualified majority 2/3 | [20; 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 5] |"),
        out);
    assertTrue(
        out.contains(
            "- International NGO 1 (illustrative): 5.6% -> 17.8% (+12.3 percentage points, exactly 25/204)"),
        out);
    // the lessons, the balance and the risks
    // no member is local under IASC, so the bottom-up lessons are not met
    assertTrue(out.contains("Summary: 4 not met, 5 partly met, 3 not assessable, 0 met"), out);
    assertTrue(out.contains("- **not met** LESSON-01 Build collective power bottom-up"), out);
    assertTrue(
        out.contains("  - missing: budget flexibility: share movable, who may move it"), out);
    assertTrue(
        out.contains(
            "Balance: balanced: balance -14.3% (trust 3, control 4; weights and cut-offs of our own, illustrative)"),
        out);
    assertTrue(
        out.contains("Largest move: replace earmarking by unearmarked funding (balance 71.4%)"),
        out);
    assertTrue(out.contains("Transferred to local partners: []; shared: [R1, R2, R3]"), out);
    assertTrue(
        out.contains("- RISK-SHIFT-UNMITIGATED A shift of control with no matching mitigation"),
        out);
    // people read labels, not enum constants
    for (String constant :
        List.of(
            "NOT_MET",
            "NETWORK_WITH_SECRETARIAT",
            "LOBBY_PARTNER",
            "EARMARKING",
            "IASC_WITH_REGIONAL")) {
      assertFalse(out.contains(constant), constant);
    }
  }

  @Test
  void gppacExampleGivenADocumentPrintsTheSameReportForThatPartnership() {
    String out = run(() -> GppacExample.main(new String[] {"documents/three-partners.yaml"}));
    assertTrue(out.startsWith("# Three Partners (illustrative) (three-partners)"), out);
    assertTrue(out.contains("Local and national actors (IASC): 2 of 3 members (66.7%)"), out);
    assertTrue(out.contains("## Steering committee (qualified majority 2/3)"), out);
    assertTrue(out.contains("| Nairobi Voices | 1 | 33.3% | 33.3% |"), out);
    assertTrue(
        out.contains(
            "- risk R1 \"Surveillance of activists\" — illustrative: made up for this example"),
        out);
    assertTrue(
        out.contains("## Lessons of the meet-up (thresholds of the lessons illustrative"), out);
    assertFalse(out.contains("Count Me In"), "no GPPAC-only section: " + out);
    // GPPAC's own document gives the members and power of the GPPAC report
    String gppac =
        run(
            () ->
                GppacExample.main(
                    new String[] {
                      "src/main/resources/dev/partnership/examples/alliances/gppac.yaml"
                    }));
    assertTrue(gppac.contains("- secretariat: 16"), gppac);
    assertTrue(gppac.contains("## International Steering Group (simple majority)"), gppac);
  }

  @Test
  void patSessionExamplePrintsTheReportAndTheChecksWithOrganisationsByName() {
    String out = run(() -> PatSessionExample.main(new String[0]));
    assertTrue(out.startsWith("# Power Awareness Tool session, 2026-06-15"), out);
    assertTrue(out.contains("- Partnership: Count Me In! 2.0 (2021-2025)\n"), out);
    assertTrue(out.contains("| Organisation | Type | Locality |\n|---|---|---|\n"), out);
    assertTrue(out.contains("| Just Associates (JASS) | International NGO | international |"), out);
    assertTrue(
        out.contains("| Decision | Area | Mama Cash | JASS | CREA | UAF | WO=MEN | Agreement |\n"),
        out);
    assertTrue(
        out.contains(
            "| consortium budget allocation | Resources among partners | 4 | 1 | 1 | 2 | 0 | No"
                + " agreement |"),
        out);
    assertTrue(out.contains("| consortium budget allocation | JASS | 1 | 3 | +2 |"), out);
    assertTrue(
        out.contains(
            "- Mama Cash decides alone: consortium budget allocation; reporting to the ministry"),
        out);
    assertTrue(
        out.contains(
            "| Propose criteria for allocating the consortium budget | JASS | 2026-09-01 |"),
        out);
    assertTrue(
        out.contains(
            "- The session fits Count Me In! 2.0 (2021-2025): all its organisations are members."),
        out);
    assertTrue(
        out.contains(
            "9 of 19 comparable cells differ\n  consortium budget allocation / JASS: session 1"
                + " informed, formally 2 consulted (1 step less in practice)\n"),
        out);
    assertTrue(
        out.contains("only in the decision rights: lobby messages to the Dutch government"), out);
    // no identifier is printed except where it is data (none is, here)
    for (String id :
        List.of("NL-KVK-", "US-EIN-", "urgent-action-fund", "| crea |", "count-me-in-2")) {
      assertFalse(out.contains(id), id);
    }
  }

  @Test
  void iatiExampleReadsTheSharedDataAndPrintsTheMinistry() {
    String out = run(() -> IatiExample.main(new String[0]));
    assertTrue(out.contains("Read 1308 activities from 11 files"), out);
    assertTrue(out.contains("## Netherlands Ministry of Foreign Affairs (XM-DAC-7)"), out);
    assertTrue(out.contains("Grand Bargain target: 25% as directly as possible"), out);
    assertTrue(
        out.contains("- IASC (2018, the default): 0.8% received as directly as possible"), out);
    assertTrue(
        out.contains(
            "- Charter4Change (southern-based NGOs): 0.3% received as directly as possible"),
        out);
    assertTrue(
        out.contains(
            "- IASC with regional organisations (this library's own variant): 0.8% received"),
        out);
    assertTrue(
        !out.contains("IASC_WITH_REGIONAL") && !out.contains("INTERNATIONAL"),
        "labels, not enum constants");
    String counted =
        out.substring(out.indexOf("#### Counted as local or national", out.indexOf("EUR funding")));
    assertEquals(10, counted.lines().skip(4).takeWhile(l -> l.startsWith("- ")).count(), counted);
    assertTrue(
        counted.contains(
            "- UG-NGO-1406 DefendDefenders: 2330414.00 EUR through 1 intermediary; registered in UG (Uganda)"),
        counted);
    assertTrue(
        out.contains(
            "Unclassified (kept by organisations of unknown locality, never counted as local): 83,258,813.41 EUR (17.2%)"),
        out);
    assertTrue(!out.contains("NaN"), out);
    assertTrue(out.contains("Longest chains:"), out);
    assertTrue(out.contains("- SKIPPED: value below one cent: "), out);
  }

  @Test
  void documentExampleReadsAnalysesAndWritesTheDocumentBackUnchanged(@TempDir Path dir)
      throws IOException {
    Path in = Path.of("documents", "three-partners.yaml");
    Path out = dir.resolve("three-partners.yaml");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DocumentExample.run(
            new String[] {in.toString(), "--out", out.toString(), "--as-of", "2026-11-29"},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    assertEquals(Files.readString(in), Files.readString(out));
    String findings = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        findings.startsWith(
            "Three Partners (illustrative): 3 members, checked on 2026-11-29 against the meet-up"
                + " lessons"),
        findings);
    assertTrue(findings.contains("evidence: members involved from the design: 2 of 3"), findings);
    String written =
        run(() -> DocumentExample.main(new String[] {in.toString(), "--as-of", "2026-11-29"}));
    assertEquals(Files.readString(in), written);
  }

  @Test
  void documentExampleReportsWhereABrokenDocumentIsWrong(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        Files.readString(Path.of("documents", "three-partners.yaml"))
            .replace("country: UG", "country: XX"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DocumentExample.run(
            new String[] {broken.toString()},
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertEquals(
        "broken.yaml:37:16: /members/2/organization/country (XX) must be an ISO 3166-1 alpha-2"
            + " code such as NL or KE\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyExampleDocumentIsWrittenBackUnchanged() throws IOException {
    try (var files = Files.list(Path.of("documents"))) {
      // scenario documents are checked by GppacScenarioDocumentTest
      List<Path> documents =
          files.sorted().filter(f -> !f.getFileName().toString().contains("scenario")).toList();
      assertEquals(2, documents.size(), documents.toString());
      for (Path in : documents) {
        String written =
            run(() -> DocumentExample.main(new String[] {in.toString(), "--as-of", "2026-11-29"}));
        assertEquals(Files.readString(in), written, in.toString());
      }
    }
  }
}
