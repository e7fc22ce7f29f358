package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every JShell transcript and every Java snippet of the README, so the README cannot drift.
 *
 * <p>A transcript is a fenced block with {@code jshell>} and {@code ...>} lines. Each block runs in
 * a fresh JShell (through the {@code jdk.jshell} API) with this module's class path and {@code
 * partnership.jsh}, line by line as a user types it: a line that completes a statement ends it, as
 * in JShell. The test fails on a compile error, an exception, or a printed value ({@code name ==>
 * value}) that differs from the README's. Java blocks ({@code ```java}) run whole in a fresh JShell
 * with the same start-up; they must compile and run without an exception.
 */
class ReadmeTest {
  private static final Pattern FENCE =
      Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern PROMPT = Pattern.compile("^(jshell>|\\s*\\.\\.\\.>) ?(.*)$");

  static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md"))
          && Files.isRegularFile(p.resolve("partnership.jsh"))) {
        return p;
      }
    }
    return fail("README.md and partnership.jsh not found above " + dir);
  }

  /** A fenced block of the README: its language, its text and the line where it starts. */
  record Block(String language, String text, int line) {}

  static List<Block> blocks(String readme) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(readme);
    while (m.find()) {
      int line = (int) readme.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(m.group(1), m.group(2), line));
    }
    return blocks;
  }

  static boolean isTranscript(Block b) {
    return b.text().lines().anyMatch(l -> l.startsWith("jshell>"));
  }

  /** A statement typed into JShell and the lines JShell printed after it in the README. */
  record Step(String input, List<String> expected, int line) {}

  /** Splits a transcript into statements the way JShell does as the lines are typed. */
  static List<Step> steps(Block block, SourceCodeAnalysis analysis) {
    List<Step> steps = new ArrayList<>();
    String[] lines = block.text().split("\n", -1);
    StringBuilder pending = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = PROMPT.matcher(lines[i]);
      if (!m.matches()) {
        if (pending.length() > 0) {
          fail(
              "README line "
                  + (block.line() + 1 + i)
                  + ": output after an incomplete statement: "
                  + pending);
        }
        if (!lines[i].isBlank() && !steps.isEmpty()) {
          steps.get(steps.size() - 1).expected().add(lines[i]);
        }
        continue;
      }
      if (pending.length() == 0) {
        start = block.line() + 1 + i;
      }
      pending.append(m.group(2)).append('\n');
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending.toString());
      Completeness c = info.completeness();
      if (c.isComplete() || c == Completeness.EMPTY) {
        if (i + 1 < lines.length && lines[i + 1].trim().startsWith("...>")) {
          fail(
              "README line "
                  + (block.line() + 2 + i)
                  + ": JShell ends the statement before this line ("
                  + c
                  + "): break the line after a dot or an opening parenthesis");
        }
        steps.add(new Step(info.source() == null ? "" : info.source(), new ArrayList<>(), start));
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) {
      fail("README line " + start + ": statement never completes: " + pending);
    }
    return steps;
  }

  static JShell shell(Path root) throws IOException {
    JShell shell =
        JShell.builder().executionEngine("local").out(System.err).err(System.err).build();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
    String startup = Files.readString(root.resolve("partnership.jsh"), StandardCharsets.UTF_8);
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = startup;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!info.completeness().isComplete()) {
        fail("partnership.jsh does not complete: " + rest);
      }
      check(shell, shell.eval(info.source()), "partnership.jsh: " + info.source());
      rest = info.remaining();
    }
    return shell;
  }

  /** Fails on a rejected snippet or an exception; returns the value events. */
  static List<SnippetEvent> check(JShell shell, List<SnippetEvent> events, String where) {
    for (SnippetEvent e : events) {
      if (e.status() == Snippet.Status.REJECTED) {
        String diags =
            shell
                .diagnostics(e.snippet())
                .map(d -> d.getMessage(null))
                .collect(Collectors.joining("; "));
        fail(where + " does not compile: " + diags);
      }
      if (e.exception() != null) {
        fail(where + " throws " + e.exception());
      }
    }
    return events;
  }

  @TestFactory
  List<DynamicTest> everyTranscriptRunsAsShown() throws IOException {
    Path root = root();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    for (Block block : blocks(readme)) {
      if (isTranscript(block)) {
        tests.add(
            DynamicTest.dynamicTest(
                "README line " + block.line(), () -> runTranscript(root, block)));
      }
    }
    assertFalse(tests.isEmpty(), "the README has JShell transcripts");
    return tests;
  }

  static void runTranscript(Path root, Block block) throws IOException {
    try (JShell shell = shell(root)) {
      int counter = 0;
      for (Step step : steps(block, shell.sourceCodeAnalysis())) {
        String where = "README line " + step.line();
        List<SnippetEvent> events = check(shell, shell.eval(step.input()), where);
        counter++;
        if (step.expected().isEmpty()) {
          continue;
        }
        SnippetEvent main = events.get(0);
        // JShell numbers a user's snippets from 1 in each session; the start-up's are not counted
        String name =
            main.snippet() instanceof VarSnippet v && !v.name().startsWith("$")
                ? v.name()
                : "$" + counter;
        String printed = name + " ==> " + main.value();
        assertEquals(String.join("\n", step.expected()), printed, where + ": " + step.input());
      }
    }
  }

  @TestFactory
  List<DynamicTest> everyJavaSnippetCompilesAndRuns() throws IOException {
    Path root = root();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    for (Block block : blocks(readme)) {
      if (block.language().equals("java")) {
        tests.add(
            DynamicTest.dynamicTest("README line " + block.line(), () -> runJava(root, block)));
      }
    }
    return tests;
  }

  static void runJava(Path root, Block block) throws IOException {
    try (JShell shell = shell(root)) {
      String rest = block.text();
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!rest.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
        if (!info.completeness().isComplete()) {
          fail("README line " + block.line() + ": Java snippet does not complete: " + rest);
        }
        check(
            shell,
            shell.eval(info.source()),
            "README line " + block.line() + ": " + info.source().strip());
        rest = info.remaining();
      }
    }
  }

  @Test
  void aChangedValueFailsTheTranscript() throws IOException {
    Block block = new Block("", "jshell> 1 + 1\n$1 ==> 3\n", 1);
    AssertionError e = assertThrows(AssertionError.class, () -> runTranscript(root(), block));
    assertTrue(e.getMessage().contains("expected: <$1 ==> 3> but was: <$1 ==> 2>"), e.getMessage());
    runTranscript(root(), new Block("", "jshell> 1 + 1\n$1 ==> 2\n", 1));
  }

  @Test
  void aLineBreakAfterACompleteExpressionFails() throws IOException {
    Block block = new Block("", "jshell> var s = \"a\"\n   ...>     .length()\n", 1);
    AssertionError e = assertThrows(AssertionError.class, () -> runTranscript(root(), block));
    assertTrue(
        e.getMessage().contains("JShell ends the statement before this line"), e.getMessage());
  }
}
