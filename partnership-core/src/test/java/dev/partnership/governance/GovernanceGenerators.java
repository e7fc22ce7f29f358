package dev.partnership.governance;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
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
              long total = java.util.Arrays.stream(w).sum();
              long quota = 1 + (q * (total - 1)) / 1000;
              return VotingGame.weighted(quota, w);
            });
  }

  /** Games with, in addition, random veto players and a random minimum number of players. */
  public static Gen<VotingGame> games(int maxPlayers, int maxWeight) {
    return weightedGames(maxPlayers, maxWeight)
        .zip(
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
}
