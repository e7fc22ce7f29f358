package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Output-sensitive enumeration of minimal winning coalitions: a depth-first search over the
 * non-veto players sorted by weight, heaviest first, that starts from the veto players and stops a
 * branch as soon as it wins.
 *
 * <p>Why every coalition found is minimal: the branch holds a losing coalition C and adds player j,
 * the lightest non-veto player in it. If C + j wins, removing a veto player loses; if C fell short
 * of the quota, removing any non-veto player (at least as heavy as j) leaves at most w(C), which
 * loses; if C had the weight but one player too few, C + j has exactly the minimum, and any removal
 * loses. Why the work is proportional to the output: a branch is entered only when C together with
 * every player after it wins, and then adding those players one by one reaches a first win, which
 * is a minimal winning coalition. So every node of the search lies on the path to one of the
 * coalitions found: at most n nodes per coalition, each O(1) (weights and sizes are carried along,
 * suffix sums are precomputed). The limit is checked as coalitions are found.
 */
final class MinimalWinning {
  private final VotingGame g;
  private final int limit;
  private final int[] order;
  private final long[] suffixWeight;
  private final List<int[]> out = new ArrayList<>();
  private final int[] current;

  private MinimalWinning(VotingGame g, int limit) {
    this.g = g;
    this.limit = limit;
    order =
        IntStream.range(0, g.players())
            .filter(i -> !g.declaredVetoPlayers().contains(i))
            .boxed()
            .sorted(Comparator.comparingLong((Integer i) -> g.weight(i)).reversed().thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    suffixWeight = new long[order.length + 1];
    for (int k = order.length - 1; k >= 0; k--) {
      suffixWeight[k] = suffixWeight[k + 1] + g.weight(order[k]); // a sub-sum of the total: no overflow
    }
    current = new int[g.players()];
  }

  /**
   * Returns the minimal winning coalitions of {@code g} in lexicographic order of their sorted
   * player lists.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   * @throws IllegalStateException as soon as more than {@code limit} are found
   */
  static ImmutableList<ImmutableSortedSet<Integer>> enumerate(VotingGame g, int limit) {
    checkArgument(limit >= 0, "limit (%s) must not be negative", limit);
    MinimalWinning m = new MinimalWinning(g, limit);
    int size = 0;
    long weight = 0;
    for (int v : g.declaredVetoPlayers()) {
      m.current[size++] = v;
      weight += g.weight(v); // a sub-sum of the total: no overflow
    }
    if (m.wins(weight, size)) {
      m.found(size);
    } else {
      m.search(0, size, weight);
    }
    List<int[]> sorted = new ArrayList<>(m.out);
    sorted.sort(Arrays::compare);
    ImmutableList.Builder<ImmutableSortedSet<Integer>> b = ImmutableList.builder();
    for (int[] c : sorted) {
      b.add(Arrays.stream(c).boxed().collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare)));
    }
    return b.build();
  }

  private boolean wins(long weight, int size) {
    return weight >= g.quota() && size >= g.minimumPlayers();
  }

  /** Extends the losing coalition current[0..size) by players order[next..]. */
  private void search(int next, int size, long weight) {
    for (int k = next; k < order.length; k++) {
      // the coalition with every player from k on must win, or no branch from here finds one
      if (!wins(weight + suffixWeight[k], size + order.length - k)) {
        return;
      }
      int j = order[k];
      current[size] = j;
      long with = weight + g.weight(j);
      if (wins(with, size + 1)) {
        found(size + 1);
      } else {
        search(k + 1, size + 1, with);
      }
    }
  }

  private void found(int size) {
    if (out.size() == limit) {
      throw new IllegalStateException(
          g + " has more than " + limit + " minimal winning coalitions; raise the limit or use an index that needs none");
    }
    int[] c = Arrays.copyOf(current, size);
    Arrays.sort(c);
    out.add(c);
  }
}
