package dev.partnership.participation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;

/**
 * What changed between two PAT sessions of the same partnership: levels that rose or fell,
 * disagreements that were resolved, and for each earlier action the changes on its decision.
 *
 * @param rose cells whose level rose
 * @param fell cells whose level fell
 * @param resolved decisions without agreement before and with agreement after
 * @param changesAfterAction for each earlier action, the level changes on its decision (none: the
 *     action was not followed by a change)
 */
public record Progress(
    ImmutableList<LevelChange> rose,
    ImmutableList<LevelChange> fell,
    ImmutableList<String> resolved,
    ImmutableListMultimap<Action, LevelChange> changesAfterAction) {

  /** Returns the earlier actions not followed by any change on their decision. */
  public ImmutableList<Action> actionsWithoutChange(ImmutableList<Action> earlierActions) {
    return earlierActions.stream()
        .filter(a -> !changesAfterAction.containsKey(a))
        .collect(ImmutableList.toImmutableList());
  }
}
