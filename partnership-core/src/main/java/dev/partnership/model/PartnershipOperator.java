package dev.partnership.model;

import com.google.common.collect.ImmutableList;
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

  /**
   * Returns the name of the catalogue method that made this operator, e.g. {@code "reweight"} for
   * {@code GovernanceOperators.reweight(..)}. Formats that write operators as data (the scenario
   * documents of {@code partnership-io}) key on it.
   *
   * <pre>{@code
   * GovernanceOperators.reweight("ISG", OrganizationId.of("NL-KVK-1"), 2).name()  // "reweight"
   * }</pre>
   */
  String name();

  /**
   * Returns the arguments this operator keeps, in the order of its call: the values themselves (an
   * {@code OrganizationId}, a {@code Long}, a {@code GoverningBody}, a list of ids...), not how
   * {@code toString} shows them. Some factories keep a value built from their parameters (e.g.
   * {@code admit(organization, roles...)} keeps one {@code Membership}); two operators are equal
   * exactly when their names and these arguments are.
   *
   * <pre>{@code
   * GovernanceOperators.reweight("ISG", OrganizationId.of("NL-KVK-1"), 2).arguments()
   * // [ISG, NL-KVK-1, 2]
   * }</pre>
   */
  ImmutableList<Object> arguments();

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
