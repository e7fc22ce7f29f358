package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import dev.partnership.math.Fraction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Power indices against the brute-force reference, and the axioms. */
class PowerIndicesProperties {

  @Test
  void banzhafMatchesEnumerationUpTo14Players() {
    qt().withExamples(400)
        .forAll(GovernanceGenerators.games(14, 12))
        .checkAssert(
            g ->
                assertEquals(
                    PowerIndices.banzhafByEnumeration(g), PowerIndices.banzhaf(g), g.toString()));
  }

  @Test
  void shapleyShubikMatchesEnumerationUpTo14Players() {
    qt().withExamples(400)
        .forAll(GovernanceGenerators.games(14, 12))
        .checkAssert(
            g ->
                assertEquals(
                    PowerIndices.shapleyShubikByEnumeration(g),
                    PowerIndices.shapleyShubik(g),
                    g.toString()));
  }

  @Test
  void theQuadratureStaysWithinItsBoundOfTheExactValues() {
    qt().withExamples(200)
        .forAll(GovernanceGenerators.weightedGames(60, 40))
        .checkAssert(
            g -> {
              PowerIndex exact = PowerIndices.shapleyShubik(g);
              PowerIndex approx = PowerIndices.shapleyShubikApproximation(g);
              double bound = approx.errorBound().doubleValue();
              Assertions.assertTrue(bound > 0 && bound < 1e-6, "bound " + bound);
              for (int i = 0; i < g.players(); i++) {
                Assertions.assertTrue(
                    Math.abs(exact.value(i).doubleValue() - approx.value(i).doubleValue()) <= bound,
                    g
                        + " player "
                        + i
                        + ": "
                        + exact.value(i)
                        + " vs "
                        + approx.value(i).doubleValue());
              }
            });
  }

  @Test
  void nullPlayersGetZeroEverywhere() {
    qt().forAll(GovernanceGenerators.games(10, 8))
        .checkAssert(
            g -> {
              for (int i : g.nullPlayers()) {
                assertEquals(Fraction.ZERO, PowerIndices.shapleyShubik(g).value(i));
                assertEquals(Fraction.ZERO, PowerIndices.deeganPackel(g).value(i));
                assertEquals(Fraction.ZERO, PowerIndices.publicGood(g).value(i));
                assertEquals(Fraction.ZERO, PowerIndices.johnston(g).value(i));
              }
            });
  }

  @Test
  void symmetricPlayersGetEqualPower() {
    qt().forAll(GovernanceGenerators.weightedGames(12, 6))
        .checkAssert(
            g -> {
              PowerIndex b = PowerIndices.banzhaf(g);
              PowerIndex s = PowerIndices.shapleyShubik(g);
              for (int i = 0; i < g.players(); i++) {
                for (int j = 0; j < g.players(); j++) {
                  if (g.weight(i) == g.weight(j)) {
                    assertEquals(b.value(i), b.value(j));
                    assertEquals(s.value(i), s.value(j));
                  }
                }
              }
            });
  }

  @Test
  void efficientIndicesSumToOne() {
    qt().forAll(GovernanceGenerators.games(10, 8))
        .checkAssert(
            g -> {
              for (PowerIndex p :
                  List.of(
                      PowerIndices.shapleyShubik(g),
                      PowerIndices.banzhaf(g),
                      PowerIndices.deeganPackel(g),
                      PowerIndices.publicGood(g),
                      PowerIndices.johnston(g))) {
                assertEquals(
                    Fraction.ONE,
                    p.values().stream().reduce(Fraction.ZERO, Fraction::add),
                    p.name() + " " + g);
              }
            });
  }

  @Test
  void aDictatorGetsOne() {
    qt().forAll(GovernanceGenerators.weightedGames(10, 8))
        .checkAssert(
            g ->
                g.dictator()
                    .ifPresent(
                        d -> {
                          assertEquals(Fraction.ONE, PowerIndices.shapleyShubik(g).value(d));
                          assertEquals(Fraction.ONE, PowerIndices.banzhaf(g).value(d));
                        }));
  }

  @Test
  void scalingWeightsAndQuotaChangesNothing() {
    qt().forAll(GovernanceGenerators.games(12, 10), integers().between(2, 7))
        .checkAssert(
            (g, k) -> {
              long[] w = g.weights();
              for (int i = 0; i < w.length; i++) {
                w[i] *= k;
              }
              VotingGame scaled =
                  VotingGame.of(g.quota() * k, w, g.declaredVetoPlayers(), g.minimumPlayers());
              assertEquals(PowerIndices.banzhaf(g), PowerIndices.banzhaf(scaled));
              assertEquals(PowerIndices.shapleyShubik(g), PowerIndices.shapleyShubik(scaled));
            });
  }

  @Test
  void permutingPlayersPermutesResults() {
    qt().forAll(GovernanceGenerators.games(12, 10), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (g, seed) -> {
              int n = g.players();
              List<Integer> perm = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                perm.add(i);
              }
              Collections.shuffle(perm, new Random(seed));
              long[] w = new long[n];
              List<Integer> vetoes = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                w[i] = g.weight(perm.get(i)); // new player i is old player perm(i)
                if (g.declaredVetoPlayers().contains(perm.get(i))) {
                  vetoes.add(i);
                }
              }
              VotingGame p = VotingGame.of(g.quota(), w, vetoes, g.minimumPlayers());
              ImmutableList<Fraction> before = PowerIndices.shapleyShubik(g).values();
              ImmutableList<Fraction> after = PowerIndices.shapleyShubik(p).values();
              ImmutableList<Fraction> bBefore = PowerIndices.banzhaf(g).values();
              ImmutableList<Fraction> bAfter = PowerIndices.banzhaf(p).values();
              for (int i = 0; i < n; i++) {
                assertEquals(before.get(perm.get(i)), after.get(i));
                assertEquals(bBefore.get(perm.get(i)), bAfter.get(i));
              }
            });
  }

  @Test
  void owenWithSingletonUnionsIsShapleyShubik() {
    qt().forAll(GovernanceGenerators.games(8, 8))
        .checkAssert(
            g -> {
              List<List<Integer>> singletons = new ArrayList<>();
              List<List<Integer>> grand = new ArrayList<>();
              List<Integer> all = new ArrayList<>();
              for (int i = 0; i < g.players(); i++) {
                singletons.add(List.of(i));
                all.add(i);
              }
              grand.add(all);
              assertEquals(
                  PowerIndices.shapleyShubik(g).values(),
                  PowerIndices.owen(g, singletons).values());
              assertEquals(
                  PowerIndices.banzhaf(g).values(),
                  PowerIndices.banzhafOwen(g, singletons).values());
              // one union of everybody: Owen is Shapley-Shubik again
              assertEquals(
                  PowerIndices.shapleyShubik(g).values(), PowerIndices.owen(g, grand).values());
            });
  }
}
