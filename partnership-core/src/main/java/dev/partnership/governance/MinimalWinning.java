package dev.partnership.governance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Depth-first enumeration of minimal winning coalitions with pruning and an output bound. */
final class MinimalWinning {
  private final VotingGame g;
  private final int limit;
  private final List<ImmutableSortedSet<Integer>> out = new ArrayList<>();

  private MinimalWinning(VotingGame g, int limit) {
    this.g = g;
    this.limit = limit;
  }

  static ImmutableList<ImmutableSortedSet<Integer>> enumerate(VotingGame g, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must not be negative");
    }
    MinimalWinning m = new MinimalWinning(g, limit);
    BitSet rest = new BitSet();
    rest.set(0, g.players());
    m.search(0, new BitSet(), rest);
    return ImmutableList.copyOf(m.out);
  }

  private void search(int next, BitSet current, BitSet rest) {
    if (g.wins(current)) {
      for (int i = current.nextSetBit(0); i >= 0; i = current.nextSetBit(i + 1)) {
        current.clear(i);
        boolean stillWins = g.wins(current);
        current.set(i);
        if (stillWins) {
          return;
        }
      }
      if (out.size() == limit) {
        throw new IllegalStateException(
            g + " has more than " + limit + " minimal winning coalitions; raise the limit or use an index that needs none");
      }
      out.add(current.stream().boxed().collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare)));
      return;
    }
    if (next >= g.players()) {
      return;
    }
    BitSet all = (BitSet) current.clone();
    all.or(rest);
    if (!g.wins(all)) {
      return;
    }
    rest.clear(next);
    current.set(next);
    search(next + 1, current, rest);
    current.clear(next);
    search(next + 1, current, rest);
    rest.set(next);
  }
}
