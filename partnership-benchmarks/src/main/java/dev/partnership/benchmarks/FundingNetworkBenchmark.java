package dev.partnership.benchmarks;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.FundingChains;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Localisation;
import dev.partnership.funding.Money;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chains and localisation on a synthetic funding network of 100,000 organisations and 1,000,000
 * flows, against one breadth-first pass over the same graph ({@link FundingNetwork#successors()})
 * in the same run. The network is layered like real funding: 100 funders, 900 international NGOs,
 * 9,000 national NGOs and 90,000 local groups; each flow goes one or two layers down, amounts 1 to
 * 1,000,000 EUR, seed 7.
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar FundingNetworkBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class FundingNetworkBenchmark {
  static final Currency EUR = Money.currency("EUR");
  FundingNetwork network;
  OrganizationId funder;

  @Setup
  public void build() {
    int[] sizes = {100, 900, 9_000, 90_000};
    OrganizationType[] types = {
      OrganizationType.GOVERNMENT,
      OrganizationType.INTERNATIONAL_NGO,
      OrganizationType.NATIONAL_NGO,
      OrganizationType.COMMUNITY_GROUP
    };
    List<List<Organization>> layers = new ArrayList<>();
    List<Organization> all = new ArrayList<>();
    for (int l = 0; l < sizes.length; l++) {
      List<Organization> layer = new ArrayList<>();
      for (int i = 0; i < sizes[l]; i++) {
        Organization.Builder b =
            Organization.builder()
                .id(OrganizationId.of("org-" + l + "-" + i))
                .name("Org " + l + "-" + i)
                .type(types[l]);
        if (l == 0) {
          b.addLevel(OperatingLevel.GLOBAL);
        }
        layer.add(b.build());
      }
      layers.add(layer);
      all.addAll(layer);
    }
    SplittableRandom r = new SplittableRandom(7);
    List<FundingFlow> flows = new ArrayList<>(1_000_000);
    while (flows.size() < 1_000_000) {
      int from = r.nextInt(3);
      int to = Math.min(3, from + 1 + (r.nextInt(4) == 0 ? 1 : 0));
      Organization p = layers.get(from).get(r.nextInt(sizes[from]));
      Organization q = layers.get(to).get(r.nextInt(sizes[to]));
      flows.add(
          FundingFlow.of(
              p.id(),
              q.id(),
              Money.of(BigDecimal.valueOf(1 + r.nextInt(1_000_000)), EUR),
              2020 + r.nextInt(5)));
    }
    network = FundingNetwork.builder().organizations(all).flows(flows).build();
    funder = layers.get(0).get(0).id();
    network.successors();
    Localisation.of(network, funder, EUR); // builds and keeps the network's arrays once
  }

  /** The baseline: one breadth-first pass from the funder over the network's successor map. */
  @Benchmark
  public int breadthFirstPass() {
    Map<OrganizationId, ImmutableSet<OrganizationId>> succ = network.successors();
    Set<OrganizationId> seen = new HashSet<>();
    ArrayDeque<OrganizationId> queue = new ArrayDeque<>();
    queue.add(funder);
    seen.add(funder);
    while (!queue.isEmpty()) {
      for (OrganizationId y : succ.getOrDefault(queue.poll(), ImmutableSet.of())) {
        if (seen.add(y)) {
          queue.add(y);
        }
      }
    }
    return seen.size();
  }

  /** Fewest intermediaries from the funder to every organisation it reaches. */
  @Benchmark
  public int chains() {
    return FundingChains.fewestIntermediaries(network, funder).size();
  }

  /** The Grand Bargain localisation of the funder's money. */
  @Benchmark
  public double localisation() {
    return Localisation.of(network, funder, EUR).asDirectlyAsPossible();
  }
}
