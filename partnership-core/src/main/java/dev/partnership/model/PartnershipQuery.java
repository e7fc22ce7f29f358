package dev.partnership.model;

/**
 * A rule that reads a partnership and returns a result, in the style of {@code
 * java.time.temporal.TemporalQuery}: {@code partnership.query(PartnershipQueries.lead())}.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface PartnershipQuery<R> {

  /** Returns the result of this query on {@code partnership}. */
  R queryFrom(Partnership partnership);
}
