package dev.partnership.rights;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A PAT session compared with the formal picture of a partnership's decision rights: per decision
 * both list and per organisation the session scored, the session's actual level against the formal
 * level; the decisions only one side lists; the session's organisations that are not members.
 *
 * @param cells every compared cell, in the session's decision and organisation order
 * @param onlyInSession names of the session's decisions the rights do not list
 * @param onlyInRights names of the listed decisions the session does not score
 * @param notMembers organisations of the session that are not members of the partnership
 */
public record RightsComparison(
    ImmutableList<LevelComparison> cells,
    ImmutableList<String> onlyInSession,
    ImmutableList<String> onlyInRights,
    ImmutableList<OrganizationId> notMembers) {

  /** Checks that no component is null. */
  public RightsComparison {
    checkNotNull(cells, "cells");
    checkNotNull(onlyInSession, "onlyInSession");
    checkNotNull(onlyInRights, "onlyInRights");
    checkNotNull(notMembers, "notMembers");
  }

  /** Returns the cells where the session's level and the formal level are both known and differ. */
  public ImmutableList<LevelComparison> differences() {
    return cells.stream().filter(LevelComparison::differs).collect(ImmutableList.toImmutableList());
  }

  /** Returns the number of cells where both levels are known. */
  public int comparable() {
    return (int) cells.stream().filter(c -> c.steps().isPresent()).count();
  }

  /**
   * Returns a summary, e.g. {@code "1 of 4 comparable cells differ:"} followed by one line per
   * difference and the decisions only one side lists.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder()
            .append(differences().size())
            .append(" of ")
            .append(comparable())
            .append(" comparable cells differ");
    differences().forEach(d -> s.append("\n  ").append(d));
    if (!onlyInSession.isEmpty()) {
      s.append("\nonly in the session: ").append(onlyInSession);
    }
    if (!onlyInRights.isEmpty()) {
      s.append("\nonly in the decision rights: ").append(onlyInRights);
    }
    if (!notMembers.isEmpty()) {
      s.append("\nnot members: ").append(notMembers);
    }
    return s.toString();
  }

  /**
   * Returns the summary for people to read, each organisation named by {@code name}: e.g. {@code "1
   * of 20 comparable cells differ"} followed by one line per difference ({@link
   * LevelComparison#text}), the decisions only one side lists and the organisations that are not
   * members, by name.
   *
   * <pre>{@code
   * Partnership p = Alliances.countMeIn();
   * p.query(DecisionRightsQueries.compareWith(Alliances.countMeInSession()))
   *     .text(id -> p.member(id).map(m -> m.organization().shortName()).orElse(id.value()))
   * }</pre>
   *
   * @throws NullPointerException if {@code name} is null or returns null
   */
  public String text(Function<? super OrganizationId, String> name) {
    checkNotNull(name, "name");
    StringBuilder s =
        new StringBuilder()
            .append(differences().size())
            .append(" of ")
            .append(comparable())
            .append(" comparable cells differ");
    differences().forEach(d -> s.append("\n  ").append(d.text(name)));
    if (!onlyInSession.isEmpty()) {
      s.append("\nonly in the session: ").append(String.join("; ", onlyInSession));
    }
    if (!onlyInRights.isEmpty()) {
      s.append("\nonly in the decision rights: ").append(String.join("; ", onlyInRights));
    }
    if (!notMembers.isEmpty()) {
      s.append("\nnot members: ")
          .append(
              notMembers.stream()
                  .map(id -> checkNotNull(name.apply(id), "name of %s", id))
                  .collect(Collectors.joining(", ")));
    }
    return s.toString();
  }
}
