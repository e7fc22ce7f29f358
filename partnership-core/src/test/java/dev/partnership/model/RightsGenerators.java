package dev.partnership.model;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded decision rights and decision-rights operators for the property tests: rights that name
 * only a partnership's members and bodies, and operators over listed, missing and conflicting
 * decisions, members, outsiders and missing bodies.
 */
public final class RightsGenerators {
  private RightsGenerators() {}

  /**
   * Decision names: the first three are drawn most, the last is never listed by {@link #rights}.
   */
  static final List<String> NAMES =
      List.of("budget allocation", "advocacy messages", "partner selection", "strategy", "missing");

  /** The number of operator kinds {@link #operator} draws from. */
  static final int KINDS = 10;

  /**
   * Returns decision rights (0 to 4 decisions) whose bodies are among {@code bodies} and whose
   * levels are for organisations among {@code members}.
   */
  public static DecisionRights rights(
      List<OrganizationId> members, List<String> bodies, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DecisionRights.Builder b = DecisionRights.builder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      DecisionRight.Builder right = DecisionRight.builder().decision(decision(NAMES.get(i), r));
      if (!bodies.isEmpty() && r.nextBoolean()) {
        right.body(bodies.get(r.nextInt(bodies.size())));
      }
      for (OrganizationId id : members) {
        if (r.nextInt(3) > 0) {
          right.putLevel(id, level(r));
        }
      }
      b.addRight(right.build());
    }
    return b.build();
  }

  /** Returns a decision called {@code name}, mostly in its usual area, sometimes in another. */
  static Decision decision(String name, SplittableRandom r) {
    DecisionArea usual =
        DecisionArea.values()[Math.floorMod(name.hashCode(), DecisionArea.values().length)];
    return Decision.of(
        name,
        r.nextInt(5) == 0 ? DecisionArea.values()[r.nextInt(DecisionArea.values().length)] : usual);
  }

  static ParticipationLevel level(SplittableRandom r) {
    return ParticipationLevel.values()[r.nextInt(ParticipationLevel.values().length)];
  }

  /**
   * Returns a decision-rights operator on {@code p}, over {@code ids} (members, an outsider and a
   * missing id) and {@code body} (one of its bodies or a missing one).
   */
  static PartnershipOperator operator(
      Partnership p, List<OrganizationId> ids, String body, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String name = NAMES.get(r.nextInt(NAMES.size()));
    Decision decision = decision(name, r);
    OrganizationId id = ids.get(r.nextInt(ids.size()));
    List<OrganizationId> some = new ArrayList<>();
    for (OrganizationId x : ids) {
      if (some.isEmpty() ? x.equals(id) : r.nextInt(3) == 0) {
        some.add(x);
      }
    }
    if (some.isEmpty()) {
      some.add(id);
    }
    ImmutableList<OrganizationId> members = ImmutableList.copyOf(some);
    ParticipationLevel level = level(r);
    switch (r.nextInt(KINDS)) {
      case 0:
        return DecisionRightsOperators.delegate(name, members, level);
      case 1:
        return DecisionRightsOperators.delegate(decision, members, level);
      case 2:
        return DecisionRightsOperators.reserve(name, id);
      case 3:
        return DecisionRightsOperators.reserve(decision, id);
      case 4:
        return DecisionRightsOperators.assignToBody(name, body);
      case 5:
        return DecisionRightsOperators.assignToBody(decision, body);
      case 6:
        return DecisionRightsOperators.unassign(name);
      case 7:
        return DecisionRightsOperators.removeLevel(name, id);
      case 8:
        return DecisionRightsOperators.revokeDecision(name);
      default:
        return p.bodies().isEmpty()
            ? DecisionRightsOperators.unassign(name)
            : GovernanceOperators.dissolve(body);
    }
  }
}
