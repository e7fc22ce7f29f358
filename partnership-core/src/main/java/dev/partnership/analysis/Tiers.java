package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.internal.Checks;
import dev.partnership.model.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tiers of a partnership, from the top (closest to the money) to the bottom (closest to the
 * people): a function from a membership's roles to a tier, used by {@link PowerShift} to call a
 * movement of power horizontal (same tier) or vertical (downward or upward).
 *
 * <p>The {@linkplain #standard() standard tiers} are <b>this library's own mapping</b>, read from
 * issue 13 and the Partos meet-up's picture of power moving "from the funder towards implementing
 * partners, and from partners towards local groups": funder; lead and re-granter; members,
 * secretariat, brokers, implementing and lobby partners; local groups. Users who see their
 * partnership differently pass their own ({@link #of}).
 *
 * <p>Invariants: at least one tier; every {@link Role} sits in exactly one tier; tier names are not
 * blank and distinct. A membership with several roles sits at the highest tier any of its roles
 * gives (a lead that is also a member is at the lead's tier).
 *
 * <pre>{@code
 * Tiers.standard().tierOf(Set.of(Role.MEMBER, Role.LEAD))   // 1
 * Tiers.standard().name(1)                                  // "lead and re-granter"
 * Tiers.of(new Tiers.Tier("funders", Set.of(Role.FUNDER)),
 *     new Tiers.Tier("everyone else", EnumSet.complementOf(EnumSet.of(Role.FUNDER))))
 * }</pre>
 *
 * @param tiers the tiers, top first
 */
public record Tiers(ImmutableList<Tier> tiers) {

  /**
   * One tier: a name and the roles that place a membership in it.
   *
   * @param name the tier's name, e.g. {@code "local groups"}
   * @param roles the roles of this tier
   */
  public record Tier(String name, ImmutableSet<Role> roles) {
    /**
     * Checks the name and copies the roles.
     *
     * @throws IllegalArgumentException if the name is blank or there is no role
     */
    public Tier(String name, Collection<Role> roles) {
      this(name, ImmutableSet.copyOf(Checks.copyWithoutNulls(roles, "roles")));
    }

    /**
     * Checks the name and the roles.
     *
     * @throws IllegalArgumentException if the name is blank or there is no role
     */
    public Tier {
      checkNotNull(roles, "roles");
      Checks.checkNotBlank(name, "name");
      Checks.checkField(!roles.isEmpty(), "roles", roles, "of tier " + name + " must not be empty");
    }

    /** Returns {@code "lead and re-granter [lead, re-granter]"}. */
    @Override
    public String toString() {
      return name + " " + roles.stream().map(Role::label).collect(Collectors.toList());
    }
  }

  private static final Tiers STANDARD =
      of(
          new Tier("funder", EnumSet.of(Role.FUNDER)),
          new Tier("lead and re-granter", EnumSet.of(Role.LEAD, Role.REGRANTER)),
          new Tier(
              "members, secretariat, brokers, implementing and lobby partners",
              EnumSet.of(
                  Role.MEMBER,
                  Role.SECRETARIAT,
                  Role.BROKER,
                  Role.IMPLEMENTING_PARTNER,
                  Role.LOBBY_PARTNER)),
          new Tier("local groups", EnumSet.of(Role.LOCAL_GROUP)));

  /**
   * Checks that every role sits in exactly one tier and that names are distinct.
   *
   * @throws IllegalArgumentException if a role sits in no tier or in two, or two tiers share a name
   */
  public Tiers {
    tiers = Checks.copyWithoutNulls(tiers, "tiers");
    Checks.checkField(!tiers.isEmpty(), "tiers", tiers, "must hold at least one tier");
    Set<Role> seen = EnumSet.noneOf(Role.class);
    Set<String> names = new HashSet<>();
    for (Tier t : tiers) {
      Checks.checkField(names.add(t.name()), "tiers", t.name(), "must have distinct names");
      for (Role r : t.roles()) {
        Checks.checkField(
            seen.add(r), "tiers", r.label(), "must place each role in exactly one tier");
      }
    }
    Set<Role> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
    Checks.checkField(
        missing.isEmpty(),
        "tiers",
        missing.stream().map(Role::label).collect(Collectors.toList()),
        "must place every role in a tier");
  }

  /**
   * Returns the tiers {@code tiers}, top first.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static Tiers of(Tier... tiers) {
    return new Tiers(Checks.copyWithoutNulls(tiers, "tiers"));
  }

  /**
   * Returns this library's own standard tiers (see the class comment): 0 funder, 1 lead and
   * re-granter, 2 members, secretariat, brokers, implementing and lobby partners, 3 local groups.
   */
  public static Tiers standard() {
    return STANDARD;
  }

  /**
   * Returns the tier of a membership holding {@code roles}: the highest (smallest number) tier of
   * any of them, 0 being the top.
   *
   * @throws IllegalArgumentException if {@code roles} is empty (a membership holds at least one)
   */
  public int tierOf(Collection<Role> roles) {
    checkNotNull(roles, "roles");
    Checks.checkField(!roles.isEmpty(), "roles", roles, "must hold at least one role");
    for (int i = 0; i < tiers.size(); i++) {
      for (Role r : roles) {
        if (tiers.get(i).roles().contains(checkNotNull(r, "roles must not contain null"))) {
          return i;
        }
      }
    }
    throw new AssertionError("every role sits in a tier");
  }

  /**
   * Returns the name of tier {@code tier}.
   *
   * @throws IndexOutOfBoundsException naming the tier if there is no such tier
   */
  public String name(int tier) {
    return tiers.get(checkElementIndex(tier, tiers.size(), "tier")).name();
  }

  /**
   * Returns the tiers top first: {@code "Tiers[funder [funder], lead and re-granter [...], ...]"}.
   */
  @Override
  public String toString() {
    return "Tiers" + tiers;
  }
}
