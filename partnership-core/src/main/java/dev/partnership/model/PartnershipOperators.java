package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The operators on a partnership's membership: {@link #admit}, {@link #leave}, {@link
 * #assignRole}, {@link #revokeRole} and {@link #hostSecretariat}.
 *
 * <p>Each operator keeps every invariant of {@link Partnership}; where it would break one it does
 * not apply, says why in {@link PartnershipOperator#whyNotApplicable}, and {@link
 * PartnershipOperator#apply} throws {@link OperatorNotApplicableException}.
 *
 * <pre>{@code
 * import static dev.partnership.model.PartnershipOperators.*;
 * var next = cmi.with(admit(Organization.of("CREA", OrganizationType.NATIONAL_NGO), Role.MEMBER));
 * next.with(leave(OrganizationId.of("crea"))).equals(cmi)   // true
 * }</pre>
 */
public final class PartnershipOperators {
  private PartnershipOperators() {}

  /**
   * Returns an operator that admits {@code organization} with {@code roles}, as the last member.
   * It does not apply when the organisation is already a member, when it would be a second
   * {@link Role#LEAD}, or when the partnership is bilateral and has two members.
   *
   * @throws IllegalArgumentException if no role is given
   */
  public static PartnershipOperator admit(Organization organization, Role... roles) {
    return admit(Membership.of(organization, roles));
  }

  /** Returns an operator that admits the member described by {@code membership}; see {@link #admit(Organization, Role...)}. */
  public static PartnershipOperator admit(Membership membership) {
    return new Admit(checkNotNull(membership, "membership"));
  }

  /**
   * Returns an operator by which the member {@code id} leaves. It does not apply when it is not a
   * member, when it is the last member, when it hosts the secretariat (move it first with {@link
   * #hostSecretariat}), when it holds a seat in a governing body (unseat it first with {@link
   * GovernanceOperators#unseat}) or when the partnership is bilateral.
   */
  public static PartnershipOperator leave(OrganizationId id) {
    return new Leave(checkNotNull(id, "id"));
  }

  /** Returns {@link #leave(OrganizationId)} for {@code organization}'s id. */
  public static PartnershipOperator leave(Organization organization) {
    return leave(organization.id());
  }

  /**
   * Returns an operator that gives the member {@code id} the role {@code role}. It does not apply
   * when it is not a member, already holds the role, or the role is {@link Role#LEAD} and another
   * member leads.
   */
  public static PartnershipOperator assignRole(OrganizationId id, Role role) {
    return new AssignRole(checkNotNull(id, "id"), checkNotNull(role, "role"));
  }

  /** Returns {@link #assignRole(OrganizationId, Role)} for {@code organization}'s id. */
  public static PartnershipOperator assignRole(Organization organization, Role role) {
    return assignRole(organization.id(), role);
  }

  /**
   * Returns an operator that takes the role {@code role} from the member {@code id}. It does not
   * apply when it is not a member, does not hold the role, holds no other role, or the role is
   * {@link Role#SECRETARIAT} and it hosts the partnership's secretariat.
   */
  public static PartnershipOperator revokeRole(OrganizationId id, Role role) {
    return new RevokeRole(checkNotNull(id, "id"), checkNotNull(role, "role"));
  }

  /** Returns {@link #revokeRole(OrganizationId, Role)} for {@code organization}'s id. */
  public static PartnershipOperator revokeRole(Organization organization, Role role) {
    return revokeRole(organization.id(), role);
  }

  /**
   * Returns an operator that makes the member {@code id} host the partnership's secretariat: it
   * gains {@link Role#SECRETARIAT}; a previous host loses that role (and becomes {@link
   * Role#MEMBER} if it held no other). It does not apply when {@code id} is not a member or already
   * hosts the secretariat.
   */
  public static PartnershipOperator hostSecretariat(OrganizationId id) {
    return new HostSecretariat(checkNotNull(id, "id"));
  }

  /** Returns {@link #hostSecretariat(OrganizationId)} for {@code organization}'s id. */
  public static PartnershipOperator hostSecretariat(Organization organization) {
    return hostSecretariat(organization.id());
  }

  private static Optional<String> notMember(Partnership p, OrganizationId id) {
    return p.isMember(id)
        ? Optional.empty()
        : Optional.of(id + " is not a member of " + p.id());
  }

  private static Partnership replaceRoles(
      Partnership p, OrganizationId id, UnaryOperator<ImmutableSet<Role>> change) {
    ImmutableList<Membership> members =
        p.members().stream()
            .map(
                m ->
                    m.id().equals(id)
                        ? Membership.builder().from(m).roles(change.apply(m.roles())).build()
                        : m)
            .collect(ImmutableList.toImmutableList());
    return Partnership.builder().from(p).members(members).build();
  }

  private static Optional<String> first(Optional<String> a, Optional<String> b) {
    return a.isPresent() ? a : b;
  }

  private static Optional<String> when(boolean broken, String reason) {
    return broken ? Optional.of(reason) : Optional.empty();
  }

  private static Optional<Membership> leadOf(Partnership p) {
    return p.members().stream().filter(m -> m.has(Role.LEAD)).findFirst();
  }

  private record Admit(Membership membership) implements PartnershipOperator {
    @Override
    public Optional<String> whyNotApplicable(Partnership p) {
      OrganizationId id = membership.id();
      if (p.isMember(id)) {
        return Optional.of(id + " is already a member of " + p.id());
      }
      if (p.form() == PartnershipForm.BILATERAL) {
        return Optional.of("a BILATERAL partnership has exactly two members already");
      }
      return when(
          membership.has(Role.LEAD) && leadOf(p).isPresent(),
          p.id() + " already has a LEAD: " + leadOf(p).map(Membership::id).orElse(null));
    }

    @Override
    public Partnership applyChecked(Partnership p) {
      return Partnership.builder().from(p).addMember(membership).build();
    }

    @Override
    public String toString() {
      return "admit(" + membership.id() + ", " + membership.roles() + ")";
    }
  }

  private record Leave(OrganizationId id) implements PartnershipOperator {
    @Override
    public Optional<String> whyNotApplicable(Partnership p) {
      return first(
          notMember(p, id),
          p.members().size() == 1
              ? Optional.of(id + " is the last member of " + p.id())
              : p.secretariat().filter(id::equals).isPresent()
                  ? Optional.of(id + " hosts the secretariat of " + p.id() + "; move it first")
                  : !p.seatsOf(id).isEmpty()
                      ? Optional.of(id + " holds seats in " + p.seatsOf(id) + "; unseat it first")
                      : p.flows().stream().anyMatch(f -> f.provider().equals(id) || f.recipient().equals(id))
                      ? Optional.of(id + " gives or receives funding in " + p.id() + "; redirect or remove its flows first")
                      : when(
                          p.form() == PartnershipForm.BILATERAL,
                          "a BILATERAL partnership must keep its two members"));
    }

    @Override
    public Partnership applyChecked(Partnership p) {
      return Partnership.builder()
          .from(p)
          .members(
              p.members().stream()
                  .filter(m -> !m.id().equals(id))
                  .collect(ImmutableList.toImmutableList()))
          .build();
    }

    @Override
    public String toString() {
      return "leave(" + id + ")";
    }
  }

  private record AssignRole(OrganizationId id, Role role) implements PartnershipOperator {
    @Override
    public Optional<String> whyNotApplicable(Partnership p) {
      Optional<String> notMember = notMember(p, id);
      if (notMember.isPresent()) {
        return notMember;
      }
      if (p.member(id).orElseThrow().has(role)) {
        return Optional.of(id + " already holds " + role);
      }
      return when(
          role == Role.LEAD && leadOf(p).isPresent(),
          p.id() + " already has a LEAD: " + leadOf(p).map(Membership::id).orElse(null));
    }

    @Override
    public Partnership applyChecked(Partnership p) {
      return replaceRoles(
          p, id, roles -> ImmutableSet.<Role>builder().addAll(roles).add(role).build());
    }

    @Override
    public String toString() {
      return "assignRole(" + id + ", " + role + ")";
    }
  }

  private record RevokeRole(OrganizationId id, Role role) implements PartnershipOperator {
    @Override
    public Optional<String> whyNotApplicable(Partnership p) {
      Optional<String> notMember = notMember(p, id);
      if (notMember.isPresent()) {
        return notMember;
      }
      Membership m = p.member(id).orElseThrow();
      if (!m.has(role)) {
        return Optional.of(id + " does not hold " + role);
      }
      if (m.roles().size() == 1) {
        return Optional.of(role + " is the only role of " + id + "; a member holds at least one");
      }
      return when(
          role == Role.SECRETARIAT && p.secretariat().filter(id::equals).isPresent(),
          id + " hosts the secretariat of " + p.id() + "; move it first");
    }

    @Override
    public Partnership applyChecked(Partnership p) {
      return replaceRoles(
          p, id, roles -> Sets.difference(roles, ImmutableSet.of(role)).immutableCopy());
    }

    @Override
    public String toString() {
      return "revokeRole(" + id + ", " + role + ")";
    }
  }

  private record HostSecretariat(OrganizationId id) implements PartnershipOperator {
    @Override
    public Optional<String> whyNotApplicable(Partnership p) {
      return first(
          notMember(p, id),
          when(
              p.secretariat().filter(id::equals).isPresent(),
              id + " already hosts the secretariat of " + p.id()));
    }

    @Override
    public Partnership applyChecked(Partnership p) {
      Partnership moved = p;
      if (p.secretariat().isPresent()) {
        OrganizationId old = p.secretariat().get();
        moved =
            replaceRoles(
                Partnership.builder().from(p).secretariat(Optional.empty()).build(),
                old,
                roles -> {
                  ImmutableSet<Role> rest = Sets.difference(roles, ImmutableSet.of(Role.SECRETARIAT)).immutableCopy();
                  return rest.isEmpty() ? ImmutableSet.of(Role.MEMBER) : rest;
                });
      }
      Partnership withRole =
          replaceRoles(
              moved, id, roles -> ImmutableSet.<Role>builder().addAll(roles).add(Role.SECRETARIAT).build());
      return Partnership.builder().from(withRole).secretariat(id).build();
    }

    @Override
    public String toString() {
      return "hostSecretariat(" + id + ")";
    }
  }
}
