package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The examples of "exact means exact": large weights, many equal members, few minimal winning
 * coalitions.
 */
class ExactnessTest {

  private static List<Fraction> repeated(Fraction first, Fraction rest, int restCount) {
    List<Fraction> out = new ArrayList<>();
    out.add(first);
    out.addAll(Collections.nCopies(restCount, rest));
    return out;
  }

  @Test
  void weightsNear2To61AreExact() {
    long big = 1L << 61;
    var g = VotingGame.weighted(big + 5, big, 3, 5, 7);
    // wins: the big player with 5, 7, or any two of 3, 5, 7
    assertEquals(
        List.of(Fraction.of(2, 3), Fraction.ZERO, Fraction.of(1, 6), Fraction.of(1, 6)),
        PowerIndices.shapleyShubik(g).values());
    assertEquals(PowerIndices.shapleyShubikByEnumeration(g), PowerIndices.shapleyShubik(g));
    assertEquals(PowerIndices.banzhafByEnumeration(g), PowerIndices.banzhaf(g));
    assertEquals(Fraction.ZERO, PowerIndices.shapleyShubik(g).errorBound());
  }

  @Test
  void sixtyThreePlayersWithOneWeightOf2To62() {
    long[] w = new long[63];
    Arrays.fill(w, 1);
    w[0] = 1L << 62;
    var g = VotingGame.weighted((1L << 62) + 1, w);
    // a coalition wins when it holds the big player and at least one other: the big player swings
    // with any of the 2^62 - 1 non-empty sets of others, each other player only when alone with it
    PowerIndex b = PowerIndices.banzhaf(g);
    BigInteger bigSwings = BigInteger.TWO.pow(62).subtract(BigInteger.ONE);
    assertEquals(bigSwings, b.count(0));
    assertEquals(BigInteger.ONE, b.count(62));
    BigInteger total = bigSwings.add(BigInteger.valueOf(62));
    assertEquals(
        repeated(Fraction.of(bigSwings, total), Fraction.of(BigInteger.ONE, total), 62),
        b.values());
    // Shapley-Shubik: the big player pivots unless it comes first; the first other after it pivots
    assertEquals(
        repeated(Fraction.of(62, 63), Fraction.of(1, 63 * 62), 62),
        PowerIndices.shapleyShubik(g).values());
  }

  // excluded from PIT (pit.excludedGroups): too slow to run once per mutant
  @Tag("slow")
  @Test
  void aMajorityOfTwoThousandEqualMembersIsOneType() {
    var g = VotingGame.majority(2000);
    Fraction share = Fraction.of(1, 2000);
    List<Fraction> equal = Collections.nCopies(2000, share);
    assertEquals(equal, PowerIndices.shapleyShubik(g).values());
    assertEquals(equal, PowerIndices.banzhaf(g).values());
    assertEquals(equal, PowerIndices.johnston(g).values());
    assertEquals(equal, PowerIndices.deeganPackel(g).values());
    assertEquals(equal, PowerIndices.publicGood(g).values());
    // every one of the 2000! orderings has one pivot, so each member pivots in 1999! of them
    assertEquals(Enumeration.factorials(1999)[1999], PowerIndices.shapleyShubik(g).count(0));
    assertEquals(
        PowerIndices.Method.WEIGHT_TYPES, PowerIndices.method(g, true, "Shapley-Shubik index"));
  }

  @Test
  void aMajorityOfFortyThousandIsRefusedBeforeItStarts() {
    assertEquals(
        "Banzhaf index of [20001; 40000 players, weights 1..1, total 40000] has no exact method: generating functions"
            + " need 12700635 longs (limit 2^28) and 508025400000 steps (limit 2^35), counting by weight types 25040626"
            + " steps (limit 2^24), enumeration accepts at most 25 players, not 40000",
        assertThrows(
                IllegalStateException.class,
                () -> PowerIndices.banzhaf(VotingGame.majority(40_000)))
            .getMessage());
  }

