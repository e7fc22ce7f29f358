package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.partnership.internal.Checks;

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

  /**
   * Checks that no component is null, that {@code rose} holds rises and {@code fell} falls only,
   * and that each action's changes are on its own decision.
   *
   * @throws IllegalArgumentException if a change is in the wrong list or under the wrong action
   */
  public Progress {
    checkNotNull(rose, "rose");
    checkNotNull(fell, "fell");
    checkNotNull(resolved, "resolved");
    checkNotNull(changesAfterAction, "changesAfterAction");
    rose.forEach(c -> Checks.checkField(c.rose(), "rose", c, "must be a rise"));
    fell.forEach(c -> Checks.checkField(!c.rose(), "fell", c, "must be a fall"));
    changesAfterAction.forEach(
        (a, c) ->
            Checks.checkField(
                a.decision().equals(c.cell().decision()),
                "changesAfterAction",
                c,
                "must be on the decision of " + a));
  }

  /** Returns the earlier actions not followed by any change on their decision. */
  public ImmutableList<Action> actionsWithoutChange(ImmutableList<Action> earlierActions) {
    checkNotNull(earlierActions, "earlierActions");
    return earlierActions.stream()
        .filter(a -> !changesAfterAction.containsKey(a))
        .collect(ImmutableList.toImmutableList());
  }
}
