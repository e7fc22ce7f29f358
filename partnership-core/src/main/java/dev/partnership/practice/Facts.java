package dev.partnership.practice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of a partnership's practice, one record per topic. Dates are the caller's; no rule
 * reads the clock.
 *
 * <p>Every record has an optional last component, {@code provenance}: where the fact comes from
 * (empty when not recorded). The constructors without it keep it empty, and {@code
 * withProvenance(..)} returns a copy with one. An illustrative fact's {@code toString} ends in
 * {@code (illustrative)}.
 *
 * <pre>{@code
 * new Facts.CivicSpaceStrategy("protect activists online", true)
 *     .withProvenance(Provenance.of("GPPAC annual report 2023", LocalDate.of(2024, 6, 1)))
 * }</pre>
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
   * @param provenance where the fact comes from, if recorded
   */
  public record SharedValues(
      LocalDate definedOn,
      ImmutableSet<OrganizationId> definedBy,
      Optional<Provenance> provenance) {
    /** Checks that no component is null. */
    public SharedValues {
      checkNotNull(provenance, "provenance");
      checkNotNull(definedOn, "definedOn");
      checkNotNull(definedBy, "definedBy");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param definedOn see the record component
     * @param definedBy see the record component
     */
    public SharedValues(LocalDate definedOn, ImmutableSet<OrganizationId> definedBy) {
      this(definedOn, definedBy, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public SharedValues withProvenance(Provenance provenance) {
      return new SharedValues(definedOn, definedBy, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "SharedValues["
          + "definedOn="
          + definedOn
          + ", "
          + "definedBy="
          + definedBy
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * A member's declared interest.
   *
   * @param interest what the member declared
   * @param knownToOthers whether the other members know it
   * @param provenance where the fact comes from, if recorded
   */
  public record DeclaredInterest(
      String interest, boolean knownToOthers, Optional<Provenance> provenance) {
    /** Checks that no component is null. */
    public DeclaredInterest {
      checkNotNull(provenance, "provenance");
      Checks.checkNotBlank(interest, "interest");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param interest see the record component
     * @param knownToOthers see the record component
     */
    public DeclaredInterest(String interest, boolean knownToOthers) {
      this(interest, knownToOthers, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public DeclaredInterest withProvenance(Provenance provenance) {
      return new DeclaredInterest(interest, knownToOthers, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "DeclaredInterest["
          + "interest="
          + interest
          + ", "
          + "knownToOthers="
          + knownToOthers
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * How the programme was designed.
   *
   * @param theoryOfChangeBy the members that drafted the theory of change
   * @param plansBy the members that drafted the plans
   * @param strategyInformedBy the members whose local priorities shaped the global strategy
   * @param provenance where the fact comes from, if recorded
   */
  public record ProgrammeDesign(
      ImmutableSet<OrganizationId> theoryOfChangeBy,
      ImmutableSet<OrganizationId> plansBy,
      ImmutableSet<OrganizationId> strategyInformedBy,
      Optional<Provenance> provenance) {
    /** Checks that no component is null. */
    public ProgrammeDesign {
      checkNotNull(provenance, "provenance");
      checkNotNull(theoryOfChangeBy, "theoryOfChangeBy");
      checkNotNull(plansBy, "plansBy");
      checkNotNull(strategyInformedBy, "strategyInformedBy");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param theoryOfChangeBy see the record component
     * @param plansBy see the record component
     * @param strategyInformedBy see the record component
     */
    public ProgrammeDesign(
        ImmutableSet<OrganizationId> theoryOfChangeBy,
        ImmutableSet<OrganizationId> plansBy,
        ImmutableSet<OrganizationId> strategyInformedBy) {
      this(theoryOfChangeBy, plansBy, strategyInformedBy, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public ProgrammeDesign withProvenance(Provenance provenance) {
      return new ProgrammeDesign(
          theoryOfChangeBy, plansBy, strategyInformedBy, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "ProgrammeDesign["
          + "theoryOfChangeBy="
          + theoryOfChangeBy
          + ", "
          + "plansBy="
          + plansBy
          + ", "
          + "strategyInformedBy="
          + strategyInformedBy
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * A joint learning practice.
   *
   * @param description what it is
   * @param reflectsOnValues whether it asks "are we still in line with our values?"
   * @param cadenceMonths how often, in months
   * @param participants the members that take part
   * @param provenance where the fact comes from, if recorded
   */
  public record LearningPractice(
      String description,
      boolean reflectsOnValues,
      int cadenceMonths,
      ImmutableSet<OrganizationId> participants,
      Optional<Provenance> provenance) {
    /** Checks that no component is null or blank and the cadence is at least 1 month. */
    public LearningPractice {
      checkNotNull(provenance, "provenance");
      checkNotNull(description, "description");
      checkNotNull(participants, "participants");
      Checks.checkNotBlank(description, "learning description");
      checkCadence(cadenceMonths, "learning cadence");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param description see the record component
     * @param reflectsOnValues see the record component
     * @param cadenceMonths see the record component
     * @param participants see the record component
     */
    public LearningPractice(
        String description,
        boolean reflectsOnValues,
        int cadenceMonths,
        ImmutableSet<OrganizationId> participants) {
      this(description, reflectsOnValues, cadenceMonths, participants, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public LearningPractice withProvenance(Provenance provenance) {
      return new LearningPractice(
          description, reflectsOnValues, cadenceMonths, participants, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "LearningPractice["
          + "description="
          + description
          + ", "
          + "reflectsOnValues="
          + reflectsOnValues
          + ", "
          + "cadenceMonths="
          + cadenceMonths
          + ", "
          + "participants="
          + participants
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
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
   * @param provenance where the fact comes from, if recorded
   */
  public record FeedbackLoop(
      ImmutableSet<OrganizationId> from,
      OrganizationId to,
      String channel,
      int cadenceMonths,
      Optional<String> actedOn,
      Optional<Provenance> provenance) {
    /** Checks that no component is null or blank and the cadence is at least 1 month. */
    public FeedbackLoop {
      checkNotNull(provenance, "provenance");
      checkNotNull(from, "from");
      checkNotNull(to, "to");
      checkNotNull(channel, "channel");
      checkNotNull(actedOn, "actedOn");
      Checks.checkNotBlank(channel, "channel");
      checkCadence(cadenceMonths, "feedback cadence");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param from see the record component
     * @param to see the record component
     * @param channel see the record component
     * @param cadenceMonths see the record component
     * @param actedOn see the record component
     */
    public FeedbackLoop(
        ImmutableSet<OrganizationId> from,
        OrganizationId to,
        String channel,
        int cadenceMonths,
        Optional<String> actedOn) {
      this(from, to, channel, cadenceMonths, actedOn, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public FeedbackLoop withProvenance(Provenance provenance) {
      return new FeedbackLoop(from, to, channel, cadenceMonths, actedOn, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "FeedbackLoop["
          + "from="
          + from
          + ", "
          + "to="
          + to
          + ", "
          + "channel="
          + channel
          + ", "
          + "cadenceMonths="
          + cadenceMonths
          + ", "
          + "actedOn="
          + actedOn
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * Joint reviews of the context.
   *
   * @param cadenceMonths how often, in months
   * @param last the date of the last review
   * @param participants the members that took part in the last review
   * @param provenance where the fact comes from, if recorded
   */
  public record ContextReviews(
      int cadenceMonths,
      LocalDate last,
      ImmutableSet<OrganizationId> participants,
      Optional<Provenance> provenance) {
    /** Checks that no component is null and the cadence is at least 1 month. */
    public ContextReviews {
      checkNotNull(provenance, "provenance");
      checkNotNull(last, "last");
      checkNotNull(participants, "participants");
      checkCadence(cadenceMonths, "context review cadence");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param cadenceMonths see the record component
     * @param last see the record component
     * @param participants see the record component
     */
    public ContextReviews(
        int cadenceMonths, LocalDate last, ImmutableSet<OrganizationId> participants) {
      this(cadenceMonths, last, participants, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public ContextReviews withProvenance(Provenance provenance) {
      return new ContextReviews(cadenceMonths, last, participants, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "ContextReviews["
          + "cadenceMonths="
          + cadenceMonths
          + ", "
          + "last="
          + last
          + ", "
          + "participants="
          + participants
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * Flexibility of the budget.
   *
   * @param movableShare the share of the budget that can move without the funder's approval
   * @param whoMayMove the members that may move it
   * @param threshold the amount above which approval is needed, as text with currency (e.g. "50000
   *     EUR"), if any
   * @param provenance where the fact comes from, if recorded
   */
  public record BudgetFlexibility(
      Fraction movableShare,
      ImmutableSet<OrganizationId> whoMayMove,
      Optional<String> threshold,
      Optional<Provenance> provenance) {
    /** Checks that no component is null and the share is in [0, 1]. */
    public BudgetFlexibility {
      checkNotNull(provenance, "provenance");
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

    /**
     * Returns the fact without provenance.
     *
     * @param movableShare see the record component
     * @param whoMayMove see the record component
     * @param threshold see the record component
     */
    public BudgetFlexibility(
        Fraction movableShare,
        ImmutableSet<OrganizationId> whoMayMove,
        Optional<String> threshold) {
      this(movableShare, whoMayMove, threshold, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public BudgetFlexibility withProvenance(Provenance provenance) {
      return new BudgetFlexibility(movableShare, whoMayMove, threshold, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "BudgetFlexibility["
          + "movableShare="
          + movableShare
          + ", "
          + "whoMayMove="
          + whoMayMove
          + ", "
          + "threshold="
          + threshold
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * How power in the partnership was decided.
   *
   * @param decidedBy the members that decided it
   * @param decidedOn when
   * @param provenance where the fact comes from, if recorded
   */
  public record PowerArrangement(
      ImmutableSet<OrganizationId> decidedBy,
      LocalDate decidedOn,
      Optional<Provenance> provenance) {
    /** Checks that no component is null. */
    public PowerArrangement {
      checkNotNull(provenance, "provenance");
      checkNotNull(decidedBy, "decidedBy");
      checkNotNull(decidedOn, "decidedOn");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param decidedBy see the record component
     * @param decidedOn see the record component
     */
    public PowerArrangement(ImmutableSet<OrganizationId> decidedBy, LocalDate decidedOn) {
      this(decidedBy, decidedOn, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public PowerArrangement withProvenance(Provenance provenance) {
      return new PowerArrangement(decidedBy, decidedOn, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "PowerArrangement["
          + "decidedBy="
          + decidedBy
          + ", "
          + "decidedOn="
          + decidedOn
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }

  /**
   * The partnership's strategy for civic space.
   *
   * @param description what it does
   * @param includesDigital whether digital civic space is part of it
   * @param provenance where the fact comes from, if recorded
   */
  public record CivicSpaceStrategy(
      String description, boolean includesDigital, Optional<Provenance> provenance) {
    /** Checks that no component is null. */
    public CivicSpaceStrategy {
      checkNotNull(provenance, "provenance");
      Checks.checkNotBlank(description, "civic space strategy");
    }

    /**
     * Returns the fact without provenance.
     *
     * @param description see the record component
     * @param includesDigital see the record component
     */
    public CivicSpaceStrategy(String description, boolean includesDigital) {
      this(description, includesDigital, Optional.empty());
    }

    /** Returns this fact with {@code provenance}. */
    public CivicSpaceStrategy withProvenance(Provenance provenance) {
      return new CivicSpaceStrategy(description, includesDigital, Optional.of(provenance));
    }

    /** Returns the components, ending in {@code " (illustrative)"} for a made-up fact. */
    @Override
    public String toString() {
      return "CivicSpaceStrategy["
          + "description="
          + description
          + ", "
          + "includesDigital="
          + includesDigital
          + provenance.map(p -> ", provenance=" + p).orElse("")
          + "]"
          + Provenance.mark(provenance);
    }
  }
}
