package dev.partnership.participation;

import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action for change agreed in a PAT session: what, who, by when, for which decision.
 *
 * <pre>{@code
 * Action.of("Invite partners to the budget meeting", "Allocation of the flexible fund",
 *     OrganizationId.of("mama-cash"), LocalDate.of(2026, 3, 1))
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Action {
  Action() {}

  /** Returns what will be done. */
  public abstract String what();

  /** Returns the decision it is for. */
  public abstract String decision();

  /** Returns who will do it. */
  public abstract OrganizationId who();

  /** Returns the date it is due, if set. */
  public abstract Optional<LocalDate> byWhen();

  @Value.Check
  void check() {
    Checks.checkNotBlank(what(), "action");
  }

  /** Returns an action due by {@code byWhen}. */
  public static Action of(String what, String decision, OrganizationId who, LocalDate byWhen) {
    return builder().what(what).decision(decision).who(who).byWhen(byWhen).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return what()
        + " ("
        + who()
        + byWhen().map(d -> ", by " + d).orElse("")
        + "; for "
        + decision()
        + ")";
  }
}
