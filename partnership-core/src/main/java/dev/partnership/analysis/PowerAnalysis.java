package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.PowerRelation;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Power relations read against the partnership's roles.
 *
 * <pre>{@code
 * PowerAnalysis.hiddenPowerOfFundersAndLeads(partnership)
 * }</pre>
 */
public final class PowerAnalysis {
  private PowerAnalysis() {}

  /** Returns the hidden and invisible power relations held by the partnership's funders or lead. */
  public static ImmutableList<PowerRelation> hiddenPowerOfFundersAndLeads(Partnership p) {
    checkNotNull(p, "partnership");
    Set<OrganizationId> holders =
        p.members().stream()
            .filter(m -> m.has(Role.LEAD) || m.has(Role.FUNDER))
            .map(Membership::id)
            .collect(Collectors.toSet());
    return p.powerMap().where(r -> r.form() != Form.VISIBLE && holders.contains(r.holder()));
  }
}
