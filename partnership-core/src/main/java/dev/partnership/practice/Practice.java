package dev.partnership.practice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import dev.partnership.practice.Facts.BudgetFlexibility;
import dev.partnership.practice.Facts.CivicSpaceStrategy;
import dev.partnership.practice.Facts.ContextReviews;
import dev.partnership.practice.Facts.DeclaredInterest;
import dev.partnership.practice.Facts.FeedbackLoop;
import dev.partnership.practice.Facts.LearningPractice;
import dev.partnership.practice.Facts.PowerArrangement;
import dev.partnership.practice.Facts.ProgrammeDesign;
import dev.partnership.practice.Facts.SharedValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a partnership does about the lessons of the field, and its control and trust mechanisms.
 * Every fact is optional: a missing fact is unknown, unless its {@link Topic} is listed in {@link
 * #knownAbsent()}, which says the partnership is known not to have it.
 *
 * <pre>{@code
 * Practice.builder()
 *     .sharedValues(new Facts.SharedValues(LocalDate.of(2021, 3, 1), ImmutableSet.of(a.id(), b.id())))
 *     .addKnownAbsent(Topic.FEEDBACK_LOOPS)
 *     .addControls(ControlMechanism.EARMARKING)
 *     .addTrusts(TrustMechanism.MULTI_YEAR_FUNDING)
 *     .build()
 * }</pre>
 */
@Value.Immutable
public abstract class Practice implements WithPractice {
  Practice() {}

  /** Returns the shared values, if known. */
  public abstract Optional<SharedValues> sharedValues();

  /** Returns the members' declared interests. */
  public abstract ImmutableMap<OrganizationId, DeclaredInterest> interests();

  /** Returns how the programme was designed, if known. */
  public abstract Optional<ProgrammeDesign> design();

  /** Returns the joint learning practices. */
  public abstract ImmutableList<LearningPractice> learning();

  /** Returns the feedback loops. */
  public abstract ImmutableList<FeedbackLoop> feedbackLoops();

  /** Returns the context reviews, if known. */
  public abstract Optional<ContextReviews> contextReviews();

  /** Returns the budget flexibility, if known. */
  public abstract Optional<BudgetFlexibility> budgetFlexibility();

  /** Returns how power was decided, if known. */
  public abstract Optional<PowerArrangement> powerArrangement();

  /** Returns the civic space strategy, if known. */
  public abstract Optional<CivicSpaceStrategy> civicSpace();

  /** Returns the topics the partnership is known not to have. */
  public abstract ImmutableSet<Topic> knownAbsent();

  /** Returns the control mechanisms in use. */
  public abstract ImmutableSet<ControlMechanism> controls();

  /** Returns the trust mechanisms in use. */
  public abstract ImmutableSet<TrustMechanism> trusts();

  /**
   * Returns where the facts about control mechanisms come from, for those recorded; every key is
   * one of {@link #controls()} (the provenance of a control not in use is dropped when built).
   */
  public abstract ImmutableMap<ControlMechanism, Provenance> controlProvenance();

  /**
   * Returns where the facts about trust mechanisms come from, for those recorded; every key is one
   * of {@link #trusts()} (the provenance of a mechanism not in use is dropped when built).
   */
  public abstract ImmutableMap<TrustMechanism, Provenance> trustProvenance();

  /** Returns whether the fact of {@code topic} is present. */
  public boolean has(Topic topic) {
    switch (topic) {
      case SHARED_VALUES:
        return sharedValues().isPresent();
      case DECLARED_INTERESTS:
        return !interests().isEmpty();
      case PROGRAMME_DESIGN:
        return design().isPresent();
      case JOINT_LEARNING:
        return !learning().isEmpty();
      case FEEDBACK_LOOPS:
        return !feedbackLoops().isEmpty();
      case CONTEXT_REVIEWS:
        return contextReviews().isPresent();
      case BUDGET_FLEXIBILITY:
        return budgetFlexibility().isPresent();
      case POWER_ARRANGEMENT:
        return powerArrangement().isPresent();
      default:
        return civicSpace().isPresent();
    }
  }

  /** Returns every organisation the facts name (for the partnership's membership check). */
  public ImmutableSet<OrganizationId> namedOrganizations() {
    ImmutableSet.Builder<OrganizationId> b = ImmutableSet.builder();
    sharedValues().ifPresent(v -> b.addAll(v.definedBy()));
    b.addAll(interests().keySet());
    design()
        .ifPresent(
            d -> b.addAll(d.theoryOfChangeBy()).addAll(d.plansBy()).addAll(d.strategyInformedBy()));
    learning().forEach(l -> b.addAll(l.participants()));
    feedbackLoops().forEach(f -> b.addAll(f.from()).add(f.to()));
    contextReviews().ifPresent(c -> b.addAll(c.participants()));
    budgetFlexibility().ifPresent(f -> b.addAll(f.whoMayMove()));
    powerArrangement().ifPresent(p -> b.addAll(p.decidedBy()));
    return b.build();
  }

  /**
   * Checks that no topic is both recorded and known absent, and drops the provenance of a mechanism
   * no longer in use (the fact is gone, so is where it came from).
   */
  @Value.Check
  Practice normalize() {
    for (Topic t : knownAbsent()) {
      Checks.checkField(!has(t), "known absent", t, "must not also be recorded as a fact");
    }
    if (controls().containsAll(controlProvenance().keySet())
        && trusts().containsAll(trustProvenance().keySet())) {
      return this;
    }
    return builder()
        .from(this)
        .controlProvenance(Maps.filterKeys(controlProvenance(), controls()::contains))
        .trustProvenance(Maps.filterKeys(trustProvenance(), trusts()::contains))
        .build();
  }

  /** Returns a practice with no facts and no mechanisms. */
  public static Practice empty() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Practice}. */
  public static final class Builder extends ImmutablePractice.Builder {
    Builder() {}
  }
}