  @Test
  void twoMinimalWinningCoalitionsAreFoundAtOnce() {
    long[] w = new long[30];
    Arrays.fill(w, 1);
    w[29] = 29;
    var g = VotingGame.weighted(29, w); // [29; 1 x 29, 29]
    List<Integer> ones = new ArrayList<>();
    for (int i = 0; i < 29; i++) {
      ones.add(i);
    }
    assertEquals(
        ImmutableList.of(ImmutableSortedSet.copyOf(ones), ImmutableSortedSet.of(29)),
        g.minimalWinningCoalitions(2));
    assertEquals(
        repeatedLast(Fraction.of(1, 58), Fraction.of(1, 2), 29),
        PowerIndices.deeganPackel(g).values());
    assertEquals(Collections.nCopies(30, Fraction.of(1, 30)), PowerIndices.publicGood(g).values());
  }

  @Test
  void minimalWinningCoalitionsOfFortyDistinctWeightsByTheSearch() {
    // one player as heavy as the 39 others together (2^0 .. 2^38): two minimal winning coalitions;
    // 2^40 type profiles, so the output-sensitive search does the work
    long[] w = new long[40];
    for (int i = 0; i < 39; i++) {
      w[i] = 1L << i;
    }
    w[39] = (1L << 39) - 1;
    var g = VotingGame.weighted((1L << 39) - 1, w);
    assertEquals(2, g.minimalWinningCoalitions(2).size());
    assertEquals(
        repeatedLast(Fraction.of(1, 78), Fraction.of(1, 2), 39),
        PowerIndices.deeganPackel(g).values());
    assertEquals(Collections.nCopies(40, Fraction.of(1, 40)), PowerIndices.publicGood(g).values());
    assertEquals(
        "[549755813887; 40 players, weights 1..549755813887, total 1099511627774] has more than 1 minimal winning"
            + " coalitions; raise the limit or use an index that needs none",
        assertThrows(IllegalStateException.class, () -> g.minimalWinningCoalitions(1))
            .getMessage());
  }

  private static List<Fraction> repeatedLast(Fraction each, Fraction last, int count) {
    List<Fraction> out = new ArrayList<>(Collections.nCopies(count, each));
    out.add(last);
    return out;
  }

  // excluded from PIT (pit.excludedGroups): too slow to run once per mutant
  @Tag("slow")
  @Test
  void johnstonOfTwentyFivePlayersWithinItsLimit() {
    long[] w = new long[25];
    for (int i = 0; i < 25; i++) {
      w[i] = i + 1;
    }
    var g = VotingGame.weighted(163, w); // 325 in all
    PowerIndex j = PowerIndices.johnston(g);
    assertEquals(Fraction.ONE, j.values().stream().reduce(Fraction.ZERO, Fraction::add));
    for (int i = 1; i < 25; i++) {
      assertTrue(j.value(i).compareTo(j.value(i - 1)) >= 0, "heavier never has less: " + i);
    }
    assertEquals(
        "Johnston index of [1; 26 players, weights 1..26, total 351] has no exact method: counting by weight types"
            + " needs 1744830464 steps (limit 2^24), enumeration accepts at most 25 players, not 26",
        assertThrows(
                IllegalStateException.class,
                () -> PowerIndices.johnston(VotingGame.weighted(1, oneTo(26))))
            .getMessage()
            .replace(
                "[1; 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]",
                "[1; 26 players, weights 1..26, total 351]"));
  }

