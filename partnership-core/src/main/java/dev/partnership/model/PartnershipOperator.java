package dev.partnership.model;

import java.util.Optional;

/**
 * A rule that returns a changed copy of a partnership, in the style of {@code
 * java.time.temporal.TemporalAdjuster} and JSR 354's {@code MonetaryOperator}.
 *
 * <p>Every operator has one shape: a name and arguments (its {@code toString} reads like the call
 * that made it, e.g. {@code leave(jass)}), a precondition that explains itself, and a change. An
 * operator does not apply when its precondition fails or when the changed partnership would break
 * an invariant of {@link Partnership} (or of a value inside it); the reason is then that
 * precondition's or that invariant's message. {@link #whyNotApplicable} and {@link #apply} take
 * their answer from one attempt, so they never disagree, and {@code apply} builds the changed copy
 * once. Operators are made by the catalogues {@link PartnershipOperators}, {@link
 * GovernanceOperators}, {@link FundingOperators}, {@link PracticeOperators} and {@link
 * RiskOperators}; two operators are equal when their calls are.
 *
 * <pre>{@code
 * var op = PartnershipOperators.leave(jass);
 * op.isApplicableTo(cmi)   // true when JASS is a member and nothing else refers to it
 * cmi.with(op)
 * }</pre>
 */
public sealed interface PartnershipOperator permits Operator {

  /** Returns why this operator does not apply to {@code partnership}, or empty when it does. */
  Optional<String> whyNotApplicable(Partnership partnership);

  /** Returns whether this operator applies to {@code partnership}. */
  default boolean isApplicableTo(Partnership partnership) {
    return whyNotApplicable(partnership).isEmpty();
  }

  /**
   * Returns the changed copy.
   *
   * @throws OperatorNotApplicableException if this operator does not apply to {@code partnership}
   */
  Partnership apply(Partnership partnership);
}
