package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A PAT session: context, purpose, countries, date, the organisations, the decisions, the actual
 * participation level per decision and organisation, agreement per decision, desired levels where
 * there is no agreement, actions for change, comments and a summary.
 *
 * <p>The PAT order of steps is enforced at construction, with messages naming the step:
 *
 * <ol>
 *   <li>decision names and organisations are unique; every score, agreement, desired level and
 *       action names a listed decision and organisation;
 *   <li>before reflection (an agreement other than {@link Agreement#NOT_YET_DISCUSSED} recorded:
 *       recording that a decision is not yet discussed starts nothing), every organisation is
 *       scored for every decision, or explicitly marked {@linkplain #notScored() not scored} (rules
 *       then report such cells instead of guessing); a cell is not both;
 *   <li>desired levels only for decisions without agreement ({@link Agreement#NO_AGREEMENT});
 *   <li>actions only for decisions with a desired level, each taken by a listed organisation.
 * </ol>
 *
 * <p>Actual levels drafted from a partnership's governance facts are marked {@link #derived()}.
 *
 * <pre>{@code
 * // each line ends with a dot, so JShell reads the chain as one statement
 * var a = Assessment.builder().context("Count Me In! annual reflection").purpose(Purpose.EXISTING_PARTNERSHIP).
 *     date(LocalDate.of(2026, 5, 12)).addOrganizations(mamaCash, jass).
 *     addDecision(Decision.of("Flexible fund", DecisionArea.RESOURCES_AMONG_PARTNERS)).
 *     putActual(Cell.of("Flexible fund", mamaCash.id()), ParticipationLevel.DECIDES).
 *     putActual(Cell.of("Flexible fund", jass.id()), ParticipationLevel.INFORMED).
 *     putAgreement("Flexible fund", Agreement.NO_AGREEMENT).
 *     putDesired(Cell.of("Flexible fund", jass.id()), ParticipationLevel.CO_DECIDES).
 *     build();
 * ParticipationRules.gaps(a)     // [Flexible fund / jass: INFORMED -> CO_DECIDES (+2)]
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Assessment {
  Assessment() {}

  /** Returns the context of the session (what partnership, what moment). */
  public abstract String context();

  /** Returns the purpose. */
  public abstract Purpose purpose();

  /** Returns the countries concerned. */
  public abstract ImmutableSet<CountryCode> countries();

  /** Returns the date of the session. */
  public abstract LocalDate date();

  /** Returns the partnership this session is about, if it is tied to one. */
  public abstract Optional<String> partnershipId();

  /** Returns the organisations scored, in order. */
  public abstract ImmutableList<Organization> organizations();

  /** Returns the decisions, in order. */
  public abstract ImmutableList<Decision> decisions();

  /** Returns the actual level per decision and organisation. */
  public abstract ImmutableMap<Cell, ParticipationLevel> actual();

  /** Returns the cells explicitly marked as not scored. */
  public abstract ImmutableSet<Cell> notScored();

  /** Returns the agreement per decision name (absent before reflection). */
  public abstract ImmutableMap<String, Agreement> agreement();

  /** Returns the desired level per decision and organisation, for decisions without agreement. */
  public abstract ImmutableMap<Cell, ParticipationLevel> desired();

  /** Returns the actions for change. */
  public abstract ImmutableList<Action> actions();

  /** Returns the closing comments. */
  public abstract ImmutableList<String> comments();

  /** Returns the summary, if written. */
  public abstract Optional<String> summary();

  /** Returns whether the actual levels were derived from governance facts rather than scored. */
  @Value.Default
  public boolean derived() {
    return false;
  }

  /** Returns the organisation with {@code id}, if it was scored. */
  public Optional<Organization> organization(OrganizationId id) {
    checkNotNull(id, "id");
    return organizations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** Returns the decision called {@code name}, if listed. */
  public Optional<Decision> decision(String name) {
    checkNotNull(name, "name");
    return decisions().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /**
   * Returns the agreement on {@code decision}: {@link Agreement#NOT_YET_DISCUSSED} when none is
   * recorded.
   */
  public Agreement agreementOn(String decision) {
    return agreement()
        .getOrDefault(checkNotNull(decision, "decision"), Agreement.NOT_YET_DISCUSSED);
  }

  /** Returns the actual level in a cell, empty when not scored. */
  public Optional<ParticipationLevel> actualIn(Cell cell) {
    return Optional.ofNullable(actual().get(checkNotNull(cell, "cell")));
  }

  /**
   * Returns this session with {@code cell} scored at {@code level} (replacing any score, and any
   * not-scored mark).
   *
   * @throws IllegalArgumentException if the cell names no listed decision or organisation
   */
  public Assessment withActual(Cell cell, ParticipationLevel level) {
    checkNotNull(cell, "cell");
    checkNotNull(level, "level");
    Map<Cell, ParticipationLevel> m = new LinkedHashMap<>(actual());
    m.put(cell, level);
    return builder()
        .from(this)
        .actual(m)
        .notScored(
            notScored().stream()
                .filter(c -> !c.equals(cell))
                .collect(ImmutableSet.toImmutableSet()))
        .build();
  }

  /**
   * Returns this session with {@code agreement} on {@code decision}; moving away from {@link
   * Agreement#NO_AGREEMENT} drops that decision's desired levels and actions.
   *
   * @throws IllegalArgumentException if the decision is not listed, or scoring is incomplete
   */
  public Assessment withAgreement(String decision, Agreement agreement) {
    checkNotNull(decision, "decision");
    checkNotNull(agreement, "agreement");
    Map<String, Agreement> m = new LinkedHashMap<>(agreement());
    m.put(decision, agreement);
    Builder b = builder().from(this).agreement(m);
    if (agreement != Agreement.NO_AGREEMENT) {
      b.desired(
          desired().entrySet().stream()
              .filter(e -> !e.getKey().decision().equals(decision))
              .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue)));
      b.actions(
          actions().stream()
              .filter(x -> !x.decision().equals(decision))
              .collect(ImmutableList.toImmutableList()));
    }
    return b.build();
  }

  @Value.Check
  void check() {
    Checks.checkNotBlank(context(), "context");
    Set<String> names = new HashSet<>();
    for (Decision d : decisions()) {
      Checks.checkField(names.add(d.name()), "decisions", d.name(), "must be listed once");
    }
    Set<OrganizationId> orgs = new HashSet<>();
    for (Organization o : organizations()) {
      Checks.checkField(orgs.add(o.id()), "organizations", o.id(), "must be listed once");
    }
    for (Cell c : actual().keySet()) {
      checkCell("actual level", c, names, orgs);
      Checks.checkField(
          !notScored().contains(c), "actual level", c, "must not also be marked not scored");
    }
    for (Cell c : notScored()) {
      checkCell("not scored", c, names, orgs);
    }
    for (String d : agreement().keySet()) {
      Checks.checkField(names.contains(d), "agreement", d, "must name a listed decision");
    }
    if (agreement().values().stream().anyMatch(x -> x != Agreement.NOT_YET_DISCUSSED)) {
      for (Decision d : decisions()) {
        for (Organization o : organizations()) {
          Cell c = Cell.of(d.name(), o.id());
          Checks.checkField(
              actual().containsKey(c) || notScored().contains(c),
              "actual level",
              c,
              "must be scored (or marked not scored) for every decision and organisation before reflection");
        }
      }
    }
    for (Cell c : desired().keySet()) {
      checkCell("desired level", c, names, orgs);
      Checks.checkField(
          agreementOn(c.decision()) == Agreement.NO_AGREEMENT,
          "desired level",
          c,
          "is only set for a decision without agreement, not for one whose agreement is "
              + agreementOn(c.decision()));
    }
    Set<String> withDesired = new HashSet<>();
    desired().keySet().forEach(c -> withDesired.add(c.decision()));
    for (Action a : actions()) {
      Checks.checkField(
          names.contains(a.decision()),
          "action",
          a.what(),
          "must be for a listed decision, not " + a.decision());
      Checks.checkField(
          orgs.contains(a.who()),
          "action",
          a.what(),
          "must be taken by a listed organisation, not " + a.who());
      Checks.checkField(
          withDesired.contains(a.decision()),
          "action",
          a.what(),
          "is only recorded for a decision with a desired level; " + a.decision() + " has none");
    }
  }

  private static void checkCell(String field, Cell c, Set<String> names, Set<OrganizationId> orgs) {
    Checks.checkField(names.contains(c.decision()), field, c, "must name a listed decision");
    Checks.checkField(orgs.contains(c.organization()), field, c, "must name a listed organisation");
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  /** Returns {@code "PAT 2026-05-12 \"context\": 2 decisions x 3 organisations"}. */
  @Override
  public String toString() {
    return "PAT "
        + date()
        + " \""
        + context()
        + "\": "
        + decisions().size()
        + " decisions x "
        + organizations().size()
        + " organisations"
        + (derived() ? " (derived)" : "");
  }
}
