package dev.partnership.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report of one or more partnerships, as a self-contained HTML page (no scripts, fonts or links
 * to fetch; pictures inline as SVG), as Markdown (diagrams as Mermaid), as SVG pictures and as CSV
 * tables with a data dictionary. Sections per partnership: members, roles and locality; governance
 * power per body; the PAT matrix when a session is given; funding chain and localisation; the
 * meet-up's lessons and the risk rules as findings; trust versus control; risks and civic space;
 * the power map; decision rights (set against the PAT session when one is given); a scenario's
 * timeline and power shift when one is given; then a comparison across the partnerships with the
 * meet-up's four questions answered from the data, and any timelines.
 *
 * <p>The report is rendered by Mustache templates (JMustache), which escape every value from the
 * data: a member named {@code <script>} shows as text. Nothing is written until a {@code write}
 * method is called, and each writes only where it is told.
 *
 * <pre>{@code
 * PartnershipReport r = PartnershipReport.builder().add(gppac).add(countMeIn)
 *     .note(countMeIn.id(), "PAT scores are illustrative").build();
 * r.writeAll(Path.of("target/partos-report"));   // report.html, report.md, pictures/, csv/
 * }</pre>
 */
public final class PartnershipReport {
  /** A timeline to draw: metric labels to their values, one per step. */
  record Timeline(
      String title,
      ImmutableList<String> steps,
      ImmutableMap<String, ImmutableList<Double>> series) {}

  private final String title;
  private final ImmutableList<Partnership> partnerships;
  private final ImmutableMap<String, Assessment> sessions;
  private final ImmutableMap<String, Scenario> scenarios;
  private final ImmutableListMultimap<String, String> notes;
  private final ImmutableList<Timeline> timelines;
  private final LocalDate asOf;
  private final boolean graphviz;
  private final Duration dotTimeout;
  private ReportData data;

  private PartnershipReport(Builder b) {
    this.title = b.title;
    this.partnerships = ImmutableList.copyOf(b.partnerships);
    this.sessions = ImmutableMap.copyOf(b.sessions);
    this.scenarios = ImmutableMap.copyOf(b.scenarios);
    this.notes = b.notes.build();
    this.timelines = ImmutableList.copyOf(b.timelines);
    this.asOf = b.asOf;
    this.graphviz = b.graphviz;
    this.dotTimeout = b.dotTimeout;
  }

  /** Returns a builder of a report. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the report of {@code partnerships} with the default options. */
  public static PartnershipReport of(Partnership... partnerships) {
    Builder b = builder();
    for (Partnership p : partnerships) {
      b.add(p);
    }
    return b.build();
  }

  /** Returns the report's title. */
  public String title() {
    return title;
  }

  /** Returns the partnerships reported, in order. */
  public ImmutableList<Partnership> partnerships() {
    return partnerships;
  }

  /** Returns the PAT sessions by partnership id. */
  public ImmutableMap<String, Assessment> sessions() {
    return sessions;
  }

  /** Returns the scenarios by partnership id (at most one per partnership). */
  public ImmutableMap<String, Scenario> scenarios() {
    return scenarios;
  }

