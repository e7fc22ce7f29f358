package dev.partnership.participation;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;

/**
 * A decision where a funder or lead decides alone while the local and national partners are only
 * informed or excluded.
 *
 * @param decision the decision's name
 * @param decider the funder or lead that decides
 * @param sidelined the local and national organisations informed or excluded
 */
public record ExclusiveDecision(String decision, OrganizationId decider, ImmutableList<OrganizationId> sidelined) {
  @Override
  public String toString() {
    return decision + ": " + decider + " decides alone; local/national partners " + sidelined + " are informed or excluded";
  }
}
