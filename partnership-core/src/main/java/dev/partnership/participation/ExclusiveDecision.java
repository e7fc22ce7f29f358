package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;

/**
 * A decision where a funder or lead decides alone while the local and national partners are only
 * informed or excluded. Found by {@link ParticipationRules#exclusiveDecisions}.
 *
 * <pre>{@code
 * new ExclusiveDecision("Flexible fund", OrganizationId.of("mama-cash"), ImmutableList.of(OrganizationId.of("jass")))
 * }</pre>
 *
 * @param decision the decision's name
 * @param decider the funder or lead that decides
 * @param sidelined the local and national organisations informed or excluded
 */
public record ExclusiveDecision(
    String decision, OrganizationId decider, ImmutableList<OrganizationId> sidelined) {
  /**
   * Checks that no component is null, that someone is sidelined, and that the decider is not.
   *
   * @throws IllegalArgumentException if {@code sidelined} is empty or holds the decider
   */
  public ExclusiveDecision {
    checkNotNull(decision, "decision");
    checkNotNull(decider, "decider");
    checkNotNull(sidelined, "sidelined");
    Checks.checkField(
        !sidelined.isEmpty(),
        "sidelined",
        sidelined + " in " + decision,
        "must name at least one organisation");
    Checks.checkField(
        !sidelined.contains(decider),
        "sidelined",
        sidelined + " in " + decision,
        "must not hold the decider " + decider);
  }

  @Override
  public String toString() {
    return decision
        + ": "
        + decider
        + " decides alone; local/national partners "
        + sidelined
        + " are informed or excluded";
  }
}