  /** Returns the notes (such as "PAT scores are illustrative") by partnership id. */
  public Map<String, List<String>> notes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    notes.asMap().forEach((k, v) -> m.put(k, List.copyOf(v)));
    return m;
  }

  ImmutableList<Timeline> timelines() {
    return timelines;
  }

  /** Returns the date the lessons are checked on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns whether Graphviz's {@code dot} is tried for the diagrams. */
  public boolean graphviz() {
    return graphviz;
  }

  /** Returns how long {@code dot} may take for one diagram. */
  public Duration dotTimeout() {
    return dotTimeout;
  }

  private synchronized ReportData data() {
    if (data == null) {
      data = new ReportData(this);
    }
    return data;
  }

  /** Writes the self-contained HTML report to {@code out} (it does not close it). */
  public void writeHtml(Writer out) {
    checkNotNull(out, "out");
    render("report.html.mustache", loading(Mustache.compiler().defaultValue(""), ".html"), out);
  }

  /**
   * Writes the Markdown report to {@code out} (it does not close it). Pictures are linked as {@code
   * pictures/NAME.svg}, the files {@link #writePictures} writes; the diagrams are Mermaid text.
   * Values are escaped for Markdown tables and inline HTML.
   */
  public void writeMarkdown(Writer out) {
    checkNotNull(out, "out");
    render(
        "report.md.mustache",
        loading(Mustache.compiler().defaultValue("").withEscaper(MARKDOWN), ".md"),
        out);
  }

  /**
   * Writes each chart and diagram into {@code dir} (created when missing): charts as {@code .svg};
   * diagrams as {@code .dot}, {@code .mmd} (Mermaid) and, when Graphviz drew them, {@code .svg}.
   *
   * @return the files written
   */
  public List<Path> writePictures(Path dir) {
    checkNotNull(dir, "dir");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (ReportData.Picture p : data().pictures) {
        String base =
            p.file().endsWith(".svg") ? p.file().substring(0, p.file().length() - 4) : p.file();
        if (p.svg().isPresent()) {
          written.add(
              Files.writeString(dir.resolve(base + ".svg"), p.svg().get(), StandardCharsets.UTF_8));
        }
        if (!p.dot().isEmpty()) {
          written.add(
              Files.writeString(dir.resolve(base + ".dot"), p.dot(), StandardCharsets.UTF_8));
        }
        if (!p.mermaid().isEmpty()) {
          written.add(
              Files.writeString(dir.resolve(base + ".mmd"), p.mermaid(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing pictures to " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }

  /**
   * Writes every table as an RFC 4180 CSV file into {@code dir} (created when missing), one file
   * per kind of table across all partnerships, and {@code data-dictionary.csv} describing every
   * column (file, column, type, unit, meaning).
   *
   * @return the files written
   */
  public List<Path> writeCsv(Path dir) {
    checkNotNull(dir, "dir");
    return CsvTables.write(data().tables, dir);
  }

  /**
   * Writes {@code report.html}, {@code report.md}, {@code pictures/} and {@code csv/} into {@code
   * dir} (created when missing).
   *
   * @return the files written
   */
  public List<Path> writeAll(Path dir) {
    checkNotNull(dir, "dir");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      Path html = dir.resolve("report.html");
      try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        writeHtml(w);
      }
      written.add(html);
      Path md = dir.resolve("report.md");
      try (Writer w = Files.newBufferedWriter(md, StandardCharsets.UTF_8)) {
        writeMarkdown(w);
      }
      written.add(md);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the report to " + dir + ": " + e.getMessage(), e);
    }
    written.addAll(writePictures(dir.resolve("pictures")));
    written.addAll(writeCsv(dir.resolve("csv")));
    return written;
  }

  /** Returns the comparison across the partnerships as plain text lines, for a terminal. */
  public List<String> comparisonLines() {
    Table t =
        data().tables.stream().filter(x -> x.key.equals("comparison")).findFirst().orElseThrow();
    List<String> lines = new ArrayList<>();
    for (List<String> row : t.display) {
      StringBuilder s = new StringBuilder(row.get(0)).append(':');
      for (int i = 1; i < row.size(); i++) {
        s.append(i == 1 ? " " : "; ")
            .append(t.headers.get(i).toLowerCase(java.util.Locale.ROOT))
            .append(' ')
            .append(row.get(i));
      }
      lines.add(s.toString());
    }
    return lines;
  }

  /**
   * Returns the comparison and the meet-up's four questions as plain text for a console: one line
   * per partnership of the comparison table, then each question with every partnership's answer
   * (names, percentages and labels, as in the report).
   *
   * <pre>{@code
   * System.out.println(PartnershipReport.builder().add(gppac)
   *     .scenario(gppac.id(), Scenario.start(gppac).then("2024-01", "regions weigh 2",
   *         GovernanceOperators.reweight("ISG", wanep.id(), 2)))
   *     .build().comparisonText());
   * }</pre>
   */
  public String comparisonText() {
    List<String> lines = new ArrayList<>();
    lines.add("The partnerships side by side");
    comparisonLines().forEach(l -> lines.add("  " + l));
    lines.add("");
    lines.add("The meet-up's four questions, as far as the data answers them");
    lines.addAll(Questions.text(data().questions));
    return String.join("\n", lines) + "\n";
  }

  private static Mustache.Compiler loading(Mustache.Compiler c, String suffix) {
    return c.withLoader(
        name -> {
          InputStream in = PartnershipReport.class.getResourceAsStream(name + suffix + ".mustache");
          checkNotNull(in, "template %s%s missing from the jar", name, suffix);
          return new InputStreamReader(in, StandardCharsets.UTF_8);
        });
  }

  private void render(String name, Mustache.Compiler compiler, Writer out) {
    try (InputStream in = PartnershipReport.class.getResourceAsStream(name)) {
      checkNotNull(in, "template %s missing from the jar", name);
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Template t = compiler.compile(r);
        t.execute(data().context, out);
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("rendering " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Escapes a value for Markdown: characters that start markup, links, tables or HTML get a
   * backslash or an entity; line breaks become spaces.
   */
  static final Mustache.Escaper MARKDOWN =
      Escapers.simple(
          new String[][] {
            {"\\", "\\\\"},
            {"&", "&amp;"},
            {"<", "&lt;"},
            {">", "&gt;"},
            {"|", "\\|"},
            {"*", "\\*"},
            {"_", "\\_"},
            {"`", "\\`"},
            {"[", "\\["},
            {"]", "\\]"},
            {"#", "\\#"},
            {"\r\n", " "},
            {"\n", " "},
            {"\r", " "}
          });

  @Override
  public String toString() {
    return "PartnershipReport.of("
        + String.join(", ", partnerships.stream().map(Partnership::id).toList())
        + ")";
  }

  /** Builds a {@link PartnershipReport}. */
  public static final class Builder {
    private String title = "Partnerships and the power inside them";
    private final List<Partnership> partnerships = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Assessment> sessions = new LinkedHashMap<>();
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final ImmutableListMultimap.Builder<String, String> notes =
        ImmutableListMultimap.builder();
    private final List<Timeline> timelines = new ArrayList<>();
    private LocalDate asOf = LocalDate.of(2026, 11, 26);
    private boolean graphviz = true;
    private Duration dotTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /** Sets the report's title. */
    public Builder title(String title) {
      this.title = checkNotNull(title, "title");
      return this;
    }

    /**
     * Adds a partnership.
     *
     * @throws IllegalArgumentException if a partnership with the same id was added
     */
    public Builder add(Partnership partnership) {
      checkNotNull(partnership, "partnership");
      checkArgument(
          ids.add(partnership.id()),
          "partnership id (%s) must be unique in a report",
          partnership.id());
      partnerships.add(partnership);
      return this;
    }

    /**
     * Adds the PAT session of the partnership with id {@code partnershipId}, replacing any session
     * given for it before (the command line lets a session file replace a built-in one): its matrix
     * and heat map (a picture and anchor of their own per partnership), and, when the partnership
     * has decision rights, the session set against them.
     */
    public Builder session(String partnershipId, Assessment session) {
      sessions.put(checkNotNull(partnershipId, "partnershipId"), checkNotNull(session, "session"));
      return this;
    }

    /**
     * Adds the scenario of the partnership with id {@code partnershipId}: the report replays it
     * (skipping a step that does not apply, which the report shows with its date, label and
     * reason), shows its timeline of the standard metrics as a table, a line chart and CSV, and the
     * power shift from its start to its end; the four questions use it.
     *
     * @throws IllegalArgumentException if the scenario starts from another partnership, or the
     *     partnership already has a scenario
     */
    public Builder scenario(String partnershipId, Scenario scenario) {
      checkNotNull(partnershipId, "partnershipId");
      checkNotNull(scenario, "scenario");
      checkArgument(
          scenario.start().id().equals(partnershipId),
          "scenario starts from partnership %s; it must start from %s to be its scenario",
          scenario.start().id(),
          partnershipId);
      checkArgument(
          !scenarios.containsKey(partnershipId),
          "scenario for %s was already given; a partnership has at most one",
          partnershipId);
      scenarios.put(partnershipId, scenario);
      return this;
    }

    /**
     * Adds a note printed at the top of a partnership's section, such as which values are
     * illustrative.
     */
    public Builder note(String partnershipId, String note) {
      notes.put(checkNotNull(partnershipId, "partnershipId"), checkNotNull(note, "note"));
      return this;
    }

    /**
     * Adds a timeline: {@code series} maps each metric's label to one value per step of {@code
     * steps}, in order.
     *
     * @throws IllegalArgumentException if a series does not have one finite value per step
     */
    public Builder timeline(
        String title, List<String> steps, Map<String, ? extends List<? extends Number>> series) {
      checkNotNull(title, "title");
      ImmutableList<String> s = ImmutableList.copyOf(steps);
      ImmutableMap.Builder<String, ImmutableList<Double>> m = ImmutableMap.builder();
      series.forEach(
          (label, values) -> {
            checkNotNull(label, "series label");
            checkNotNull(values, "series %s", label);
            checkArgument(
                values.size() == s.size(),
                "series %s has %s values; must have one per step (%s)",
                label,
                values.size(),
                s.size());
            ImmutableList.Builder<Double> v = ImmutableList.builder();
            for (int i = 0; i < values.size(); i++) {
              Number n = values.get(i);
              checkArgument(
                  n != null && Double.isFinite(n.doubleValue()),
                  "series %s value %s (%s) must be a finite number",
                  label,
                  i,
                  n);
              v.add(n.doubleValue());
            }
            m.put(label, v.build());
          });
      timelines.add(new Timeline(title, s, m.buildOrThrow()));
      return this;
    }

    /** Sets the date the lessons are checked on (a parameter, never the clock). */
    public Builder asOf(LocalDate asOf) {
      this.asOf = checkNotNull(asOf, "asOf");
      return this;
    }

    /** Sets whether Graphviz's {@code dot} is tried for the diagrams (default: yes). */
    public Builder graphviz(boolean graphviz) {
      this.graphviz = graphviz;
      return this;
    }

    /**
     * Sets how long {@code dot} may take for one diagram (default: 30 seconds).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder dotTimeout(Duration timeout) {
      checkNotNull(timeout, "timeout");
      checkArgument(
          !timeout.isNegative() && !timeout.isZero(), "timeout (%s) must be positive", timeout);
      this.dotTimeout = timeout;
      return this;
    }

    /**
     * Returns the report.
     *
     * @throws IllegalArgumentException if no partnership was added, or a session, scenario or note
     *     names a partnership that was not
     */
    public PartnershipReport build() {
      checkArgument(!partnerships.isEmpty(), "partnerships (none) must hold at least one");
      for (String id : sessions.keySet()) {
        checkArgument(ids.contains(id), "session for %s names no partnership of the report", id);
      }
      for (String id : scenarios.keySet()) {
        checkArgument(ids.contains(id), "scenario for %s names no partnership of the report", id);
      }
      for (String id : notes.build().keySet()) {
        checkArgument(ids.contains(id), "note for %s names no partnership of the report", id);
      }
      return new PartnershipReport(this);
    }
  }
}
