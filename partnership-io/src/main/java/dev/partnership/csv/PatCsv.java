package dev.partnership.csv;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.participation.Action;
import dev.partnership.participation.Agreement;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Purpose;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes a PAT session ({@link Assessment}) as CSV in the matrix form facilitators keep
 * in spreadsheets: one row per decision and organisation with the actual level, the agreement on
 * the decision, the desired level and the action for change. RFC 4180 (Apache Commons CSV): fields
 * in double quotes when they hold a comma, a quote or a line break, quotes doubled, rows ended by
 * CRLF, UTF-8 without a byte order mark.
 *
 * <p>A file has two parts, separated by one empty row. First the session, one fact per row (the
 * first cell names it): {@code context}, {@code purpose}, {@code date}, {@code country} (one row
 * each), {@code partnership}, {@code derived}, {@code summary}, {@code comment} (one row each, in
 * order), {@code organization} (id, name, IATI type constant, home country, acronym, affiliation,
 * levels; one row each, in order) and {@code decision} (name, area, agreement, description; one row
 * each, in order). Then the matrix, under the header {@value #HEADER}:
 *
 * <pre>
 * decision,area,organization,actual,agreement,desired,action,action due
 * Flexible fund,resources among partners,mama-cash,4 decides,no agreement,,,
 * Flexible fund,resources among partners,jass,1 informed,no agreement,3 co-decides,Invite JASS,2026-09-01
 * </pre>
 *
 * <p>Levels are written as the PAT score and label ({@code "2 consulted"}); the reader takes the
 * score, the label, both (they must agree) or the constant ({@code CONSULTED}), in any case. An
 * actual cell says {@code not scored} for a cell explicitly marked so, and is empty for one not
 * scored yet. A second action of the same organisation on the same decision takes a further row of
 * that decision and organisation whose level and agreement cells are empty; actions are read back
 * in matrix order. Areas, purposes and agreements are written as words ({@code "resources among
 * partners"}) and read as words or constants.
 *
 * <p><b>Formula injection.</b> Spreadsheets run a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula (OWASP, "CSV Injection"). The
 * writer puts a single quote before every text that starts with one of them or with a quote, so a
 * spreadsheet shows the text and runs nothing; the reader removes one leading single quote from
 * every text cell, so writing then reading gives the text back.
 *
 * <p><b>Hostile input.</b> The reader refuses a file of more than {@value #MAX_CHARS} characters, a
 * cell of more than {@value #MAX_CELL} characters and more than {@value #MAX_ROWS} rows as soon as
 * it meets them, with the file, row and column; it skips one byte order mark at the start, takes
 * CRLF and LF line ends, and builds the session only after the last row (nothing half-read).
 *
 * <pre>{@code
 * String csv = PatCsv.toCsv(session);
 * Assessment again = PatCsv.read(new StringReader(csv), "session.csv");   // equals session
 * }</pre>
 */
public final class PatCsv {
  private PatCsv() {}

  /** The header of the matrix. */
  public static final String HEADER =
      "decision,area,organization,actual,agreement,desired,action,action due";

  /** The columns of the matrix, in order. */
  static final List<String> COLUMNS = Splitter.on(',').splitToList(HEADER);

  /** The most characters a file may hold. */
  public static final long MAX_CHARS = 16L * 1024 * 1024;

  /** The most characters a cell may hold. */
  public static final int MAX_CELL = 100_000;

  /** The most rows a file may hold. */
  public static final long MAX_ROWS = 200_000;

  private static final int WIDTH = COLUMNS.size();
  private static final String NOT_SCORED = "not scored";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  // ---------------------------------------------------------------- writing

  /** Returns {@code session} as CSV text (CRLF line ends). */
  public static String toCsv(Assessment session) {
    StringBuilder out = new StringBuilder();
    write(session, out);
    return out.toString();
  }

  /**
   * Writes {@code session} to {@code path} in UTF-8, replacing the file.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Assessment session, Path path) {
    checkNotNull(path, "path");
    String csv = toCsv(session);
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      w.write(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("file (" + path + ") cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Appends {@code session} as CSV to {@code out}.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Assessment session, Appendable out) {
    checkNotNull(session, "session");
    checkNotNull(out, "out");
    try {
      CSVPrinter p = new CSVPrinter(out, FORMAT);
      row(p, "context", text(session.context()));
      row(p, "purpose", label(session.purpose()));
      row(p, "date", session.date().toString());
      for (CountryCode c : session.countries()) {
        row(p, "country", c.code());
      }
      session.partnershipId().ifPresent(id -> row(p, "partnership", text(id)));
      if (session.derived()) {
        row(p, "derived", "true");
      }
      session.summary().ifPresent(s -> row(p, "summary", text(s)));
      for (String c : session.comments()) {
        row(p, "comment", text(c));
      }
      for (Organization o : session.organizations()) {
        row(
            p,
            "organization",
            o.id().toString(),
            text(o.name()),
            o.type().name(),
            o.homeCountry().map(CountryCode::code).orElse(""),
            o.acronym().map(PatCsv::text).orElse(""),
            o.affiliation().map(PatCsv::text).orElse(""),
            Joiner.on(' ').join(o.levels().stream().map(Enum::name).iterator()));
      }
      for (Decision d : session.decisions()) {
        row(
            p,
            "decision",
            text(d.name()),
            label(d.area()),
            Optional.ofNullable(session.agreement().get(d.name())).map(PatCsv::label).orElse(""),
            d.description().map(PatCsv::text).orElse(""));
      }
      row(p);
      row(p, COLUMNS.toArray(new String[0]));
      Map<Cell, List<Action>> actions = new HashMap<>();
      for (Action a : session.actions()) {
        actions.computeIfAbsent(Cell.of(a.decision(), a.who()), c -> new ArrayList<>()).add(a);
      }
      for (Decision d : session.decisions()) {
        String agreement =
            Optional.ofNullable(session.agreement().get(d.name())).map(PatCsv::label).orElse("");
        for (Organization o : session.organizations()) {
          Cell cell = Cell.of(d.name(), o.id());
          String actual =
              session.notScored().contains(cell)
                  ? NOT_SCORED
                  : session.actualIn(cell).map(PatCsv::level).orElse("");
          String desired =
              Optional.ofNullable(session.desired().get(cell)).map(PatCsv::level).orElse("");
          List<Action> here = actions.getOrDefault(cell, List.of());
          for (int i = 0; i < Math.max(1, here.size()); i++) {
            Optional<Action> a = i < here.size() ? Optional.of(here.get(i)) : Optional.empty();
            row(
                p,
                text(d.name()),
                label(d.area()),
                o.id().toString(),
                i == 0 ? actual : "",
                i == 0 ? agreement : "",
                i == 0 ? desired : "",
                a.map(x -> text(x.what())).orElse(""),
                a.flatMap(Action::byWhen).map(LocalDate::toString).orElse(""));
          }
        }
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints one row padded to the matrix width, so every row has the same number of fields. */
  private static void row(CSVPrinter p, String... cells) {
    Object[] padded = Arrays.copyOf(cells, WIDTH, Object[].class);
    for (int i = cells.length; i < WIDTH; i++) {
      padded[i] = "";
    }
    try {
      p.printRecord(padded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code s} with a single quote before it if a spreadsheet would run it as a formula. */
  static String text(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\''
        ? "'" + s
        : s;
  }

  /** Returns {@code "2 consulted"}. */
  static String level(ParticipationLevel level) {
    return level.label();
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads the session in the UTF-8 file {@code path}.
   *
   * @throws PatCsvException if the file is not a PAT session in this form, names the path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Assessment read(Path path) {
    checkNotNull(path, "path");
    try (Reader r =
        new InputStreamReader(
            Files.newInputStream(path),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return read(r, path.toString());
    } catch (CharacterCodingException e) {
      throw new PatCsvException(path.toString(), 0, "", null, "is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("file (" + path + ") cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a session from {@code csv}; {@code file} names it in error messages.
   *
   * @throws PatCsvException naming file, row, column, value and rule, if the text is not a PAT
   *     session in this form or breaks one of the session's rules
   */
  public static Assessment read(Reader csv, String file) {
    checkNotNull(csv, "csv");
    checkNotNull(file, "file");
    return new Reading(file).read(csv);
  }

  /** Reads a session from the text {@code csv}; see {@link #read(Reader, String)}. */
  public static Assessment fromCsv(String csv, String file) {
    return read(new StringReader(checkNotNull(csv, "csv")), file);
  }

  /** One reading of one file: the state of the rows read so far, never shared. */
  private static final class Reading {
    private final String file;
    private final Assessment.Builder b = Assessment.builder();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final Map<String, Optional<Agreement>> agreements = new HashMap<>();
    private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    private final Map<Cell, Long> firstRow = new HashMap<>();
    private final List<String> comments = new ArrayList<>();
    private long row;

    Reading(String file) {
      this.file = file;
    }

    Assessment read(Reader csv) {
      boolean inMatrix = false;
      boolean headerSeen = false;
      boolean sawContext = false;
      boolean sawPurpose = false;
      boolean sawDate = false;
      try (CSVParser parser =
          CSVParser.builder().setReader(new Limited(csv)).setFormat(FORMAT).get()) {
        for (CSVRecord r : parser) {
          row = r.getRecordNumber();
          if (row > MAX_ROWS) {
            throw error("", null, "is past the limit of " + MAX_ROWS + " rows");
          }
          List<String> cells = r.toList();
          for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > MAX_CELL) {
              throw error(
                  column(i, inMatrix && headerSeen),
                  cells.get(i),
                  "is longer than " + MAX_CELL + " characters");
            }
          }
          boolean blank = cells.stream().allMatch(String::isEmpty);
          if (!inMatrix) {
            if (blank) {
              inMatrix = true;
              continue;
            }
            String key = cells.get(0);
            switch (key) {
              case "context":
                sawContext = once(sawContext, key);
                b.context(stripText(value(cells, 1, "context")));
                break;
              case "purpose":
                sawPurpose = once(sawPurpose, key);
                b.purpose(constant(Purpose.class, value(cells, 1, "purpose"), "purpose"));
                break;
              case "date":
                sawDate = once(sawDate, key);
                b.date(date(value(cells, 1, "date"), "date"));
                break;
              case "country":
                b.addCountry(country(value(cells, 1, "country"), "country"));
                break;
              case "partnership":
                b.partnershipId(stripText(value(cells, 1, "partnership")));
                break;
              case "derived":
                b.derived(bool(value(cells, 1, "derived"), "derived"));
                break;
              case "summary":
                b.summary(stripText(value(cells, 1, "summary")));
                break;
              case "comment":
                comments.add(stripText(value(cells, 1, "comment")));
                break;
              case "organization":
                organization(cells);
                break;
              case "decision":
                decision(cells);
                break;
              default:
                throw error(
                    "1",
                    key,
                    "must name a session fact (context, purpose, date, country, partnership,"
                        + " derived, summary, comment, organization, decision), or be an empty row"
                        + " before the matrix");
            }
            continue;
          }
          if (!headerSeen) {
            if (!cells.equals(COLUMNS)) {
              throw error("", Joiner.on(',').join(cells), "must be the matrix header " + HEADER);
            }
            headerSeen = true;
            continue;
          }
          if (blank) {
            continue;
          }
          matrixRow(cells);
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw unreadable(e);
      } catch (IOException e) {
        throw unreadable(e);
      }
      row = 0;
      if (!sawContext || !sawPurpose || !sawDate) {
        throw error(
            "", null, "must give the session's context, purpose and date before the matrix");
      }
      if (!headerSeen) {
        throw error("", null, "must hold the matrix header " + HEADER + " after an empty row");
      }
      agreements.forEach((d, a) -> a.ifPresent(x -> b.putAgreement(d, x)));
      b.comments(comments);
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw error("", null, "does not hold a valid PAT session: " + e.getMessage());
      }
    }

    /** Returns the error for a file the CSV parser could not read past row {@code row}. */
    private PatCsvException unreadable(Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CharacterCodingException) {
          return new PatCsvException(file, row + 1, "", null, "is not UTF-8 text");
        }
        if (t instanceof TooLong) {
          return new PatCsvException(
              file,
              row + 1,
              "",
              null,
              "is past the limit of " + MAX_CHARS + " characters per file");
        }
      }
      return new PatCsvException(file, row + 1, "", null, "is not RFC 4180 CSV: " + reason(e));
    }

    private static String reason(Exception e) {
      Throwable t = e.getCause() != null ? e.getCause() : e;
      String m = String.valueOf(t.getMessage());
      return m.length() <= 200 ? m : m.substring(0, 200) + "...";
    }

    private boolean once(boolean seen, String key) {
      if (seen) {
        throw error("1", key, "must be given once");
      }
      return true;
    }

    private void organization(List<String> cells) {
      OrganizationId id = id(value(cells, 1, "organization id"), "organization id");
      Organization.Builder o =
          Organization.builder()
              .id(id)
              .name(stripText(value(cells, 2, "organization name")))
              .type(constant(OrganizationType.class, value(cells, 3, "type"), "type"));
      String country = cell(cells, 4);
      if (!country.isEmpty()) {
        o.homeCountry(country(country, "home country"));
      }
      if (!cell(cells, 5).isEmpty()) {
        o.acronym(stripText(cell(cells, 5)));
      }
      if (!cell(cells, 6).isEmpty()) {
        o.affiliation(stripText(cell(cells, 6)));
      }
      for (String l : Splitter.on(' ').omitEmptyStrings().split(cell(cells, 7))) {
        o.addLevel(constant(OperatingLevel.class, l, "levels"));
      }
      Organization built;
      try {
        built = o.build();
      } catch (IllegalArgumentException e) {
        throw error("", null, "does not hold a valid organisation: " + e.getMessage());
      }
      if (organizations.putIfAbsent(id, built) != null) {
        throw error("2", id.toString(), "must list an organisation once");
      }
      b.addOrganization(built);
    }

    private void decision(List<String> cells) {
      String name = stripText(value(cells, 1, "decision"));
      DecisionArea area = constant(DecisionArea.class, value(cells, 2, "area"), "area");
      Decision.Builder d = Decision.builder().name(name).area(area);
      String agreement = cell(cells, 3);
      String description = cell(cells, 4);
      if (!description.isEmpty()) {
        d.description(stripText(description));
      }
      Decision built;
      try {
        built = d.build();
      } catch (IllegalArgumentException e) {
        throw error("2", cell(cells, 1), "must be a valid decision: " + e.getMessage());
      }
      if (decisions.putIfAbsent(name, built) != null) {
        throw error("2", name, "must list a decision once");
      }
      agreements.put(
          name,
          agreement.isEmpty()
              ? Optional.empty()
              : Optional.of(constant(Agreement.class, agreement, "agreement")));
      b.addDecision(built);
    }

    private void matrixRow(List<String> cells) {
      if (cells.size() > WIDTH) {
        for (int i = WIDTH; i < cells.size(); i++) {
          if (!cells.get(i).isEmpty()) {
            throw error(
                "" + (i + 1), cells.get(i), "is past the " + WIDTH + " columns of the matrix");
          }
        }
      }
      String name = stripText(cell(cells, 0));
      Decision d = decisions.get(name);
      if (d == null) {
        throw error("decision", cell(cells, 0), "must be listed in a decision row of the session");
      }
      DecisionArea area = constant(DecisionArea.class, cell(cells, 1), "area");
      if (area != d.area()) {
        throw error(
            "area", cell(cells, 1), "must be the listed area of " + name + ", " + label(d.area()));
      }
      OrganizationId id = id(cell(cells, 2), "organization");
      if (!organizations.containsKey(id)) {
        throw error(
            "organization", cell(cells, 2), "must be listed in an organization row of the session");
      }
      Cell cell = Cell.of(name, id);
      String actual = cell(cells, 3);
      String agreement = cell(cells, 4);
      String desired = cell(cells, 5);
      String action = cell(cells, 6);
      String due = cell(cells, 7);
      Long first = firstRow.putIfAbsent(cell, row);
      if (first != null) {
        if (!actual.isEmpty() || !agreement.isEmpty() || !desired.isEmpty() || action.isEmpty()) {
          throw error(
              "",
              null,
              "repeats "
                  + cell
                  + " of row "
                  + first
                  + ": a further row of the same decision and organisation holds only an action,"
                  + " with actual, agreement and desired empty");
        }
      } else {
        if (actual.equals(NOT_SCORED)) {
          b.addNotScored(cell);
        } else if (!actual.isEmpty()) {
          b.putActual(cell, level(actual, "actual"));
        }
        Optional<Agreement> listed = agreements.get(name);
        Optional<Agreement> here =
            agreement.isEmpty()
                ? Optional.empty()
                : Optional.of(constant(Agreement.class, agreement, "agreement"));
        if (!here.equals(listed)) {
          throw error(
              "agreement",
              agreement,
              "must be the agreement listed for "
                  + name
                  + ", "
                  + listed.map(PatCsv::label).map(l -> '"' + l + '"').orElse("empty"));
        }
        if (!desired.isEmpty()) {
          b.putDesired(cell, level(desired, "desired"));
        }
      }
      if (!action.isEmpty()) {
        Action.Builder a = Action.builder().what(stripText(action)).decision(name).who(id);
        if (!due.isEmpty()) {
          a.byWhen(date(due, "action due"));
        }
        try {
          b.addAction(a.build());
        } catch (IllegalArgumentException e) {
          throw error("action", action, "must not be blank");
        }
      } else if (!due.isEmpty()) {
        throw error("action due", due, "must come with an action");
      }
    }

    private ParticipationLevel level(String text, String column) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      Integer score = null;
      String label = t;
      int space = t.indexOf(' ');
      String head = space < 0 ? t : t.substring(0, space);
      if (head.length() == 1 && head.charAt(0) >= '0' && head.charAt(0) <= '9') {
        score = head.charAt(0) - '0';
        label = space < 0 ? "" : t.substring(space + 1).strip();
      }
      Integer byLabel = null;
      if (!label.isEmpty()) {
        String l = label.replace('_', ' ').replace('-', ' ');
        for (int i = 0; i < ParticipationLevel.values().length; i++) {
          if (ParticipationLevel.of(i).words().replace('-', ' ').equals(l)) {
            byLabel = i;
          }
        }
        if (l.equals("co decides")) {
          byLabel = 3;
        }
      }
      boolean ok =
          (score != null || byLabel != null)
              && (score == null || score <= 4)
              && (label.isEmpty() || byLabel != null)
              && (score == null || byLabel == null || score.equals(byLabel));
      if (!ok) {
        throw error(
            column,
            text,
            "must be a PAT level: a score 0 to 4, a label (not informed, informed, consulted,"
                + " co-decides, decides) or both, e.g. \"2 consulted\""
                + (column.equals("actual") ? ", or \"not scored\"" : ""));
      }
      return ParticipationLevel.of(score != null ? score : byLabel);
    }

    private <E extends Enum<E>> E constant(Class<E> type, String text, String column) {
      String t = text.strip();
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(t) || label(e).equalsIgnoreCase(t)) {
          return e;
        }
      }
      List<String> labels = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        labels.add(label(e));
      }
      throw error(column, text, "must be one of: " + Joiner.on(", ").join(labels));
    }

    private LocalDate date(String text, String column) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw error(column, text, "must be a date yyyy-mm-dd");
      }
    }

    private CountryCode country(String text, String column) {
      try {
        return CountryCode.of(text.strip());
      } catch (IllegalArgumentException e) {
        throw error(column, text, "must be an ISO 3166-1 alpha-2 country code");
      }
    }

    private OrganizationId id(String text, String column) {
      try {
        return OrganizationId.of(text.strip());
      } catch (IllegalArgumentException e) {
        throw error(
            column,
            text,
            "must be an organisation id (an IATI identifier PREFIX-NUMBER or a slug)");
      }
    }

    private boolean bool(String text, String column) {
      if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(text);
      }
      throw error(column, text, "must be true or false");
    }

    /** Returns cell {@code i}, which must not be empty. */
    private String value(List<String> cells, int i, String column) {
      String v = cell(cells, i);
      if (v.isBlank()) {
        throw error(column, v, "must not be empty");
      }
      return v;
    }

    private PatCsvException error(String column, String value, String rule) {
      return new PatCsvException(file, row, column, value, rule);
    }
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  /** Returns {@code s} without the one leading single quote the writer adds before formulas. */
  static String stripText(String s) {
    return s.startsWith("'") ? s.substring(1) : s;
  }

  private static String column(int i, boolean matrix) {
    return matrix && i < COLUMNS.size() ? COLUMNS.get(i) : String.valueOf(i + 1);
  }

  /** The file is longer than {@link #MAX_CHARS}. */
  private static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("the file is longer than " + MAX_CHARS + " characters");
    }
  }

  /**
   * A reader that skips one byte order mark at the start and refuses to read past {@link
   * #MAX_CHARS} characters, so a huge file or cell fails before it fills the memory.
   */
  private static final class Limited extends FilterReader {
    private long count;
    private boolean started;

    Limited(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && !started) {
        started = true;
        if (buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          n--;
          if (n == 0) {
            return read(buf, off, len);
          }
        }
      }
      if (n > 0) {
        count += n;
        if (count > MAX_CHARS) {
          throw new TooLong();
        }
      }
      return n;
    }
  }
}
