package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Operators on a partnership's governing bodies: establish and dissolve bodies, change seats,
 * weights, rules and veto holders.
 *
 * <p>Each operator does not apply when the body does not exist (or, for {@link #establish},
 * exists already), when its own precondition fails, or when the changed body or partnership would
 * break an invariant (a veto holder without a seat, a quota above the total weight, a seat for a
 * non-member ...); {@link PartnershipOperator#whyNotApplicable} then carries the invariant's
 * message.
 *
 * <pre>{@code
 * import static dev.partnership.model.GovernanceOperators.*;
 * gppac.with(changeRule("ISG", DecisionRule.qualifiedMajority(2, 3)))
 * gppac.with(grantVeto("ISG", OrganizationId.of("ingo-1")))
 * }</pre>
 */
public final class GovernanceOperators {
  private GovernanceOperators() {}

  /** Returns an operator that adds {@code body} to the partnership. */
  public static PartnershipOperator establish(GoverningBody body) {
    checkNotNull(body, "body");
    return new CheckedOperator(
        "establish(" + body.name() + ")",
        p -> bodyPrecondition(p, body.name(), false),
        p -> Partnership.builder().from(p).addBody(body).build());
  }

  /** Returns an operator that removes the body {@code name}. */
  public static PartnershipOperator dissolve(String name) {
    checkNotNull(name, "name");
    return new CheckedOperator(
        "dissolve(" + name + ")",
        p -> bodyPrecondition(p, name, true),
        p ->
            Partnership.builder()
                .from(p)
                .bodies(p.bodies().stream().filter(b -> !b.name().equals(name)).collect(ImmutableList.toImmutableList()))
                .build());
  }

  /** Returns an operator that gives {@code holder} a seat of {@code weight} in body {@code name}. */
  public static PartnershipOperator seat(String name, OrganizationId holder, long weight) {
    checkNotNull(holder, "holder");
    return change(
        "seat(" + name + ", " + holder + ", " + weight + ")",
        name,
        b -> {
          if (b.seatOf(holder).isPresent()) {
            throw new IllegalArgumentException(holder + " already holds a seat in " + name);
          }
          return GoverningBody.builder().from(b).addSeat(Seat.of(holder, weight)).build();
        });
  }

  /** Returns {@link #seat(String, OrganizationId, long)} for {@code organization}'s id. */
  public static PartnershipOperator seat(String name, Organization organization, long weight) {
    return seat(name, organization.id(), weight);
  }

  /** Returns an operator that takes {@code holder}'s seat in body {@code name} away. */
  public static PartnershipOperator unseat(String name, OrganizationId holder) {
    checkNotNull(holder, "holder");
    return change(
        "unseat(" + name + ", " + holder + ")",
        name,
        b -> {
          requireSeat(b, holder);
          return GoverningBody.builder()
              .from(b)
              .seats(b.seats().stream().filter(s -> !s.holder().equals(holder)).collect(ImmutableList.toImmutableList()))
              .build();
        });
  }

  /** Returns an operator that sets the weight of {@code holder}'s seat in body {@code name}. */
  public static PartnershipOperator reweight(String name, OrganizationId holder, long weight) {
    checkNotNull(holder, "holder");
    return change(
        "reweight(" + name + ", " + holder + ", " + weight + ")",
        name,
        b -> {
          if (requireSeat(b, holder).weight() == weight) {
            throw new IllegalArgumentException(holder + " already has weight " + weight + " in " + name);
          }
          return GoverningBody.builder()
              .from(b)
              .seats(
                  b.seats().stream()
                      .map(s -> s.holder().equals(holder) ? Seat.of(holder, weight) : s)
                      .collect(ImmutableList.toImmutableList()))
              .build();
        });
  }

  /** Returns an operator that replaces the decision rule of body {@code name}. */
  public static PartnershipOperator changeRule(String name, DecisionRule rule) {
    checkNotNull(rule, "rule");
    return change(
        "changeRule(" + name + ", " + rule + ")",
        name,
        b -> {
          if (b.rule().equals(rule)) {
            throw new IllegalArgumentException(name + " already decides by " + rule);
          }
          return GoverningBody.builder().from(b).rule(rule).build();
        });
  }

  /** Returns an operator that makes {@code holder} a veto holder in body {@code name}. */
  public static PartnershipOperator grantVeto(String name, OrganizationId holder) {
    checkNotNull(holder, "holder");
    return change(
        "grantVeto(" + name + ", " + holder + ")",
        name,
        b -> {
          if (b.rule().vetoHolders().contains(holder)) {
            throw new IllegalArgumentException(holder + " already holds a veto in " + name);
          }
          return GoverningBody.builder().from(b).rule(b.rule().withVetoHolders(holder)).build();
        });
  }

  /** Returns an operator that takes {@code holder}'s veto in body {@code name} away. */
  public static PartnershipOperator revokeVeto(String name, OrganizationId holder) {
    checkNotNull(holder, "holder");
    return change(
        "revokeVeto(" + name + ", " + holder + ")",
        name,
        b -> {
          if (!b.rule().vetoHolders().contains(holder)) {
            throw new IllegalArgumentException(holder + " holds no veto in " + name);
          }
          return GoverningBody.builder().from(b).rule(b.rule().withoutVetoHolder(holder)).build();
        });
  }

  private static Seat requireSeat(GoverningBody b, OrganizationId holder) {
    return b.seatOf(holder)
        .orElseThrow(() -> new IllegalArgumentException(holder + " holds no seat in " + b.name()));
  }

  private static PartnershipOperator change(String text, String name, UnaryOperator<GoverningBody> change) {
    checkNotNull(name, "name");
    return new CheckedOperator(
        text,
        p -> bodyPrecondition(p, name, true),
        p ->
            Partnership.builder()
                .from(p)
                .bodies(
                    p.bodies().stream()
                        .map(b -> b.name().equals(name) ? change.apply(b) : b)
                        .collect(ImmutableList.toImmutableList()))
                .build());
  }

  private static Optional<String> bodyPrecondition(Partnership p, String name, boolean mustExist) {
    if (p.body(name).isPresent() == mustExist) {
      return Optional.empty();
    }
    return Optional.of(
        mustExist
            ? name + " is not a governing body of " + p.id() + "; bodies are " + bodyNames(p)
            : name + " is already a governing body of " + p.id());
  }

  static ImmutableList<String> bodyNames(Partnership p) {
    return p.bodies().stream().map(GoverningBody::name).collect(ImmutableList.toImmutableList());
  }
}
