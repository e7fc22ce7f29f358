package dev.partnership.funding;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.ActorsGenerators;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.quicktheories.core.Gen;

/** QuickTheories generators for funding values: small networks whose first organisation funds. */
public final class FundingGenerators {
  private FundingGenerators() {}

  static final Currency EUR = Money.currency("EUR");

  /**
   * Networks of 2 to 8 organisations of every kind and up to 20 EUR flows in 2020 or 2021; the
   * first organisation disburses.
   */
  public static Gen<FundingNetwork> networks() {
    return lists()
        .of(ActorsGenerators.organizations())
        .ofSizeBetween(2, 8)
        .zip(
            lists().of(integers().between(0, 8 * 8 * 1000 - 1)).ofSizeBetween(1, 20),
            FundingGenerators::network);
  }

  /**
   * Acyclic networks of 2 to 7 organisations of every kind (flows only from an earlier to a later
   * organisation; the first disburses), with amounts across Money's whole range: 1 to 999,999 times
   * 10^-93 to 10^90, and about one flow in six a reversal (negative).
   */
  public static Gen<FundingNetwork> acyclicNetworks() {
    return lists()
        .of(ActorsGenerators.organizations())
        .ofSizeBetween(2, 7)
        .zip(
            lists().of(longs().between(0, Long.MAX_VALUE)).ofSizeBetween(1, 16),
            integers().between(-88, 85),
            FundingGenerators::acyclic);
  }

  static FundingNetwork acyclic(List<Organization> candidates, List<Long> codes, int exponent) {
    return build(
        candidates,
        Money.of(BigDecimal.ONE.scaleByPowerOfTen(exponent), EUR),
        (orgs, b) -> {
          int n = orgs.size();
          for (long code : codes) {
            int from = (int) (code % n);
            int to = (int) (code / n % n);
            long rest = code / n / n;
            BigDecimal amount =
                BigDecimal.valueOf(1 + rest % 999_999)
                    .scaleByPowerOfTen(exponent + (int) (rest / 999_999 % 11) - 5);
            if (from < to) {
              b.addFlows(
                  FundingFlow.of(
                      orgs.get(from).id(),
                      orgs.get(to).id(),
                      Money.of(rest % 6 == 0 ? amount.negate() : amount, EUR),
                      2020));
            }
          }
        });
  }

  /**
   * Builds a network of the distinct candidates; with two or more, the first gives {@code first} to
   * the second, then {@code rest} adds flows.
   */
  static FundingNetwork build(
      List<Organization> candidates,
      Money first,
      BiConsumer<ImmutableList<Organization>, FundingNetwork.Builder> rest) {
    Map<OrganizationId, Organization> byId = new LinkedHashMap<>();
    candidates.forEach(o -> byId.putIfAbsent(o.id(), o));
    ImmutableList<Organization> orgs = ImmutableList.copyOf(byId.values());
    FundingNetwork.Builder b = FundingNetwork.builder().addAllOrganizations(orgs);
    if (orgs.size() >= 2) {
      b.addFlows(FundingFlow.of(orgs.get(0).id(), orgs.get(1).id(), first, 2020));
      rest.accept(orgs, b);
    }
    return b.build();
  }

  static FundingNetwork network(List<Organization> candidates, List<Integer> codes) {
    return build(
        candidates,
        Money.of("100", "EUR"),
        (orgs, b) -> {
          int n = orgs.size();
          for (int code : codes) {
            int from = code % 8 % n;
            int to = code / 8 % 8 % n;
            int amount = 1 + code / 64;
            if (from != to) {
              b.addFlows(
                  sometimesSourced(
                      FundingFlow.of(
                          orgs.get(from).id(),
                          orgs.get(to).id(),
                          Money.of(String.valueOf(amount), "EUR"),
                          2020 + amount % 2),
                      code));
            }
          }
        });
  }

  /** Returns {@code flow} with a provenance drawn from {@code seed} about half the time. */
  static FundingFlow sometimesSourced(FundingFlow flow, long seed) {
    return FundingFlow.builder()
        .from(flow)
        .provenance(ActorsGenerators.sometimes(new SplittableRandom(seed)))
        .build();
  }
}
