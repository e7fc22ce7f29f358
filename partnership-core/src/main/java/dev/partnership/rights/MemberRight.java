package dev.partnership.rights;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import java.util.Optional;

/**
 * One decision in a member's formal rights: its recorded level, if any, and whether it holds a seat
 * on the body that takes the decision.
 *
 * @param decision the decision
 * @param level the member's recorded level, empty when none is recorded
 * @param body the body that takes the decision, if any
 * @param onDecidingBody whether the member holds a seat on that body
 */
public record MemberRight(
    Decision decision,
    Optional<ParticipationLevel> level,
    Optional<String> body,
    boolean onDecidingBody) {

  /** Checks that no component is null and that a seat on the body implies a body. */
  public MemberRight {
    checkNotNull(decision, "decision");
    checkNotNull(level, "level");
    checkNotNull(body, "body");
    if (onDecidingBody && body.isEmpty()) {
      throw new IllegalArgumentException(
          "onDecidingBody (true) of " + decision.name() + " needs the body that takes it");
    }
  }

  /** Returns e.g. {@code "budget allocation: 4 decides, seat on ISG"}. */
  @Override
  public String toString() {
    return decision.name()
        + ": "
        + Levels.label(level, "level not recorded")
        + body.map(b -> onDecidingBody ? ", seat on " + b : ", no seat on " + b).orElse("");
  }
}
