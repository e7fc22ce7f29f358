package dev.partnership.report;

import static dev.partnership.report.ReportFixtures.LEAD;
import static dev.partnership.report.ReportFixtures.LOCAL;
import static dev.partnership.report.ReportFixtures.NEWLINE;
import static dev.partnership.report.ReportFixtures.QUOTES;
import static dev.partnership.report.ReportFixtures.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.model.Partnership;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class PartnershipReportTest {

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

  private static PartnershipReport hostile(boolean graphviz) {
    return PartnershipReport.builder().add(ReportFixtures.hostile()).graphviz(graphviz).build();
  }

  @Test
  void aMemberNamedScriptShowsAsTextInTheHtml() {
    String html = html(hostile(false));
    assertFalse(html.contains(SCRIPT), "raw <script> in the HTML");
    assertFalse(html.toLowerCase().contains("<script"), "a script element in the HTML");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name escaped as text");
    assertTrue(html.contains("&quot;Quoted&quot; &amp; "), "quotes and ampersands escaped");
  }

  @Test
  void aMemberNamedScriptShowsAsTextInTheMarkdown() {
    String md = markdown(hostile(false));
    assertFalse(md.contains("<script"), "raw <script> in the Markdown");
    assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // every table row keeps its column count: a pipe or line break in a name cannot split a cell
    assertFalse(md.contains("\nsecond line"), "a line break in a name ends a table row");
    for (String line : md.split("\n")) {
      if (line.startsWith("| " + "First line")) {
        long pipes = line.replace("\\|", "").chars().filter(c -> c == '|').count();
        assertTrue(pipes == 6 || pipes == 7, line); // the power table (5 columns) or members (6)
      }
    }
  }

  @Test
  void theHtmlNeedsNothingFromTheNetwork() {
    String html = html(hostile(false));
    for (String external :
        List.of(
            "<script", "<link", "@import", "src=\"http", "href=\"http", "url(http", "<iframe")) {
      assertFalse(html.contains(external), external);
    }
    assertTrue(html.startsWith("<!DOCTYPE html>"));
  }

  @Test
  void withoutGraphvizTheHtmlSaysHowToInstallItAndShowsTheDot() {
    String html = html(hostile(false));
    assertTrue(html.contains("apt-get install graphviz"));
    assertTrue(html.contains("digraph members"));
  }

  @Test
  void everySectionIsThere() {
    String html = html(hostile(false));
    for (String heading :
        List.of(
            "Members, roles and locality",
            "Governance: power per body",
            "Funding chain and localisation",
            "Principles: the lessons of the meet-up",
            "Trust versus control",
            "Risks and civic space",
            "Power map",
            "Comparison")) {
      assertTrue(html.contains(heading), heading);
    }
  }

  @Test
  void powerIsPrintedWithOneDecimalAndTheExactFractionWhenRounded() {
    // [4; 3, 2, 1]: Banzhaf 3/5, 1/5, 1/5; Shapley-Shubik 2/3, 1/6, 1/6
    String html = html(hostile(false));
    assertTrue(html.contains("66.7% (2/3)"), "Shapley-Shubik of the lead");
    assertTrue(html.contains("60.0%"), "Banzhaf of the lead, exact without a fraction");
    assertFalse(html.contains("60.0% (3/5)"));
  }

  @Test
  void localisationFollowsTheMoneyFromTheFunder() {
    // the ministry gives 1,000,000 to the lead (international); the lead passes 300,000 to a
    // Kenyan NGO: 30% reaches a local actor through one intermediary
    String html = html(hostile(false));
    assertTrue(html.contains("30.0%"), "as directly as possible");
    assertTrue(html.contains("1,000,000.00 EUR"));
  }

  @Test
  void longListsAreSummarisedAndFoldedWithTheFullTable() {
    String html =
        html(PartnershipReport.builder().add(ReportFixtures.large(1_000)).graphviz(false).build());
    assertTrue(html.contains("1000 members by type: Partner Country based NGO 1000"));
    assertTrue(html.contains("<summary>Full list: 1000 rows</summary>"));
    assertEquals(1_000, html.split("<tr><td>Member &lt;", -1).length - 1);
  }

  @Test
  void csvFilesReadBackWithEveryValueIntact(@TempDir Path dir) throws IOException {
    List<Path> written = hostile(false).writeCsv(dir);
    assertTrue(written.contains(dir.resolve("data-dictionary.csv")));
    List<CSVRecord> members = read(dir.resolve("members.csv"));
    assertEquals(4, members.size());
    Set<String> names = members.stream().map(r -> r.get("member")).collect(Collectors.toSet());
    assertTrue(names.contains(SCRIPT));
    assertTrue(names.contains(NEWLINE), "a name with line breaks and a backslash round-trips");
    assertTrue(names.contains("Ministry " + QUOTES));
    assertTrue(names.contains(ReportFixtures.LONG));
    List<CSVRecord> power = read(dir.resolve("power.csv"));
    CSVRecord lead =
        power.stream()
            .filter(r -> r.get("identifier").equals(LEAD.id().value()))
            .findFirst()
            .orElseThrow();
    assertEquals("2/3", lead.get("shapley_shubik_exact"));
    assertEquals("3/5", lead.get("banzhaf_exact"));
    assertEquals(3, read(dir.resolve("flows.csv")).size());
    CSVRecord loc = read(dir.resolve("localisation.csv")).get(0);
    assertEquals(0.3, Double.parseDouble(loc.get("as_directly_as_possible")), 1e-12);
    assertEquals("true", loc.get("meets_grand_bargain"));
  }

  @Test
  void aMemberOfUnknownTypeIsReportedWithAnEmptyTypeCode(@TempDir Path dir) throws IOException {
    var unknown =
        dev.partnership.actors.Organization.of(
            "Unknown Partner", dev.partnership.actors.OrganizationType.UNKNOWN);
    Partnership p =
        ReportFixtures.hostile()
            .with(
                dev.partnership.model.PartnershipOperators.admit(
                    unknown, dev.partnership.model.Role.MEMBER));
    PartnershipReport.builder().add(p).graphviz(false).build().writeCsv(dir);
    CSVRecord row =
        read(dir.resolve("members.csv")).stream()
            .filter(r -> r.get("member").equals("Unknown Partner"))
            .findFirst()
            .orElseThrow();
    assertEquals("", row.get("type_code"));
    assertTrue(
        html(PartnershipReport.builder().add(p).graphviz(false).build())
            .contains("Unknown Partner"));
  }

  @Test
  void theDataDictionaryDescribesEveryColumnOfEveryFile(@TempDir Path dir) throws IOException {
    PartnershipReport.builder()
        .add(ReportFixtures.hostile())
        .timeline("t", List.of("a", "b"), Map.of("m", List.of(1, 2)))
        .graphviz(false)
        .build()
        .writeCsv(dir);
    Map<String, Set<String>> described = new HashMap<>();
    for (CSVRecord r : read(dir.resolve("data-dictionary.csv"))) {
      described.computeIfAbsent(r.get("file"), k -> new HashSet<>()).add(r.get("column"));
      assertFalse(r.get("meaning").isEmpty(), r.toString());
      assertFalse(r.get("type").isEmpty(), r.toString());
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> !p.endsWith("data-dictionary.csv")).toList()) {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          List<String> header =
              CSVFormat.RFC4180
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(in)
                  .getHeaderNames();
          assertEquals(
              new HashSet<>(header), described.get(f.getFileName().toString()), f.toString());
        }
      }
    }
    assertEquals(
        List.of("t", "a", "0", "m", "1.0"), read(dir.resolve("timelines.csv")).get(0).toList());
  }

  @Test
  void everySvgParsesAsXml(@TempDir Path dir) throws Exception {
    List<Path> written = hostile(Graphviz.available()).writePictures(dir);
    List<Path> svgs = written.stream().filter(p -> p.toString().endsWith(".svg")).toList();
    assertTrue(svgs.size() >= 1, "the power chart at least");
    for (Path svg : svgs) {
      parse(Files.readString(svg));
    }
  }

  @Test
  void writeAllWritesTheReportPicturesAndTables(@TempDir Path dir) {
    List<Path> written = hostile(false).writeAll(dir.resolve("out"));
    assertTrue(Files.isRegularFile(dir.resolve("out/report.html")));
    assertTrue(Files.isRegularFile(dir.resolve("out/report.md")));
    assertTrue(Files.isRegularFile(dir.resolve("out/csv/members.csv")));
    assertTrue(written.stream().allMatch(Files::isRegularFile));
    assertTrue(
        written.stream().allMatch(p -> p.startsWith(dir.resolve("out"))), "writes only where told");
  }

  @Test
  void writingToAWriterWritesNoFile(@TempDir Path dir) throws IOException {
    html(PartnershipReport.builder().add(ReportFixtures.hostile()).build());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(0, s.count());
    }
  }

  @Test
  void theComparisonHasOneLinePerPartnership() {
    PartnershipReport r =
        PartnershipReport.builder()
            .add(ReportFixtures.hostile())
            .add(ReportFixtures.large(3))
            .graphviz(false)
            .build();
    assertEquals(2, r.comparisonLines().size());
    assertTrue(r.comparisonLines().get(0).contains("most power " + SCRIPT + " in the Board"));
  }

  @Test
  void theBuilderRefusesWhatCannotBeReported() {
    Partnership p = ReportFixtures.hostile();
    assertEquals(
        "partnerships (none) must hold at least one",
        assertThrows(IllegalArgumentException.class, () -> PartnershipReport.builder().build())
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> PartnershipReport.builder().add(p).add(p));
    assertThrows(
        IllegalArgumentException.class,
        () -> PartnershipReport.builder().add(p).note("nobody", "x").build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PartnershipReport.builder().timeline("t", List.of("a", "b"), Map.of("m", List.of(1))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PartnershipReport.builder()
                .timeline("t", List.of("a"), Map.of("m", List.of(Double.NaN))));
    assertThrows(NullPointerException.class, () -> PartnershipReport.builder().add(null));
  }

  @Test
  void aTimelineIsDrawnAndTabled() {
    String html =
        html(
            PartnershipReport.builder()
                .add(ReportFixtures.hostile())
                .timeline(
                    "Shift " + SCRIPT,
                    List.of("before", "after"),
                    Map.of("local share (%)", List.of(10.0, 35.5)))
                .graphviz(false)
                .build());
    assertTrue(html.contains("<section id=\"timelines\">"));
    assertTrue(html.contains("Shift &lt;script&gt;"));
    assertTrue(html.contains("<td>35.5</td>"), html);
  }

  @Test
  void theLocalMemberIsNamedWithItsReason() {
    String html = html(hostile(false));
    assertTrue(
        html.contains(LOCAL.localityReason().replace("'", "&#39;"))
            || html.contains(LOCAL.localityReason()));
  }

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  static void parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setNamespaceAware(true);
    f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
