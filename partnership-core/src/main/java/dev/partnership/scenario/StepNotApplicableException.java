package dev.partnership.scenario;

/**
 * Thrown when a replay stops at a step that does not apply; the message names the step's number,
 * date and label, the operator that does not apply and the reason: {@code step 2 (2022-06 "close
 * the secretariat") does not apply: leave(gppac-foundation): gppac-foundation hosts the secretariat
 * of gppac; move it first}. Nothing of the step is applied.
 */
public final class StepNotApplicableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final String date;
  private final String label;
  private final String reason;

  StepNotApplicableException(int index, Step step, String operator, String reason) {
    super(
        "step "
            + index
            + " ("
            + step.dateText()
            + " \""
            + step.label()
            + "\") does not apply: "
            + operator
            + ": "
            + reason);
    this.index = index;
    this.date = step.dateText();
    this.label = step.label();
    this.reason = reason;
  }

  /** Returns the step's number (the first step is 1). */
  public int index() {
    return index;
  }

  /** Returns the step's date as written ({@code "2022-06"}). */
  public String date() {
    return date;
  }

  /** Returns the step's label. */
  public String label() {
    return label;
  }

  /** Returns why the step's operator does not apply (the operator's own reason). */
  public String reason() {
    return reason;
  }
}
