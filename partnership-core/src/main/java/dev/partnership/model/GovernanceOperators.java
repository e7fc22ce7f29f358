package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.internal.Texts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Operators on a partnership's governing bodies: establish and dissolve bodies, change seats,
 * weights, rules and veto holders.
 *
 * <p>Each operator does not apply when the body does not exist (or, for {@link #establish}, exists
 * already), when its own precondition fails, or when the changed body or partnership would break an
 * invariant (a veto holder without a seat, a quota above the total weight, a seat for a non-member
 * ...); {@link PartnershipOperator#whyNotApplicable} then carries the invariant's message. Weights
 * whose total would overflow a {@code long} do not apply either.
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
    return Operator.of(
        "establish",
        List.of(Operator.shownAs(body, body.name())),
        p ->
            p.body(body.name()).isPresent()
                ? Optional.of(body.name() + " is already a governing body of " + p.id())
                : Optional.empty(),
        (p, b) -> b.addBody(body));
  }

  /**
   * Returns an operator that removes the body {@code name}. It does not apply while the body takes
   * decisions in the partnership's {@linkplain Partnership#decisionRights() decision rights}; the
   * reason names them (move them with {@link DecisionRightsOperators#assignToBody} or {@link
   * DecisionRightsOperators#unassign} first).
   */
  public static PartnershipOperator dissolve(String name) {
    checkNotNull(name, "name");
    return Operator.of(
        "dissolve",
        List.of(name),
        p ->
            noSuchBody(p, name)
                .or(
                    () -> {
                      ImmutableList<String> taken = p.decisionRights().decisionsTakenBy(name);
                      return taken.isEmpty()
                          ? Optional.empty()
                          : Optional.of(
                              name
                                  + " takes the decisions "
                                  + DecisionRightsOperators.shortList(
                                      taken.stream()
                                          .map(Texts::shortly)
                                          .collect(ImmutableList.toImmutableList()))
                                  + "; assign them to another body or unassign them first");
                    }),
        (p, b) ->
            b.bodies(
                p.bodies().stream()
                    .filter(x -> !x.name().equals(name))
                    .collect(ImmutableList.toImmutableList())));
  }

  /**
   * Returns an operator that gives {@code holder} a seat of {@code weight} in body {@code name}.
   */
  public static PartnershipOperator seat(String name, OrganizationId holder, long weight) {
    checkNotNull(holder, "holder");
    return change(
        "seat",
        name,
        List.of(holder, weight),
        body ->
            body.seatOf(holder).isPresent()
                ? Optional.of(holder + " already holds a seat in " + name)
                : overflow(body, holder, weight),
        body -> GoverningBody.builder().from(body).addSeat(Seat.of(holder, weight)).build());
  }

  /** Returns {@link #seat(String, OrganizationId, long)} for {@code organization}'s id. */
  public static PartnershipOperator seat(String name, Organization organization, long weight) {
    checkNotNull(organization, "organization");
    return seat(name, organization.id(), weight);
  }

  /** Returns an operator that takes {@code holder}'s seat in body {@code name} away. */
  public static PartnershipOperator unseat(String name, OrganizationId holder) {
    checkNotNull(holder, "holder");
    return change(
        "unseat",
        name,
        List.of(holder),
        body -> noSeat(body, holder),
        body ->
            GoverningBody.builder()
                .from(body)
                .seats(
                    body.seats().stream()
                        .filter(s -> !s.holder().equals(holder))
                        .collect(ImmutableList.toImmutableList()))
                .build());
  }

  /** Returns an operator that sets the weight of {@code holder}'s seat in body {@code name}. */
  public static PartnershipOperator reweight(String name, OrganizationId holder, long weight) {
    checkNotNull(holder, "holder");
    return change(
        "reweight",
        name,
        List.of(holder, weight),
        body -> {
          Optional<Seat> seat = body.seatOf(holder);
          if (seat.isEmpty()) {
            return noSeat(body, holder);
          }
          if (seat.get().weight() == weight) {
            return Optional.of(holder + " already has weight " + weight + " in " + name);
          }
          return overflow(body, holder, weight);
        },
        body ->
            GoverningBody.builder()
                .from(body)
                .seats(
                    body.seats().stream()
                        .map(s -> s.holder().equals(holder) ? reweighted(s, weight) : s)
                        .collect(ImmutableList.toImmutableList()))
                .build());
  }

  /** Returns an operator that replaces the decision rule of body {@code name}. */
  public static PartnershipOperator changeRule(String name, DecisionRule rule) {
    checkNotNull(rule, "rule");
    return change(
        "changeRule",
        name,
        List.of(rule),
        body ->
            body.rule().equals(rule)
                ? Optional.of(name + " already decides by " + rule)
                : Optional.empty(),
        body -> GoverningBody.builder().from(body).rule(rule).build());
  }

  /** Returns an operator that makes {@code holder} a veto holder in body {@code name}. */
  public static PartnershipOperator grantVeto(String name, OrganizationId holder) {
    return veto("grantVeto", name, holder, true);
  }

  /** Returns an operator that takes {@code holder}'s veto in body {@code name} away. */
  public static PartnershipOperator revokeVeto(String name, OrganizationId holder) {
    return veto("revokeVeto", name, holder, false);
  }

  private static PartnershipOperator veto(
      String operator, String name, OrganizationId holder, boolean grant) {
    checkNotNull(holder, "holder");
    return change(
        operator,
        name,
        List.of(holder),
        body ->
            body.rule().vetoHolders().contains(holder) == grant
                ? Optional.of(
                    holder + (grant ? " already holds a veto in " : " holds no veto in ") + name)
                : Optional.empty(),
        body ->
            GoverningBody.builder()
                .from(body)
                .rule(
                    grant
                        ? body.rule().withVetoHolders(holder)
                        : body.rule().withoutVetoHolder(holder))
                .build());
  }

  /** Returns {@code seat} with {@code weight}, keeping only an illustrative provenance. */
  private static Seat reweighted(Seat seat, long weight) {
    Seat plain = Seat.of(seat.holder(), weight);
    return Operator.afterChange(seat.provenance()).map(plain::withProvenance).orElse(plain);
  }

  private static Optional<String> noSeat(GoverningBody body, OrganizationId holder) {
    return body.seatOf(holder).isPresent()
        ? Optional.empty()
        : Optional.of(holder + " holds no seat in " + body.name());
  }

  /**
   * Returns why {@code holder}'s seat of {@code weight} would make the body's total weight overflow
   * a {@code long}, or empty. The sum is taken in {@code long} with {@code Math.addExact}, so no
   * total is ever wrapped around.
   */
  private static Optional<String> overflow(GoverningBody body, OrganizationId holder, long weight) {
    long total = Math.max(weight, 0);
    for (Seat s : body.seats()) {
      if (!s.holder().equals(holder)) {
        try {
          total = Math.addExact(total, s.weight());
        } catch (ArithmeticException e) {
          return Optional.of(
              "weight ("
                  + weight
                  + " of "
                  + holder
                  + ") in "
                  + body.name()
                  + " must keep the total weight of the seats within "
                  + Long.MAX_VALUE);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns why {@code name} is not a body of {@code p} (the one wording, see {@link
   * Partnership#requireBody}).
   */
  private static Optional<String> noSuchBody(Partnership p, String name) {
    return p.body(name).isPresent()
        ? Optional.empty()
        : Optional.of("body (" + name + ") " + p.notABody());
  }

  /**
   * Returns an operator that replaces body {@code name} by {@code change} of it, when {@code
   * precondition} holds.
   */
  private static PartnershipOperator change(
      String operator,
      String name,
      List<?> more,
      Function<GoverningBody, Optional<String>> precondition,
      UnaryOperator<GoverningBody> change) {
    checkNotNull(name, "name");
    return Operator.of(
        operator,
        ImmutableList.builder().add(name).addAll(more).build(),
        p -> noSuchBody(p, name).or(() -> precondition.apply(p.requireBody(name))),
        (p, b) ->
            b.bodies(
                p.bodies().stream()
                    .map(x -> x.name().equals(name) ? change.apply(x) : x)
                    .collect(ImmutableList.toImmutableList())));
  }
}
