package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every power index at the top of the {@code long} range: weights that sum to {@code 2^63 - 1} or
 * just below, one player holding nearly all of it, quotas at 1, at the total and one off each,
 * against a reference that sums weights as {@link BigInteger}s and counts swings and pivots by
 * definition over every coalition and every order.
 */
class LongEdgeProperties {
  static final long MAX = Long.MAX_VALUE;

  /**
   * Games of 1 to 7 players whose total weight is within a few units of {@code 2^63 - 1}: equal
   * shares of it, one big player and small ones, or halves and thirds; the quota at an edge or
   * anywhere.
   */
  static Gen<VotingGame> topOfTheRange() {
    return integers()
        .between(1, 7)
        .zip(
            integers().between(0, 2),
            lists().of(longs().between(0, 5)).ofSize(7),
            integers().between(0, 5),
            longs().between(1, MAX),
            (n, kind, jitter, quotaKind, q) -> {
              long[] w = new long[n];
              for (int i = 0; i < n; i++) {
                long base;
                switch (kind) {
                  case 0:
                    base = MAX / n;
                    break;
                  case 1:
                    base = i == 0 ? MAX - 6 * (n - 1) : 1;
                    break;
                  default:
                    base = i % 2 == 0 ? MAX / 3 : MAX / 6;
                }
                w[i] = Math.max(0, base - jitter.get(i));
              }
              if (!fits(w) || Arrays.stream(w).sum() == 0) {
                w[0] = 1;
                for (int i = 1; i < n; i++) {
                  w[i] = 0;
                }
              }
              long total = Arrays.stream(w).sum();
              long quota;
              switch (quotaKind) {
                case 0:
                  quota = 1;
                  break;
                case 1:
                  quota = total;
                  break;
                case 2:
                  quota = Math.max(1, total - 1);
                  break;
                case 3:
                  quota = total / 2 + 1;
                  break;
                case 4:
                  quota = Math.max(1, total / 2);
                  break;
                default:
                  quota = 1 + (q - 1) % total;
              }
              return VotingGame.weighted(quota, w);
            });
  }

  static boolean fits(long[] w) {
    BigInteger t = BigInteger.ZERO;
    for (long x : w) {
      t = t.add(BigInteger.valueOf(x));
    }
    return t.compareTo(BigInteger.valueOf(MAX)) <= 0;
  }

  /** Whether coalition {@code mask} wins, summing weights exactly. */
  static boolean wins(VotingGame g, long mask) {
    BigInteger w = BigInteger.ZERO;
    for (int i = 0; i < g.players(); i++) {
      if ((mask & (1L << i)) != 0) {
        w = w.add(BigInteger.valueOf(g.weight(i)));
      }
    }
    return w.compareTo(BigInteger.valueOf(g.quota())) >= 0;
  }

  /** Normalised Banzhaf by definition: swings over all swings. */
  static List<Fraction> banzhaf(VotingGame g) {
    int n = g.players();
    long[] swings = new long[n];
    long all = 0;
    for (long mask = 0; mask < (1L << n); mask++) {
      for (int i = 0; i < n; i++) {
        long bit = 1L << i;
        if ((mask & bit) == 0 && wins(g, mask | bit) && !wins(g, mask)) {
          swings[i]++;
          all++;
        }
      }
    }
    List<Fraction> out = new ArrayList<>();
    for (long s : swings) {
      out.add(Fraction.of(s, all));
    }
    return out;
  }

  /** Shapley-Shubik by definition: pivots over all n! orders. */
  static List<Fraction> shapleyShubik(VotingGame g) {
    int n = g.players();
    long[] pivots = new long[n];
    long orders = permute(g, new int[n], new boolean[n], 0, pivots);
    List<Fraction> out = new ArrayList<>();
    for (long p : pivots) {
      out.add(Fraction.of(p, orders));
    }
    return out;
  }

  private static long permute(VotingGame g, int[] order, boolean[] used, int k, long[] pivots) {
    int n = g.players();
    if (k == n) {
      long mask = 0;
      for (int i : order) {
        if (wins(g, mask | (1L << i))) {
          pivots[i]++;
          return 1;
        }
        mask |= 1L << i;
      }
      throw new AssertionError("the grand coalition must win: " + g);
    }
    long count = 0;
    for (int i = 0; i < n; i++) {
      if (!used[i]) {
        used[i] = true;
        order[k] = i;
        count += permute(g, order, used, k + 1, pivots);
        used[i] = false;
      }
    }
    return count;
  }

  @Test
  void everyIndexIsExactAtTheTopOfTheLongRange() {
    qt().withExamples(400)
        .forAll(topOfTheRange())
        .checkAssert(
            g -> {
              assertEquals(banzhaf(g), PowerIndices.banzhaf(g).values(), g.toString());
              assertEquals(shapleyShubik(g), PowerIndices.shapleyShubik(g).values(), g.toString());
              assertEquals(
                  Reference.deeganPackel(g), PowerIndices.deeganPackel(g).values(), g.toString());
              assertEquals(
                  Reference.publicGoodCounts(g),
                  PowerIndices.publicGood(g).counts().orElseThrow(),
                  g.toString());
              assertEquals(Reference.johnston(g), PowerIndices.johnston(g).values(), g.toString());
              for (PowerMeasure m : PowerMeasure.values()) {
                assertEquals(
                    Fraction.ONE,
                    m.of(g).values().stream().reduce(Fraction.ZERO, Fraction::add),
                    m + " of " + g);
              }
            });
  }

  @Test
  void vetoPlayersAndDictatorsAtTheTopOfTheLongRange() {
    qt().withExamples(400)
        .forAll(topOfTheRange())
        .checkAssert(
            g -> {
              long all = (1L << g.players()) - 1;
              for (int i = 0; i < g.players(); i++) {
                boolean blocks = !wins(g, all & ~(1L << i));
                assertEquals(blocks, g.vetoPlayers().contains(i), g + " player " + i);
                boolean dictator = blocks && wins(g, 1L << i);
                assertEquals(dictator, g.dictator().equals(java.util.Optional.of(i)), g.toString());
              }
            });
  }
}
