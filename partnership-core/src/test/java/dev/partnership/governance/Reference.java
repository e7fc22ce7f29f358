package dev.partnership.governance;

import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain references by definition, over all 2^n coalitions (small games only): the minimal winning
 * coalitions, Deegan-Packel, Holler and Johnston, each with nothing but {@link
 * VotingGame#isWinning}.
 */
final class Reference {
  private Reference() {}

  /** Returns the minimal winning coalitions as bit masks, ascending. */
  static List<Long> minimalWinning(VotingGame g) {
    List<Long> out = new ArrayList<>();
    for (long mask = 0; mask < (1L << g.players()); mask++) {
      if (g.winsMask(mask) && critical(g, mask) == mask) {
        out.add(mask);
      }
    }
    return out;
  }

  /** Returns the members of winning coalition {@code mask} whose leaving makes it lose. */
  static long critical(VotingGame g, long mask) {
    long critical = 0;
    for (int i = 0; i < g.players(); i++) {
      long bit = 1L << i;
      if ((mask & bit) != 0 && !g.winsMask(mask & ~bit)) {
        critical |= bit;
      }
    }
    return critical;
  }

  static List<Fraction> deeganPackel(VotingGame g) {
    List<Long> mwc = minimalWinning(g);
    Fraction[] v = zeros(g.players());
    for (long c : mwc) {
      for (int i = 0; i < g.players(); i++) {
        if ((c & (1L << i)) != 0) {
          v[i] = v[i].add(Fraction.of(1, (long) Long.bitCount(c) * mwc.size()));
        }
      }
    }
    return Arrays.asList(v);
  }

  static List<BigInteger> publicGoodCounts(VotingGame g) {
    long[] count = new long[g.players()];
    for (long c : minimalWinning(g)) {
      for (int i = 0; i < g.players(); i++) {
        count[i] += (c >>> i) & 1;
      }
    }
    return Arrays.asList(Enumeration.toBig(count));
  }

  static List<Fraction> johnston(VotingGame g) {
    Fraction[] v = zeros(g.players());
    long coalitions = 0;
    for (long mask = 0; mask < (1L << g.players()); mask++) {
      if (!g.winsMask(mask)) {
        continue;
      }
      long critical = critical(g, mask);
      if (critical != 0) {
        coalitions++;
        for (int i = 0; i < g.players(); i++) {
          if ((critical & (1L << i)) != 0) {
            v[i] = v[i].add(Fraction.of(1, Long.bitCount(critical)));
          }
        }
      }
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = coalitions == 0 ? Fraction.ZERO : v[i].divide(Fraction.of(coalitions));
    }
    return Arrays.asList(v);
  }

  private static Fraction[] zeros(int n) {
    Fraction[] v = new Fraction[n];
    Arrays.fill(v, Fraction.ZERO);
    return v;
  }
}
