package dev.partnership.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.partnership.analysis.RuleSet;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.scenario.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes partnerships, PAT sessions and rule-set selections as YAML or JSON documents.
 *
 * <p>A document starts with its format and version ({@code format: partnership/1}, {@code
 * pat-session/1} or {@code rule-set/1}); a newer version is refused with a message that names the
 * versions this reader knows. Codelists are lowercase words ({@code international-ngo}) and, where
 * IATI has a code, also that code ({@code 21}); money is a decimal string with its currency; dates
 * are ISO 8601. The JSON Schema of the format is the resource {@link #SCHEMA_RESOURCE}.
 *
 * <p>Writing keeps every order the model keeps and loses nothing: reading what was written gives an
 * equal value. Reading either returns the whole value or throws {@link DocumentException} whose
 * message says where (source, line, column, JSON pointer) and what rule the element breaks; hostile
 * input (deep nesting, huge numbers, strings or documents, YAML anchors, aliases and tags) is
 * refused before it costs much.
 *
 * <pre>{@code
 * Partnership p = PartnershipDocuments.readYaml("""
 *     format: partnership/1
 *     id: duo
 *     name: Duo
 *     form: bilateral
 *     members:
 *       - organization: {id: NL-KVK-1, name: Lead, type: international-ngo, country: NL}
 *         roles: [lead]
 *       - organization: {id: KE-NGC-2, name: Partner, type: partner-country-based-ngo, country: KE}
 *         roles: [implementing-partner]
 *     """);
 * String yaml = PartnershipDocuments.write(p, Format.YAML);
 * }</pre>
 */
public final class PartnershipDocuments {
  private PartnershipDocuments() {}

  /** The class-path resource of the JSON Schema (draft 2020-12) of every document this reads. */
  public static final String SCHEMA_RESOURCE = "/dev/partnership/document/partnership.schema.json";

  private static final Pattern FORMAT = Pattern.compile("([a-z-]+)/([0-9]{1,9})");

  private static final ObjectWriter JSON_WRITER =
      JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

  private static final ObjectWriter YAML_WRITER =
      new YAMLMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .build())
          .writer();

  // ---- partnerships --------------------------------------------------------------------------

  /**
   * Reads a partnership document from a file; {@code .json} is JSON, anything else YAML.
   *
   * @throws DocumentException if the document is not a valid partnership, saying where
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Partnership read(Path path) {
    return readFile(path, PartnershipDocuments::read);
  }

  /**
   * Reads a partnership document; {@code sourceName} is how messages name the source.
   *
   * @throws DocumentException if the document is not a valid partnership, saying where
   */
  public static Partnership read(Reader in, String sourceName, Format format) {
    return document(in, sourceName, format, PartnershipMapping.FORMAT, PartnershipMapping::read);
  }

  /**
   * Reads a partnership from YAML text.
   *
   * @throws DocumentException if the document is not a valid partnership, saying where
   */
  public static Partnership readYaml(String yaml) {
    checkNotNull(yaml, "yaml");
    return read(new StringReader(yaml), "<yaml>", Format.YAML);
  }

  /**
   * Reads a partnership from JSON text.
   *
   * @throws DocumentException if the document is not a valid partnership, saying where
   */
  public static Partnership readJson(String json) {
    checkNotNull(json, "json");
    return read(new StringReader(json), "<json>", Format.JSON);
  }

  /** Returns the partnership as a document in {@code format}. */
  public static String write(Partnership partnership, Format format) {
    checkNotNull(partnership, "partnership");
    return text(PartnershipMapping.write(partnership), format);
  }

  /**
   * Writes the partnership as a document in {@code format}.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Partnership partnership, Writer out, Format format) {
    checkNotNull(out, "out");
    put(write(partnership, format), out);
  }

  /**
   * Writes the partnership to a file, in the format its name says ({@link Format#ofFileName}).
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Partnership partnership, Path path) {
    checkNotNull(path, "path");
    putFile(write(partnership, Format.ofFileName(path.toString())), path);
  }

  // ---- PAT sessions --------------------------------------------------------------------------

  /**
   * Reads a PAT session document from a file.
   *
   * @throws DocumentException if the document is not a valid session, saying where
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Assessment readAssessment(Path path) {
    return readFile(path, PartnershipDocuments::readAssessment);
  }

  /**
   * Reads a PAT session document.
   *
   * @throws DocumentException if the document is not a valid session, saying where
   */
  public static Assessment readAssessment(Reader in, String sourceName, Format format) {
    return document(in, sourceName, format, AssessmentMapping.FORMAT, AssessmentMapping::read);
  }

  /** Returns the PAT session as a document in {@code format}. */
  public static String write(Assessment session, Format format) {
    checkNotNull(session, "session");
    return text(AssessmentMapping.write(session), format);
  }

  /**
   * Writes the PAT session as a document in {@code format}.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Assessment session, Writer out, Format format) {
    checkNotNull(out, "out");
    put(write(session, format), out);
  }

  /**
   * Writes the PAT session to a file, in the format its name says.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Assessment session, Path path) {
    checkNotNull(path, "path");
    putFile(write(session, Format.ofFileName(path.toString())), path);
  }

  // ---- rule sets -----------------------------------------------------------------------------

  /**
   * Reads a rule-set selection from a file.
   *
   * @throws DocumentException if the document is not a valid selection, saying where
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RuleSet readRuleSet(Path path) {
    return readFile(path, PartnershipDocuments::readRuleSet);
  }

  /**
   * Reads a rule-set selection: the ids of the library's rules, in order.
   *
   * @throws DocumentException if the document is not a valid selection, saying where
   */
  public static RuleSet readRuleSet(Reader in, String sourceName, Format format) {
    return document(in, sourceName, format, RuleSetMapping.FORMAT, RuleSetMapping::read);
  }

  /**
   * Returns the rule set as a selection document in {@code format}.
   *
   * @throws IllegalArgumentException if a rule is not one of the library's rules (a document
   *     selects rules; it cannot hold code)
   */
  public static String write(RuleSet rules, Format format) {
    checkNotNull(rules, "rules");
    return text(RuleSetMapping.write(rules), format);
  }

  /**
   * Writes the rule set as a selection document in {@code format}.
   *
   * @throws IllegalArgumentException if a rule is not one of the library's rules
   * @throws UncheckedIOException if writing fails
   */
  public static void write(RuleSet rules, Writer out, Format format) {
    checkNotNull(out, "out");
    put(write(rules, format), out);
  }

  /**
   * Writes the rule set to a file, in the format its name says.
   *
   * @throws IllegalArgumentException if a rule is not one of the library's rules
   * @throws UncheckedIOException if writing fails
   */
  public static void write(RuleSet rules, Path path) {
    checkNotNull(path, "path");
    putFile(write(rules, Format.ofFileName(path.toString())), path);
  }

  // ---- scenarios -----------------------------------------------------------------------------

  /**
   * Reads a scenario document from a file; {@code .json} is JSON, anything else YAML.
   *
   * @throws DocumentException if the document is not a valid scenario, saying where
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scenario readScenario(Path path) {
    return readFile(path, PartnershipDocuments::readScenario);
  }

  /**
   * Reads a scenario document ({@code format: scenario/1}): its {@code start} is an embedded
   * partnership document, each step has a {@code date}, a {@code label} and {@code operators}
   * written as data ({@code {op: reweight, body: ISG, holder: NL-KVK-1, weight: 2}}).
   *
   * <p>A step that does not apply to the replayed partnership is not a reading error: the document
   * is read, and {@link Scenario#replay()} reports the step. An operator whose arguments its
   * factory refuses (a blank decision, a member twice in one list) is one.
   *
   * <pre>{@code
   * Scenario s = PartnershipDocuments.readScenario(Path.of("gppac-scenario.yaml"));
   * System.out.println(s.replay().table());
   * }</pre>
   *
   * @throws DocumentException if the document is not a valid scenario, saying where
   */
  public static Scenario readScenario(Reader in, String sourceName, Format format) {
    return document(in, sourceName, format, ScenarioMapping.FORMAT, ScenarioMapping::read);
  }

  /**
   * Reads a scenario from YAML text.
   *
   * @throws DocumentException if the document is not a valid scenario, saying where
   */
  public static Scenario readScenarioYaml(String yaml) {
    checkNotNull(yaml, "yaml");
    return readScenario(new StringReader(yaml), "<yaml>", Format.YAML);
  }

  /**
   * Returns the scenario as a document in {@code format}: its start as an embedded partnership
   * document and every operator as data. Reading it gives an equal scenario.
   *
   * @throws IllegalArgumentException naming the step and operator, if an operator has no document
   *     form (the practice operators that set or add a whole fact, such as {@code
   *     setBudgetFlexibility} or {@code addLearning}, listed in {@code docs/ARCHITECTURE.md})
   */
  public static String write(Scenario scenario, Format format) {
    checkNotNull(scenario, "scenario");
    return text(ScenarioMapping.write(scenario), format);
  }

  /**
   * Writes the scenario as a document in {@code format}.
   *
   * @throws IllegalArgumentException if an operator has no document form
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Scenario scenario, Writer out, Format format) {
    checkNotNull(out, "out");
    put(write(scenario, format), out);
  }

  /**
   * Writes the scenario to a file, in the format its name says.
   *
   * @throws IllegalArgumentException if an operator has no document form
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Scenario scenario, Path path) {
    checkNotNull(path, "path");
    putFile(write(scenario, Format.ofFileName(path.toString())), path);
  }

  // ---- shared --------------------------------------------------------------------------------

  private static <T> T document(
      Reader in, String sourceName, Format format, String expected, BiFunction<In, Node, T> read) {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(format, "format");
    Node root = Parsing.parse(in, sourceName, format);
    In reading = new In(sourceName);
    checkFormat(reading, root, expected);
    return read.apply(reading, root);
  }

  /** Checks that {@code root} is an object whose format is {@code expected}, or says why not. */
  static void checkFormat(In in, Node root, String expected) {
    if (root.kind != Node.Kind.OBJECT) {
      throw in.error(root, "must be an object that starts with format: " + expected);
    }
    Node format = root.fields.get("format");
    if (format == null) {
      throw new DocumentException(
          in.source,
          root.line,
          root.column,
          "/format",
          "/format is required: a document starts with format: " + expected);
    }
    String text = in.string(format);
    Matcher m = FORMAT.matcher(text);
    String kind = expected.substring(0, expected.indexOf('/'));
    if (m.matches() && m.group(1).equals(kind)) {
      if (!text.equals(expected)) {
        throw in.error(
            format,
            Long.parseLong(m.group(2)) > 1
                ? "is a newer version than this reader knows ("
                    + expected
                    + "); use a newer library"
                : "must be " + expected);
      }
      return;
    }
    if (m.matches()
        && List.of("partnership", "pat-session", "rule-set", "scenario").contains(m.group(1))) {
      throw in.error(format, "is a " + m.group(1) + " document; expected " + expected);
    }
    throw in.error(format, "must be " + expected);
  }

  private interface ReadWith<T> {
    T read(Reader in, String source, Format format);
  }

  private static <T> T readFile(Path path, ReadWith<T> read) {
    checkNotNull(path, "path");
    String source = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    Format format = source.toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON : Format.YAML;
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read.read(in, source, format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static String text(Map<String, Object> tree, Format format) {
    checkNotNull(format, "format");
    try {
      return format == Format.JSON
          ? JSON_WRITER.writeValueAsString(tree) + "\n"
          : YAML_WRITER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a document: " + e.getOriginalMessage(), e);
    }
  }

  private static void put(String text, Writer out) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a document: " + e.getMessage(), e);
    }
  }

  private static void putFile(String text, Path path) {
    try {
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
