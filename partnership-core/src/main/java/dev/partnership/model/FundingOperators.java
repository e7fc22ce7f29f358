package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Operators on a partnership's funding facet: add and remove flows, redirect funding from one
 * recipient to another, change earmarking. The queries on the facet are in {@link FundingQueries}.
 *
 * <pre>{@code
 * import static dev.partnership.model.FundingOperators.*;
 * cmi.with(redirectFunding(mamaCash.id(), jass.id(), crea.id()))
 * cmi.with(changeEarmarking(mamaCash.id(), jass.id(), Earmarking.UNEARMARKED))
 * }</pre>
 */
public final class FundingOperators {
  private FundingOperators() {}

  /** Returns an operator that adds {@code flow}; it does not apply when a party is not a member. */
  public static PartnershipOperator addFlow(FundingFlow flow) {
    checkNotNull(flow, "flow");
    return Operator.of("addFlow", List.of(flow), p -> Optional.empty(), (p, b) -> b.addFlow(flow));
  }

  /**
   * Returns an operator that removes {@code flow} (one occurrence); it does not apply when the flow
   * is not there.
   */
  public static PartnershipOperator removeFlow(FundingFlow flow) {
    checkNotNull(flow, "flow");
    return Operator.of(
        "removeFlow",
        List.of(flow),
        p ->
            p.flows().contains(flow)
                ? Optional.empty()
                : Optional.of("flow " + flow + " is not in " + p.id()),
        (p, b) -> {
          List<FundingFlow> rest = new ArrayList<>(p.flows());
          rest.remove(flow);
          b.flows(rest);
        });
  }

  /**
   * Returns an operator that redirects every flow from {@code provider} to {@code from} so that it
   * goes to {@code to} instead; it does not apply when there is no such flow, when {@code to} is
   * {@code from}, or when {@code to} is not a member.
   */
  public static PartnershipOperator redirectFunding(
      OrganizationId provider, OrganizationId from, OrganizationId to) {
    checkNotNull(provider, "provider");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return Operator.of(
        "redirectFunding",
        List.of(provider, from, to),
        p ->
            noFlow(p, provider, from)
                .or(
                    () ->
                        from.equals(to)
                            ? Optional.of("the flows from " + provider + " already go to " + to)
                            : Optional.empty()),
        (p, b) ->
            b.flows(
                replace(
                    p,
                    between(provider, from),
                    f ->
                        FundingFlow.builder()
                            .from(f)
                            .recipient(to)
                            .provenance(Operator.afterChange(f.provenance()))
                            .build())));
  }

  /**
   * Returns an operator that sets the earmarking of every flow from {@code provider} to {@code
   * recipient}.
   */
  public static PartnershipOperator changeEarmarking(
      OrganizationId provider, OrganizationId recipient, Earmarking earmarking) {
    checkNotNull(provider, "provider");
    checkNotNull(recipient, "recipient");
    checkNotNull(earmarking, "earmarking");
    Predicate<FundingFlow> between = between(provider, recipient);
    return Operator.of(
        "changeEarmarking",
        List.of(provider, recipient, earmarking),
        p ->
            noFlow(p, provider, recipient)
                .or(
                    () ->
                        p.flows().stream()
                                .anyMatch(
                                    between.and(
                                        f -> !f.earmarking().equals(Optional.of(earmarking))))
                            ? Optional.empty()
                            : Optional.of(
                                "the flows from "
                                    + provider
                                    + " to "
                                    + recipient
                                    + " are already "
                                    + earmarking)),
        (p, b) ->
            b.flows(
                replace(
                    p,
                    between,
                    f ->
                        f.earmarking().equals(Optional.of(earmarking))
                            ? f
                            : FundingFlow.builder()
                                .from(f)
                                .earmarking(earmarking)
                                .provenance(Operator.afterChange(f.provenance()))
                                .build())));
  }

  private static Predicate<FundingFlow> between(OrganizationId provider, OrganizationId recipient) {
    return f -> f.provider().equals(provider) && f.recipient().equals(recipient);
  }

  private static Optional<String> noFlow(
      Partnership p, OrganizationId provider, OrganizationId recipient) {
    return p.flows().stream().anyMatch(between(provider, recipient))
        ? Optional.empty()
        : Optional.of("no flow from " + provider + " to " + recipient + " in " + p.id());
  }

  private static ImmutableList<FundingFlow> replace(
      Partnership p, Predicate<FundingFlow> which, UnaryOperator<FundingFlow> change) {
    return p.flows().stream()
        .map(f -> which.test(f) ? change.apply(f) : f)
        .collect(ImmutableList.toImmutableList());
  }
}
