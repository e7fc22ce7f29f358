package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PowerIndicesTest {

  static List<Fraction> fractions(String... values) {
    return Arrays.stream(values)
        .map(
            v ->
                v.contains("/")
                    ? Fraction.of(Long.parseLong(v.split("/")[0]), Long.parseLong(v.split("/")[1]))
                    : Fraction.of(Long.parseLong(v)))
        .collect(Collectors.toList());
  }

  static List<BigInteger> bigs(long... values) {
    return Arrays.stream(values).mapToObj(BigInteger::valueOf).collect(Collectors.toList());
  }

  @Test
  void jshellContract_12_8_6_4_2() {
    var g = VotingGame.weighted(12, 8, 6, 4, 2);
    assertArrayEquals(
        new double[] {5.0 / 12, 0.25, 0.25, 1.0 / 12}, PowerIndices.banzhaf(g).asDoubles(), 1e-15);
    assertArrayEquals(
        new double[] {5.0 / 12, 0.25, 0.25, 1.0 / 12},
        PowerIndices.shapleyShubik(g).asDoubles(),
        1e-15);
    assertEquals(fractions("5/12", "1/4", "1/4", "1/12"), PowerIndices.banzhaf(g).values());
    assertEquals(fractions("5/12", "1/4", "1/4", "1/12"), PowerIndices.shapleyShubik(g).values());
    assertEquals(Fraction.ZERO, PowerIndices.banzhaf(g).errorBound());
  }

  @Test
  void published_11_9_5_3_1_1() {
    var g = VotingGame.weighted(11, 9, 5, 3, 1, 1);
    assertEquals(Optional.of(bigs(13, 3, 3, 1, 1)), PowerIndices.banzhaf(g).counts());
    assertEquals(
        fractions("7/10", "7/60", "7/60", "1/30", "1/30"), PowerIndices.shapleyShubik(g).values());
    // pivots are orderings out of 5! = 120
    assertEquals(Optional.of(bigs(84, 14, 14, 4, 4)), PowerIndices.shapleyShubik(g).counts());
  }

  @Test
  void eec1958() {
    var g = VotingGame.weighted(12, 4, 4, 4, 2, 2, 1);
    assertEquals(
        fractions("5/21", "5/21", "5/21", "3/21", "3/21", "0"), PowerIndices.banzhaf(g).values());
    assertEquals(ImmutableSortedSet.of(5), g.nullPlayers());
    assertEquals(Fraction.ZERO, PowerIndices.shapleyShubik(g).value(5));
  }

  @Test
  void absoluteBanzhafIsSwingsOverHalfTheCoalitions() {
    var g = VotingGame.weighted(11, 9, 5, 3, 1, 1);
    assertEquals(
        fractions("13/16", "3/16", "3/16", "1/16", "1/16"),
        PowerIndices.absoluteBanzhaf(g).values());
  }

  @Test
  void vetoesAndDoubleRulesChangePower() {
    var g = VotingGame.weighted(12, 8, 6, 4, 2).withVetoPlayers(3);
    assertEquals(PowerIndices.banzhafByEnumeration(g), PowerIndices.banzhaf(g));
    assertEquals(PowerIndices.shapleyShubikByEnumeration(g), PowerIndices.shapleyShubik(g));
    assertTrue(PowerIndices.banzhaf(g).value(3).compareTo(Fraction.of(1, 12)) > 0);
    var d = VotingGame.weighted(10, 8, 6, 4, 2).withMinimumPlayers(3);
    assertEquals(PowerIndices.banzhafByEnumeration(d), PowerIndices.banzhaf(d));
    assertEquals(PowerIndices.shapleyShubikByEnumeration(d), PowerIndices.shapleyShubik(d));
  }

  @Test
  void unanimityGivesEveryoneEqualPowerAndEveryoneBlocks() {
    var g = VotingGame.unanimity(4);
    assertEquals(fractions("1/4", "1/4", "1/4", "1/4"), PowerIndices.banzhaf(g).values());
    assertEquals(ImmutableSortedSet.of(0, 1, 2, 3), g.vetoPlayers());
    assertEquals(Optional.empty(), g.dictator());
  }

  @Test
  void dictatorGetsEverything() {
    var g = VotingGame.weighted(6, 6, 2, 1, 1);
    assertEquals(Optional.of(0), g.dictator());
    assertEquals(fractions("1", "0", "0", "0"), PowerIndices.shapleyShubik(g).values());
    assertEquals(fractions("1", "0", "0", "0"), PowerIndices.banzhaf(g).values());
    assertEquals(ImmutableSortedSet.of(1, 2, 3), g.nullPlayers());
  }

  @Test
  void minimalAndSmallestWinningCoalitions() {
    var g = VotingGame.weighted(12, 8, 6, 4, 2);
    // 8+6, 8+4, 6+4+2
    assertEquals(
        ImmutableList.of(
            ImmutableSortedSet.of(0, 1),
            ImmutableSortedSet.of(0, 2),
            ImmutableSortedSet.of(1, 2, 3)),
        g.minimalWinningCoalitions(10));
    assertEquals(
        ImmutableList.of(ImmutableSortedSet.of(0, 1), ImmutableSortedSet.of(0, 2)),
        g.smallestWinningCoalitions(10));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> g.minimalWinningCoalitions(2));
    assertEquals(
        "[12; 8, 6, 4, 2] has more than 2 minimal winning coalitions; raise the limit or use an index that needs none",
        e.getMessage());
  }

  @Test
  void deeganPackelPublicGoodAndJohnston() {
    var g = VotingGame.weighted(12, 8, 6, 4, 2);
    // MWC {0,1}, {0,2}, {1,2,3}
    assertEquals(fractions("1/3", "5/18", "5/18", "1/9"), PowerIndices.deeganPackel(g).values());
    assertEquals(fractions("2/7", "2/7", "2/7", "1/7"), PowerIndices.publicGood(g).values());
    assertEquals(Optional.of(bigs(2, 2, 2, 1)), PowerIndices.publicGood(g).counts());
    var j = PowerIndices.johnston(g);
    assertEquals(Fraction.ONE, j.values().stream().reduce(Fraction.ZERO, Fraction::add));
    // winning: {0,1},{0,2},{1,2,3},{0,1,2},{0,1,3},{0,2,3},{0,1,2,3}; critical sets:
    // {0,1},{0,2},{1,2,3},{0},{0,1},{0,2} and none in the grand coalition -> 6 coalitions count
    // p0: 1/2+1/2+1+1/2+1/2 = 3 ; p1: 1/2+1/3+1/2 = 4/3 ; p2: 1/2+1/3+1/2 = 4/3 ; p3: 1/3
    assertEquals(fractions("1/2", "2/9", "2/9", "1/18"), j.values());
  }

  @Test
  void owenWithTwoBlocs() {
    var g = VotingGame.majority(3); // [2; 1, 1, 1]
    var owen = PowerIndices.owen(g, List.of(Set.of(0, 1), Set.of(2)));
    // unions {0,1} and {2}: the bloc of two carries every vote alone, so 0 and 1 split all power
    assertEquals(fractions("1/2", "1/2", "0"), owen.values());
    var fiveInBlocs = VotingGame.majority(5); // [3; 1,1,1,1,1]
    // blocs {0,1}, {2,3}, {4}: quotient game [3; 2, 2, 1] gives each bloc 1/3
    assertEquals(
        fractions("1/6", "1/6", "1/6", "1/6", "1/3"),
        PowerIndices.owen(fiveInBlocs, List.of(Set.of(0, 1), Set.of(2, 3), Set.of(4))).values());
    var singletons = PowerIndices.owen(g, List.of(Set.of(0), Set.of(1), Set.of(2)));
    assertEquals(PowerIndices.shapleyShubik(g).values(), singletons.values());
    var bo = PowerIndices.banzhafOwen(g, List.of(Set.of(0), Set.of(1), Set.of(2)));
    assertEquals(PowerIndices.banzhaf(g).values(), bo.values());
    assertEquals(
        ImmutableList.of(Fraction.ONE),
        PowerIndices.owen(VotingGame.weighted(1, 1), List.of(Set.of(0))).values());
  }

  @Test
  void unionsMustPartitionThePlayers() {
    var g = VotingGame.majority(3);
    assertEquals(
        "unions ([[0, 1], [1, 2]]) must be disjoint: player 1 is in two",
        assertThrows(
                IllegalArgumentException.class,
                () -> PowerIndices.owen(g, List.of(List.of(0, 1), List.of(1, 2))))
            .getMessage());
    assertEquals(
        "unions ([[0, 1]]) must cover every player: 2 is missing",
        assertThrows(
                IllegalArgumentException.class, () -> PowerIndices.owen(g, List.of(List.of(0, 1))))
            .getMessage());
    assertEquals(
        "unions ([[0, 5], [1, 2]]) name player 5, not in [0, 2]",
        assertThrows(
                IllegalArgumentException.class,
                () -> PowerIndices.banzhafOwen(g, List.of(List.of(0, 5), List.of(1, 2))))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> PowerIndices.owen(g, List.of(List.of(0, 1, 2), List.of())));
  }

  @Test
  void invalidGamesSayWhy() {
    assertEquals(
        "quota (31) must not exceed the total weight (30): no coalition could pass",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(31, 10, 10, 10))
            .getMessage());
    assertEquals(
        "quota (0) must be at least 1 unless veto players or a minimum number of players keep the empty coalition from winning",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(0, 1, 1))
            .getMessage());
    assertEquals(
        "weight of player 1 (-1) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(1, 1, -1))
            .getMessage());
    assertEquals(
        "weights ([]) must name at least one player",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(1)).getMessage());
    assertEquals(
        "veto player (3) must be a player number in [0, 2]",
        assertThrows(
                IllegalArgumentException.class, () -> VotingGame.majority(3).withVetoPlayers(3))
            .getMessage());
    assertEquals(
        "minimum players (4) must be in [0, 3] so that all players together can pass",
        assertThrows(
                IllegalArgumentException.class, () -> VotingGame.majority(3).withMinimumPlayers(4))
            .getMessage());
    assertEquals(
        "labels (1 labels) must name each of the 3 players",
        assertThrows(
                IllegalArgumentException.class,
                () -> VotingGame.majority(3).withLabels(List.of("a")))
            .getMessage());
    assertEquals(
        "player (7) must be a player number in [0, 2]",
        assertThrows(IllegalArgumentException.class, () -> VotingGame.majority(3).isWinning(7))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> VotingGame.weighted(-1, 1));
    assertEquals(
        "enumeration accepts at most 25 players, not 26"
            .replace("enumeration accepts", "enumeration enumerates all coalitions and accepts"),
        assertThrows(
                IllegalStateException.class,
                () -> PowerIndices.banzhafByEnumeration(VotingGame.majority(26)))
            .getMessage());
  }

  @Test
  void quotaZeroIsFineWithVetoesOrAMinimum() {
    var g = VotingGame.of(0, new long[] {0, 0, 0}, Set.of(), 3);
    assertEquals(fractions("1/3", "1/3", "1/3"), PowerIndices.banzhaf(g).values());
    var v = VotingGame.of(0, new long[] {0, 0}, Set.of(1), 0);
    assertEquals(fractions("0", "1"), PowerIndices.shapleyShubik(v).values());
    assertEquals(Optional.of(1), v.dictator());
  }

  @Test
  void gameAccessorsAndText() {
    var g =
        VotingGame.weighted(12, 8, 6, 4, 2)
            .withVetoPlayers(3)
            .withMinimumPlayers(2)
            .withLabels(List.of("a", "b", "c", "d"));
    assertEquals("[12; 8, 6, 4, 2] veto [3] min 2 players", g.toString());
    assertEquals(4, g.players());
    assertEquals(20, g.totalWeight());
    assertEquals(6, g.weight(1));
    assertArrayEquals(new long[] {8, 6, 4, 2}, g.weights());
    assertEquals(12, g.quota());
    assertEquals(2, g.minimumPlayers());
    assertTrue(g.isWinning(List.of(0, 1, 3)));
    assertTrue(!g.isWinning(0, 1));
    assertEquals(
        ImmutableSortedSet.of(3), g.vetoPlayers()); // without 0: 6 + 4 + 2 = 12 still passes
    // winning: {0,1,3}, {0,2,3}, {1,2,3}, {0,1,2,3}; swings 0:2, 1:2, 2:2, 3:4 (the veto in all
    // four)
    assertEquals("Banzhaf {a=1/5, b=1/5, c=1/5, d=2/5}", PowerIndices.banzhaf(g).toString());
    assertEquals(
        "Shapley-Shubik has no counts, only values",
        assertThrows(IllegalStateException.class, () -> PowerIndices.deeganPackel(g).count(0))
            .getMessage()
            .replace("Deegan-Packel", "Shapley-Shubik"));
  }

  @Test
  void largeBodiesAreExactBeyond64BitCounts() {
    long[] w = new long[150];
    for (int i = 0; i < w.length; i++) {
      w[i] = 1 + (i * 7919L) % 10;
    }
    long total = Arrays.stream(w).sum();
    var g = VotingGame.weighted(total / 2 + 1, w);
    var b = PowerIndices.banzhaf(g);
    assertTrue(b.count(0).bitLength() > 64, "counts beyond 64 bits: " + b.count(0).bitLength());
    // symmetric players (equal weights) have equal counts; heavier never less than lighter
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (w[i] == w[j]) {
          assertEquals(b.count(i), b.count(j));
        }
        if (w[i] > w[j]) {
          assertTrue(b.count(i).compareTo(b.count(j)) >= 0);
        }
      }
    }
    assertEquals(Fraction.ONE, b.values().stream().reduce(Fraction.ZERO, Fraction::add));
    var ss = PowerIndices.shapleyShubik(g);
    assertEquals(Fraction.ONE, ss.values().stream().reduce(Fraction.ZERO, Fraction::add));
  }

  @Test
  void theQuadratureApproximatesWithAStatedBound() {
    var g = VotingGame.weighted(12, 8, 6, 4, 2);
    PowerIndex a = PowerIndices.shapleyShubikApproximation(g);
    assertArrayEquals(new double[] {5.0 / 12, 0.25, 0.25, 1.0 / 12}, a.asDoubles(), 1e-12);
    assertTrue(a.errorBound().signum() > 0);
    assertTrue(!a.isExact());
    assertTrue(PowerIndices.shapleyShubik(g).isExact());
    assertEquals(Optional.empty(), a.counts());
    assertEquals(
        "game ([12; 8, 6, 4, 2] veto [1]) must be a plain weighted game for the quadrature: no veto players, no minimum number of players",
        assertThrows(
                IllegalArgumentException.class,
                () -> PowerIndices.shapleyShubikApproximation(g.withVetoPlayers(1)))
            .getMessage());
    // zero weights are null players
    assertEquals(
        0.0,
        PowerIndices.shapleyShubikApproximation(VotingGame.weighted(2, 2, 0, 1)).asDoubles()[1]);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(VotingGame.weighted(12, 8, 6, 4, 2), VotingGame.weighted(12, 8, 6, 4, 2))
        .addEqualityGroup(VotingGame.weighted(12, 8, 6, 4, 2).withVetoPlayers(1))
        .addEqualityGroup(VotingGame.weighted(12, 8, 6, 4, 2).withMinimumPlayers(3))
        .addEqualityGroup(VotingGame.weighted(11, 8, 6, 4, 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PowerIndices.banzhaf(VotingGame.majority(3)),
            PowerIndices.banzhaf(VotingGame.majority(3)))
        .addEqualityGroup(PowerIndices.shapleyShubik(VotingGame.majority(3)))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester().setDefault(VotingGame.class, VotingGame.majority(3));
    npt.testAllPublicStaticMethods(VotingGame.class);
    npt.testAllPublicStaticMethods(PowerIndices.class);
    npt.testAllPublicInstanceMethods(VotingGame.majority(3));
    npt.testAllPublicInstanceMethods(PowerIndices.banzhaf(VotingGame.majority(3)));
  }
}
