package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.OrganizationId;

/**
 * One cell of the PAT matrix: a decision (by name) and an organisation.
 *
 * @param decision the decision's name
 * @param organization the organisation's id
 */
public record Cell(String decision, OrganizationId organization) implements Comparable<Cell> {
  /** Checks that no component is null. */
  public Cell {
    checkNotNull(decision, "decision");
    checkNotNull(organization, "organization");
  }

  /** Returns the cell of {@code decision} and {@code organization}. */
  public static Cell of(String decision, OrganizationId organization) {
    return new Cell(decision, organization);
  }

  @Override
  public int compareTo(Cell o) {
    int c = decision.compareTo(o.decision);
    return c != 0 ? c : organization.compareTo(o.organization);
  }

  @Override
  public String toString() {
    return decision + " / " + organization;
  }
}
