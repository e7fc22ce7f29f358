package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Localisation;
import java.util.Currency;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Operators and queries on a partnership's funding facet: add and remove flows, redirect funding
 * from one recipient to another, change earmarking; the members' funding network and a funder's
 * localisation.
 *
 * <pre>{@code
 * import static dev.partnership.model.FundingOperators.*;
 * cmi.with(redirectFunding(mamaCash.id(), jass.id(), crea.id()))
 * cmi.with(changeEarmarking(mamaCash.id(), jass.id(), Earmarking.UNEARMARKED))
 * cmi.query(localisation(ministry.id(), Money.currency("EUR")))
 * }</pre>
 */
public final class FundingOperators {
  private FundingOperators() {}

  /** Returns an operator that adds {@code flow}; it does not apply when a party is not a member. */
  public static PartnershipOperator addFlow(FundingFlow flow) {
    checkNotNull(flow, "flow");
    return new CheckedOperator("addFlow(" + flow + ")", p -> Optional.empty(), p -> Partnership.builder().from(p).addFlow(flow).build());
  }

  /** Returns an operator that removes {@code flow} (one occurrence); it does not apply when the flow is not there. */
  public static PartnershipOperator removeFlow(FundingFlow flow) {
    checkNotNull(flow, "flow");
    return new CheckedOperator(
        "removeFlow(" + flow + ")",
        p -> p.flows().contains(flow) ? Optional.empty() : Optional.of("flow " + flow + " is not in " + p.id()),
        p -> {
          java.util.List<FundingFlow> rest = new java.util.ArrayList<>(p.flows());
          rest.remove(flow);
          return Partnership.builder().from(p).flows(rest).build();
        });
  }

  /**
   * Returns an operator that redirects every flow from {@code provider} to {@code from} so that it
   * goes to {@code to} instead; it does not apply when there is no such flow or {@code to} is not a
   * member.
   */
  public static PartnershipOperator redirectFunding(OrganizationId provider, OrganizationId from, OrganizationId to) {
    checkNotNull(provider, "provider");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return new CheckedOperator(
        "redirectFunding(" + provider + ", " + from + ", " + to + ")",
        p -> any(p, provider, from),
        p -> replace(p, f -> f.provider().equals(provider) && f.recipient().equals(from)
            ? FundingFlow.builder().from(f).recipient(to).build() : f));
  }

  /** Returns an operator that sets the earmarking of every flow from {@code provider} to {@code recipient}. */
  public static PartnershipOperator changeEarmarking(OrganizationId provider, OrganizationId recipient, Earmarking earmarking) {
    checkNotNull(provider, "provider");
    checkNotNull(recipient, "recipient");
    checkNotNull(earmarking, "earmarking");
    return new CheckedOperator(
        "changeEarmarking(" + provider + ", " + recipient + ", " + earmarking + ")",
        p -> {
          Optional<String> none = any(p, provider, recipient);
          if (none.isPresent()) {
            return none;
          }
          boolean changes = p.flows().stream().anyMatch(f -> f.provider().equals(provider) && f.recipient().equals(recipient)
              && !f.earmarking().equals(Optional.of(earmarking)));
          return changes ? Optional.empty() : Optional.of("the flows from " + provider + " to " + recipient + " are already " + earmarking);
        },
        p -> replace(p, f -> f.provider().equals(provider) && f.recipient().equals(recipient)
            ? FundingFlow.builder().from(f).earmarking(earmarking).build() : f));
  }

  /** Returns a query for the members' funding network. */
  public static PartnershipQuery<FundingNetwork> fundingNetwork() {
    return PartnershipQueries.named(
        "fundingNetwork()", p -> FundingNetwork.builder().organizations(p.organizations()).flows(p.flows()).build());
  }

  /** Returns a query for {@code funder}'s localisation within the partnership's flows in {@code currency}. */
  public static PartnershipQuery<Localisation> localisation(OrganizationId funder, Currency currency) {
    checkNotNull(funder, "funder");
    checkNotNull(currency, "currency");
    return PartnershipQueries.named(
        "localisation(" + funder + ", " + currency + ")", p -> Localisation.of(p.query(fundingNetwork()), funder, currency));
  }

  private static Optional<String> any(Partnership p, OrganizationId provider, OrganizationId recipient) {
    return p.flows().stream().anyMatch(f -> f.provider().equals(provider) && f.recipient().equals(recipient))
        ? Optional.empty()
        : Optional.of("no flow from " + provider + " to " + recipient + " in " + p.id());
  }

  private static Partnership replace(Partnership p, UnaryOperator<FundingFlow> change) {
    return Partnership.builder().from(p).flows(p.flows().stream().map(change).collect(ImmutableList.toImmutableList())).build();
  }
}
