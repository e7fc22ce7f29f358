package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.partnership.actors.OrganizationId;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the voting-game and decision-rule constructors and every exact index: from any bytes, a
 * game is either refused with the documented {@link IllegalArgumentException} or built, and then
 * every index agrees with brute-force enumeration (at most 12 players, so the reference is cheap;
 * weights anywhere up to {@link Long#MAX_VALUE}).
 *
 * <p>Input layout (big-endian, missing bytes read as 0): byte 0 the mode (0 {@code VotingGame.of},
 * 1 a {@link GoverningBody} with a {@link DecisionRule}, 2 {@code majority}/{@code unanimity} of a
 * signed count, byte 4, mod 13 when positive); byte 1 the players (mod 13); bytes 2-3 a veto mask
 * (mode 1: byte 2 picks the rule kind, bytes 3-4 a threshold's numerator and denominator); byte 4
 * the minimum number of players (signed); bytes 5-12 the quota; then 8 bytes per weight. On a plain
 * {@code mvn verify} the seeds in {@code VotingGameFuzzTestInputs/fuzzGames} run as regression
 * tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class VotingGameFuzzTest {

  @FuzzTest
  void fuzzGames(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(Arrays.copyOf(data, Math.max(data.length, 13 + 12 * 8)));
    int mode = Byte.toUnsignedInt(in.get(0)) % 3;
    int n = Byte.toUnsignedInt(in.get(1)) % 13;
    int vetoMask = Short.toUnsignedInt(in.getShort(2));
    int minimum = in.get(4);
    long quota = in.getLong(5);
    long[] weights = new long[n];
    for (int i = 0; i < n; i++) {
      weights[i] = in.getLong(13 + 8 * i);
    }
    VotingGame game;
    try {
      game = build(mode, in, n, vetoMask, minimum, quota, weights);
    } catch (IllegalArgumentException documented) {
      assertTrue(documented.getMessage().length() < 500, documented.getMessage());
      return;
    }
    checkAgainstEnumeration(game);
  }

  private static VotingGame build(
      int mode, ByteBuffer in, int n, int vetoMask, int minimum, long quota, long[] weights) {
    switch (mode) {
      case 0:
        List<Integer> vetoes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          if ((vetoMask & (1 << i)) != 0) {
            vetoes.add(i);
          }
        }
        return VotingGame.of(quota, weights, vetoes, minimum);
      case 1:
        GoverningBody body = body(in, n, minimum, quota, weights);
        VotingGame g = body.game();
        PowerIndex banzhaf = PowerIndices.banzhafByEnumeration(g);
        for (int i = 0; i < n; i++) {
          assertEquals(
              banzhaf.value(i), body.power(PowerMeasure.BANZHAF).get(body.holders().get(i)));
        }
        return g;
      default:
        // at most 12 players, so that the reference stays cheap; negative counts are refused
        int count = minimum >= 0 ? minimum % 13 : minimum;
        return (in.get(2) & 1) == 0 ? VotingGame.majority(count) : VotingGame.unanimity(count);
    }
  }

  private static GoverningBody body(ByteBuffer in, int n, int minimum, long quota, long[] weights) {
    int kind = Byte.toUnsignedInt(in.get(2)) % 5;
    DecisionRule rule =
        kind == 0
            ? DecisionRule.unanimity()
            : kind == 1
                ? DecisionRule.consent()
                : kind == 2
                    ? DecisionRule.simpleMajority()
                    : kind == 3
                        ? DecisionRule.qualifiedMajority(in.get(3), in.get(4))
                        : DecisionRule.weightedQuota(quota);
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      seats.add(Seat.of(OrganizationId.of("org-" + i), weights[i]));
    }
    if (minimum > 0) {
      rule = rule.withMinimumMembers(minimum);
    }
    if (n > 0 && (in.get(3) & 1) != 0) {
      rule = rule.withVetoHolders(OrganizationId.of("org-0"));
    }
    return GoverningBody.of("fuzzed", BodyType.OTHER, rule, seats.toArray(new Seat[0]));
  }

  /** Checks every index of {@code g} (at most 12 players) against the plain references. */
  static void checkAgainstEnumeration(VotingGame g) {
    String context = g.toString();
    assertTrue(context.length() < 500, context);
    assertEquals(PowerIndices.banzhafByEnumeration(g), PowerIndices.banzhaf(g), context);
    assertEquals(
        PowerIndices.shapleyShubikByEnumeration(g), PowerIndices.shapleyShubik(g), context);
    assertEquals(Reference.deeganPackel(g), PowerIndices.deeganPackel(g).values(), context);
    assertEquals(
        Reference.publicGoodCounts(g), PowerIndices.publicGood(g).counts().orElseThrow(), context);
    assertEquals(Reference.johnston(g), PowerIndices.johnston(g).values(), context);
    assertEquals(
        Reference.minimalWinning(g).size(), g.minimalWinningCoalitions(1 << 12).size(), context);
    PowerIndex exact = PowerIndices.shapleyShubik(g);
    PowerIndex approximate;
    try {
      approximate = PowerIndices.shapleyShubikApproximation(g);
    } catch (IllegalArgumentException documented) {
      return; // veto players, a minimum, or weights too large for a table of doubles
    }
    for (int i = 0; i < g.players(); i++) {
      double error = Math.abs(exact.value(i).doubleValue() - approximate.value(i).doubleValue());
      assertTrue(
          error <= approximate.errorBound().doubleValue(), context + " player " + i + ": " + error);
    }
  }
}
