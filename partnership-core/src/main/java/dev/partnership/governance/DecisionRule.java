package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * How a governing body decides: the kind of rule, plus optional veto holders and an optional
 * minimum number of members (a double rule, as in EU-style votes).
 *
 * <p>Each rule maps to a {@link VotingGame} over the body's seats (see {@link
 * GoverningBody#game()}):
 *
 * <ul>
 *   <li>{@link Kind#UNANIMITY} and {@link Kind#CONSENT}: every seat must agree (consent: passes
 *       unless someone raises a reasoned, paramount objection, so every seat can block); as games
 *       both need all seats;
 *   <li>{@link Kind#SIMPLE_MAJORITY}: more than half of the total weight;
 *   <li>{@link Kind#QUALIFIED_MAJORITY}: at least the given fraction of the total weight;
 *   <li>{@link Kind#WEIGHTED_QUOTA}: at least the given quota of weight.
 * </ul>
 *
 * <pre>{@code
 * DecisionRule.qualifiedMajority(2, 3).withVetoHolders(OrganizationId.of("gppac-foundation"))
 * DecisionRule.weightedQuota(55).withMinimumMembers(15)   // a double rule
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class DecisionRule {
  DecisionRule() {}

  /** The kinds of decision rule. */
  public enum Kind {
    /** Everyone agrees (consensus). */
    UNANIMITY,
    /** Passes unless a member raises a reasoned, paramount objection. */
    CONSENT,
    /** More than half of the weight. */
    SIMPLE_MAJORITY,
    /** At least a fraction of the weight. */
    QUALIFIED_MAJORITY,
    /** At least a quota of weight. */
    WEIGHTED_QUOTA
  }

  /** Returns the kind. */
  public abstract Kind kind();

  /** Returns the fraction a qualified majority needs (present only for that kind). */
  public abstract Optional<Fraction> threshold();

  /** Returns the quota a weighted rule needs (present only for that kind). */
  public abstract OptionalLong quota();

  /** Returns the seat holders who can block any decision alone. */
  public abstract ImmutableSet<OrganizationId> vetoHolders();

  /** Returns the minimum number of members that must agree, if the rule is a double rule. */
  public abstract OptionalInt minimumMembers();

  @Value.Check
  void check() {
    Checks.checkField(
        threshold().isPresent() == (kind() == Kind.QUALIFIED_MAJORITY),
        "threshold",
        threshold().map(Object::toString).orElse("none"),
        "must be given exactly for QUALIFIED_MAJORITY, not for " + kind());
    Checks.checkField(
        quota().isPresent() == (kind() == Kind.WEIGHTED_QUOTA),
        "quota",
        quota().isPresent() ? quota().getAsLong() : "none",
        "must be given exactly for WEIGHTED_QUOTA, not for " + kind());
    threshold()
        .ifPresent(
            t ->
                Checks.checkField(
                    t.signum() > 0 && t.compareTo(Fraction.ONE) <= 0,
                    "threshold",
                    t,
                    "must be in (0, 1]"));
    if (quota().isPresent()) {
      Checks.checkField(
          quota().getAsLong() >= 1, "quota", quota().getAsLong(), "must be at least 1");
    }
    if (minimumMembers().isPresent()) {
      Checks.checkField(
          minimumMembers().getAsInt() >= 1,
          "minimum members",
          minimumMembers().getAsInt(),
          "must be at least 1");
    }
  }

  /** Returns unanimity (consensus): every seat must agree. */
  public static DecisionRule unanimity() {
    return builder().kind(Kind.UNANIMITY).build();
  }

  /** Returns consent: passes unless a seat raises a reasoned, paramount objection. */
  public static DecisionRule consent() {
    return builder().kind(Kind.CONSENT).build();
  }

  /** Returns simple majority: more than half of the total weight. */
  public static DecisionRule simpleMajority() {
    return builder().kind(Kind.SIMPLE_MAJORITY).build();
  }

  /**
   * Returns a qualified majority of at least {@code numerator/denominator} of the total weight.
   *
   * @throws IllegalArgumentException if the fraction is not in (0, 1]
   */
  public static DecisionRule qualifiedMajority(long numerator, long denominator) {
    Checks.checkField(
        denominator > 0,
        "threshold",
        numerator + "/" + denominator,
        "must have a positive denominator");
    Checks.checkField(
        numerator > 0 && numerator <= denominator,
        "threshold",
        numerator + "/" + denominator,
        "must be in (0, 1]");
    return builder()
        .kind(Kind.QUALIFIED_MAJORITY)
        .threshold(Fraction.of(numerator, denominator))
        .build();
  }

  /**
   * Returns weighted voting that needs at least {@code quota} weight.
   *
   * @throws IllegalArgumentException if the quota is below 1
   */
  public static DecisionRule weightedQuota(long quota) {
    return builder().kind(Kind.WEIGHTED_QUOTA).quota(quota).build();
  }

  /** Returns this rule where {@code holders} can also block alone. */
  public DecisionRule withVetoHolders(OrganizationId... holders) {
    checkNotNull(holders, "holders");
    for (OrganizationId h : holders) {
      checkNotNull(h, "holders (%s) must not contain null", Arrays.toString(holders));
    }
    return builder().from(this).addAllVetoHolders(Arrays.asList(holders)).build();
  }

  /** Returns this rule where {@code holder} no longer holds a veto. */
  public DecisionRule withoutVetoHolder(OrganizationId holder) {
    checkNotNull(holder, "holder");
    return builder()
        .from(this)
        .vetoHolders(
            vetoHolders().stream()
                .filter(h -> !h.equals(holder))
                .collect(ImmutableSet.toImmutableSet()))
        .build();
  }

  /**
   * Returns this rule as a double rule: at least {@code members} seats must also agree.
   *
   * @throws IllegalArgumentException if {@code members} is below 1
   */
  public DecisionRule withMinimumMembers(int members) {
    return builder().from(this).minimumMembers(members).build();
  }

  /**
   * Returns the quota of weight this rule needs out of {@code totalWeight}.
   *
   * @throws IllegalArgumentException if {@code totalWeight} is negative
   */
  public long quotaFor(long totalWeight) {
    Checks.checkField(totalWeight >= 0, "total weight", totalWeight, "must not be negative");
    switch (kind()) {
      case UNANIMITY:
      case CONSENT:
        return totalWeight;
      case SIMPLE_MAJORITY:
        return totalWeight / 2 + 1;
      case QUALIFIED_MAJORITY:
        Fraction t = threshold().orElseThrow();
        BigInteger[] qr =
            t.numerator()
                .multiply(BigInteger.valueOf(totalWeight))
                .divideAndRemainder(t.denominator());
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
      default:
        return quota().orElseThrow();
    }
  }

  /** Returns whether every seat must agree (unanimity or consent). */
  public boolean everySeatBlocks() {
    return kind() == Kind.UNANIMITY || kind() == Kind.CONSENT;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRule} inside this package; users call the factories. */
  static final class Builder extends ImmutableDecisionRule.Builder {
    Builder() {}
  }

  /** Returns {@code "qualified majority 2/3, veto [gppac-foundation], min 8 members"}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    threshold().ifPresent(t -> s.append(' ').append(t));
    quota().ifPresent(q -> s.append(' ').append(q));
    if (!vetoHolders().isEmpty()) {
      s.append(", veto ").append(vetoHolders());
    }
    minimumMembers().ifPresent(m -> s.append(", min ").append(m).append(" members"));
    return s.toString();
  }
}
