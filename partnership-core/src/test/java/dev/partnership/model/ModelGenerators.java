package dev.partnership.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for actors and partnerships, shared by every property test. */
public final class ModelGenerators {
  private ModelGenerators() {}

  private static final List<String> COUNTRIES = List.of("NL", "KE", "UG", "PH", "GT", "BR", "IN", "ZA");
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
            (n, type, country, levelBits, affiliated) -> organization(n, type, country, levelBits, affiliated));
  }

  static Organization organization(int n, OrganizationType type, int country, int levelBits, boolean affiliated) {
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
        .homeCountry(country < 0 ? Optional.empty() : Optional.of(CountryCode.of(COUNTRIES.get(country))))
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
      List<Organization> candidates, List<ImmutableSet<Role>> roles, int lead, int secretariat, PartnershipForm form) {
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
        form == PartnershipForm.BILATERAL && distinct.size() != 2 ? PartnershipForm.ALLIANCE_OR_CONSORTIUM : form;
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

  /** A pair for operator properties; its {@code toString} shows both in a failing property. */
  public record PartnershipAndOperator(Partnership partnership, PartnershipOperator operator) {}
}
