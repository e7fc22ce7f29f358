package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Positions in a funding network: brokerage roles (Gould and Fernandez 1989), gatekeepers whose
 * removal cuts local and national actors off from every funder, and betweenness and harmonic
 * centrality (computed by JGraphT).
 *
 * <p>Eigenvector centrality is deliberately not offered: on the bipartite or acyclic graphs that
 * funding networks usually are, JGraphT's power iteration oscillates or returns NaN.
 *
 * <pre>{@code
 * NetworkPositions.brokerage(net, Organization::locality)
 * NetworkPositions.gatekeepers(net)
 * NetworkPositions.betweenness(net)
 * }</pre>
 */
public final class NetworkPositions {
  /**
   * The most steps a search from every organisation may take, 2^32: organisations times
   * (organisations plus funding links). A bound of this library's own, about a minute of work; a
   * network of 40,000 organisations and as many links is within it, 300,000 are refused.
   */
  public static final long MAX_SEARCH_STEPS = 1L << 32;

  /**
   * Refuses, before any work, a network too large to search from every organisation: {@code n (n +
   * e)} steps for n organisations and e provider-recipient links.
   */
  private static void checkSearchable(FundingNetwork network) {
    long n = network.organizations().size();
    long e = network.successors().values().stream().mapToLong(ImmutableSet::size).sum();
    // n and e are below 2^31 each (list sizes), so n (n + e) is below 2^63
    long steps = n * (n + e);
    if (steps > MAX_SEARCH_STEPS) {
      throw new IllegalStateException(
          "network ("
              + n
              + " organisations, "
              + e
              + " funding links) needs "
              + steps
              + " steps to search from every organisation, more than 2^32");
    }
  }

  private NetworkPositions() {}

  /**
   * The five brokerage roles of Gould and Fernandez (1989), for a broker B on a path A -> B -> C
   * with no tie A -> C.
   */
  public enum BrokerageRole {
    /** A, B and C in one group. */
    COORDINATOR,
    /** A and C in one group, B in another (also called consultant). */
    ITINERANT_BROKER,
    /** B and C in one group, A in another: B controls what enters its group. */
    GATEKEEPER,
    /** A and B in one group, C in another: B represents its group outwards. */
    REPRESENTATIVE,
    /** A, B and C in three groups. */
    LIAISON
  }

