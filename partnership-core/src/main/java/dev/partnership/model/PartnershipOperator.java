package dev.partnership.model;

import java.util.Optional;

/**
 * A rule that returns a changed copy of a partnership, in the style of {@code
 * java.time.temporal.TemporalAdjuster} and JSR 354's {@code MonetaryOperator}.
 *
 * <p>An operator says when it applies: {@link #whyNotApplicable} returns the reason it does not,
 * and {@link #apply} throws {@link OperatorNotApplicableException} with that reason. Its {@code
 * toString} reads like the call that made it, e.g. {@code admit(jass, [MEMBER])}.
 *
 * <pre>{@code
 * var op = PartnershipOperators.leave(jass);
 * op.isApplicableTo(cmi)   // true when JASS is a member and not the last one
 * cmi.with(op)
 * }</pre>
 */
public interface PartnershipOperator {

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
  default Partnership apply(Partnership partnership) {
    Optional<String> why = whyNotApplicable(partnership);
    if (why.isPresent()) {
      throw new OperatorNotApplicableException(this, why.get());
    }
    return applyChecked(partnership);
  }

  /**
   * Returns the changed copy of a partnership this operator applies to. Implementations may assume
   * {@link #whyNotApplicable} is empty; callers use {@link #apply}.
   */
  Partnership applyChecked(Partnership partnership);
}