  private static long[] oneTo(int n) {
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = i + 1;
    }
    return w;
  }

  @Test
  void aGameOfTenThousandPlayersIsRefusedInAShortMessage() {
    long[] w = new long[10_000];
    for (int i = 0; i < w.length; i++) {
      w[i] = (i + 1) * (1L << 30) + i;
    }
    long total = Arrays.stream(w).sum();
    var g = VotingGame.weighted(total / 2 + 1, w);
    String message =
        assertThrows(IllegalStateException.class, () -> PowerIndices.banzhaf(g)).getMessage();
    assertTrue(message.length() < 400, message);
    assertTrue(
        message.startsWith(
            "Banzhaf index of ["
                + (total / 2 + 1)
                + "; 10000 players, weights 1073741824..10737418249999, total "),
        message);
    assertTrue(
        message.contains(
            "generating functions need 4268550566749642659 longs (limit 2^28) and more than 2^63 steps (limit 2^35)"),
        message);
    assertTrue(
        message.contains("counting by weight types more than 2^63 steps (limit 2^24)"), message);
    assertTrue(message.contains("enumeration accepts at most 25 players, not 10000"), message);
    assertTrue(g.toString().length() < 100, g.toString());
    long[] tooHeavy = w.clone();
    tooHeavy[0] = Long.MAX_VALUE;
    assertEquals(
        "weights (10000 players, weights 2147483649..9223372036854775807, total 9277064495740148983) must have a"
            + " total of at most 2^63 - 1 (9223372036854775807)",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(1, tooHeavy))
            .getMessage());
  }

  @Test
  void refusalsNameTheFieldTheValueAndTheRule() {
    assertEquals(
        "players (-1) must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.unanimity(-1)).getMessage());
    assertEquals(
        "players (0) must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.majority(0)).getMessage());
    assertEquals(
        "weights (9223372036854775807, 1) must have a total of at most 2^63 - 1 (9223372036854775807)",
        assertThrows(
                IllegalArgumentException.class, () -> VotingGame.weighted(1, Long.MAX_VALUE, 1))
            .getMessage());
    assertEquals(
        "vetoPlayers ([1, null]) must not contain null",
        assertThrows(
                NullPointerException.class,
                () -> VotingGame.of(1, new long[] {1, 1}, Arrays.asList(1, null), 0))
            .getMessage());
    assertEquals(
        "labels ([a, null]) must not contain null",
        assertThrows(
                NullPointerException.class,
                () -> VotingGame.majority(2).withLabels(Arrays.asList("a", null)))
            .getMessage());
    assertEquals(
        "players ([0, null]) must not contain null",
        assertThrows(
                NullPointerException.class,
                () -> VotingGame.majority(2).isWinning(Arrays.asList(0, null)))
            .getMessage());
    assertEquals(
        "unions ([[0, 1], null]) must not contain null",
        assertThrows(
                NullPointerException.class,
                () -> PowerIndices.owen(VotingGame.majority(3), Arrays.asList(List.of(0, 1), null)))
            .getMessage());
    assertEquals(
        "unions ([[0, null], [1]]) must not contain a null player",
        assertThrows(
                NullPointerException.class,
                () ->
                    PowerIndices.banzhafOwen(
                        VotingGame.majority(2), List.of(Arrays.asList(0, null), List.of(1))))
            .getMessage());
    assertEquals(
        "player (5) must be a player number in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.majority(2).weight(5))
            .getMessage());
    assertEquals(
        "limit (-1) must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> VotingGame.majority(2).minimalWinningCoalitions(-1))
            .getMessage());
    assertEquals(
        "threshold (1/0) must have a positive denominator",
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.qualifiedMajority(1, 0))
            .getMessage());
    assertEquals(
        "threshold (3/2) must be in (0, 1]",
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.qualifiedMajority(3, 2))
            .getMessage());
    assertEquals(
        "threshold (-1/-2) must have a positive denominator",
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.qualifiedMajority(-1, -2))
            .getMessage());
    assertEquals(
        "total weight (-1) must not be negative",
        assertThrows(
                IllegalArgumentException.class, () -> DecisionRule.simpleMajority().quotaFor(-1))
            .getMessage());
    assertEquals(
        "quota (0) must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.weightedQuota(0))
            .getMessage());
  }

  @Test
  void unionsOfManyPlayersAreRefusedWithoutOverflow() {
    long[] w = new long[63];
    Arrays.fill(w, 1);
    var g = VotingGame.weighted(32, w);
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 63; i++) {
      all.add(i);
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> PowerIndices.owen(g, List.of(Set.copyOf(all))));
    assertTrue(e.getMessage().contains("need more than 2^26 coalitions"), e.getMessage());
  }
}
