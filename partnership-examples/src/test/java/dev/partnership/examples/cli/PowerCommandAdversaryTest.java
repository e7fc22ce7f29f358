package dev.partnership.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.examples.cli.PartnershipCliTest.Run;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code partnership power} as a hostile or careless user would call it: odd numbers, odd names,
 * huge games. Every refusal is one line without a stack trace, with the exit code picocli users
 * expect (2 for usage, 1 for a refused game).
 */
class PowerCommandAdversaryTest {

  static Run run(String... args) {
    return PartnershipCliTest.run(args);
  }

  static void assertNoStackTrace(Run r) {
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.out().contains("Exception"), r.out());
  }

  static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void csvNamesThatASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
    Run r = run("power", "-q", "4", "--csv", "--names", "=1+1,+A1,-2,@SUM(A1)", "1", "1", "1", "1");
    assertEquals(0, r.code(), r.err());
    List<String> members = new ArrayList<>();
    csv(r.out()).forEach(rec -> members.add(rec.get("member")));
    assertEquals(List.of("'=1+1", "'+A1", "'-2", "'@SUM(A1)"), members);
  }

  @Test
  void aHugeGameIsDescribedBrieflyNotWeightByWeight() {
    String[] args = new String[3 + 3000];
    args[0] = "power";
    args[1] = "-q";
    args[2] = "1501";
    for (int i = 0; i < 3000; i++) {
      args[3 + i] = "1";
    }
    Run r = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> run(args));
    assertEquals(0, r.code(), r.err());
    r.out()
        .lines()
        .forEach(line -> assertTrue(line.length() <= 200, () -> "a line of " + line.length()));
    assertTrue(r.out().contains("[1501; 3000 players, weights 1..1, total 3000]"), r.out());
  }

  @Test
  void namesWithControlCharactersStayOnTheirRowOfTheTable() {
    Run r = run("power", "-q", "2", "--names", "a\rb,c\td\u0007", "1", "1");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\r"), r.out());
    assertFalse(r.out().contains("\t"), r.out());
    assertFalse(r.out().contains("\u0007"), r.out());
    assertTrue(r.out().contains("a b "), r.out());
  }

  @Test
  void aBlankNameIsAUsageError() {
    Run r = run("power", "-q", "2", "--names", " ,b", "1", "1");
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().startsWith("--names has a blank name (number 1): each member needs a name"),
        r.err());
  }

  @Test
  void aNameGivenTwiceIsAUsageError() {
    Run r = run("power", "-q", "2", "--names", "a,a", "1", "1");
    assertEquals(2, r.code(), r.err());
    assertTrue(
        r.err().startsWith("--names has \"a\" twice: each member needs a name of its own"),
        r.err());
  }

  // what held: refusals with the exact message and code

  @Test
  void refusedGamesSayWhichRuleInOneLine() {
    String[][] cases = {
      {
        "power: quota (0) must be at least 1 unless veto players or a minimum number of players"
            + " keep the empty coalition from winning",
        "0",
        "2",
        "1"
      },
      {
        "power: quota (4) must not exceed the total weight (3): no coalition could pass",
        "4",
        "2",
        "1"
      },
      {
        "power: quota (1) must not exceed the total weight (0): no coalition could pass",
        "1",
        "0",
        "0"
      },
      {"power: quota (-1) must not be negative", "-1", "2", "1"},
      {
        "power: weights (9223372036854775807, 1) must have a total of at most 2^63 - 1"
            + " (9223372036854775807)",
        "1",
        "9223372036854775807",
        "1"
      },
    };
    for (String[] c : cases) {
      List<String> args = new ArrayList<>(List.of("power", "-q", c[1], "--"));
      Collections.addAll(args, c[2], c[3]);
      Run r = run(args.toArray(String[]::new));
      assertEquals(1, r.code(), r.err());
      assertEquals(c[0], r.err().strip(), String.join(" ", args));
      assertNoStackTrace(r);
    }
    Run negative = run("power", "-q", "1", "--", "-2", "3");
    assertEquals(1, negative.code());
    assertEquals("power: weight of player 0 (-2) must not be negative", negative.err().strip());
  }

  @Test
  void numbersThatAreNotLongsAreUsageErrors() {
    for (String[] args :
        new String[][] {
          {"power", "-q", "99999999999999999999", "1"},
          {"power", "-q", "1", "99999999999999999999"},
          {"power", "-q", "1.5", "2"},
          {"power", "-q", "1", "2", "x"},
          {"power", "-q", "1"},
          {"power", "1", "2"},
        }) {
      Run r = run(args);
      assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
      assertTrue(r.err().contains("Usage:"), r.err());
      assertNoStackTrace(r);
    }
  }

  @Test
  void oneMemberWithAllTheWeightIsADictator() throws IOException {
    Run r = run("power", "-q", "9223372036854775807", "--csv", "9223372036854775807");
    assertEquals(0, r.code(), r.err());
    CSVRecord only = csv(r.out()).get(0);
    assertEquals("9223372036854775807", only.get("weight"));
    assertEquals("1", only.get("Banzhaf"));
    assertEquals("1", only.get("Shapley-Shubik"));
  }

  @Test
  void zeroWeightMembersAreNullPlayers() throws IOException {
    Run r = run("power", "-q", "1", "--csv", "1", "0", "0");
    assertEquals(0, r.code(), r.err());
    List<CSVRecord> rows = csv(r.out());
    assertEquals("1", rows.get(0).get("Shapley-Shubik"));
    assertEquals("0", rows.get(1).get("Banzhaf"));
    assertEquals("0", rows.get(2).get("Johnston"));
  }
}
