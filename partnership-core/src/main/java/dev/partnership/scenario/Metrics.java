package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.PrinciplesCheck;
import dev.partnership.analysis.RiskRules;
import dev.partnership.analysis.RuleSet;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import dev.partnership.model.FundingQueries;
import dev.partnership.model.GovernanceQueries;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipQueries;
import dev.partnership.model.Role;
import dev.partnership.practice.TrustControlBalance;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The metrics a timeline watches by default, each built on the library's own queries: the share of
 * local and national members, the concentration of power in a body, the balance of trust and
 * control, the principles not met, the high risks without mitigation and the share of a funder's
 * money that reaches local and national actors.
 *
 * <pre>{@code
 * Metrics.standard(gppac)   // [local and national members, power concentration in ..., ...]
 * Scenario.start(gppac).replay(Replay.stopping().withMetric(Metrics.powerConcentration("ISG")))
 * }</pre>
 */
public final class Metrics {
  private Metrics() {}

  /**
   * Returns the share of members that are local or national actors ({@link
   * PartnershipQueries#localAndNationalShare()}), as a percentage.
   */
  public static Metric localAndNationalShare() {
    return Metric.of(
        "local and national members",
        "localAndNationalShare()",
        (p, asOf) -> Measurement.percent(p.query(PartnershipQueries.localAndNationalShare())));
  }

  /**
   * Returns the concentration of Banzhaf power in body {@code body}: the Herfindahl-Hirschman index
   * of the members' power shares ({@link GovernanceQueries#powerConcentration}), as a percentage
   * (100% when one member decides alone, 1/n for n equal members). Not available in a state without
   * that body or when the body is too large for exact power.
   */
  public static Metric powerConcentration(String body) {
    checkNotNull(body, "body");
    return Metric.of(
        "power concentration in " + body,
        "powerConcentration(" + body + ")",
        (p, asOf) ->
            Measurement.percent(
                p.query(GovernanceQueries.powerConcentration(body, PowerMeasure.BANZHAF))
                    .herfindahl()));
  }

  /**
   * Returns the balance of trust and control ({@link TrustControlBalance}): its score as a
   * percentage and its kind in words. Not available while no mechanism is recorded.
   */
  public static Metric trustControlBalance() {
    return Metric.of(
        "trust vs control",
        "trustControlBalance()",
        (p, asOf) ->
            TrustControlBalance.of(p.practice())
                .map(
                    b ->
                        Measurement.percent(
                            b.score(), Texts.percent(b.score()) + " (" + b.kind().label() + ")"))
                .orElseGet(
                    () -> Measurement.notAvailable("no trust or control mechanism is recorded")));
  }

  /**
   * Returns the number of the lessons of the field ({@link Lessons#meetup()}) not met or partly met
   * on the step's date ({@link PrinciplesCheck}).
   */
  public static Metric unmetPrinciples() {
    return unmetPrinciples("unmet principles", Lessons.meetup());
  }

  /** Returns the number of rules of {@code rules} not met or partly met, named {@code name}. */
  public static Metric unmetPrinciples(String name, RuleSet rules) {
    checkNotNull(rules, "rules");
    return Metric.of(
        name,
        "unmetPrinciples(" + rules.ids() + ")",
        (p, asOf) -> Measurement.count(PrinciplesCheck.run(p, rules, asOf).problems().size()));
  }

  /**
   * Returns the number of high risks without a mitigation (the risks {@link RiskRules#UNMITIGATED}
   * reports; high from a score of 12, a threshold of our own).
   */
  public static Metric unmitigatedHighRisks() {
    return Metric.of(
        "unmitigated high risks",
        "unmitigatedHighRisks()",
        (p, asOf) ->
            Measurement.count(
                p.risks().risks().stream()
                    .filter(r -> r.isHigh() && r.mitigations().isEmpty())
                    .count()));
  }

  /**
   * Returns the share of {@code funder}'s money in {@code currency} that reaches local and national
   * actors ({@link FundingQueries#localisation}). Not available in a state where the funder
   * provides no flow in that currency.
   */
  public static Metric localisation(OrganizationId funder, Currency currency) {
    checkNotNull(funder, "funder");
    return localisation(funder, funder.value(), currency);
  }

  /**
   * Returns {@link #localisation(OrganizationId, Currency)} labelled with {@code funderName}, the
   * name people read ("to local and national from Sida (USD)").
   */
  public static Metric localisation(OrganizationId funder, String funderName, Currency currency) {
    checkNotNull(funder, "funder");
    checkNotNull(funderName, "funderName");
    checkNotNull(currency, "currency");
    return Metric.of(
        "to local and national from " + funderName + " (" + currency + ")",
        "localisation(" + funder + ", " + currency + ")",
        (p, asOf) ->
            Measurement.percent(
                Fraction.of(
                    BigDecimal.valueOf(
                        p.query(FundingQueries.localisation(funder, currency))
                            .toLocalAndNational()))));
  }

  /**
   * Returns the metrics a timeline of {@code start} watches unless told otherwise: the local and
   * national share of members, the power concentration of each body of {@code start}, trust vs
   * control, unmet principles, unmitigated high risks, and the localisation of each member holding
   * {@link Role#FUNDER} in each currency it provides in {@code start}.
   */
  public static ImmutableList<Metric> standard(Partnership start) {
    checkNotNull(start, "start");
    ImmutableList.Builder<Metric> metrics = ImmutableList.builder();
    metrics.add(localAndNationalShare());
    for (GoverningBody b : start.bodies()) {
      metrics.add(powerConcentration(b.name()));
    }
    metrics.add(trustControlBalance(), unmetPrinciples(), unmitigatedHighRisks());
    Set<Metric> money = new LinkedHashSet<>();
    for (FundingFlow f : start.flows()) {
      if (start.member(f.provider()).map(m -> m.has(Role.FUNDER)).orElse(false)) {
        String name =
            start.member(f.provider()).map(m -> m.organization().shortName()).orElseThrow();
        money.add(localisation(f.provider(), name, f.amount().currency()));
      }
    }
    return metrics.addAll(money).build();
  }
}
