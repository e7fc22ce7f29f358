package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A change of the actual level in one cell between two assessments.
 *
 * @param cell the decision and organisation
 * @param before the level in the earlier assessment
 * @param after the level in the later assessment
 */
public record LevelChange(Cell cell, ParticipationLevel before, ParticipationLevel after) {
  /** Checks that no component is null. */
  public LevelChange {
    checkNotNull(cell, "cell");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
  }

  /** Returns whether the level rose. */
  public boolean rose() {
    return after.compareTo(before) > 0;
  }

  @Override
  public String toString() {
    return cell + ": " + before + " -> " + after;
  }
}
