package dev.partnership.model;

/**
 * A rule that reads a partnership and returns a result, in the style of {@code
 * java.time.temporal.TemporalQuery}: {@code partnership.query(PartnershipQueries.lead())}.
 *
 * <p>The queries of the catalogues ({@link PartnershipQueries}, {@link FundingQueries}, {@link
 * ParticipationQueries}, {@code GovernanceQueries}) print as the call that made them and are equal
 * when their calls are: {@code membersWithRole(Role.FUNDER).equals(membersWithRole(Role.FUNDER))}.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface PartnershipQuery<R> {

  /** Returns the result of this query on {@code partnership}. */
  R queryFrom(Partnership partnership);
}
