package dev.partnership.governance;

import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import org.immutables.value.Value;

/**
 * A seat in a governing body: the member organisation that holds it and its voting weight.
 *
 * <pre>{@code
 * Seat.of(OrganizationId.of("gppac-west-africa"), 2)
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Seat {
  Seat() {}

  /** Returns the organisation holding the seat. */
  @Value.Parameter
  public abstract OrganizationId holder();

  /** Returns the voting weight (0 or more; 1 for one-member-one-vote). */
  @Value.Parameter
  public abstract long weight();

  @Value.Check
  void check() {
    Checks.checkField(
        weight() >= 0, "weight", weight() + " of " + holder(), "must not be negative");
  }

  /**
   * Returns a seat of {@code weight}.
   *
   * @throws IllegalArgumentException if the weight is negative
   */
  public static Seat of(OrganizationId holder, long weight) {
    return ImmutableSeat.of(holder, weight);
  }

  /** Returns a seat of weight 1. */
  public static Seat of(OrganizationId holder) {
    return of(holder, 1);
  }

  /** Returns {@code "jass x2"}. */
  @Override
  public String toString() {
    return holder() + " x" + weight();
  }
}
