package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when an operator is applied to a partnership it does not apply to; the message names the
 * operator, the rule and the state. Check first with {@link PartnershipOperator#isApplicableTo}.
 */
public final class OperatorNotApplicableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String operator;
  private final String reason;

  /** Creates an exception for {@code operator} with the reason it does not apply. */
  public OperatorNotApplicableException(Object operator, String reason) {
    super(
        checkNotNull(operator, "operator") + " does not apply: " + checkNotNull(reason, "reason"));
    this.operator = String.valueOf(operator);
    this.reason = reason;
  }

  /** Returns why the operator does not apply, without the operator: the rule and the state. */
  public String reason() {
    return reason;
  }

  /** Returns the operator as it was written, e.g. {@code "leave(jass)"}. */
  public String operator() {
    return operator;
  }
}
