package dev.partnership.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every subcommand as a user would, through picocli, and checks exit codes and output. */
class PartnershipCliTest {

  /** The exit code, standard output and standard error of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        PartnershipCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpOnEveryCommand() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"report", "--help"},
          {"power", "--help"},
          {"iati", "--help"},
          {"help", "power"}
        }) {
      Run r = run(args);
      assertEquals(0, r.code(), String.join(" ", args) + r.err());
      assertTrue(r.out().contains("Usage:"), r.out());
    }
  }

  @Test
  void noSubcommandIsAUsageError() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Missing a subcommand"), r.err());
  }

  @Test
  void powerPrintsEveryIndexOfAWeightedGame() {
    Run r = run("power", "--quota", "3", "2", "1", "1");
    assertEquals(0, r.code(), r.err());
    // [3; 2, 1, 1]: Banzhaf 3/5, 1/5, 1/5; Shapley-Shubik 2/3, 1/6, 1/6
    assertTrue(r.out().contains("60.0%"), r.out());
    assertTrue(r.out().contains("66.7%"), r.out());
    for (String index :
        List.of("Banzhaf", "Shapley-Shubik", "Deegan-Packel", "Holler", "Johnston")) {
      assertTrue(r.out().contains(index), index + " in " + r.out());
    }
    assertTrue(
        r.out().contains("Can block alone: player 1") || r.out().contains("Can block alone"),
        r.out());
  }

  @Test
  void powerAsCsvGivesExactFractions() throws IOException {
    Run r =
        run(
            "power",
            "-q",
            "3",
            "--csv",
            "--names",
            "Lead \"A\",Partner B,Partner C",
            "2",
            "1",
            "1");
    assertEquals(0, r.code(), r.err());
    List<CSVRecord> rows;
    try (Reader in = new StringReader(r.out())) {
      rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in)
              .getRecords();
    }
    assertEquals(3, rows.size());
    assertEquals("Lead \"A\"", rows.get(0).get("member"));
    assertEquals("2/3", rows.get(0).get("Shapley-Shubik"));
    assertEquals("1/6", rows.get(1).get("Shapley-Shubik"));
  }

  @Test
  void powerRefusesBadInputInOneLine() {
    Run quota = run("power", "--quota", "10", "2", "1");
    assertEquals(1, quota.code());
    assertEquals(1, quota.err().strip().lines().count(), quota.err());
    assertTrue(quota.err().startsWith("power: "), quota.err());

    Run missing = run("power", "2", "1");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--quota"), missing.err());

    Run letters = run("power", "--quota", "x", "1");
    assertEquals(2, letters.code());

    Run names = run("power", "--quota", "2", "--names", "a,b", "1", "1", "1");
    assertEquals(2, names.code());
    assertTrue(names.err().contains("--names has 2 names for 3 weights"), names.err());
  }

  @Test
  void powerOfAHugeGameIsRefusedOrAnsweredNeverCrashes() {
    String[] args = new String[3 + 200];
    args[0] = "power";
    args[1] = "--quota";
    args[2] = Long.toString(Long.MAX_VALUE / 2);
    for (int i = 0; i < 200; i++) {
      args[3 + i] = Long.toString(Long.MAX_VALUE / 300);
    }
    Run r = run(args);
    assertTrue(r.code() == 0 || r.code() == 1, r.err());
    if (r.code() == 1) {
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }

  @Test
  void reportWritesTheBuiltInAlliances(@TempDir Path dir) throws IOException {
    Run r = run("report", "--builtin", "--no-graphviz", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Comparison:"), r.out());
    assertTrue(
        r.out().contains("Global Partnership for the Prevention of Armed Conflict"), r.out());
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("Count Me In!"));
    assertTrue(html.contains("<svg"));
    assertTrue(html.contains("PAT session"));
    assertTrue(Files.isRegularFile(dir.resolve("csv/data-dictionary.csv")));
    assertTrue(Files.isRegularFile(dir.resolve("report.md")));
  }

  @Test
  void reportReadsAHandWrittenDocument(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("mine.yaml");
    Files.writeString(doc, HAND_WRITTEN, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run r = run("report", "--no-graphviz", "--out", out.toString(), doc.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Hand-written Duo"), r.out());
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile name as text");
    assertFalse(html.contains("<script>alert(1)"));
    assertTrue(html.contains("(illustrative)"), "the made-up flow is marked");
    assertTrue(html.contains("Sources"));
    assertTrue(html.contains("50.0%"), "two equal seats under unanimity: 50% each");
  }

  @Test
  void reportReadsTheShippedExampleDocument(@TempDir Path dir) {
    Path doc = Path.of("documents/three-partners.yaml");
    if (!Files.isRegularFile(doc)) {
      doc = Path.of("partnership-examples/documents/three-partners.yaml");
    }
    Run r = run("report", "--no-graphviz", "--out", dir.toString(), doc.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Three Partners (illustrative)"), r.out());
    assertTrue(Files.isRegularFile(dir.resolve("csv/sources.csv")));
  }

  @Test
  void reportRefusesABrokenDocumentInOneLine(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("broken.yaml");
    Files.writeString(doc, "format: partnership/99\nid: x\n", StandardCharsets.UTF_8);
    Run r = run("report", "--out", dir.resolve("out").toString(), doc.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("report: "), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written for a refused document");

    Run missing = run("report", dir.resolve("nope.yaml").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("No such file"), missing.err());
  }

  @Test
  void reportWithoutInputIsAUsageError() {
    Run r = run("report");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--builtin"), r.err());
  }

  @Test
  void iatiReadsAFileAndTracesTheFunder(@TempDir Path dir) throws IOException {
    Path xml = dir.resolve("a.xml");
    Files.writeString(xml, IATI, StandardCharsets.UTF_8);
    Run r = run("iati", xml.toString(), "--funder", "XM-DAC-7");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Read 2 activities from 1 file"), r.out());
    assertTrue(r.out().contains("as directly as possible"), r.out());
    assertTrue(r.out().contains("Longest chains"), r.out());

    Run dirRun =
        run("iati", dir.toString(), "--funder", "XM-DAC-7", "--definition", "CHARTER4CHANGE");
    assertEquals(0, dirRun.code(), dirRun.err());
  }

  @Test
  void iatiRefusesMissingFilesUnknownFundersAndBadXml(@TempDir Path dir) throws IOException {
    Run none = run("iati", dir.resolve("nope.xml").toString(), "--funder", "XM-DAC-7");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("No such file or directory"), none.err());

    Path xml = dir.resolve("a.xml");
    Files.writeString(xml, IATI, StandardCharsets.UTF_8);
    Run unknown = run("iati", xml.toString(), "--funder", "XM-DAC-999");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().startsWith("iati: funder XM-DAC-999 does not occur"), unknown.err());

    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<iati-activities><iati-activity>", StandardCharsets.UTF_8);
    Run broken = run("iati", bad.toString(), "--funder", "XM-DAC-7");
    assertEquals(1, broken.code());
    assertEquals(1, broken.err().strip().lines().count(), broken.err());

    Run definition = run("iati", xml.toString(), "--funder", "XM-DAC-7", "--definition", "NOPE");
    assertEquals(2, definition.code());
  }

  @Test
  void iatiShowsProgressOnTheSharedDataAndFindsTheMinistrysShare() {
    Path shared = Path.of("../../shared/data/iati/activities").toAbsolutePath().normalize();
    if (!Files.isDirectory(shared)) {
      shared = Path.of("../shared/data/iati/activities").toAbsolutePath().normalize();
    }
    boolean required = "true".equals(System.getenv("PARTNERSHIP_REQUIRE_IATI_DATA"));
    if (!Files.isDirectory(shared)) {
      assertFalse(
          required, "PARTNERSHIP_REQUIRE_IATI_DATA=true but no shared IATI data beside the clone");
      org.junit.jupiter.api.Assumptions.abort("no ../shared/data/iati/activities");
    }
    Run r = run("iati", shared.toString(), "--funder", "XM-DAC-7");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("] 100% ("), "a progress bar on stderr: " + r.err());
    assertTrue(
        r.out().contains("as directly as possible (Grand Bargain target 25%): 0.8% (below it)"),
        r.out());
    assertFalse(r.out().contains("###"), "no progress in the results: " + r.out());
  }

  @Test
  void progressBarFillsWithTheBytesRead() {
    assertEquals("\r[" + " ".repeat(30) + "] 0% (0/2 files)", IatiCommand.progressBar(0, 10, 0, 2));
    assertEquals(
        "\r[" + "#".repeat(15) + " ".repeat(15) + "] 50% (1/2 files)",
        IatiCommand.progressBar(5, 10, 1, 2));
    assertEquals(
        "\r[" + "#".repeat(30) + "] 100% (0/0 files)", IatiCommand.progressBar(0, 0, 0, 0));
    assertFalse(
        IatiCommand.progressBar(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 1, 1).contains("-"));
  }

  /** A partnership document written by hand, with a hostile member name and a made-up flow. */
  static final String HAND_WRITTEN =
      """
      format: partnership/1
      id: duo
      name: Hand-written Duo
      form: bilateral
      members:
        - organization: {id: NL-KVK-1, name: "<script>alert(1)</script>", type: international-ngo, country: NL}
          roles: [lead]
        - organization: {id: KE-NGC-2, name: Partner, type: partner-country-based-ngo, country: KE}
          roles: [implementing-partner]
      bodies:
        - name: Board
          type: board
          rule: {kind: unanimity}
          seats:
            - {holder: NL-KVK-1, weight: 1}
            - {holder: KE-NGC-2, weight: 1}
      flows:
        - provider: NL-KVK-1
          recipient: KE-NGC-2
          amount: "1000.00"
          currency: EUR
          year: 2025
          provenance: {source: made up for this test, illustrative: true}
      """;

