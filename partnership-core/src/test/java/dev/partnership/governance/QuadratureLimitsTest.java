package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Shapley-Shubik quadrature on games too large for it: it refuses them before it starts, with
 * the work they would need and the limit, instead of running for hours. The time limits are hang
 * guards only, generous on a loaded machine; they assert nothing about speed.
 */
// seconds per run: run by every mvn verify, not once per PIT mutant
@Tag("slow")
class QuadratureLimitsTest {

  static VotingGame random(int n, int maxWeight) {
    SplittableRandom r = new SplittableRandom(7);
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = 1 + r.nextInt(maxWeight);
    }
    return VotingGame.weighted(Arrays.stream(w).sum() / 2 + 1, w);
  }

  @Test
  void tenThousandMembersWithWeightsUpTo1000AreRefusedBeforeTheWork() {
    VotingGame g = random(10_000, 1000);
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                assertThrows(
                    IllegalArgumentException.class,
                    () -> PowerIndices.shapleyShubikApproximation(g)));
    assertTrue(
        e.getMessage().startsWith("game ([" + g.quota() + "; 10000 players"), e.getMessage());
    assertTrue(e.getMessage().contains("steps for the quadrature (limit 2^35)"), e.getMessage());
  }

  @Test
  void aMillionEqualMembersAreRefusedBeforeTheNodesAreComputed() {
    VotingGame g = VotingGame.majority(1_000_000);
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                assertThrows(
                    IllegalArgumentException.class,
                    () -> PowerIndices.shapleyShubikApproximation(g)));
    assertTrue(e.getMessage().contains("steps for the quadrature (limit 2^35)"), e.getMessage());
  }

  @Test
  void theThousandMemberBodyOfTheDocumentationIsStillComputed() {
    VotingGame g = random(1000, 100);
    PowerIndex a =
        assertTimeoutPreemptively(
            Duration.ofMinutes(5), () -> PowerIndices.shapleyShubikApproximation(g));
    assertEquals(1000, a.values().size());
    assertTrue(a.errorBound().doubleValue() < 1e-6, a.errorBound().toString());
  }
}
