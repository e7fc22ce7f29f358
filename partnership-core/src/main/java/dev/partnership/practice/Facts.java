package dev.partnership.practice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of a partnership's practice, one record per topic. Dates are the caller's; no rule
 * reads the clock.
 */
public final class Facts {
  private Facts() {}

  private static void checkCadence(int months, String field) {
    Checks.checkField(months >= 1, field, months + " months", "must be at least 1 month");
  }

  /**
   * Shared values: defined when and by whom.
   *
   * @param definedOn when they were defined
   * @param definedBy the members that took part
   */
  public record SharedValues(LocalDate definedOn, ImmutableSet<OrganizationId> definedBy) {
    /** Checks that no component is null. */
    public SharedValues {
      checkNotNull(definedOn, "definedOn");
      checkNotNull(definedBy, "definedBy");
    }
  }

  /**
   * A member's declared interest.
   *
   * @param interest what the member declared
   * @param knownToOthers whether the other members know it
   */
  public record DeclaredInterest(String interest, boolean knownToOthers) {
    /** Checks that no component is null. */
    public DeclaredInterest {
      Checks.checkNotBlank(interest, "interest");
    }
  }

  /**
   * How the programme was designed.
   *
   * @param theoryOfChangeBy the members that drafted the theory of change
   * @param plansBy the members that drafted the plans
   * @param strategyInformedBy the members whose local priorities shaped the global strategy
   */
  public record ProgrammeDesign(
      ImmutableSet<OrganizationId> theoryOfChangeBy,
      ImmutableSet<OrganizationId> plansBy,
      ImmutableSet<OrganizationId> strategyInformedBy) {
    /** Checks that no component is null. */
    public ProgrammeDesign {
      checkNotNull(theoryOfChangeBy, "theoryOfChangeBy");
      checkNotNull(plansBy, "plansBy");
      checkNotNull(strategyInformedBy, "strategyInformedBy");
    }
  }

  /**
   * A joint learning practice.
   *
   * @param description what it is
   * @param reflectsOnValues whether it asks "are we still in line with our values?"
   * @param cadenceMonths how often, in months
   * @param participants the members that take part
   */
  public record LearningPractice(
      String description,
      boolean reflectsOnValues,
      int cadenceMonths,
      ImmutableSet<OrganizationId> participants) {
    /** Checks that no component is null or blank and the cadence is at least 1 month. */
    public LearningPractice {
      checkNotNull(description, "description");
      checkNotNull(participants, "participants");
      Checks.checkNotBlank(description, "learning description");
      checkCadence(cadenceMonths, "learning cadence");
    }
  }

  /**
   * A feedback loop.
   *
   * @param from the members that give feedback
   * @param to the member that receives it
   * @param channel how (survey, meeting, hotline ...)
   * @param cadenceMonths how often, in months
   * @param actedOn evidence that feedback was acted on, if any
   */
  public record FeedbackLoop(
      ImmutableSet<OrganizationId> from,
      OrganizationId to,
      String channel,
      int cadenceMonths,
      Optional<String> actedOn) {
    /** Checks that no component is null or blank and the cadence is at least 1 month. */
    public FeedbackLoop {
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(channel, "channel");
      checkNotNull(actedOn, "actedOn");
      Checks.checkNotBlank(channel, "channel");
      checkCadence(cadenceMonths, "feedback cadence");
    }
  }

  /**
   * Joint reviews of the context.
   *
   * @param cadenceMonths how often, in months
   * @param last the date of the last review
   * @param participants the members that took part in the last review
   */
  public record ContextReviews(
      int cadenceMonths, LocalDate last, ImmutableSet<OrganizationId> participants) {
    /** Checks that no component is null and the cadence is at least 1 month. */
    public ContextReviews {
      checkNotNull(last, "last");
      checkNotNull(participants, "participants");
      checkCadence(cadenceMonths, "context review cadence");
    }
  }

  /**
   * Flexibility of the budget.
   *
   * @param movableShare the share of the budget that can move without the funder's approval
   * @param whoMayMove the members that may move it
   * @param threshold the amount above which approval is needed, as text with currency (e.g. "50000
   *     EUR"), if any
   */
  public record BudgetFlexibility(
      Fraction movableShare, ImmutableSet<OrganizationId> whoMayMove, Optional<String> threshold) {
    /** Checks that no component is null and the share is in [0, 1]. */
    public BudgetFlexibility {
      checkNotNull(movableShare, "movableShare");
      checkNotNull(whoMayMove, "whoMayMove");
      checkNotNull(threshold, "threshold");
      Checks.checkField(
          movableShare.signum() >= 0 && movableShare.compareTo(Fraction.ONE) <= 0,
          "movable share",
          movableShare,
          "must be in [0, 1]");
      threshold.ifPresent(t -> Checks.checkNotBlank(t, "threshold"));
    }
  }

  /**
   * How power in the partnership was decided.
   *
   * @param decidedBy the members that decided it
   * @param decidedOn when
   */
  public record PowerArrangement(ImmutableSet<OrganizationId> decidedBy, LocalDate decidedOn) {
    /** Checks that no component is null. */
    public PowerArrangement {
      checkNotNull(decidedBy, "decidedBy");
      checkNotNull(decidedOn, "decidedOn");
    }
  }

  /**
   * The partnership's strategy for civic space.
   *
   * @param description what it does
   * @param includesDigital whether digital civic space is part of it
   */
  public record CivicSpaceStrategy(String description, boolean includesDigital) {
    /** Checks that no component is null. */
    public CivicSpaceStrategy {
      Checks.checkNotBlank(description, "civic space strategy");
    }
  }
}
