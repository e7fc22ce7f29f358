package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
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
  private final int[] order;
  private final long[] suffixWeight;
  private final Consumer<int[]> sink;
  private final int[] current;

  private MinimalWinning(VotingGame g, Consumer<int[]> sink) {
    this.g = g;
    this.sink = sink;
    order =
        IntStream.range(0, g.players())
            .filter(i -> !g.declaredVetoPlayers().contains(i))
            .boxed()
            .sorted(
                Comparator.comparingLong((Integer i) -> g.weight(i))
                    .reversed()
                    .thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    suffixWeight = new long[order.length + 1];
    for (int k = order.length - 1; k >= 0; k--) {
      suffixWeight[k] =
          suffixWeight[k + 1] + g.weight(order[k]); // a sub-sum of the total: no overflow
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
    List<int[]> sorted = new ArrayList<>();
    forEach(g, limit, sorted::add);
    sorted.sort(Arrays::compare);
    ImmutableList.Builder<ImmutableSortedSet<Integer>> b = ImmutableList.builder();
    for (int[] c : sorted) {
      b.add(
          Arrays.stream(c)
              .boxed()
              .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare)));
    }
    return b.build();
  }

  /**
   * Hands each minimal winning coalition of {@code g} to {@code sink} as a sorted array of player
   * numbers (the sink may keep it), in search order, without storing them.
   *
   * @throws IllegalStateException as soon as more than {@code limit} are found
   */
  static void forEach(VotingGame g, int limit, Consumer<int[]> sink) {
    int[] found = {0};
    MinimalWinning m =
        new MinimalWinning(
            g,
            c -> {
              if (found[0]++ == limit) {
                throw new IllegalStateException(
                    g
                        + " has more than "
                        + limit
                        + " minimal winning coalitions; raise the limit or use an index that needs none");
              }
              sink.accept(c);
            });
    int size = 0;
    long weight = 0;
    for (int v : g.declaredVetoPlayers()) {
      m.current[size++] = v;
      weight += g.weight(v); // a sub-sum of the total: no overflow
    }
    if (m.wins(weight, size)) {
      m.found(size);
    } else {
      m.search(size, weight);
    }
  }

  private boolean wins(long weight, int size) {
    return weight >= g.quota() && size >= g.minimumPlayers();
  }

  /**
   * Extends the losing coalition of the {@code base} veto players by players in {@code order}, with
   * an explicit stack (a body of thousands of members must not overflow the call stack). At depth d
   * the coalition is current[0..d), weighs weightAt[d], and tries player order[nextAt[d]] next.
   */
  private void search(int base, long baseWeight) {
    int players = g.players();
    long[] weightAt = new long[players + 1];
    int[] nextAt = new int[players + 1];
    int depth = base;
    weightAt[depth] = baseWeight;
    while (depth >= base) {
      int k = nextAt[depth];
      // the coalition with every player from k on must win, or no branch from here finds one
      if (k >= order.length || !wins(weightAt[depth] + suffixWeight[k], depth + order.length - k)) {
        depth--;
        continue;
      }
      nextAt[depth] = k + 1;
      current[depth] = order[k];
      long with = weightAt[depth] + g.weight(order[k]); // a sub-sum of the total: no overflow
      if (wins(with, depth + 1)) {
        found(depth + 1);
      } else {
        depth++;
        weightAt[depth] = with;
        nextAt[depth] = k + 1;
      }
    }
  }

  private void found(int size) {
    int[] c = Arrays.copyOf(current, size);
    Arrays.sort(c);
    sink.accept(c);
  }
}
