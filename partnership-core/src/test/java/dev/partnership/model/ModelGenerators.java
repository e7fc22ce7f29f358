package dev.partnership.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.practice.Practice;
import dev.partnership.practice.PracticeGenerators;
import dev.partnership.practice.Topic;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskRegister;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for actors, partnerships (with their facets) and operators, shared by
 * every property test.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  private static final List<String> COUNTRIES =
      List.of("NL", "KE", "UG", "PH", "GT", "BR", "IN", "ZA");
  private static final List<Role> ROLES = List.of(Role.values());

  /** Organisations with id {@code org-<n>} for n in [0, 1000). */
  public static Gen<Organization> organizations() {
    return integers()
        .between(0, 999)
        .zip(
            Generate.enumValues(OrganizationType.class),
            integers().between(-1, COUNTRIES.size() - 1),
            integers().between(0, 15),
            Generate.booleans(),
            (n, type, country, levelBits, affiliated) ->
                organization(n, type, country, levelBits, affiliated));
  }

  static Organization organization(
      int n, OrganizationType type, int country, int levelBits, boolean affiliated) {
    EnumSet<OperatingLevel> levels = EnumSet.noneOf(OperatingLevel.class);
    for (OperatingLevel l : OperatingLevel.values()) {
      if ((levelBits & (1 << l.ordinal())) != 0) {
        levels.add(l);
      }
    }
    return Organization.builder()
        .id(OrganizationId.of("org-" + n))
        .name("Organisation " + n)
        .type(type)
        .homeCountry(
            country < 0 ? Optional.empty() : Optional.of(CountryCode.of(COUNTRIES.get(country))))
        .affiliation(affiliated ? Optional.of("Confederation " + (n % 3)) : Optional.empty())
        .levels(levels)
        .build();
  }

  /** Non-empty role sets. */
  public static Gen<ImmutableSet<Role>> roleSets() {
    return integers()
        .between(1, (1 << ROLES.size()) - 1)
        .map(
            bits -> {
              ImmutableSet.Builder<Role> b = ImmutableSet.builder();
              for (int i = 0; i < ROLES.size(); i++) {
                if ((bits & (1 << i)) != 0 && ROLES.get(i) != Role.LEAD) {
                  b.add(ROLES.get(i));
                }
              }
              ImmutableSet<Role> s = b.build();
              return s.isEmpty() ? ImmutableSet.of(Role.LEAD) : s;
            });
  }

  /** Partnerships of 1 to 8 members satisfying every invariant. */
  public static Gen<Partnership> partnerships() {
    Gen<List<Organization>> orgs = lists().of(organizations()).ofSizeBetween(1, 8);
    Gen<List<ImmutableSet<Role>>> roles = lists().of(roleSets()).ofSize(8);
    return orgs.zip(
        roles,
        integers().between(-1, 7),
        integers().between(-1, 7),
        Generate.enumValues(PartnershipForm.class),
        ModelGenerators::partnership);
  }

  private static Partnership partnership(
      List<Organization> candidates,
      List<ImmutableSet<Role>> roles,
      int lead,
      int secretariat,
      PartnershipForm form) {
    List<Organization> distinct = new ArrayList<>();
    for (Organization o : candidates) {
      if (distinct.stream().noneMatch(d -> d.id().equals(o.id()))) {
        distinct.add(o);
      }
    }
    ImmutableList.Builder<Membership> members = ImmutableList.builder();
    for (int i = 0; i < distinct.size(); i++) {
      ImmutableSet.Builder<Role> r = ImmutableSet.builder();
      roles.get(i).stream().filter(x -> x != Role.LEAD).forEach(r::add);
      if (i == lead) {
        r.add(Role.LEAD);
      }
      if (i == secretariat) {
        r.add(Role.SECRETARIAT);
      }
      ImmutableSet<Role> set = r.build();
      members.add(
          Membership.builder()
              .organization(distinct.get(i))
              .roles(set.isEmpty() ? ImmutableSet.of(Role.MEMBER) : set)
              .involvedFromDesign(i % 2 == 0)
              .build());
    }
    PartnershipForm f =
        form == PartnershipForm.BILATERAL && distinct.size() != 2
            ? PartnershipForm.ALLIANCE_OR_CONSORTIUM
            : form;
    Partnership.Builder b =
        Partnership.builder().id("p").name("Partnership").form(f).members(members.build());
    if (secretariat >= 0 && secretariat < distinct.size()) {
      b.secretariat(distinct.get(secretariat).id());
    }
    return b.build();
  }

  /** A partnership and an operator on it, drawn over its members and one outsider. */
  public static Gen<PartnershipAndOperator> partnershipsWithOperators() {
    return partnerships()
        .zip(
            integers().between(0, 4),
            integers().between(0, 8),
            Generate.enumValues(Role.class),
            organizations(),
            (p, kind, who, role, outsider) -> {
              OrganizationId id =
                  who < p.members().size() ? p.members().get(who).id() : outsider.id();
              PartnershipOperator op;
              switch (kind) {
                case 0:
                  op = PartnershipOperators.admit(outsider, role);
                  break;
                case 1:
                  op = PartnershipOperators.leave(id);
                  break;
                case 2:
                  op = PartnershipOperators.assignRole(id, role);
                  break;
                case 3:
                  op = PartnershipOperators.revokeRole(id, role);
                  break;
                default:
                  op = PartnershipOperators.hostSecretariat(id);
              }
              return new PartnershipAndOperator(p, op);
            });
  }

  private static final long[] WEIGHTS = {
    0, 1, 2, 3, 5, 8, 1L << 61, Long.MAX_VALUE / 2, Long.MAX_VALUE
  };

  /**
   * Partnerships of 1 to 8 members with every facet populated from a seed: governing bodies (small
   * weights, sometimes a first seat of 2^61), flows between members, practice facts, decision
   * rights and risks naming members. Every invariant holds.
   */
  public static Gen<Partnership> partnershipsWithFacets() {
    return partnerships().zip(longs().all(), ModelGenerators::withFacets);
  }

  static Partnership withFacets(Partnership p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<OrganizationId> ids =
        p.members().stream().map(Membership::id).collect(ImmutableList.toImmutableList());
    Partnership.Builder b = Partnership.builder().from(p);
    int bodies = r.nextInt(3);
    for (int i = 0; i < bodies; i++) {
      b.addBody(body("Body " + i, ids, r));
    }
    int flows = ids.size() < 2 ? 0 : r.nextInt(4);
    for (int i = 0; i < flows; i++) {
      OrganizationId provider = pick(ids, r);
      b.addFlow(flow(provider, otherThan(provider, ids, r), r));
    }
    if (r.nextBoolean()) {
      Topic topic = Topic.values()[r.nextInt(Topic.values().length)];
      b.practice(PracticeGenerators.withFact(Practice.empty(), topic, ids, r.nextLong()));
    }
    if (r.nextBoolean()) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < bodies; i++) {
        names.add("Body " + i);
      }
      b.decisionRights(RightsGenerators.rights(ids, names, r.nextLong()));
    }
    if (r.nextBoolean()) {
      OrganizationId bearer = pick(ids, r);
      b.risks(
          RiskRegister.builder()
              .addRisk(
                  Risk.builder()
                      .id("R1")
                      .area(RiskArea.SECURITY)
                      .description("Surveillance")
                      .likelihood(Likelihood.POSSIBLE)
                      .impact(Impact.MAJOR)
                      .bearer(bearer)
                      .owner(r.nextBoolean() ? Optional.of(pick(ids, r)) : Optional.empty())
                      .addMitigation(
                          r.nextBoolean()
                              ? Mitigation.fundedBy("Training", pick(ids, r))
                              : Mitigation.unfunded("Training"))
                      .build())
              .build());
    }
    return b.build();
  }

  private static GoverningBody body(
      String name, List<OrganizationId> candidates, SplittableRandom r) {
    List<Seat> seats = new ArrayList<>();
    for (OrganizationId id : candidates) {
      if (seats.isEmpty() || r.nextBoolean()) {
        seats.add(Seat.of(id, seats.isEmpty() && r.nextInt(4) == 0 ? 1L << 61 : r.nextInt(6)));
      }
    }
    DecisionRule[] rules = {
      DecisionRule.simpleMajority(),
      DecisionRule.unanimity(),
      DecisionRule.consent(),
      DecisionRule.qualifiedMajority(2, 3),
      DecisionRule.weightedQuota(1)
    };
    DecisionRule rule = rules[r.nextInt(rules.length)];
    if (seats.stream().mapToLong(Seat::weight).sum() == 0) {
      rule = DecisionRule.consent();
    }
    if (r.nextInt(3) == 0) {
      rule = rule.withVetoHolders(pick(seats, r).holder());
    }
    return GoverningBody.of(
        name,
        BodyType.values()[r.nextInt(BodyType.values().length)],
        rule,
        seats.toArray(new Seat[0]));
  }

  private static FundingFlow flow(
      OrganizationId provider, OrganizationId recipient, SplittableRandom r) {
    FundingFlow.Builder f =
        FundingFlow.builder()
            .from(FundingFlow.of(provider, recipient, Money.of("100", "EUR"), 2025));
    if (r.nextBoolean()) {
      f.earmarking(Earmarking.values()[r.nextInt(Earmarking.values().length)]);
    }
    return f.build();
  }

  /** Returns an element of {@code xs} (at least two distinct) other than {@code x}. */
  private static <T> T otherThan(T x, List<T> xs, SplittableRandom r) {
    T y = pick(xs, r);
    return y.equals(x) ? xs.stream().filter(z -> !z.equals(x)).findFirst().orElseThrow() : y;
  }

  private static <T> T pick(List<T> xs, SplittableRandom r) {
    return xs.get(r.nextInt(xs.size()));
  }

  /**
   * A partnership with every facet populated and an operator of any catalogue (membership,
   * governance, funding, decision rights, practice, risk) on it, drawn over its members, one
   * outsider, its bodies and a missing body, with weights up to {@code Long.MAX_VALUE}.
   */
  public static Gen<PartnershipAndOperator> partnershipsWithFacetsAndOperators() {
    return partnershipsWithFacets()
        .zip(
            organizations(),
            longs().all(),
            (p, outsider, seed) -> new PartnershipAndOperator(p, operator(p, outsider, seed)));
  }

  /**
   * Returns an operator of any catalogue drawn from {@code seed} over {@code p}'s members, {@code
   * outsider}, its bodies and a missing body; it may not apply.
   */
  public static PartnershipOperator operator(Partnership p, Organization outsider, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<OrganizationId> ids = new ArrayList<>();
    p.members().forEach(m -> ids.add(m.id()));
    if (!p.isMember(outsider)) {
      ids.add(outsider.id());
    }
    ids.add(OrganizationId.of("nobody"));
    OrganizationId id = pick(ids, r);
    OrganizationId other = otherThan(id, ids, r);
    String body = p.bodies().isEmpty() || r.nextInt(5) == 0 ? "Nowhere" : pick(p.bodyNames(), r);
    long weight = WEIGHTS[r.nextInt(WEIGHTS.length)];
    Role role = ROLES.get(r.nextInt(ROLES.size()));
    Optional<FundingFlow> existing =
        p.flows().isEmpty() ? Optional.empty() : Optional.of(pick(p.flows(), r));
    if (r.nextInt(3) == 0) {
      return FacetOperatorGenerators.operator(p, ids, r); // practice, risk, moveSecretariat
    }
    int kind = r.nextInt(17 + RightsGenerators.KINDS);
    if (kind >= 17) {
      return RightsGenerators.operator(p, ids, body, r.nextLong());
    }
    switch (kind) {
      case 0:
        return PartnershipOperators.admit(outsider, role);
      case 1:
        return PartnershipOperators.leave(id);
      case 2:
        return PartnershipOperators.assignRole(id, role);
      case 3:
        return PartnershipOperators.revokeRole(id, role);
      case 4:
        return PartnershipOperators.hostSecretariat(id);
      case 5:
        return GovernanceOperators.establish(
            body(
                r.nextBoolean() ? "Nowhere" : body,
                r.nextInt(4) == 0 ? ids : ids.subList(0, ids.size() - 1),
                r));
      case 6:
        return GovernanceOperators.dissolve(body);
      case 7:
        return GovernanceOperators.seat(body, id, weight);
      case 8:
        return GovernanceOperators.unseat(body, id);
      case 9:
        return GovernanceOperators.reweight(body, id, weight);
      case 10:
        return GovernanceOperators.changeRule(
            body,
            r.nextBoolean()
                ? DecisionRule.weightedQuota(1 + r.nextInt(20))
                : DecisionRule.unanimity());
      case 11:
        return GovernanceOperators.grantVeto(body, id);
      case 12:
        return GovernanceOperators.revokeVeto(
            body,
            p.body(body)
                .flatMap(x -> x.rule().vetoHolders().stream().findFirst())
                .filter(v -> r.nextBoolean())
                .orElse(id));
      case 13:
        return FundingOperators.addFlow(flow(id, other, r));
      case 14:
        return FundingOperators.removeFlow(
            existing.filter(f -> r.nextBoolean()).orElseGet(() -> flow(id, other, r)));
      case 15:
        return FundingOperators.redirectFunding(
            existing.map(FundingFlow::provider).orElse(id),
            existing.map(FundingFlow::recipient).orElse(other),
            pick(ids, r));
      default:
        return FundingOperators.changeEarmarking(
            existing.map(FundingFlow::provider).orElse(id),
            existing.map(FundingFlow::recipient).orElse(other),
            Earmarking.values()[r.nextInt(Earmarking.values().length)]);
    }
  }

  /** A pair for operator properties; its {@code toString} shows both in a failing property. */
  public record PartnershipAndOperator(Partnership partnership, PartnershipOperator operator) {}
}
