package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation's membership of a partnership: its roles, since when, and whether it took part in
 * designing the partnership from the beginning.
 *
 * <pre>{@code
 * Membership.of(Organization.of("JASS", OrganizationType.NATIONAL_NGO), Role.MEMBER)
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Membership {

  Membership() {}

  /** Returns the member organisation. */
  public abstract Organization organization();

  /** Returns the roles it holds (at least one). */
  public abstract ImmutableSet<Role> roles();

  /** Returns the date it joined, if known. */
  public abstract Optional<LocalDate> startDate();

  /** Returns whether it took part in the design of the partnership from the beginning. */
  @Value.Default
  public boolean involvedFromDesign() {
    return false;
  }

  /**
   * Returns where the membership fact comes from, if recorded; an {@linkplain
   * Provenance#illustrative() illustrative} one marks a made-up membership.
   */
  public abstract Optional<Provenance> provenance();

  /** Returns this membership with {@code provenance}. */
  public Membership withProvenance(Provenance provenance) {
    return builder().from(this).provenance(provenance).build();
  }

  /** Returns the member organisation's id. */
  public OrganizationId id() {
    return organization().id();
  }

  /** Returns whether it holds {@code role}. */
  public boolean has(Role role) {
    return roles().contains(checkNotNull(role, "role"));
  }

  @Value.Check
  void check() {
    Checks.checkField(
        !roles().isEmpty(),
        "roles",
        roles() + " of " + organization().id(),
        "must hold at least one role");
  }

  /**
   * Returns a membership with the given roles, no start date, not involved from the design.
   *
   * @throws IllegalArgumentException if no role is given
   */
  public static Membership of(Organization organization, Role... roles) {
    return builder().organization(organization).addRoles(roles).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }

  /**
   * Returns {@code "JASS [MEMBER, LOBBY_PARTNER]"}, with {@code ", from design"} when so and {@code
   * " (illustrative)"} when the membership is made up.
   */
  @Override
  public String toString() {
    return organization().shortName()
        + " "
        + roles()
        + (involvedFromDesign() ? ", from design" : "")
        + startDate().map(d -> ", since " + d).orElse("")
        + Provenance.mark(provenance());
  }
}