  /**
   * Returns, per organisation that brokers at least once, how often it plays each role, with groups
   * given by {@code group} (for example {@code Organization::locality} or {@code
   * Organization::type}).
   *
   * @throws NullPointerException if an argument is null, or {@code group} returns null (the message
   *     names the organisation)
   */
  public static <G> ImmutableMap<OrganizationId, ImmutableMap<BrokerageRole, Long>> brokerage(
      FundingNetwork network, Function<Organization, G> group) {
    checkNotNull(network, "network");
    checkNotNull(group, "group");
    ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ = network.successors();
    Map<OrganizationId, Set<OrganizationId>> pred = new LinkedHashMap<>();
    succ.forEach((p, rs) -> rs.forEach(r -> pred.computeIfAbsent(r, k -> new HashSet<>()).add(p)));
    Map<OrganizationId, G> groups = new HashMap<>();
    for (Organization o : network.organizations()) {
      groups.put(o.id(), checkNotNull(group.apply(o), "group of %s must not be null", o.id()));
    }
    Map<OrganizationId, EnumMap<BrokerageRole, Long>> out = new LinkedHashMap<>();
    for (Organization b : network.organizations()) {
      OrganizationId bid = b.id();
      G gb = groups.get(bid);
      for (OrganizationId a : pred.getOrDefault(bid, Set.of())) {
        for (OrganizationId c : succ.getOrDefault(bid, ImmutableSet.of())) {
          if (a.equals(c) || succ.getOrDefault(a, ImmutableSet.of()).contains(c)) {
            continue;
          }
          G ga = groups.get(a);
          G gc = groups.get(c);
          BrokerageRole role =
              ga.equals(gb) && gb.equals(gc)
                  ? BrokerageRole.COORDINATOR
                  : ga.equals(gc)
                      ? BrokerageRole.ITINERANT_BROKER
                      : gb.equals(gc)
                          ? BrokerageRole.GATEKEEPER
                          : ga.equals(gb) ? BrokerageRole.REPRESENTATIVE : BrokerageRole.LIAISON;
          out.computeIfAbsent(bid, k -> new EnumMap<>(BrokerageRole.class))
              .merge(role, 1L, Long::sum);
        }
      }
    }
    return out.entrySet().stream()
        .collect(
            ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ImmutableMap.copyOf(e.getValue())));
  }

  /**
   * Returns the gatekeepers: organisations whose removal leaves local or national actors that
   * funders reached before unreachable from every funder; each with the actors it cuts off. Funders
   * are the organisations that give money and receive none.
   *
   * @throws IllegalStateException if the search from every organisation would take more than {@link
   *     #MAX_SEARCH_STEPS} steps
   */
  public static ImmutableMap<OrganizationId, ImmutableList<OrganizationId>> gatekeepers(
      FundingNetwork network) {
    checkNotNull(network, "network");
    checkSearchable(network);
    ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ = network.successors();
    Set<OrganizationId> receivers = new HashSet<>();
    succ.values().forEach(receivers::addAll);
    ImmutableList<OrganizationId> funders =
        succ.keySet().stream()
            .filter(p -> !receivers.contains(p))
            .collect(ImmutableList.toImmutableList());
    Set<OrganizationId> before = reach(succ, funders, null);
    ImmutableMap.Builder<OrganizationId, ImmutableList<OrganizationId>> out =
        ImmutableMap.builder();
    for (Organization x : network.organizations()) {
      if (funders.contains(x.id()) || !receivers.contains(x.id()) || !succ.containsKey(x.id())) {
        continue;
      }
      Set<OrganizationId> after = reach(succ, funders, x.id());
      ImmutableList<OrganizationId> cut =
          network.organizations().stream()
              .filter(
                  o ->
                      o.isLocalOrNational()
                          && !o.id().equals(x.id())
                          && before.contains(o.id())
                          && !after.contains(o.id()))
              .map(Organization::id)
              .collect(ImmutableList.toImmutableList());
      if (!cut.isEmpty()) {
        out.put(x.id(), cut);
      }
    }
    return out.build();
  }

  private static Set<OrganizationId> reach(
      ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> succ,
      ImmutableList<OrganizationId> from,
      OrganizationId removed) {
    Set<OrganizationId> seen = new HashSet<>(from);
    ArrayDeque<OrganizationId> queue = new ArrayDeque<>(from);
    while (!queue.isEmpty()) {
      for (OrganizationId y : succ.getOrDefault(queue.poll(), ImmutableSet.of())) {
        if (!y.equals(removed) && seen.add(y)) {
          queue.add(y);
        }
      }
    }
    return seen;
  }

  /**
   * Returns each organisation's betweenness centrality (unnormalised, directed), by JGraphT.
   *
   * @throws IllegalStateException if the search from every organisation would take more than {@link
   *     #MAX_SEARCH_STEPS} steps
   */
  public static ImmutableMap<OrganizationId, Double> betweenness(FundingNetwork network) {
    return ImmutableMap.copyOf(new BetweennessCentrality<>(graph(network), false).getScores());
  }

  /**
   * Returns each organisation's harmonic centrality over outgoing paths (normalised to [0, 1]), by
   * JGraphT.
   *
   * @throws IllegalStateException if the search from every organisation would take more than {@link
   *     #MAX_SEARCH_STEPS} steps
   */
  public static ImmutableMap<OrganizationId, Double> harmonic(FundingNetwork network) {
    return ImmutableMap.copyOf(new HarmonicCentrality<>(graph(network), false, true).getScores());
  }

  private static Graph<OrganizationId, DefaultEdge> graph(FundingNetwork network) {
    checkNotNull(network, "network");
    checkSearchable(network);
    Graph<OrganizationId, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    network.organizations().forEach(o -> g.addVertex(o.id()));
    network.successors().forEach((p, rs) -> rs.forEach(r -> g.addEdge(p, r)));
    return g;
  }
}