  /** A ministry funds an international NGO that passes part on to a Kenyan NGO. */
  static final String IATI =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <iati-activities version="2.03">
        <iati-activity>
          <iati-identifier>XM-DAC-7-1</iati-identifier>
          <reporting-org ref="XM-DAC-7" type="10"><narrative>Ministry</narrative></reporting-org>
          <title><narrative>Programme</narrative></title>
          <participating-org ref="XM-DAC-7" role="1" type="10"><narrative>Ministry</narrative></participating-org>
          <participating-org ref="NL-KVK-1" role="4" type="21"><narrative>Dutch INGO</narrative></participating-org>
          <transaction>
            <transaction-type code="3"/>
            <transaction-date iso-date="2024-03-01"/>
            <value currency="EUR" value-date="2024-03-01">1000000</value>
            <provider-org ref="XM-DAC-7" type="10"><narrative>Ministry</narrative></provider-org>
            <receiver-org ref="NL-KVK-1" type="21"><narrative>Dutch INGO</narrative></receiver-org>
          </transaction>
        </iati-activity>
        <iati-activity>
          <iati-identifier>NL-KVK-1-1</iati-identifier>
          <reporting-org ref="NL-KVK-1" type="21"><narrative>Dutch INGO</narrative></reporting-org>
          <title><narrative>Grants</narrative></title>
          <transaction>
            <transaction-type code="3"/>
            <transaction-date iso-date="2024-05-01"/>
            <value currency="EUR" value-date="2024-05-01">400000</value>
            <provider-org ref="NL-KVK-1" type="21"><narrative>Dutch INGO</narrative></provider-org>
            <receiver-org ref="KE-NGO-1" type="24"><narrative>Kenyan NGO</narrative></receiver-org>
          </transaction>
        </iati-activity>
      </iati-activities>
      """;
}
