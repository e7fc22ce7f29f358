package dev.partnership.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.examples.cli.PartnershipCliTest.Run;
import org.junit.jupiter.api.Test;

/** The top-level command with arguments it does not know: usage errors, never stack traces. */
class PartnershipCliAdversaryTest {

  @Test
  void unknownSubcommandsAreUsageErrors() {
    for (String[] args :
        new String[][] {{"nope"}, {"help", "nope"}, {"--nope"}, {"power", "--nope"}}) {
      Run r = PartnershipCliTest.run(args);
      assertEquals(2, r.code(), String.join(" ", args) + "\n" + r.err());
      assertTrue(r.err().contains("Usage:"), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
  }

  @Test
  void theVersionIsPrintedWithExitZero() {
    Run r = PartnershipCliTest.run("-V");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("partnership "), r.out());
  }

  @Test
  void helpOfEachCommandStatesItsRulesAndAnExample() {
    Run power = PartnershipCliTest.run("power", "--help");
    assertTrue(power.out().contains("at least 1, at most the total"), power.out());
    assertTrue(power.out().contains("Example: partnership power --quota 3 2 1 1"), power.out());
    Run iati = PartnershipCliTest.run("iati", "--help");
    assertTrue(iati.out().contains("--funder"), iati.out());
    assertTrue(iati.out().contains("25%"), iati.out());
  }
}
