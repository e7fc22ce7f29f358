package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered set of rules, as a value: remove rules, add or replace your own, or build one from
 * another source (the Pledge for Change, Charter4Change ...). The lessons ({@link
 * Lessons#meetup()}) and the risk rules ({@link RiskRules#rules()}) are rule sets alike.
 *
 * <pre>{@code
 * RuleSet rules = Lessons.meetup().without("LESSON-02").with(myRule);
 * RuleSet risks = RiskRules.rules().replace(myStricterUnmitigatedRule);   // same id, same place
 * }</pre>
 *
 * @param rules the rules, in order, with distinct ids
 */
public record RuleSet(ImmutableList<Principle> rules) {

  /**
   * Checks that the rules have distinct ids.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public RuleSet {
    checkNotNull(rules, "rules");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String id = checkNotNull(rules.get(i).id(), "rules[%s].id()", i);
      Checks.checkField(ids.add(id), "rules", id, "must have distinct ids");
    }
  }

  /**
   * Returns a rule set of {@code rules}, in order.
   *
   * @throws NullPointerException naming the index of a null rule
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(List<Principle> rules) {
    return new RuleSet(Checks.copyWithoutNulls(rules, "rules"));
  }

  /** Returns the rule {@code id}, if the set has it. */
  public Optional<Principle> rule(String id) {
    checkNotNull(id, "id");
    return rules.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns this set without the rule {@code id}.
   *
   * @throws IllegalArgumentException if there is no such rule
   */
  public RuleSet without(String id) {
    checkPresent(id, "removed");
    return new RuleSet(
        rules.stream().filter(p -> !p.id().equals(id)).collect(ImmutableList.toImmutableList()));
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

  /**
   * Returns this set with {@code rule} in the place of the rule with the same id.
   *
   * @throws IllegalArgumentException if there is no rule with its id
   */
  public RuleSet replace(Principle rule) {
    checkNotNull(rule, "rule");
    checkPresent(rule.id(), "replaced");
    return new RuleSet(
        rules.stream()
            .map(p -> p.id().equals(rule.id()) ? rule : p)
            .collect(ImmutableList.toImmutableList()));
  }

  private void checkPresent(String id, String verb) {
    checkNotNull(id, "id");
    Checks.checkField(
        rule(id).isPresent(),
        "rule",
        id,
        "must be in the set to be " + verb + "; ids are " + ids());
  }

  /** Returns the ids, in order. */
  public ImmutableList<String> ids() {
    return rules.stream().map(Principle::id).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "RuleSet" + ids();
  }
}
