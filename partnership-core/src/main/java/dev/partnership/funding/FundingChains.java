package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chains from a funder to final recipients: every path without repeated organisations that ends at
 * an organisation passing nothing on (or where going on would repeat one), and the fewest
 * intermediaries to each organisation reached.
 *
 * <pre>{@code
 * FundingChains.all(net, OrganizationId.of("XM-DAC-7"), 10_000)
 * FundingChains.fewestIntermediaries(net, OrganizationId.of("XM-DAC-7"))
 * }</pre>
 */
public final class FundingChains {
  private FundingChains() {}

  /**
   * The most organisations {@link #all} returns over all its chains together, 2^24 (16,777,216):
   * about 130 MB of references; the walk's work is bounded by it too.
   */
  public static final long MAX_ELEMENTS = 1L << 24;

  /**
   * Returns every chain from {@code funder}, in depth-first order. The walk keeps its own stack, so
   * chains of any length are followed; its work is proportional to the chains it finds times their
   * length and the organisations' degrees.
   *
   * @throws IllegalArgumentException if the funder is not in the network or the limit is negative
   * @throws IllegalStateException if there are more than {@code limit} chains, or the chains hold
   *     more than {@link #MAX_ELEMENTS} organisations in all
   */
  public static ImmutableList<FundingChain> all(
      FundingNetwork network, OrganizationId funder, int limit) {
    checkNotNull(network, "network");
    checkFunder(network, funder);
    checkArgument(limit >= 0, "limit (%s) must not be negative", limit);
    return walk(network.successors(), funder, limit);
  }

  /**
   * Returns the longest chains from {@code funder}, most intermediaries first (ties in depth-first
   * order), at most {@code count}.
   *
   * @throws IllegalArgumentException if the funder is not in the network or the count is negative
   * @throws IllegalStateException if there are more than 100,000 chains to choose from, or they
   *     hold more than {@link #MAX_ELEMENTS} organisations in all
   */
  public static ImmutableList<FundingChain> longest(
      FundingNetwork network, OrganizationId funder, int count) {
    checkArgument(count >= 0, "count (%s) must not be negative", count);
    return all(network, funder, 100_000).stream()
        .sorted(Comparator.comparingInt(FundingChain::intermediaries).reversed())
        .limit(count)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One organisation on the current path, the successors still to try from it, and whether the
   * chain ends here (every successor is already on the path, which stays fixed below it).
   */
  private static final class Step {
    final OrganizationId at;
    final Iterator<OrganizationId> next;
    final boolean ends;

    Step(
        OrganizationId at,
        ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ,
        Set<OrganizationId> path) {
      this.at = at;
      this.next = succ.getOrDefault(at, ImmutableSet.of()).iterator();
      this.ends = path.containsAll(succ.getOrDefault(at, ImmutableSet.of()));
    }
  }

  private static ImmutableList<FundingChain> walk(
      ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ,
      OrganizationId funder,
      int limit) {
    List<FundingChain> out = new ArrayList<>();
    long elements = 0;
    LinkedHashSet<OrganizationId> path = new LinkedHashSet<>();
    ArrayDeque<Step> stack = new ArrayDeque<>();
    path.add(funder);
    stack.push(new Step(funder, succ, path));
    while (!stack.isEmpty()) {
      Step top = stack.peek();
      OrganizationId next = null;
      while (next == null && top.next.hasNext()) {
        OrganizationId candidate = top.next.next();
        next = path.contains(candidate) ? null : candidate;
      }
      if (next != null) {
        path.add(next);
        stack.push(new Step(next, succ, path));
        continue;
      }
      stack.pop();
      if (top.ends && path.size() > 1) {
        if (out.size() == limit) {
          throw new IllegalStateException(
              "chains from "
                  + funder
                  + " number more than "
                  + limit
                  + "; raise the limit or use fewestIntermediaries");
        }
        elements += path.size();
        if (elements > MAX_ELEMENTS) {
          throw new IllegalStateException(
              "chains from "
                  + funder
                  + " hold more than "
                  + MAX_ELEMENTS
                  + " organisations in all (after "
                  + out.size()
                  + " chains); lower the limit, or use longest or fewestIntermediaries");
        }
        out.add(new FundingChain(ImmutableList.copyOf(path)));
      }
      path.remove(top.at);
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns, for every organisation reached from {@code funder}, the fewest intermediaries on a
   * chain to it (0 for a direct recipient): one breadth-first pass.
   *
   * @throws IllegalArgumentException if the funder is not in the network
   */
  public static ImmutableMap<OrganizationId, Integer> fewestIntermediaries(
      FundingNetwork network, OrganizationId funder) {
    checkNotNull(network, "network");
    checkFunder(network, funder);
    ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ = network.successors();
    Map<OrganizationId, Integer> depth = new HashMap<>();
    ArrayDeque<OrganizationId> queue = new ArrayDeque<>();
    queue.add(funder);
    depth.put(funder, -1);
    ImmutableMap.Builder<OrganizationId, Integer> out = ImmutableMap.builder();
    while (!queue.isEmpty()) {
      OrganizationId x = queue.poll();
      int d = depth.get(x);
      for (OrganizationId y : succ.getOrDefault(x, ImmutableSet.of())) {
        if (!depth.containsKey(y)) {
          depth.put(y, d + 1);
          out.put(y, d + 1);
          queue.add(y);
        }
      }
    }
    return out.build();
  }

  static void checkFunder(FundingNetwork network, OrganizationId funder) {
    checkNotNull(funder, "funder");
    if (network.organization(funder).isEmpty()) {
      throw new IllegalArgumentException(
          "funder (" + funder + ") must be an organisation of the network");
    }
  }
}
