package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A governing body of a partnership (steering committee, board, assembly, grant committee): its
 * seats and its decision rule. Who can actually decide is a matter of these, not of the organogram:
 * {@link #game()} turns them into a {@link VotingGame} for the power indices.
 *
 * <p>Invariants: the name is not blank; there is at least one seat; each organisation holds at most
 * one seat; veto holders hold seats; a double rule's minimum does not exceed the seats; the rule
 * can pass with all seats (e.g. a weighted quota not above the total weight).
 *
 * <pre>{@code
 * var isg = GoverningBody.of("ISG", BodyType.STEERING_COMMITTEE, DecisionRule.simpleMajority(),
 *     Seat.of(OrganizationId.of("a")), Seat.of(OrganizationId.of("b")), Seat.of(OrganizationId.of("c")));
 * PowerIndices.banzhaf(isg.game()).values()    // [1/3, 1/3, 1/3]
 * }</pre>
 */
@Value.Immutable(copy = false)
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

  /**
   * Returns the total weight of the seats.
   *
   * @throws IllegalArgumentException if it exceeds 2^63 - 1 (construction checks it)
   */
  public long totalWeight() {
    long total = 0;
    for (Seat s : seats()) {
      if (total > Long.MAX_VALUE - s.weight()) {
        Checks.checkField(
            false,
            "seats",
            s,
            "of body " + name() + " must keep the total weight at most 2^63 - 1");
      }
      total += s.weight();
    }
    return total;
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
      ImmutableList.Builder<String> labels = ImmutableList.builderWithExpectedSize(n);
      for (Seat s : seats()) {
        labels.add(s.holder().value());
      }
      return VotingGame.of(quota, w, vetoes, minimum, labels.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rule (" + rule() + ") of body " + name() + " cannot pass: " + e.getMessage(), e);
    }
  }

  /**
   * Returns each seat holder's power by {@code measure}, keyed by holder in seat order: the one
   * place where player numbers of {@link #game()} become organisations.
   *
   * <pre>{@code
   * isg.power(PowerMeasure.SHAPLEY_SHUBIK)   // {a=1/3, b=1/3, c=1/3}
   * }</pre>
   *
   * @throws IllegalStateException if the measure cannot compute this body's game exactly (see
   *     {@link PowerIndices})
   */
  public ImmutableMap<OrganizationId, Fraction> power(PowerMeasure measure) {
    checkNotNull(measure, "measure");
    PowerIndex index = measure.of(game());
    ImmutableMap.Builder<OrganizationId, Fraction> m = ImmutableMap.builder();
    for (int i = 0; i < seats().size(); i++) {
      m.put(seats().get(i).holder(), index.value(i));
    }
    return m.build();
  }

  /**
   * Returns the seat holders with decision power: those whose Banzhaf index in {@link #game()} is
   * above 0 (the others hold seats that never swing a decision).
   */
  @Value.Lazy
  public ImmutableSet<OrganizationId> holdersWithPower() {
    return power(PowerMeasure.BANZHAF).entrySet().stream()
        .filter(e -> e.getValue().signum() > 0)
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns the seat holders who can block any decision alone, in seat order. */
  @Value.Lazy
  public ImmutableSet<OrganizationId> blockers() {
    return holdersOf(game().vetoPlayers());
  }

  /** Returns the seat holder who decides alone (wins alone and blocks alone), if there is one. */
  @Value.Lazy
  public Optional<OrganizationId> dictator() {
    return game().dictator().map(i -> seats().get(i).holder());
  }

  private ImmutableSet<OrganizationId> holdersOf(Collection<Integer> players) {
    return players.stream()
        .map(i -> seats().get(i).holder())
        .collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    Checks.checkNotBlank(name(), "name");
    // Messages are built only when a check fails: this runs on every build, once per scenario step.
    if (seats().isEmpty()) {
      Checks.checkField(
          false, "seats", seats(), "of body " + name() + " must hold at least one seat");
    }
    Set<OrganizationId> holders = new HashSet<>();
    for (Seat s : seats()) {
      if (!holders.add(s.holder())) {
        Checks.checkField(
            false,
            "seats",
            s.holder(),
            "of body " + name() + " must give each organisation one seat");
      }
    }
    for (OrganizationId v : rule().vetoHolders()) {
      if (!holders.contains(v)) {
        Checks.checkField(false, "veto holder", v, "of body " + name() + " must hold a seat");
      }
    }
    if (rule().minimumMembers().isPresent()
        && rule().minimumMembers().getAsInt() > seats().size()) {
      Checks.checkField(
          false,
          "minimum members",
          rule().minimumMembers().getAsInt(),
          "of body " + name() + " must not exceed its " + seats().size() + " seats");
    }
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
