package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.partnership.model.Partnership;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagramsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** Graphviz must be there when the CI says so; elsewhere the structural check stands in. */
  private static boolean graphviz() {
    boolean available = Graphviz.available();
    if (!available && "true".equals(System.getenv("PARTNERSHIP_REQUIRE_GRAPHVIZ"))) {
      fail("PARTNERSHIP_REQUIRE_GRAPHVIZ=true but Graphviz's dot is not on the PATH");
    }
    return available;
  }

  @Test
  void dotDrawsTheMembersAndTheFundingChainOfHostileNames() throws Exception {
    Partnership p = ReportFixtures.hostile();
    for (String dot : List.of(Diagrams.membersDot(p), Diagrams.fundingDot(p))) {
      if (graphviz()) {
        Optional<String> svg = Graphviz.svg(dot, TIMEOUT);
        assertTrue(svg.isPresent(), "dot -Tsvg failed on:\n" + dot);
        PartnershipReportTest.parse(svg.get());
        // the hostile name arrives as text, not markup
        assertTrue(svg.get().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), svg.get());
      }
      structurallySound(dot);
    }
  }

  @Test
  void labelsHoldTheNamesEscaped() {
    String dot = Diagrams.membersDot(ReportFixtures.hostile());
    List<String> labels = labels(dot);
    assertTrue(labels.contains(ReportFixtures.SCRIPT + "\\ninternational"), labels.toString());
    assertTrue(
        labels.stream()
            .anyMatch(l -> l.startsWith("First line\\nsecond line\\nthird \\\\ backslash")),
        labels.toString());
    assertTrue(
        labels.stream().anyMatch(l -> l.startsWith("Ministry The \\\"Quoted\\\" & 'Co' [x]")),
        labels.toString());
  }

  @Test
  void aThousandMembersMakeOneNodeEach() {
    String dot = Diagrams.membersDot(ReportFixtures.large(1_000));
    structurallySound(dot);
    assertEquals(1_000, Pattern.compile("(?m)^\\s*m\\d+ \\[").matcher(dot).results().count());
  }

  @Test
  void mermaidLabelsCannotEndEarly() {
    String m =
        Diagrams.membersMermaid(ReportFixtures.hostile())
            + Diagrams.fundingMermaid(ReportFixtures.hostile());
    for (String line : m.split("\n")) {
      // every label is one double-quoted string without quotes, brackets or pipes inside
      Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(line);
      while (q.find()) {
        String label = q.group(1);
        for (String bad : List.of("[", "]", "|", "<", ">", "(", ")", "`")) {
          assertFalse(label.contains(bad), bad + " in " + label);
        }
      }
      assertEquals(0, line.chars().filter(c -> c == '"').count() % 2, line);
    }
    assertTrue(m.contains("#60;script#62;alert#40;1#41;#60;/script#62;"));
    assertFalse(m.contains("First line\nsecond"));
  }

  @Test
  void graphvizRefusesANonPositiveTimeout() {
    assertThrows(IllegalArgumentException.class, () -> Graphviz.svg("digraph {}", Duration.ZERO));
    assertThrows(NullPointerException.class, () -> Graphviz.svg(null, TIMEOUT));
  }

  @Test
  void aDotThatTakesTooLongIsKilledAndGivesNoPicture() {
    if (graphviz()) {
      String big = Diagrams.membersDot(ReportFixtures.large(2_000));
      assertEquals(Optional.empty(), Graphviz.svg(big, Duration.ofMillis(1)));
    }
  }

  @Test
  void brokenDotGivesNoPicture() {
    if (graphviz()) {
      assertEquals(Optional.empty(), Graphviz.svg("digraph { a -> ", TIMEOUT));
    }
  }

  /** Without Graphviz: quotes balance on every line, braces balance, every statement ends. */
  static void structurallySound(String dot) {
    assertTrue(dot.startsWith("strict digraph") || dot.startsWith("digraph"), dot);
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < dot.length(); i++) {
      char c = dot.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        } else if (c == '\n' || c == '\r') {
          fail("a line break inside a quoted DOT string at " + i);
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    assertFalse(inString, "an unterminated string");
    assertEquals(0, depth, "unbalanced braces");
  }

  /** Returns the raw (still escaped) text of every label="..." in {@code dot}. */
  static List<String> labels(String dot) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("label=\"((?:[^\"\\\\]|\\\\.)*+)\"").matcher(dot);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
