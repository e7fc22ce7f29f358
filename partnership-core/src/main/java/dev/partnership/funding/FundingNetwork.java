package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A directed funding network: organisations and the flows between them (several flows between the
 * same pair allowed). Every provider and recipient must be one of the organisations, so that rules
 * know each party's type and locality.
 *
 * <pre>{@code
 * var net = FundingNetwork.builder().addOrganizations(mfa, novib, local).addFlows(f1, f2).build();
 * Localisation.of(net, mfa.id(), Money.currency("EUR")).asDirectlyAsPossible()
 * FundingChains.longest(net, mfa.id(), 5)
 * }</pre>
 */
@Value.Immutable
public abstract class FundingNetwork {
  FundingNetwork() {}

  /** Returns the organisations. */
  public abstract ImmutableList<Organization> organizations();

  /** Returns the flows, in order. */
  public abstract ImmutableList<FundingFlow> flows();

  @Value.Lazy
  ImmutableMap<OrganizationId, Organization> index() {
    return organizations().stream().collect(ImmutableMap.toImmutableMap(Organization::id, o -> o));
  }

  /** Returns the organisation with {@code id}, if it is in the network. */
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(index().get(checkNotNull(id, "id")));
  }

  /** Returns the currencies that occur in the flows. */
  public ImmutableSet<Currency> currencies() {
    return flows().stream().map(f -> f.amount().currency()).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the aggregated edges in one currency: provider, then recipient, then the sum of their
   * flows. Pairs whose sum is not positive (reversals cancelling out) are left out; see {@link
   * Localisation} for how they are reported.
   */
  public ImmutableMap<OrganizationId, ImmutableMap<OrganizationId, BigDecimal>> edges(
      Currency currency) {
    checkNotNull(currency, "currency");
    Map<OrganizationId, Map<OrganizationId, BigDecimal>> m = new LinkedHashMap<>();
    for (FundingFlow f : flows()) {
      if (f.amount().currency().equals(currency)) {
        m.computeIfAbsent(f.provider(), k -> new LinkedHashMap<>())
            .merge(f.recipient(), f.amount().amount(), BigDecimal::add);
      }
    }
    ImmutableMap.Builder<OrganizationId, ImmutableMap<OrganizationId, BigDecimal>> b =
        ImmutableMap.builder();
    m.forEach(
        (p, rs) -> {
          ImmutableMap<OrganizationId, BigDecimal> positive =
              rs.entrySet().stream()
                  .filter(e -> e.getValue().signum() > 0)
                  .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
          if (!positive.isEmpty()) {
            b.put(p, positive);
          }
        });
    return b.build();
  }

  @Value.Lazy
  ImmutableMap<Currency, CompressedGraph> compressed() {
    return currencies().stream()
        .collect(ImmutableMap.toImmutableMap(c -> c, c -> new CompressedGraph(this, edges(c))));
  }

  /** Returns, per provider, the recipients it funds in any currency (the network's shape). */
  @Value.Lazy
  public ImmutableMap<OrganizationId, ImmutableSet<OrganizationId>> successors() {
    Map<OrganizationId, ImmutableSet.Builder<OrganizationId>> m = new LinkedHashMap<>();
    for (FundingFlow f : flows()) {
      m.computeIfAbsent(f.provider(), k -> ImmutableSet.builder()).add(f.recipient());
    }
    return m.entrySet().stream()
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> e.getValue().build()));
  }

  @Value.Check
  void check() {
    Set<OrganizationId> ids = new HashSet<>();
    for (Organization o : organizations()) {
      Checks.checkField(
          ids.add(o.id()), "organizations", o.id(), "must list each organisation once");
    }
    for (int i = 0; i < flows().size(); i++) {
      FundingFlow f = flows().get(i);
      Checks.checkField(
          ids.contains(f.provider()),
          "flows[" + i + "].provider",
          f.provider(),
          "must be an organisation of the network");
      Checks.checkField(
          ids.contains(f.recipient()),
          "flows[" + i + "].recipient",
          f.recipient(),
          "must be an organisation of the network");
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingNetwork}. */
  public static final class Builder extends ImmutableFundingNetwork.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "FundingNetwork: "
        + organizations().size()
        + " organisations, "
        + flows().size()
        + " flows in "
        + currencies();
  }
}
