package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Chains from a funder to final recipients: every path without repeated organisations that ends
 * at an organisation passing nothing on (or where going on would repeat one), and the fewest
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
   * Returns every chain from {@code funder}, in depth-first order.
   *
   * @throws IllegalArgumentException if the funder is not in the network
   * @throws IllegalStateException if there are more than {@code limit} chains
   */
  public static ImmutableList<FundingChain> all(FundingNetwork network, OrganizationId funder, int limit) {
    checkNotNull(network, "network");
    checkFunder(network, funder);
    List<FundingChain> out = new ArrayList<>();
    LinkedHashSet<OrganizationId> path = new LinkedHashSet<>();
    path.add(funder);
    walk(network.successors(), funder, path, out, limit);
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the longest chains from {@code funder}, most intermediaries first (ties in depth-first
   * order), at most {@code count}.
   *
   * @throws IllegalStateException if there are more than 100,000 chains to choose from
   */
  public static ImmutableList<FundingChain> longest(FundingNetwork network, OrganizationId funder, int count) {
    return all(network, funder, 100_000).stream()
        .sorted(Comparator.comparingInt(FundingChain::intermediaries).reversed())
        .limit(count)
        .collect(ImmutableList.toImmutableList());
  }

  private static void walk(
      ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ,
      OrganizationId at,
      LinkedHashSet<OrganizationId> path,
      List<FundingChain> out,
      int limit) {
    boolean extended = false;
    for (OrganizationId next : succ.getOrDefault(at, ImmutableSet.of())) {
      if (path.contains(next)) {
        continue;
      }
      extended = true;
      path.add(next);
      walk(succ, next, path, out, limit);
      path.remove(next);
    }
    if (!extended && path.size() > 1) {
      if (out.size() == limit) {
        throw new IllegalStateException(
            "chains from " + path.iterator().next() + " number more than " + limit + "; raise the limit or use fewestIntermediaries");
      }
      out.add(new FundingChain(ImmutableList.copyOf(path)));
    }
  }

  /**
   * Returns, for every organisation reached from {@code funder}, the fewest intermediaries on a
   * chain to it (0 for a direct recipient): one breadth-first pass.
   *
   * @throws IllegalArgumentException if the funder is not in the network
   */
  public static ImmutableMap<OrganizationId, Integer> fewestIntermediaries(FundingNetwork network, OrganizationId funder) {
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
      throw new IllegalArgumentException("funder (" + funder + ") must be an organisation of the network");
    }
  }
}
