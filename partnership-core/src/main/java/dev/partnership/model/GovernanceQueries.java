package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerChange;
import dev.partnership.governance.PowerIndex;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.governance.VotingGame;
import dev.partnership.math.Concentration;
import dev.partnership.math.Fraction;
import java.util.function.Function;

/**
 * Queries on a partnership's governing bodies: each member's power in each body, who can block,
 * how concentrated decision power is, and whose power a rule change moves.
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
  public static PartnershipQuery<ImmutableMap<OrganizationId, Fraction>> power(String name, PowerMeasure measure) {
    checkNotNull(name, "name");
    checkNotNull(measure, "measure");
    return named("power(" + name + ", " + measure + ")", p -> powerOf(bodyOf(p, name), measure));
  }

  /** Returns a query for each member's power in each body: body name, then holder, then power. */
  public static PartnershipQuery<ImmutableMap<String, ImmutableMap<OrganizationId, Fraction>>> powerInEveryBody(
      PowerMeasure measure) {
    checkNotNull(measure, "measure");
    return named(
        "powerInEveryBody(" + measure + ")",
        p -> p.bodies().stream().collect(ImmutableMap.toImmutableMap(GoverningBody::name, b -> powerOf(b, measure))));
  }

  /** Returns a query for the seat holders who can block any decision of body {@code name} alone. */
  public static PartnershipQuery<ImmutableSet<OrganizationId>> blockers(String name) {
    checkNotNull(name, "name");
    return named(
        "blockers(" + name + ")",
        p -> {
          GoverningBody b = bodyOf(p, name);
          return b.game().vetoPlayers().stream().map(i -> b.seats().get(i).holder()).collect(ImmutableSet.toImmutableSet());
        });
  }

  /** Returns a query for the concentration (HHI, Gini) of decision power in body {@code name}. */
  public static PartnershipQuery<Concentration> powerConcentration(String name, PowerMeasure measure) {
    checkNotNull(name, "name");
    checkNotNull(measure, "measure");
    return named(
        "powerConcentration(" + name + ", " + measure + ")",
        p -> Concentration.of(measure.of(bodyOf(p, name).game()).values()));
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
          GoverningBody before = bodyOf(p, name);
          GoverningBody after = GoverningBody.builder().from(before).rule(rule).build();
          return changes(before, after, measure);
        });
  }

  /** Returns the seat holders whose power differs between two versions of a body, in seat order of {@code after}. */
  public static ImmutableList<PowerChange> changes(GoverningBody before, GoverningBody after, PowerMeasure measure) {
    ImmutableMap<OrganizationId, Fraction> b = powerOf(before, measure);
    ImmutableMap<OrganizationId, Fraction> a = powerOf(after, measure);
    ImmutableList.Builder<PowerChange> out = ImmutableList.builder();
    for (OrganizationId id : ImmutableSet.<OrganizationId>builder().addAll(a.keySet()).addAll(b.keySet()).build()) {
      Fraction x = b.getOrDefault(id, Fraction.ZERO);
      Fraction y = a.getOrDefault(id, Fraction.ZERO);
      if (!x.equals(y)) {
        out.add(new PowerChange(id, x, y));
      }
    }
    return out.build();
  }

  static ImmutableMap<OrganizationId, Fraction> powerOf(GoverningBody b, PowerMeasure measure) {
    VotingGame g = b.game();
    PowerIndex index = measure.of(g);
    ImmutableMap.Builder<OrganizationId, Fraction> m = ImmutableMap.builder();
    for (int i = 0; i < b.seats().size(); i++) {
      m.put(b.seats().get(i).holder(), index.value(i));
    }
    return m.build();
  }

  static GoverningBody bodyOf(Partnership p, String name) {
    return p.body(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "body (" + name + ") is not a governing body of " + p.id() + "; bodies are " + GovernanceOperators.bodyNames(p)));
  }

  private static <R> PartnershipQuery<R> named(String name, Function<Partnership, R> body) {
    return PartnershipQueries.named(name, body);
  }
}
