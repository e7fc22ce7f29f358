package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerChange;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Concentration;
import dev.partnership.math.Fraction;
import java.util.function.Function;

/**
 * Queries on a partnership's governing bodies: each member's power in each body, who can block, how
 * concentrated decision power is, and whose power a rule change moves.
 *
 * <p>A query naming a body the partnership does not have throws {@link IllegalArgumentException}
 * listing the bodies it has.
 *
 * <pre>{@code
 * import static dev.partnership.model.GovernanceQueries.*;
 * gppac.query(power("ISG", PowerMeasure.BANZHAF))
 * gppac.query(blockers("ISG"))
 * gppac.query(powerChangesUnder("ISG", DecisionRule.qualifiedMajority(2, 3), PowerMeasure.SHAPLEY_SHUBIK))
 * }</pre>
 */
public final class GovernanceQueries {
  private GovernanceQueries() {}

  /** Returns a query for each seat holder's power in body {@code name}, in seat order. */
  public static PartnershipQuery<ImmutableMap<OrganizationId, Fraction>> power(
      String name, PowerMeasure measure) {
    checkNotNull(name, "name");
    checkNotNull(measure, "measure");
    return named("power(" + name + ", " + measure + ")", p -> p.requireBody(name).power(measure));
  }

  /** Returns a query for each member's power in each body: body name, then holder, then power. */
  public static PartnershipQuery<ImmutableMap<String, ImmutableMap<OrganizationId, Fraction>>>
      powerInEveryBody(PowerMeasure measure) {
    checkNotNull(measure, "measure");
    return named(
        "powerInEveryBody(" + measure + ")",
        p ->
            p.bodies().stream()
                .collect(ImmutableMap.toImmutableMap(GoverningBody::name, b -> b.power(measure))));
  }

  /** Returns a query for the seat holders who can block any decision of body {@code name} alone. */
  public static PartnershipQuery<ImmutableSet<OrganizationId>> blockers(String name) {
    checkNotNull(name, "name");
    return named("blockers(" + name + ")", p -> p.requireBody(name).blockers());
  }

  /** Returns a query for the concentration (HHI, Gini) of decision power in body {@code name}. */
  public static PartnershipQuery<Concentration> powerConcentration(
      String name, PowerMeasure measure) {
    checkNotNull(name, "name");
    checkNotNull(measure, "measure");
    return named(
        "powerConcentration(" + name + ", " + measure + ")",
        p -> Concentration.of(p.requireBody(name).power(measure).values().asList()));
  }

  /**
   * Returns a query for whose power in body {@code name} would change if it decided by {@code
   * rule}: one entry per seat holder whose power changes, in seat order.
   *
   * @throws IllegalArgumentException (from the query) if the rule cannot pass in this body
   */
  public static PartnershipQuery<ImmutableList<PowerChange>> powerChangesUnder(
      String name, DecisionRule rule, PowerMeasure measure) {
    checkNotNull(name, "name");
    checkNotNull(rule, "rule");
    checkNotNull(measure, "measure");
    return named(
        "powerChangesUnder(" + name + ", " + rule + ", " + measure + ")",
        p -> {
          GoverningBody before = p.requireBody(name);
          GoverningBody after = GoverningBody.builder().from(before).rule(rule).build();
          return PowerChange.between(before, after, measure);
        });
  }

  private static <R> PartnershipQuery<R> named(String name, Function<Partnership, R> body) {
    return PartnershipQueries.named(name, body);
  }
}
