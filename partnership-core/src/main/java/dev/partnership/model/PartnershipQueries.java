package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.math.Fraction;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The queries on a partnership's membership. They are the one place where the lead, the funders and
 * the local and national members are looked up; the operators, the other catalogues and the
 * invariant check of {@link Partnership} read them from here.
 *
 * <pre>{@code
 * import static dev.partnership.model.PartnershipQueries.*;
 * gppac.query(membersWithRole(Role.SECRETARIAT))
 * gppac.query(localAndNationalShare())      // e.g. 15/22, exact
 * }</pre>
 */
public final class PartnershipQueries {
  private PartnershipQueries() {}

  /** Returns a query for the members holding {@code role}, in membership order. */
  public static PartnershipQuery<ImmutableList<Membership>> membersWithRole(Role role) {
    checkNotNull(role, "role");
    return named("membersWithRole(" + role + ")", p -> membersWithRole(p.members(), role));
  }

  /** Returns a query for the lead (the contract holder), if there is one. */
  public static PartnershipQuery<Optional<Organization>> lead() {
    return named("lead()", p -> leadOf(p).map(Membership::organization));
  }

  /** Returns a query for the organisations holding {@link Role#FUNDER}, in membership order. */
  public static PartnershipQuery<ImmutableList<Organization>> funders() {
    return named("funders()", p -> organizationsOf(membersWithRole(p.members(), Role.FUNDER)));
  }

  /**
   * Returns a query for the members that are local or national actors ({@link
   * Organization#isLocalOrNational()}), in membership order.
   */
  public static PartnershipQuery<ImmutableList<Organization>> localAndNationalMembers() {
    return named(
        "localAndNationalMembers()",
        p ->
            p.organizations().stream()
                .filter(Organization::isLocalOrNational)
                .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns a query for the share of members that are local or national actors, exactly: the number
   * of such members over the number of members.
   */
  public static PartnershipQuery<Fraction> localAndNationalShare() {
    return named(
        "localAndNationalShare()",
        p -> Fraction.of(p.query(localAndNationalMembers()).size(), p.members().size()));
  }

  /** Returns the members of {@code members} holding {@code role}: the one filter by role. */
  static ImmutableList<Membership> membersWithRole(List<Membership> members, Role role) {
    return members.stream().filter(m -> m.has(role)).collect(ImmutableList.toImmutableList());
  }

  /** Returns the lead's membership, if any. */
  static Optional<Membership> leadOf(Partnership p) {
    return membersWithRole(p.members(), Role.LEAD).stream().findFirst();
  }

  private static ImmutableList<Organization> organizationsOf(ImmutableList<Membership> members) {
    return members.stream().map(Membership::organization).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the query {@code name} (the call that made it, e.g. {@code "lead()"}); two such queries
   * are equal when their names are, so a name must say every argument in full.
   */
  static <R> PartnershipQuery<R> named(String name, Function<Partnership, R> body) {
    return named(name, name, body);
  }

  /**
   * Returns the query {@code name}; two such queries are equal when their names and {@code
   * arguments} are (for arguments the name shows in short, e.g. a session by its date and size).
   */
  static <R> PartnershipQuery<R> named(
      String name, Object arguments, Function<Partnership, R> body) {
    return new Named<>(name, arguments, body);
  }

  private static final class Named<R> extends Call implements PartnershipQuery<R> {
    private final String name;
    private final Object arguments;
    private final Function<Partnership, R> body;

    Named(String name, Object arguments, Function<Partnership, R> body) {
      super(name, arguments);
      this.name = name;
      this.arguments = arguments;
      this.body = body;
    }

    @Override
    public R queryFrom(Partnership partnership) {
      return body.apply(checkNotNull(partnership, "partnership"));
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
