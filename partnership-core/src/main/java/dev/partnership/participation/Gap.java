package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The gap in one cell: the desired level minus the actual level.
 *
 * @param cell the decision and organisation
 * @param actual the actual level
 * @param desired the desired level
 */
public record Gap(Cell cell, ParticipationLevel actual, ParticipationLevel desired) {
  /** Checks that no component is null. */
  public Gap {
    checkNotNull(cell, "cell");
    checkNotNull(actual, "actual");
    checkNotNull(desired, "desired");
  }

  /**
   * Returns desired minus actual, from -4 to 4: positive where the organisation should take part
   * more.
   */
  public int delta() {
    return desired.score() - actual.score();
  }

  /** Returns {@code "Flexible fund / jass: INFORMED -> CO_DECIDES (+2)"}. */
  @Override
  public String toString() {
    return cell
        + ": "
        + actual
        + " -> "
        + desired
        + " ("
        + (delta() >= 0 ? "+" : "")
        + delta()
        + ")";
  }
}
