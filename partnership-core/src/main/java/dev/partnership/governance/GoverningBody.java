package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A governing body of a partnership (steering committee, board, assembly, grant committee): its
 * seats and its decision rule. Who can actually decide is a matter of these, not of the organogram:
 * {@link #game()} turns them into a {@link VotingGame} for the power indices.
 *
 * <p>Invariants: the name is not blank; there is at least one seat; each organisation holds at
 * most one seat; veto holders hold seats; a double rule's minimum does not exceed the seats; the
 * rule can pass with all seats (e.g. a weighted quota not above the total weight).
 *
 * <pre>{@code
 * var isg = GoverningBody.of("ISG", BodyType.STEERING_COMMITTEE, DecisionRule.simpleMajority(),
 *     Seat.of(OrganizationId.of("a")), Seat.of(OrganizationId.of("b")), Seat.of(OrganizationId.of("c")));
 * PowerIndices.banzhaf(isg.game()).values()    // [1/3, 1/3, 1/3]
 * }</pre>
 */
@Value.Immutable
public abstract class GoverningBody {
  GoverningBody() {}

  /** Returns the body's name, unique within its partnership (e.g. {@code "ISG"}). */
  public abstract String name();

  /** Returns its kind. */
  public abstract BodyType type();

  /** Returns the seats, in order; player i of {@link #game()} is seat i. */
  public abstract ImmutableList<Seat> seats();

  /** Returns the decision rule. */
  public abstract DecisionRule rule();

  /** Returns the seat holders, in seat order. */
  public ImmutableList<OrganizationId> holders() {
    return seats().stream().map(Seat::holder).collect(ImmutableList.toImmutableList());
  }

  /** Returns the seat of {@code holder}, if it holds one. */
  public Optional<Seat> seatOf(OrganizationId holder) {
    checkNotNull(holder, "holder");
    return seats().stream().filter(s -> s.holder().equals(holder)).findFirst();
  }

  /** Returns the total weight of the seats. */
  public long totalWeight() {
    return seats().stream().mapToLong(Seat::weight).sum();
  }

  /**
   * Returns the simple game this body plays: players are seats in order, labelled by holder; see
   * {@link DecisionRule} for how each rule maps.
   */
  @Value.Lazy
  public VotingGame game() {
    int n = seats().size();
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = seats().get(i).weight();
    }
    List<Integer> vetoes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (rule().everySeatBlocks() || rule().vetoHolders().contains(seats().get(i).holder())) {
        vetoes.add(i);
      }
    }
    long quota = rule().everySeatBlocks() ? 0 : rule().quotaFor(totalWeight());
    int minimum = rule().minimumMembers().orElse(rule().everySeatBlocks() ? n : 0);
    try {
      return VotingGame.of(quota, w, vetoes, minimum)
          .withLabels(holders().stream().map(OrganizationId::value).collect(ImmutableList.toImmutableList()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule (" + rule() + ") of body " + name() + " cannot pass: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the seat holders with decision power: those whose Banzhaf index in {@link #game()} is
   * above 0 (the others hold seats that never swing a decision).
   */
  @Value.Lazy
  public com.google.common.collect.ImmutableSet<OrganizationId> holdersWithPower() {
    PowerIndex banzhaf = PowerIndices.banzhaf(game());
    com.google.common.collect.ImmutableSet.Builder<OrganizationId> b = com.google.common.collect.ImmutableSet.builder();
    for (int i = 0; i < seats().size(); i++) {
      if (banzhaf.value(i).signum() > 0) {
        b.add(seats().get(i).holder());
      }
    }
    return b.build();
  }

  @Value.Check
  void check() {
    Checks.checkNotBlank(name(), "name");
    Checks.checkField(!seats().isEmpty(), "seats", seats(), "of body " + name() + " must hold at least one seat");
    Set<OrganizationId> holders = new HashSet<>();
    for (Seat s : seats()) {
      Checks.checkField(holders.add(s.holder()), "seats", s.holder(), "of body " + name() + " must give each organisation one seat");
    }
    for (OrganizationId v : rule().vetoHolders()) {
      Checks.checkField(holders.contains(v), "veto holder", v, "of body " + name() + " must hold a seat");
    }
    rule()
        .minimumMembers()
        .ifPresent(
            m ->
                Checks.checkField(
                    m <= seats().size(), "minimum members", m, "of body " + name() + " must not exceed its " + seats().size() + " seats"));
    game();
  }

  /**
   * Returns a body with these seats.
   *
   * @throws IllegalArgumentException if an invariant does not hold
   */
  public static GoverningBody of(String name, BodyType type, DecisionRule rule, Seat... seats) {
    return builder().name(name).type(type).rule(rule).addSeats(seats).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoverningBody}. */
  public static final class Builder extends ImmutableGoverningBody.Builder {
    Builder() {}
  }

  /** Returns {@code "ISG (STEERING_COMMITTEE, simple majority): [a x1, b x1, c x1]"}. */
  @Override
  public String toString() {
    return name() + " (" + type() + ", " + rule() + "): " + seats();
  }
}
