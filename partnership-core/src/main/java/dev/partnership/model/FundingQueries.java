package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Localisation;
import java.util.Currency;

/**
 * Queries on a partnership's funding facet: the members' funding network and a funder's
 * localisation (Grand Bargain, 2016: the share reaching local and national actors as directly as
 * possible). The operators that change the flows are in {@link FundingOperators}.
 *
 * <pre>{@code
 * import static dev.partnership.model.FundingQueries.*;
 * cmi.query(fundingNetwork())
 * cmi.query(localisation(ministry.id(), Money.currency("EUR")))
 * }</pre>
 */
public final class FundingQueries {
  private FundingQueries() {}

  /** Returns a query for the members' funding network. */
  public static PartnershipQuery<FundingNetwork> fundingNetwork() {
    return PartnershipQueries.named(
        "fundingNetwork()",
        p -> FundingNetwork.builder().organizations(p.organizations()).flows(p.flows()).build());
  }

  /**
   * Returns a query for {@code funder}'s localisation within the partnership's flows in {@code
   * currency}.
   *
   * @throws IllegalArgumentException (from the query) if {@code funder} provides no flow in that
   *     currency (see {@link Localisation#of})
   */
  public static PartnershipQuery<Localisation> localisation(
      OrganizationId funder, Currency currency) {
    checkNotNull(funder, "funder");
    checkNotNull(currency, "currency");
    return PartnershipQueries.named(
        "localisation(" + funder + ", " + currency + ")",
        p -> Localisation.of(p.query(fundingNetwork()), funder, currency));
  }
}
