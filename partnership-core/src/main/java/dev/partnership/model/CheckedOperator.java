package dev.partnership.model;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An operator that applies when its precondition holds and its result keeps every invariant: the
 * invariant's message (from the value's check) becomes the reason it does not apply.
 */
final class CheckedOperator implements PartnershipOperator {
  private final String text;
  private final Function<Partnership, Optional<String>> precondition;
  private final UnaryOperator<Partnership> change;

  CheckedOperator(String text, Function<Partnership, Optional<String>> precondition, UnaryOperator<Partnership> change) {
    this.text = text;
    this.precondition = precondition;
    this.change = change;
  }

  @Override
  public Optional<String> whyNotApplicable(Partnership p) {
    Optional<String> why = precondition.apply(p);
    if (why.isPresent()) {
      return why;
    }
    try {
      change.apply(p);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  @Override
  public Partnership applyChecked(Partnership p) {
    return change.apply(p);
  }

  @Override
  public String toString() {
    return text;
  }
}
