package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingFlow;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The operators on a partnership's membership: {@link #admit}, {@link #leave}, {@link #assignRole},
 * {@link #revokeRole}, {@link #hostSecretariat} and {@link #moveSecretariat}.
 *
 * <p>Each operator keeps every invariant of {@link Partnership}; where it would break one it does
 * not apply, says why in {@link PartnershipOperator#whyNotApplicable} (the invariant's own message,
 * or a precondition that also says what to do first), and {@link PartnershipOperator#apply} throws
 * {@link OperatorNotApplicableException}.
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
   * Returns an operator that admits {@code organization} with {@code roles}, as the last member. It
   * does not apply when the organisation is already a member, when it would be a second {@link
   * Role#LEAD}, or when the partnership is bilateral and has two members.
   *
   * @throws IllegalArgumentException if no role is given
   */
  public static PartnershipOperator admit(Organization organization, Role... roles) {
    checkNotNull(organization, "organization");
    checkNotNull(roles, "roles");
    for (int i = 0; i < roles.length; i++) {
      checkNotNull(roles[i], "roles[%s] of admit(%s) must not be null", i, organization.id());
    }
    return admit(Membership.of(organization, roles));
  }

  /**
   * Returns an operator that admits the member described by {@code membership}; see {@link
   * #admit(Organization, Role...)}. It prints as {@code admit(crea, [MEMBER])} and equals another
   * admit only when the memberships are equal (organisation, roles, start date, design).
   */
  public static PartnershipOperator admit(Membership membership) {
    checkNotNull(membership, "membership");
    return Operator.of(
        "admit",
        List.of(Operator.shownAs(membership, membership.id() + ", " + membership.roles())),
        p -> admitPrecondition(p, membership),
        (p, b) -> b.addMember(membership));
  }

  /**
   * Returns an operator by which the member {@code id} leaves. It does not apply when it is not a
   * member, when it is the last member, when it hosts the secretariat (move it first with {@link
   * #hostSecretariat}), when it holds a seat in a governing body (unseat it first with {@link
   * GovernanceOperators#unseat}), when it gives or receives funding (see {@link FundingOperators}),
   * when the practice facet or the risk register still names it, or when the partnership is
   * bilateral.
   *
   * <p>The leaver's levels in the {@linkplain Partnership#decisionRights() decision rights} are
   * dropped, not refused: a level records the say an organisation had, and no other fact depends on
   * it (a seat, by contrast, changes a body's voting game, so it must be taken away first). Every
   * decision stays listed; one the leaver decided alone is left without a decider, which {@link
   * DecisionRightsQueries#whoDecides()} reports. A right that loses a level keeps only an
   * illustrative provenance, as every changed fact does.
   */
  public static PartnershipOperator leave(OrganizationId id) {
    checkNotNull(id, "id");
    return Operator.of(
        "leave",
        List.of(id),
        p -> leavePrecondition(p, id),
        (p, b) ->
            b.withoutMember(id)
                .decisionRights(
                    DecisionRightsOperators.withoutOrganization(p.decisionRights(), id)));
  }

  /** Returns {@link #leave(OrganizationId)} for {@code organization}'s id. */
  public static PartnershipOperator leave(Organization organization) {
    return leave(checkNotNull(organization, "organization").id());
  }

  /**
   * Returns an operator that gives the member {@code id} the role {@code role}. It does not apply
   * when it is not a member, already holds the role, or the role is {@link Role#LEAD} and another
   * member leads.
   */
  public static PartnershipOperator assignRole(OrganizationId id, Role role) {
    return roleChange(
        "assignRole",
        id,
        role,
        PartnershipOperators::assignPrecondition,
        PartnershipOperators::plus);
  }

  /** Returns {@link #assignRole(OrganizationId, Role)} for {@code organization}'s id. */
  public static PartnershipOperator assignRole(Organization organization, Role role) {
    return assignRole(checkNotNull(organization, "organization").id(), role);
  }

  /**
   * Returns an operator that takes the role {@code role} from the member {@code id}. It does not
   * apply when it is not a member, does not hold the role, holds no other role, or the role is
   * {@link Role#SECRETARIAT} and it hosts the partnership's secretariat.
   */
  public static PartnershipOperator revokeRole(OrganizationId id, Role role) {
    return roleChange(
        "revokeRole",
        id,
        role,
        PartnershipOperators::revokePrecondition,
        PartnershipOperators::minus);
  }

  /** Returns {@link #revokeRole(OrganizationId, Role)} for {@code organization}'s id. */
  public static PartnershipOperator revokeRole(Organization organization, Role role) {
    return revokeRole(checkNotNull(organization, "organization").id(), role);
  }

  /**
   * Returns an operator that makes the member {@code id} host the partnership's secretariat: it
   * gains {@link Role#SECRETARIAT}; a previous host loses that role (and becomes {@link
   * Role#MEMBER} if it held no other). It does not apply when {@code id} is not a member or already
   * hosts the secretariat.
   */
  public static PartnershipOperator hostSecretariat(OrganizationId id) {
    checkNotNull(id, "id");
    return Operator.of(
        "hostSecretariat",
        List.of(id),
        p -> hostPrecondition(p, id),
        (p, b) -> withRoles(p, b, hosts(p, id), m -> hostRoles(p, id, m)).secretariat(id));
  }

  /** Returns {@link #hostSecretariat(OrganizationId)} for {@code organization}'s id. */
  public static PartnershipOperator hostSecretariat(Organization organization) {
    return hostSecretariat(checkNotNull(organization, "organization").id());
  }

  /**
   * Returns an operator that moves the partnership's secretariat from the member {@code from} that
   * hosts it to the member {@code to}, in one step: {@code to} gains {@link Role#SECRETARIAT} and
   * becomes the secretariat; {@code from} loses {@link Role#SECRETARIAT} (and becomes {@link
   * Role#MEMBER} if it held no other role). It does the same change as {@link #hostSecretariat} but
   * says where the secretariat comes from, so a scenario step cannot move a secretariat it did not
   * expect: it does not apply when the partnership has no secretariat (host one with {@link
   * #hostSecretariat}), when {@code from} does not host it, when {@code to} is not a member, or
   * when {@code to} is {@code from}.
   *
   * <pre>{@code
   * var jass = Organization.of("JASS", OrganizationType.NATIONAL_NGO);
   * var crea = Organization.of("CREA", OrganizationType.NATIONAL_NGO);
   * var network = Partnership.of("n", "Network", PartnershipForm.NETWORK_WITH_SECRETARIAT,
   *     Membership.of(jass, Role.SECRETARIAT), Membership.of(crea, Role.MEMBER))
   *     .with(hostSecretariat(jass));
   * network.with(moveSecretariat(jass.id(), crea.id())).secretariat()   // Optional[crea]
   * }</pre>
   */
  public static PartnershipOperator moveSecretariat(OrganizationId from, OrganizationId to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return moveSecretariat(
        from, PracticeOperators.shownId(from), to, PracticeOperators.shownId(to));
  }

  /**
   * Returns {@link #moveSecretariat(OrganizationId, OrganizationId)} for the two organisations'
   * ids, printed with their short names.
   *
   * <pre>{@code
   * var jass = Organization.of("JASS", OrganizationType.NATIONAL_NGO);
   * var crea = Organization.of("CREA", OrganizationType.NATIONAL_NGO);
   * moveSecretariat(jass, crea)   // moveSecretariat(JASS, CREA)
   * }</pre>
   */
  public static PartnershipOperator moveSecretariat(Organization from, Organization to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    return moveSecretariat(
        from.id(), PracticeOperators.shownName(from), to.id(), PracticeOperators.shownName(to));
  }

  private static PartnershipOperator moveSecretariat(
      OrganizationId from, Object fromShown, OrganizationId to, Object toShown) {
    return Operator.of(
        "moveSecretariat",
        List.of(fromShown, toShown),
        p -> movePrecondition(p, from, to),
        (p, b) -> withRoles(p, b, hosts(p, to), m -> hostRoles(p, to, m)).secretariat(to));
  }

  private static Optional<String> movePrecondition(
      Partnership p, OrganizationId from, OrganizationId to) {
    if (p.secretariat().isEmpty()) {
      return Optional.of(p.id() + " has no secretariat to move; host one with hostSecretariat");
    }
    OrganizationId host = p.secretariat().orElseThrow();
    if (!host.equals(from)) {
      return Optional.of(
          "the secretariat of " + p.id() + " is hosted by " + host + ", not " + from);
    }
    return notMember(p, to)
        .or(() -> when(to.equals(from), to + " already hosts the secretariat of " + p.id()));
  }

  /** Precondition of a role change, given the partnership, the member and the role. */
  private interface RolePrecondition {
    Optional<String> whyNot(Partnership p, OrganizationId id, Role role);
  }

  /**
   * Returns the operator {@code name(id, role)} that changes the roles of member {@code id} by
   * {@code change}.
   */
  private static PartnershipOperator roleChange(
      String name,
      OrganizationId id,
      Role role,
      RolePrecondition precondition,
      BinaryOperator<ImmutableSet<Role>> change) {
    checkNotNull(id, "id");
    checkNotNull(role, "role");
    return Operator.of(
        name,
        List.of(id, role),
        p -> precondition.whyNot(p, id, role),
        (p, b) ->
            withRoles(
                p, b, ImmutableList.of(id), m -> change.apply(m.roles(), ImmutableSet.of(role))));
  }

  /** Returns {@code "x is not a member of p"} when {@code id} is not a member: the one wording. */
  static Optional<String> notMember(Partnership p, OrganizationId id) {
    return when(!p.isMember(id), id + " is not a member of " + p.id());
  }

  /**
   * Returns why {@code role} cannot be added to a member: a second LEAD. The invariant itself lives
   * in the partnership's check; this precondition only words it for the operator (and its message
   * is the one users know).
   */
  private static Optional<String> secondLead(Partnership p, Role role) {
    return PartnershipQueries.leadOf(p)
        .filter(lead -> role == Role.LEAD)
        .map(lead -> p.id() + " already has a LEAD: " + lead.id());
  }

  private static boolean hostsSecretariat(Partnership p, OrganizationId id) {
    return p.secretariat().filter(id::equals).isPresent();
  }

  private static Optional<String> when(boolean broken, String reason) {
    return broken ? Optional.of(reason) : Optional.empty();
  }

  /**
   * Returns {@code b} with the roles of the members {@code ids} changed by {@code roles}, each in
   * its place; every other member stays as it is (no other member's roles change, so only these are
   * replaced: O(log n) each).
   */
  private static Partnership.Builder withRoles(
      Partnership p,
      Partnership.Builder b,
      List<OrganizationId> ids,
      Function<Membership, ImmutableSet<Role>> roles) {
    for (OrganizationId id : ids) {
      Membership m = p.member(id).orElseThrow();
      ImmutableSet<Role> changed = roles.apply(m);
      if (!changed.equals(m.roles())) {
        b.replacingMember(
            Membership.builder()
                .from(m)
                .roles(changed)
                .provenance(Operator.afterChange(m.provenance()))
                .build());
      }
    }
    return b;
  }

  /** Returns the members whose roles hosting the secretariat at {@code id} changes. */
  private static List<OrganizationId> hosts(Partnership p, OrganizationId id) {
    return p.secretariat().filter(s -> !s.equals(id)).map(s -> List.of(id, s)).orElse(List.of(id));
  }

  private static ImmutableSet<Role> plus(ImmutableSet<Role> roles, ImmutableSet<Role> more) {
    return Sets.union(roles, more).immutableCopy();
  }

  private static ImmutableSet<Role> minus(ImmutableSet<Role> roles, ImmutableSet<Role> less) {
    return Sets.difference(roles, less).immutableCopy();
  }

  private static Optional<String> admitPrecondition(Partnership p, Membership membership) {
    if (p.isMember(membership.id())) {
      return Optional.of(membership.id() + " is already a member of " + p.id());
    }
    return membership.has(Role.LEAD) ? secondLead(p, Role.LEAD) : Optional.empty();
  }

  /**
   * Returns why {@code id} cannot leave yet, with what to do first. Whatever else still names it
   * (practice facts, risks, a BILATERAL form) is refused by the partnership's check.
   */
  private static Optional<String> leavePrecondition(Partnership p, OrganizationId id) {
    if (!p.isMember(id)) {
      return notMember(p, id);
    }
    if (p.memberTable().size() == 1) {
      return Optional.of(id + " is the last member of " + p.id());
    }
    if (hostsSecretariat(p, id)) {
      return Optional.of(id + " hosts the secretariat of " + p.id() + "; move it first");
    }
    ImmutableList<String> seats = p.seatsOf(id);
    if (!seats.isEmpty()) {
      return Optional.of(id + " holds seats in " + seats + "; unseat it first");
    }
    for (FundingFlow f : p.flows()) {
      if (f.provider().equals(id) || f.recipient().equals(id)) {
        return Optional.of(
            id
                + " gives or receives funding in "
                + p.id()
                + "; redirect or remove its flows first");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> assignPrecondition(Partnership p, OrganizationId id, Role role) {
    if (!p.isMember(id)) {
      return notMember(p, id);
    }
    if (p.member(id).orElseThrow().has(role)) {
      return Optional.of(id + " already holds " + role);
    }
    return secondLead(p, role);
  }

  private static Optional<String> revokePrecondition(Partnership p, OrganizationId id, Role role) {
    if (!p.isMember(id)) {
      return notMember(p, id);
    }
    Membership m = p.member(id).orElseThrow();
    if (!m.has(role)) {
      return Optional.of(id + " does not hold " + role);
    }
    if (m.roles().size() == 1) {
      return Optional.of(role + " is the only role of " + id + "; a member holds at least one");
    }
    return when(
        role == Role.SECRETARIAT && hostsSecretariat(p, id),
        id + " hosts the secretariat of " + p.id() + "; move it first");
  }

  private static Optional<String> hostPrecondition(Partnership p, OrganizationId id) {
    if (!p.isMember(id)) {
      return notMember(p, id);
    }
    return when(hostsSecretariat(p, id), id + " already hosts the secretariat of " + p.id());
  }

  /**
   * The new host gains SECRETARIAT; a previous host loses it (and becomes MEMBER if it held nothing
   * else).
   */
  private static ImmutableSet<Role> hostRoles(Partnership p, OrganizationId id, Membership m) {
    if (m.id().equals(id)) {
      return plus(m.roles(), ImmutableSet.of(Role.SECRETARIAT));
    }
    if (hostsSecretariat(p, m.id())) {
      ImmutableSet<Role> rest = minus(m.roles(), ImmutableSet.of(Role.SECRETARIAT));
      return rest.isEmpty() ? ImmutableSet.of(Role.MEMBER) : rest;
    }
    return m.roles();
  }
}
