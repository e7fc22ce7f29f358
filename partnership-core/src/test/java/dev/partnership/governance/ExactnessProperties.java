package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every exact index against plain enumeration on games whose weights range up to 2^62, and each
 * fast method (weight types, the minimal-winning search) against the plain one.
 */
class ExactnessProperties {

  @Test
  void everyIndexMatchesEnumerationWithWeightsUpTo2To62() {
    qt().withExamples(300)
        .forAll(GovernanceGenerators.bigWeightGamesWithVetoes(10))
        .checkAssert(
            g -> {
              assertEquals(
                  PowerIndices.banzhafByEnumeration(g), PowerIndices.banzhaf(g), g.toString());
              assertEquals(
                  PowerIndices.shapleyShubikByEnumeration(g),
                  PowerIndices.shapleyShubik(g),
                  g.toString());
              assertEquals(
                  Reference.deeganPackel(g), PowerIndices.deeganPackel(g).values(), g.toString());
              assertEquals(
                  Reference.publicGoodCounts(g),
                  PowerIndices.publicGood(g).counts().orElseThrow(),
                  g.toString());
              assertEquals(Reference.johnston(g), PowerIndices.johnston(g).values(), g.toString());
            });
  }

  @Test
  void countingByWeightTypesEqualsThePlainMethods() {
    qt().withExamples(300)
        .forAll(GovernanceGenerators.games(12, 3))
        .checkAssert(
            g -> {
              TypeCounting types = TypeCounting.of(g);
              assertEquals(
                  Arrays.asList(Enumeration.swings(g)),
                  Arrays.asList(types.swingCounts(false)),
                  g.toString());
              assertEquals(
                  Arrays.asList(Enumeration.pivots(g)),
                  Arrays.asList(types.swingCounts(true)),
                  g.toString());
              assertEquals(Reference.johnston(g), Arrays.asList(types.johnston()), g.toString());
              assertEquals(
                  Reference.deeganPackel(g),
                  Arrays.asList(types.minimalWinning().deeganPackel()),
                  g.toString());
              assertEquals(
                  Reference.publicGoodCounts(g),
                  Arrays.asList(types.minimalWinning().counts()),
                  g.toString());
            });
  }

  @Test
  void everyExactMethodAgreesOnModerateGames() {
    qt().withExamples(200)
        .forAll(GovernanceGenerators.games(12, 6))
        .checkAssert(
            g -> {
              assertEquals(
                  Arrays.asList(SwingCounting.swings(g)),
                  Arrays.asList(TypeCounting.of(g).swingCounts(false)),
                  g.toString());
              assertEquals(
                  Arrays.asList(SwingCounting.pivots(g)),
                  Arrays.asList(TypeCounting.of(g).swingCounts(true)),
                  g.toString());
              assertEquals(
                  Arrays.asList(Enumeration.johnston(g)),
                  Arrays.asList(TypeCounting.of(g).johnston()),
                  g.toString());
            });
  }

  @Test
  void theSearchFindsExactlyTheMinimalWinningCoalitions() {
    qt().withExamples(300)
        .forAll(GovernanceGenerators.bigWeightGamesWithVetoes(10))
        .checkAssert(
            g -> {
              List<ImmutableSortedSet<Integer>> expected = new ArrayList<>();
              for (long mask : Reference.minimalWinning(g)) {
                ImmutableSortedSet.Builder<Integer> c = ImmutableSortedSet.naturalOrder();
                for (int i = 0; i < g.players(); i++) {
                  if ((mask & (1L << i)) != 0) {
                    c.add(i);
                  }
                }
                expected.add(c.build());
              }
              expected.sort(
                  (a, b) ->
                      Arrays.compare(
                          a.stream().mapToInt(i -> i).toArray(),
                          b.stream().mapToInt(i -> i).toArray()));
              assertEquals(
                  ImmutableList.copyOf(expected),
                  g.minimalWinningCoalitions(1 << 10),
                  g.toString());
            });
  }
}
