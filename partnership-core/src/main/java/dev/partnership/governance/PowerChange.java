package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;

/**
 * How one seat holder's power changed: who, from what, to what.
 *
 * @param holder the seat holder
 * @param before its power before the change
 * @param after its power after the change
 */
public record PowerChange(OrganizationId holder, Fraction before, Fraction after) {
  /** Checks that no component is null. */
  public PowerChange {
    checkNotNull(holder, "holder");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
  }

  /**
   * Returns the seat holders whose power by {@code measure} differs between two versions of a body,
   * in seat order of {@code after} followed by those who left; a holder without a seat has power 0.
   *
   * <pre>{@code
   * PowerChange.between(isg, isgByTwoThirds, PowerMeasure.SHAPLEY_SHUBIK)   // [] when nothing moves
   * }</pre>
   *
   * @throws IllegalStateException if the measure cannot compute one of the bodies exactly
   */
  public static ImmutableList<PowerChange> between(
      GoverningBody before, GoverningBody after, PowerMeasure measure) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    checkNotNull(measure, "measure");
    ImmutableMap<OrganizationId, Fraction> b = before.power(measure);
    ImmutableMap<OrganizationId, Fraction> a = after.power(measure);
    ImmutableList.Builder<PowerChange> out = ImmutableList.builder();
    for (OrganizationId id : Sets.union(a.keySet(), b.keySet())) {
      Fraction x = b.getOrDefault(id, Fraction.ZERO);
      Fraction y = a.getOrDefault(id, Fraction.ZERO);
      if (!x.equals(y)) {
        out.add(new PowerChange(id, x, y));
      }
    }
    return out.build();
  }

  /** Returns {@code after - before}: positive for a gain. */
  public Fraction delta() {
    return after.subtract(before);
  }

  /** Returns {@code "jass: 1/3 -> 1/2 (+1/6)"}. */
  @Override
  public String toString() {
    Fraction d = delta();
    return holder + ": " + before + " -> " + after + " (" + (d.signum() >= 0 ? "+" : "") + d + ")";
  }
}
