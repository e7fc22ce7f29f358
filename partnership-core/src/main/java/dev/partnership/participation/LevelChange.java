package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.internal.Checks;

/**
 * A change of the actual level in one cell between two assessments.
 *
 * @param cell the decision and organisation
 * @param before the level in the earlier assessment
 * @param after the level in the later assessment
 */
public record LevelChange(Cell cell, ParticipationLevel before, ParticipationLevel after) {
  /**
   * Checks that no component is null and that the level changed.
   *
   * @throws IllegalArgumentException if {@code before} equals {@code after}
   */
  public LevelChange {
    checkNotNull(cell, "cell");
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    Checks.checkField(
        before != after, "after", after + " in " + cell, "must differ from the level before");
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
