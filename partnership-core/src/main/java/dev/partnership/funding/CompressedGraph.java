package dev.partnership.funding;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.OrganizationId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A funding network's edges in one currency as arrays (compressed sparse rows), built once per
 * network and currency and kept by the network; package-private.
 */
final class CompressedGraph {
  final Map<OrganizationId, Integer> index;
  final int[] start;
  final int[] target;
  final double[] weight;
  final double[] out;
  final double[] in;
  final ImmutableMap<OrganizationId, BigDecimal> exactOutflow;

  CompressedGraph(
      FundingNetwork network,
      ImmutableMap<OrganizationId, ImmutableMap<OrganizationId, BigDecimal>> edges) {
    int n = network.organizations().size();
    index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(network.organizations().get(i).id(), i);
    }
    start = new int[n + 1];
    edges.forEach((p, rs) -> start[index.get(p) + 1] = rs.size());
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    target = new int[start[n]];
    weight = new double[start[n]];
    out = new double[n];
    in = new double[n];
    ImmutableMap.Builder<OrganizationId, BigDecimal> exact = ImmutableMap.builder();
    edges.forEach(
        (p, rs) -> {
          int pi = index.get(p);
          int k = start[pi];
          BigDecimal total = BigDecimal.ZERO;
          for (Map.Entry<OrganizationId, BigDecimal> e : rs.entrySet()) {
            int ri = index.get(e.getKey());
            double w = e.getValue().doubleValue();
            target[k] = ri;
            weight[k++] = w;
            out[pi] += w;
            in[ri] += w;
            total = total.add(e.getValue());
          }
          exact.put(p, total);
        });
    exactOutflow = exact.build();
  }
}
