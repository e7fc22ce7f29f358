package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.partnership.model.PracticeOperators.listed;
import static dev.partnership.model.PracticeOperators.notMembers;
import static dev.partnership.model.PracticeOperators.quoted;
import static dev.partnership.model.PracticeOperators.when;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskRegister;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Operators on a partnership's risk facet: add, remove and reassess risks, mitigate them and fund
 * their mitigations, change who owns them, and rate the civic space of a country (CIVICUS Monitor
 * ratings). Risk areas follow InterAction and Humanitarian Outcomes' "NGOs and Risk" (2019); a
 * mitigation funded by the one who asks partners to take a risk is how risk is <em>shared</em>
 * rather than <em>transferred</em>.
 *
 * <p>Each operator does not apply when the risk is not in the register ({@code "risk R7 is not in
 * the register of gppac; risks are [R1, R2]"}), when it would change nothing, or when it names an
 * organisation that is not a member. A mitigation is named by its description within its risk (a
 * rule of these operators, not of {@link Risk}): {@link #mitigate} refuses a second mitigation with
 * the same description.
 *
 * <p>The examples below start from this partnership and risk:
 *
 * <pre>{@code
 * import static dev.partnership.model.RiskOperators.*;
 * var jass = Organization.of("JASS", OrganizationType.NATIONAL_NGO);
 * var crea = Organization.of("CREA", OrganizationType.NATIONAL_NGO);
 * var cmi = Partnership.of("count-me-in", "Count Me In!", PartnershipForm.ALLIANCE_OR_CONSORTIUM,
 *     Membership.of(Organization.of("Mama Cash", OrganizationType.FOUNDATION), Role.LEAD),
 *     Membership.of(jass, Role.MEMBER), Membership.of(crea, Role.MEMBER));
 * var r1 = Risk.builder().id("R1").area(RiskArea.SECURITY).description("Surveillance of activists")
 *     .likelihood(Likelihood.LIKELY).impact(Impact.SEVERE).bearer(jass.id()).build();
 * var risky = cmi.with(addRisk(r1));
 * risky.with(mitigate("R1", Mitigation.fundedBy("Digital security training", crea.id())))
 *     .with(changeOwner("R1", crea.id()))
 *     .with(rateCivicSpace("UG", CivicSpace.REPRESSED));
 * }</pre>
 */
public final class RiskOperators {
  private RiskOperators() {}

  /**
   * Returns an operator that adds {@code risk} to the register, as the last risk. It does not apply
   * when a risk with its id is there already, or when its bearer, owner or a mitigation's funder is
   * not a member. It prints as {@code addRisk(R1 "Surveillance of activists")}.
   *
   * <pre>{@code
   * cmi.with(addRisk(r1)).risks().risks()
   * // [R1 SECURITY "Surveillance of activists" (LIKELY x SEVERE = 20, borne by jass)]
   * }</pre>
   */
  public static PartnershipOperator addRisk(Risk risk) {
    checkNotNull(risk, "risk");
    ImmutableSet.Builder<OrganizationId> named = ImmutableSet.builder();
    named.add(risk.bearer());
    risk.owner().ifPresent(named::add);
    risk.mitigations().forEach(m -> m.fundedBy().ifPresent(named::add));
    ImmutableSet<OrganizationId> names = named.build();
    return Operator.of(
        "addRisk",
        List.of(Operator.shownAs(risk, risk.id() + " " + quoted(risk.description()))),
        p ->
            find(p, risk.id())
                .map(
                    r ->
                        "risk "
                            + risk.id()
                            + " is already in the register of "
                            + p.id()
                            + ": "
                            + quoted(r.description()))
                .or(() -> notMembers(p, names)),
        (p, b) ->
            b.risks(
                p.risks()
                    .withRisks(
                        ImmutableList.<Risk>builder()
                            .addAll(p.risks().risks())
                            .add(risk)
                            .build())));
  }

  /**
   * Returns an operator that removes the risk {@code riskId} from the register.
   *
   * <pre>{@code
   * removeRisk("R7").whyNotApplicable(risky)
   * // Optional[risk R7 is not in the register of count-me-in; risks are [R1]]
   * }</pre>
   */
  public static PartnershipOperator removeRisk(String riskId) {
    Checks.checkNotBlank(riskId, "riskId");
    return Operator.of(
        "removeRisk",
        List.of(riskId),
        p -> notInRegister(p, riskId),
        (p, b) ->
            b.risks(
                p.risks()
                    .withRisks(
                        p.risks().risks().stream()
                            .filter(r -> !r.id().equals(riskId))
                            .collect(ImmutableList.toImmutableList()))));
  }

  /**
   * Returns an operator that sets the likelihood and impact of the risk {@code riskId} (a
   * reassessment, e.g. after power was shifted). It does not apply when both are unchanged.
   *
   * <pre>{@code
   * risky.with(reassess("R1", Likelihood.POSSIBLE, Impact.MAJOR))
   * }</pre>
   */
  public static PartnershipOperator reassess(String riskId, Likelihood likelihood, Impact impact) {
    checkNotNull(likelihood, "likelihood");
    checkNotNull(impact, "impact");
    return change(
        "reassess",
        riskId,
        List.of(likelihood, impact),
        (p, r) ->
            when(
                r.likelihood() == likelihood && r.impact() == impact,
                "risk " + riskId + " is already " + likelihood + " x " + impact),
        r -> r.withLikelihood(likelihood).withImpact(impact));
  }

  /**
   * Returns an operator that adds {@code mitigation} to the risk {@code riskId}. A mitigation
   * funded by a member is mitigated and funded in one step:
   *
   * <pre>{@code
   * risky.with(mitigate("R1", Mitigation.fundedBy("Digital security training", crea.id())))
   * mitigate("R1", Mitigation.fundedBy("Digital security training", crea.id()))
   * // mitigate(R1, "Digital security training" funded by crea)
   * }</pre>
   *
   * <p>It does not apply when the risk already has a mitigation with the same description (fund it
   * with {@link #fundMitigation}) or when the funder is not a member.
   */
  public static PartnershipOperator mitigate(String riskId, Mitigation mitigation) {
    checkNotNull(mitigation, "mitigation");
    return change(
        "mitigate",
        riskId,
        List.of(mitigation),
        (p, r) ->
            when(
                    !r.mitigations(mitigation.description()).isEmpty(),
                    "risk "
                        + riskId
                        + " already has a mitigation "
                        + quoted(mitigation.description())
                        + "; fund or remove it instead")
                .or(() -> notMembers(p, mitigation.fundedBy().stream().toList())),
        r ->
            r.withMitigations(
                ImmutableList.<Mitigation>builder()
                    .addAll(r.mitigations())
                    .add(mitigation)
                    .build()));
  }

  /**
   * Returns {@link #mitigate(String, Mitigation)} with an unfunded mitigation.
   *
   * <pre>{@code
   * risky.with(mitigate("R1", "Digital security training"))
   * }</pre>
   */
  public static PartnershipOperator mitigate(String riskId, String mitigation) {
    return mitigate(riskId, Mitigation.unfunded(mitigation));
  }

  /**
   * Returns an operator by which {@code funder} pays for the mitigation described as {@code
   * mitigation} of the risk {@code riskId} (a mitigation recorded unfunded, or funded by someone
   * else, gets this funder). It does not apply when the risk has no such mitigation, when {@code
   * funder} already funds it or is not a member.
   *
   * <pre>{@code
   * risky.with(mitigate("R1", "Security training"))
   *     .with(fundMitigation("R1", "Security training", crea.id()))
   * }</pre>
   */
  public static PartnershipOperator fundMitigation(
      String riskId, String mitigation, OrganizationId funder) {
    checkNotNull(funder, "funder");
    return fundMitigation(riskId, mitigation, funder, funder);
  }

  /**
   * Returns {@link #fundMitigation(String, String, OrganizationId)} for {@code funder}'s id,
   * printed with its short name: {@code fundMitigation(R1, "Security training", GPPAC)}.
   *
   * <pre>{@code
   * fundMitigation("R1", "Security training", crea)   // fundMitigation(R1, "Security training", CREA)
   * }</pre>
   */
  public static PartnershipOperator fundMitigation(
      String riskId, String mitigation, Organization funder) {
    checkNotNull(funder, "funder");
    return fundMitigation(riskId, mitigation, funder.id(), PracticeOperators.shownName(funder));
  }

  private static PartnershipOperator fundMitigation(
      String riskId, String mitigation, OrganizationId funder, Object shown) {
    Checks.checkNotBlank(mitigation, "mitigation");
    return change(
        "fundMitigation",
        riskId,
        List.of(quoted(mitigation), shown),
        (p, r) -> {
          ImmutableList<Mitigation> named = r.mitigations(mitigation);
          if (named.isEmpty()) {
            return Optional.of(
                "risk "
                    + riskId
                    + " has no mitigation "
                    + quoted(mitigation)
                    + "; mitigations are "
                    + listed(
                        r.mitigations().stream()
                            .map(m -> quoted(m.description()))
                            .collect(ImmutableList.toImmutableList())));
          }
          return when(
                  named.stream().allMatch(m -> m.fundedBy().equals(Optional.of(funder))),
                  "the mitigation "
                      + quoted(mitigation)
                      + " of risk "
                      + riskId
                      + " is already funded by "
                      + funder)
              .or(() -> PartnershipOperators.notMember(p, funder));
        },
        r ->
            r.withMitigations(
                r.mitigations().stream()
                    .map(m -> m.description().equals(mitigation) ? m.withFunder(funder) : m)
                    .collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns an operator that removes the mitigation described as {@code mitigation} from the risk
   * {@code riskId}.
   *
   * <pre>{@code
   * risky.with(mitigate("R1", "Hotline")).with(removeMitigation("R1", "Hotline"))
   * }</pre>
   */
  public static PartnershipOperator removeMitigation(String riskId, String mitigation) {
    Checks.checkNotBlank(mitigation, "mitigation");
    return change(
        "removeMitigation",
        riskId,
        List.of(quoted(mitigation)),
        (p, r) ->
            when(
                r.mitigations(mitigation).isEmpty(),
                "risk "
                    + riskId
                    + " has no mitigation "
                    + quoted(mitigation)
                    + "; mitigations are "
                    + listed(
                        r.mitigations().stream()
                            .map(m -> quoted(m.description()))
                            .collect(ImmutableList.toImmutableList()))),
        r ->
            r.withMitigations(
                r.mitigations().stream()
                    .filter(m -> !m.description().equals(mitigation))
                    .collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns an operator that makes the member {@code owner} own (manage) the risk {@code riskId}.
   * It does not apply when {@code owner} owns it already or is not a member.
   *
   * <pre>{@code
   * risky.with(changeOwner("R1", crea.id())).risks().risks().get(0).owner()   // Optional[crea]
   * }</pre>
   */
  public static PartnershipOperator changeOwner(String riskId, OrganizationId owner) {
    checkNotNull(owner, "owner");
    return changeOwner(riskId, owner, owner);
  }

  /**
   * Returns {@link #changeOwner(String, OrganizationId)} for {@code owner}'s id, printed with its
   * short name: {@code changeOwner(R1, JASS)}.
   *
   * <pre>{@code
   * changeOwner("R1", crea)   // changeOwner(R1, CREA)
   * }</pre>
   */
  public static PartnershipOperator changeOwner(String riskId, Organization owner) {
    checkNotNull(owner, "owner");
    return changeOwner(riskId, owner.id(), PracticeOperators.shownName(owner));
  }

  private static PartnershipOperator changeOwner(
      String riskId, OrganizationId owner, Object shown) {
    return change(
        "changeOwner",
        riskId,
        List.of(shown),
        (p, r) ->
            when(r.owner().equals(Optional.of(owner)), owner + " already owns risk " + riskId)
                .or(() -> PartnershipOperators.notMember(p, owner)),
        r -> r.withOwner(owner));
  }

  /**
   * Returns an operator that records the CIVICUS Monitor rating of {@code country}'s civic space
   * (replacing an earlier rating). It does not apply when the country has that rating already.
   *
   * <pre>{@code
   * cmi.with(rateCivicSpace(CountryCode.of("UG"), CivicSpace.REPRESSED))
   * }</pre>
   */
  public static PartnershipOperator rateCivicSpace(CountryCode country, CivicSpace rating) {
    checkNotNull(country, "country");
    checkNotNull(rating, "rating");
    return Operator.of(
        "rateCivicSpace",
        List.of(country, rating),
        p ->
            when(
                p.risks().civicSpace().get(country) == rating,
                "the civic space of " + country + " is already rated " + rating + " in " + p.id()),
        (p, b) -> {
          ImmutableMap.Builder<CountryCode, CivicSpace> m = ImmutableMap.builder();
          p.risks().civicSpace().forEach((k, v) -> m.put(k, k.equals(country) ? rating : v));
          if (!p.risks().civicSpace().containsKey(country)) {
            m.put(country, rating);
          }
          b.risks(p.risks().withCivicSpace(m.build()));
        });
  }

  /**
   * Returns {@link #rateCivicSpace(CountryCode, CivicSpace)} for an ISO 3166-1 alpha-2 code.
   *
   * <pre>{@code
   * cmi.with(rateCivicSpace("ke", CivicSpace.OBSTRUCTED)).risks().civicSpace()   // {KE=OBSTRUCTED}
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code country} is not a country code
   */
  public static PartnershipOperator rateCivicSpace(String country, CivicSpace rating) {
    checkNotNull(country, "country");
    checkNotNull(rating, "rating");
    return rateCivicSpace(CountryCode.of(country), rating);
  }

  /**
   * Returns an operator that removes the civic space rating of {@code country}.
   *
   * <pre>{@code
   * cmi.with(rateCivicSpace("UG", CivicSpace.REPRESSED)).with(removeCivicSpaceRating(CountryCode.of("UG")))
   * }</pre>
   */
  public static PartnershipOperator removeCivicSpaceRating(CountryCode country) {
    checkNotNull(country, "country");
    return Operator.of(
        "removeCivicSpaceRating",
        List.of(country),
        p ->
            when(
                !p.risks().civicSpace().containsKey(country),
                "the civic space of "
                    + country
                    + " is not rated in "
                    + p.id()
                    + "; rated are "
                    + listed(p.risks().civicSpace().keySet())),
        (p, b) ->
            b.risks(
                p.risks()
                    .withCivicSpace(
                        ImmutableMap.copyOf(
                            Maps.filterKeys(p.risks().civicSpace(), k -> !k.equals(country))))));
  }

  /** Precondition on one risk, given the partnership and the risk. */
  private interface RiskPrecondition {
    Optional<String> whyNot(Partnership p, Risk risk);
  }

  /**
   * Returns the operator {@code name(riskId, more...)} that replaces the risk {@code riskId} by
   * {@code change} of it, when it is in the register and {@code precondition} holds.
   */
  private static PartnershipOperator change(
      String name,
      String riskId,
      List<?> more,
      RiskPrecondition precondition,
      UnaryOperator<Risk> change) {
    Checks.checkNotBlank(riskId, "riskId");
    return Operator.of(
        name,
        ImmutableList.builder().add(riskId).addAll(more).build(),
        p ->
            notInRegister(p, riskId)
                .or(() -> precondition.whyNot(p, find(p, riskId).orElseThrow())),
        (p, b) -> b.risks(replace(p.risks(), riskId, change)));
  }

  private static RiskRegister replace(
      RiskRegister register, String riskId, Function<Risk, Risk> change) {
    return register.withRisks(
        register.risks().stream()
            .map(r -> r.id().equals(riskId) ? change.apply(r) : r)
            .collect(ImmutableList.toImmutableList()));
  }

  private static Optional<Risk> find(Partnership p, String riskId) {
    return p.risks().risks().stream().filter(r -> r.id().equals(riskId)).findFirst();
  }

  /** Returns {@code "risk R7 is not in the register of gppac; risks are [R1, R2]"}, or empty. */
  private static Optional<String> notInRegister(Partnership p, String riskId) {
    return when(
        find(p, riskId).isEmpty(),
        "risk "
            + riskId
            + " is not in the register of "
            + p.id()
            + "; risks are "
            + listed(
                p.risks().risks().stream().map(Risk::id).collect(ImmutableList.toImmutableList())));
  }
}
