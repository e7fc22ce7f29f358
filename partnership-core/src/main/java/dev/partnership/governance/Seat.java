package dev.partnership.governance;

import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seat in a governing body: the member organisation that holds it, its voting weight and, if
 * recorded, where the weight comes from.
 *
 * <pre>{@code
 * Seat.of(OrganizationId.of("gppac-west-africa"), 2)
 * Seat.of(OrganizationId.of("wanep"), 3, Provenance.illustrative("weights are made up"))  // wanep x3 (illustrative)
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

  /**
   * Returns where the seat and its weight come from, if recorded; an {@linkplain
   * Provenance#illustrative() illustrative} one marks a made-up weight.
   */
  public abstract Optional<Provenance> provenance();

  /** Returns this seat with {@code provenance}. */
  public Seat withProvenance(Provenance provenance) {
    return ImmutableSeat.builder().from(this).provenance(provenance).build();
  }

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

  /**
   * Returns a seat of {@code weight} with {@code provenance}.
   *
   * @throws IllegalArgumentException if the weight is negative
   */
  public static Seat of(OrganizationId holder, long weight, Provenance provenance) {
    return ImmutableSeat.builder().holder(holder).weight(weight).provenance(provenance).build();
  }

  /** Returns a seat of weight 1. */
  public static Seat of(OrganizationId holder) {
    return of(holder, 1);
  }

  /** Returns {@code "jass x2"}, or {@code "jass x2 (illustrative)"} for a made-up seat. */
  @Override
  public String toString() {
    return holder() + " x" + weight() + Provenance.mark(provenance());
  }
}
