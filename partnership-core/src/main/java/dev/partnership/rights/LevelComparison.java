package dev.partnership.rights;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.OrganizationId;
import dev.partnership.participation.Cell;
import dev.partnership.participation.ParticipationLevel;
import java.util.Optional;
import java.util.function.Function;

/**
 * One cell of a PAT session set against the formal picture: the level the session scored and the
 * level the decision rights give.
 *
 * @param cell the decision and organisation
 * @param session the session's actual level, empty when the cell is not scored
 * @param formal the formal level, empty when the decision rights say nothing about the cell
 */
public record LevelComparison(
    Cell cell, Optional<ParticipationLevel> session, Optional<ParticipationLevel> formal) {

  /** Checks that no component is null. */
  public LevelComparison {
    checkNotNull(cell, "cell");
    checkNotNull(session, "session");
    checkNotNull(formal, "formal");
  }

  /** Returns whether both levels are known and differ. */
  public boolean differs() {
    return session.isPresent() && formal.isPresent() && session.get() != formal.get();
  }

  /**
   * Returns the session's score minus the formal score (in [-4, 4]: negative when the session sees
   * less say than the rules give), when both are known.
   */
  public Optional<Integer> steps() {
    return session.isPresent() && formal.isPresent()
        ? Optional.of(session.get().score() - formal.get().score())
        : Optional.empty();
  }

  /**
   * Returns e.g. {@code "budget allocation / esa: session 2 consulted, formally 4 decides (2 steps
   * less in practice)"}: {@link #text} with the identifier.
   */
  @Override
  public String toString() {
    return text(OrganizationId::value);
  }

  /**
   * Returns the comparison for people to read, the organisation named by {@code name}: e.g. {@code
   * "budget allocation / GPPAC ECA: session 2 consulted, formally 4 decides (2 steps less in
   * practice)"}.
   *
   * <pre>{@code
   * var c = new LevelComparison(Cell.of("budget", OrganizationId.of("esa")),
   *     Optional.of(ParticipationLevel.CONSULTED), Optional.of(ParticipationLevel.DECIDES));
   * c.text(id -> "GPPAC ECA")   // "budget / GPPAC ECA: session 2 consulted, formally 4 decides (2 steps less in practice)"
   * }</pre>
   *
   * @throws NullPointerException if {@code name} is null or returns null
   */
  public String text(Function<? super OrganizationId, String> name) {
    checkNotNull(name, "name");
    String text =
        cell.decision()
            + " / "
            + checkNotNull(name.apply(cell.organization()), "name of %s", cell.organization())
            + ": session "
            + Levels.label(session, "not scored")
            + ", formally "
            + Levels.label(formal, "not recorded");
    if (!differs()) {
      return text;
    }
    int s = steps().orElseThrow();
    return text
        + " ("
        + Math.abs(s)
        + (Math.abs(s) == 1 ? " step " : " steps ")
        + (s < 0 ? "less" : "more")
        + " in practice)";
  }
}
