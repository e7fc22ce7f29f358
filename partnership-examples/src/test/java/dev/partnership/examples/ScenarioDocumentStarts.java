package dev.partnership.examples;

import dev.partnership.document.Format;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.model.Partnership;
import dev.partnership.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scenario documents embed their start as a whole partnership document (one file stands alone),
 * so when an alliance document changes, their starts must be written again. This tool does it: it
 * keeps each document's steps and its comment lines after the first line, and writes the start from
 * the alliance document as it is now. {@code ScenarioDocumentsTest} fails, naming this tool, while
 * a start is stale.
 *
 * <p>Run it from the module directory with {@code mvn -q -pl partnership-examples -am test-compile
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.partnership.examples.ScenarioDocumentStarts}.
 */
public final class ScenarioDocumentStarts {
  private ScenarioDocumentStarts() {}

  /** The module directory: {@code partnership-examples} from the root, else the current one. */
  static final Path MODULE =
      Files.isDirectory(Path.of("partnership-examples", "documents"))
          ? Path.of("partnership-examples")
          : Path.of("");

  /** The resource folder of the alliance documents. */
  static final Path RESOURCES =
      MODULE.resolve("src/main/resources/dev/partnership/examples/alliances");

  /** Returns each scenario document and the alliance its start must equal. */
  static Map<Path, Partnership> documents() {
    Map<Path, Partnership> m = new LinkedHashMap<>();
    List<Partnership> alliances = Alliances.documents();
    for (int i = 0; i < 3; i++) {
      m.put(RESOURCES.resolve(Alliances.SCENARIO_NAMES.get(i)), alliances.get(i));
    }
    m.put(MODULE.resolve("documents").resolve("gppac-scenario.yaml"), Alliances.gppac());
    return m;
  }

  /**
   * Returns the text {@code file} should have: its first line, its comment lines, then the scenario
   * with its steps and {@code start}, as {@link PartnershipDocuments#write(Scenario, Format)}
   * writes it.
   */
  static String expected(Path file, Partnership start) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Scenario read = PartnershipDocuments.readScenarioYaml(text);
    String written = PartnershipDocuments.write(Scenario.of(start, read.steps()), Format.YAML);
    String comments =
        text.lines()
            .skip(1)
            .takeWhile(l -> l.startsWith("#"))
            .map(l -> l + "\n")
            .collect(Collectors.joining());
    int firstLine = written.indexOf('\n') + 1;
    return written.substring(0, firstLine) + comments + written.substring(firstLine);
  }

  /**
   * Writes the start of every scenario document again from its alliance document.
   *
   * @param args ignored
   * @throws IOException if a document cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    for (Map.Entry<Path, Partnership> e : documents().entrySet()) {
      String expected = expected(e.getKey(), e.getValue());
      if (!expected.equals(Files.readString(e.getKey(), StandardCharsets.UTF_8))) {
        Files.writeString(e.getKey(), expected, StandardCharsets.UTF_8);
        System.out.println("wrote " + e.getKey());
      }
    }
  }
}
