package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Games of absurd size are refused quickly with the rule, not by running out of memory; games at
 * the limit are built. The time limits are hang guards only.
 */
class VotingGameLimitsTest {
  static final int LIMIT = VotingGame.MAX_PLAYERS;

  @Test
  void unanimityAndMajorityOfBillionsOfPlayersAreRefused() {
    for (int n : new int[] {Integer.MAX_VALUE, LIMIT + 1}) {
      assertEquals(
          "players (" + n + ") must be at most " + LIMIT,
          assertTimeoutPreemptively(
                  Duration.ofSeconds(30),
                  () -> assertThrows(IllegalArgumentException.class, () -> VotingGame.majority(n)))
              .getMessage());
      assertEquals(
          "players (" + n + ") must be at most " + LIMIT,
          assertThrows(IllegalArgumentException.class, () -> VotingGame.unanimity(n)).getMessage());
    }
  }

  @Test
  void weightsForMoreThanTheLimitAreRefused() {
    long[] w = new long[LIMIT + 1];
    Arrays.fill(w, 1);
    assertEquals(
        "weights (1048577 players) must name at most 1048576 players",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(1, w)).getMessage());
    assertEquals(
        "weights (1048577 players) must name at most 1048576 players",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.of(1, w, List.of(), 0))
            .getMessage());
  }

  @Test
  void theLimitIs2To20() {
    assertEquals(1 << 20, LIMIT);
  }

  @Test
  void aGameAtTheLimitIsBuilt() {
    VotingGame g = VotingGame.majority(LIMIT);
    assertEquals(LIMIT, g.players());
    assertEquals(LIMIT / 2 + 1, g.quota());
    assertEquals("[524289; 1048576 players, weights 1..1, total 1048576]", g.toString());
  }
}
