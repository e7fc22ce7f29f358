package dev.partnership.rights;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.participation.Decision;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The decision-rights facet of a partnership: for each important decision, the governing body that
 * takes it and each organisation's level on the PAT participation ladder. Empty by default.
 *
 * <p>Invariant: decisions have distinct names. That bodies exist and organisations are members is
 * checked by the partnership that holds the facet.
 *
 * <pre>{@code
 * var budget = Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
 * var rights = DecisionRights.of(DecisionRight.of(budget, "ISG"));
 * rights.right("budget allocation")   // Optional[budget allocation (RESOURCES_AMONG_PARTNERS): body ISG]
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class DecisionRights {
  DecisionRights() {}

  /** Returns the rights, one per decision, in the order the decisions were added. */
  public abstract ImmutableList<DecisionRight> rights();

  @Value.Lazy
  ImmutableMap<String, DecisionRight> index() {
    return rights().stream()
        .collect(ImmutableMap.toImmutableMap(DecisionRight::name, r -> r, (a, b) -> a));
  }

  /** Returns the right of the decision called {@code name}, if it is listed. */
  public Optional<DecisionRight> right(String name) {
    return Optional.ofNullable(index().get(checkNotNull(name, "name")));
  }

  /** Returns the decisions, in order. */
  public ImmutableList<Decision> decisions() {
    return rights().stream().map(DecisionRight::decision).collect(ImmutableList.toImmutableList());
  }

  /** Returns the decisions' names, in order. */
  public ImmutableList<String> names() {
    return rights().stream().map(DecisionRight::name).collect(ImmutableList.toImmutableList());
  }

  /** Returns the names of the decisions taken by body {@code body}, in order. */
  public ImmutableList<String> decisionsTakenBy(String body) {
    checkNotNull(body, "body");
    return rights().stream()
        .filter(r -> r.body().equals(Optional.of(body)))
        .map(DecisionRight::name)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every organisation given a level, once, in order of first appearance. */
  public ImmutableSet<OrganizationId> namedOrganizations() {
    return rights().stream()
        .flatMap(r -> r.levels().keySet().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns whether no decision is listed. */
  public boolean isEmpty() {
    return rights().isEmpty();
  }

  /**
   * Returns these rights with {@code right} in place of the right of the same decision name (same
   * position), or added last when its name is new.
   */
  public DecisionRights with(DecisionRight right) {
    checkNotNull(right, "right");
    if (!index().containsKey(right.name())) {
      return builder().from(this).addRight(right).build();
    }
    return builder()
        .rights(
            rights().stream()
                .map(r -> r.name().equals(right.name()) ? right : r)
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** Returns these rights without the decision called {@code name} (unchanged if not listed). */
  public DecisionRights without(String name) {
    checkNotNull(name, "name");
    return builder()
        .rights(
            rights().stream()
                .filter(r -> !r.name().equals(name))
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /**
   * Returns these rights with every level of {@code id} dropped; decisions stay listed (one left
   * with neither body nor levels is unassigned).
   */
  public DecisionRights withoutOrganization(OrganizationId id) {
    checkNotNull(id, "id");
    return builder()
        .rights(
            rights().stream()
                .map(r -> r.levels().containsKey(id) ? r.withoutLevel(id) : r)
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (DecisionRight r : rights()) {
      Checks.checkField(
          names.add(r.name()), "decision rights", r.name(), "must name each decision once");
    }
  }

  /** Returns the empty facet: no decisions. */
  public static DecisionRights empty() {
    return builder().build();
  }

  /**
   * Returns the facet holding {@code rights}, in order.
   *
   * @throws NullPointerException naming the null element
   * @throws IllegalArgumentException if two rights name the same decision
   */
  public static DecisionRights of(DecisionRight... rights) {
    return builder().rights(Checks.copyWithoutNulls(rights, "rights")).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DecisionRights}. */
  public static final class Builder extends ImmutableDecisionRights.Builder {
    Builder() {}
  }

  /** Returns the rights, one per line, or {@code no decision rights}. */
  @Override
  public String toString() {
    return rights().isEmpty()
        ? "no decision rights"
        : String.join("\n", rights().stream().map(DecisionRight::toString).toList());
  }
}
