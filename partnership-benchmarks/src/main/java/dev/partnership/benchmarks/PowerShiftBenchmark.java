package dev.partnership.benchmarks;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.PowerShift;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.Seat;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures {@link PowerShift#between} with its summary on two illustrative partnerships made from a
 * seed: 500 members with 20,000 flows in three currencies of which every tenth is redirected, and
 * an assembly of 600 seats of two weights (1 and 3) that moves from a simple to a two-thirds
 * majority (Shapley-Shubik only; 300 gainers and 300 losers, whose 90,000 pairs the summary does
 * not list).
 *
 * <pre>
 * java -jar partnership-benchmarks/target/benchmarks.jar PowerShiftBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PowerShiftBenchmark {
  static final List<String> CURRENCIES = List.of("EUR", "USD", "KES");

  final Partnership flowsBefore;
  final Partnership flowsAfter;
  final Partnership assemblyBefore;
  final Partnership assemblyAfter;
  final PowerShift.Options shapleyShubik =
      PowerShift.Options.defaults().withIndices(PowerMeasure.SHAPLEY_SHUBIK);

  /** Makes the four states from seed 42. */
  public PowerShiftBenchmark() {
    SplittableRandom r = new SplittableRandom(42);
    List<Membership> members = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Organization o =
          Organization.of(
              "m" + i,
              "Member " + i,
              i % 2 == 0 ? OrganizationType.NATIONAL_NGO : OrganizationType.INTERNATIONAL_NGO,
              i % 2 == 0 ? "KE" : "NL");
      members.add(
          Membership.of(o, i == 0 ? Role.LEAD : i % 5 == 0 ? Role.LOCAL_GROUP : Role.MEMBER));
    }
    List<FundingFlow> before = new ArrayList<>();
    List<FundingFlow> after = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int provider = r.nextInt(500);
      FundingFlow f =
          FundingFlow.builder()
              .provider(members.get(provider).id())
              .recipient(members.get((provider + 1 + r.nextInt(499)) % 500).id())
              .amount(Money.of(r.nextInt(1_000_000) + ".00", CURRENCIES.get(r.nextInt(3))))
              .year(2020 + r.nextInt(6))
              .earmarking(Earmarking.values()[r.nextInt(4)])
              .build();
      before.add(f);
      after.add(
          i % 10 == 0
              ? FundingFlow.builder()
                  .from(f)
                  .recipient(members.get((provider + 1 + r.nextInt(499)) % 500).id())
                  .build()
              : f);
    }
    Partnership base =
        Partnership.builder()
            .id("flows")
            .name("Many flows (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
            .addAllMembers(members)
            .build();
    flowsBefore = Partnership.builder().from(base).addAllFlows(before).build();
    flowsAfter = Partnership.builder().from(base).addAllFlows(after).build();

    GoverningBody.Builder body =
        GoverningBody.builder()
            .name("Assembly")
            .type(BodyType.ASSEMBLY)
            .rule(DecisionRule.simpleMajority());
    Partnership.Builder assembly =
        Partnership.builder()
            .id("assembly")
            .name("An assembly of 600 (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    for (int i = 0; i < 600; i++) {
      Organization o = Organization.of("a" + i, "Member " + i, OrganizationType.NATIONAL_NGO, "KE");
      assembly.addMember(Membership.of(o, i < 300 ? Role.MEMBER : Role.REGRANTER));
      body.addSeat(Seat.of(o.id(), i < 300 ? 1 : 3));
    }
    GoverningBody simple = body.build();
    assemblyBefore = Partnership.builder().from(assembly.build()).addBody(simple).build();
    assemblyAfter =
        Partnership.builder()
            .from(assembly.build())
            .addBody(
                GoverningBody.builder()
                    .from(simple)
                    .rule(DecisionRule.qualifiedMajority(2, 3))
                    .build())
            .build();
  }

  /** Returns the summary of 2,000 redirected flows among 20,000. */
  @Benchmark
  public String redirectedFlows() {
    return PowerShift.between(flowsBefore, flowsAfter).summary();
  }

  /** Returns the summary of a 600-seat assembly changing its rule. */
  @Benchmark
  public String assemblyRuleChange() {
    return PowerShift.between(assemblyBefore, assemblyAfter, shapleyShubik).summary();
  }
}
