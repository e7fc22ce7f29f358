package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered set of rules, as a value: remove rules, add your own, or build one from another
 * source (the Pledge for Change, Charter4Change ...).
 *
 * <pre>{@code
 * RuleSet rules = Lessons.meetup().without("LESSON-02").with(myRule);
 * }</pre>
 */
public final class RuleSet {
  private final ImmutableList<Principle> rules;

  private RuleSet(ImmutableList<Principle> rules) {
    Set<String> ids = new HashSet<>();
    for (Principle p : rules) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("rules (" + p.id() + ") must have distinct ids");
      }
    }
    this.rules = rules;
  }

  /**
   * Returns a rule set of {@code rules}, in order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(List<Principle> rules) {
    return new RuleSet(ImmutableList.copyOf(checkNotNull(rules, "rules")));
  }

  /** Returns the rules, in order. */
  public ImmutableList<Principle> rules() {
    return rules;
  }

  /**
   * Returns this set without the rule {@code id}.
   *
   * @throws IllegalArgumentException if there is no such rule
   */
  public RuleSet without(String id) {
    checkNotNull(id, "id");
    if (rules.stream().noneMatch(p -> p.id().equals(id))) {
      throw new IllegalArgumentException("rule (" + id + ") must be in the set to be removed; ids are " + ids());
    }
    return new RuleSet(rules.stream().filter(p -> !p.id().equals(id)).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns this set with {@code rule} added last.
   *
   * @throws IllegalArgumentException if a rule with its id is in the set
   */
  public RuleSet with(Principle rule) {
    checkNotNull(rule, "rule");
    return new RuleSet(ImmutableList.<Principle>builder().addAll(rules).add(rule).build());
  }

  /** Returns the ids, in order. */
  public ImmutableList<String> ids() {
    return rules.stream().map(Principle::id).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSet && ((RuleSet) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSet" + ids();
  }
}
