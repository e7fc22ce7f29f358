package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import java.util.Optional;
import java.util.Set;

/**
 * Rules over a partnership's risk register: unmitigated high risks, risks transferred to local
 * partners rather than shared, members exposed by decision power or visibility in repressed or
 * closed civic space without security support, and shifts of control with no mitigation. Each
 * problem is a {@link Finding} with status {@link Status#NOT_MET}, its evidence and a suggestion.
 *
 * <p>Definitions (this library's, after InterAction and Humanitarian Outcomes, 2019): a risk is
 * <em>transferred</em> when a local or national member bears it and nobody else owns it or pays
 * for a mitigation of it; otherwise it is <em>shared</em>. A member is <em>exposed</em> when its
 * home country's civic space is repressed or closed and it holds decision power (a seat with a
 * Banzhaf index above 0) or visibility (lead, secretariat or lobby partner); it has <em>security
 * support</em> when a security or safety risk it bears has a mitigation paid by someone.
 *
 * <pre>{@code
 * RiskRules.check(partnership).forEach(System.out::println);
 * }</pre>
 */
public final class RiskRules {
  private RiskRules() {}

  /** Returns the risks transferred to local and national members. */
  public static ImmutableList<Risk> transferred(Partnership p) {
    checkNotNull(p, "partnership");
    Set<dev.partnership.actors.OrganizationId> locals = Lessons.locals(p);
    return p.risks().risks().stream()
        .filter(r -> locals.contains(r.bearer()))
        .filter(r -> r.owner().filter(o -> !o.equals(r.bearer())).isEmpty())
        .filter(r -> r.mitigations().stream().noneMatch(m -> m.fundedBy().filter(f -> !f.equals(r.bearer())).isPresent()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the risks that are shared (not transferred). */
  public static ImmutableList<Risk> shared(Partnership p) {
    ImmutableList<Risk> t = transferred(p);
    return p.risks().risks().stream().filter(r -> !t.contains(r)).collect(ImmutableList.toImmutableList());
  }

  /** Returns every risk problem, one finding each, in register order per rule. */
  public static ImmutableList<Finding> check(Partnership p) {
    checkNotNull(p, "partnership");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Risk r : p.risks().risks()) {
      if (r.isHigh() && r.mitigations().isEmpty()) {
        out.add(finding("RISK-UNMITIGATED", "High risk without mitigation",
            ImmutableList.of(r.toString()), "Agree a mitigation for " + r.id() + " and who pays for it"));
      }
    }
    for (Risk r : transferred(p)) {
      out.add(finding("RISK-TRANSFERRED", "Risk transferred to a local partner",
          ImmutableList.of(r.toString(), "owned by " + r.owner().map(Object::toString).orElse("nobody") + "; mitigations paid by the bearer or nobody"),
          "Share " + r.id() + ": let the lead or funder own it or pay for its mitigation"));
    }
    for (Membership m : p.members()) {
      Organization o = m.organization();
      Optional<CivicSpace> space = o.homeCountry().map(c -> p.risks().civicSpace().get(c));
      if (space.isEmpty() || !space.get().isRepressedOrClosed()) {
        continue;
      }
      boolean visible = m.has(Role.LEAD) || m.has(Role.SECRETARIAT) || m.has(Role.LOBBY_PARTNER);
      boolean deciding = p.bodies().stream().anyMatch(b -> b.holdersWithPower().contains(o.id()));
      boolean supported = p.risks().risks().stream().anyMatch(r -> r.bearer().equals(o.id())
          && (r.area() == RiskArea.SECURITY || r.area() == RiskArea.SAFETY)
          && r.mitigations().stream().anyMatch(x -> x.fundedBy().isPresent()));
      if ((visible || deciding) && !supported) {
        out.add(finding("RISK-EXPOSED", "Power or visibility in repressed or closed civic space without security support",
            ImmutableList.of(o.id() + " in " + o.homeCountry().get() + " (" + space.get() + ")",
                (deciding ? "holds decision power" : "") + (deciding && visible ? " and " : "") + (visible ? "is visible as " + m.roles() : "")),
            "Assess security risks with " + o.id() + " and fund their mitigation before raising its profile"));
      }
    }
    for (Risk r : p.risks().risks()) {
      if (r.origin().isPresent() && r.mitigations().isEmpty()) {
        out.add(finding("RISK-SHIFT-UNMITIGATED", "A shift of control with no matching mitigation",
            ImmutableList.of(r.toString(), "comes from: " + r.origin().get()), "Mitigate " + r.id() + " as part of the change that causes it"));
      }
    }
    return out.build();
  }

  private static Finding finding(String rule, String title, ImmutableList<String> evidence, String suggestion) {
    return new Finding(rule, title, Status.NOT_MET, evidence, ImmutableList.of(), suggestion);
  }
}
