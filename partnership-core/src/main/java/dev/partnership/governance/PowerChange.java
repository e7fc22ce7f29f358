package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

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
