package dev.partnership.governance;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for voting games, shared by every governance property. */
public final class GovernanceGenerators {
  private GovernanceGenerators() {}

  /** Weighted games of 1 to {@code maxPlayers} players, weights 0..maxWeight, any proper quota. */
  public static Gen<VotingGame> weightedGames(int maxPlayers, int maxWeight) {
    return lists()
        .of(integers().between(0, maxWeight))
        .ofSizeBetween(1, maxPlayers)
        .assuming(ws -> ws.stream().mapToLong(Integer::longValue).sum() > 0)
        .zip(
            integers().between(1, 1000),
            (ws, q) -> {
              long[] w = ws.stream().mapToLong(Integer::longValue).toArray();
              long total = Arrays.stream(w).sum();
              long quota = 1 + (q * (total - 1)) / 1000;
              return VotingGame.weighted(quota, w);
            });
  }

  /** Games with, in addition, random veto players and a random minimum number of players. */
  public static Gen<VotingGame> games(int maxPlayers, int maxWeight) {
    return withVetoesAndMinimum(weightedGames(maxPlayers, maxWeight));
  }

  private static Gen<VotingGame> withVetoesAndMinimum(Gen<VotingGame> games) {
    return games.zip(
        integers().between(0, 1 << 16),
        integers().between(0, 100),
        Generate.booleans(),
        (g, vetoBits, minPct, useMin) -> {
          List<Integer> vetoes = new ArrayList<>();
          for (int i = 0; i < g.players(); i++) {
            if ((vetoBits & (1 << i)) != 0 && (vetoBits % 3 == 0)) {
              vetoes.add(i);
            }
          }
          int min = useMin ? (minPct * g.players()) / 100 : 0;
          return VotingGame.of(g.quota(), g.weights(), vetoes, min);
        });
  }

  /**
   * Weighted games of 1 to {@code maxPlayers} players whose weights range over the whole {@code
   * long} scale: small (0..10), anywhere up to 2^62, or one of a few huge values (so that big
   * weights tie); any proper quota. When the weights together would overflow a {@code long}, each
   * is divided by 8 (at most 10 players of 2^62 / 8 then fit).
   */
  public static Gen<VotingGame> bigWeightGames(int maxPlayers) {
    Gen<Long> weight =
        integers()
            .between(0, 3)
            .zip(
                longs().between(0, 1L << 62),
                (kind, x) -> {
                  switch (kind) {
                    case 0:
                      return x % 11;
                    case 1:
                      return x;
                    case 2:
                      return (1L << 62) - (x % 3);
                    default:
                      return (1L << 61) + (x % 8);
                  }
                });
    return lists()
        .of(weight)
        .ofSizeBetween(1, maxPlayers)
        .zip(
            longs().between(0, Long.MAX_VALUE),
            (ws, q) -> {
              long[] w = ws.stream().mapToLong(Long::longValue).toArray();
              if (!fits(w)) {
                for (int i = 0; i < w.length; i++) {
                  w[i] /= 8;
                }
              }
              long total = Arrays.stream(w).sum();
              if (total == 0) {
                w[0] = 1;
                total = 1;
              }
              return VotingGame.weighted(1 + q % total, w);
            });
  }

  /**
   * Big-weight games with, in addition, random veto players and a random minimum number of players.
   */
  public static Gen<VotingGame> bigWeightGamesWithVetoes(int maxPlayers) {
    return withVetoesAndMinimum(bigWeightGames(maxPlayers));
  }

  private static boolean fits(long[] w) {
    long total = 0;
    for (long x : w) {
      if (total > Long.MAX_VALUE - x) {
        return false;
      }
      total += x;
    }
    return true;
  }
}
