package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.internal.Texts;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Operators on a partnership's {@linkplain Partnership#decisionRights() decision rights}: who
 * decides what, by a governing body and by members' levels on the PAT participation ladder.
 *
 * <p>A decision is given by name (it must be listed) or as a {@link Decision}, name and area, which
 * adds it when no decision of that name is listed (and does not apply when one is listed with
 * another area; a listed decision keeps its description). Each operator does not apply when it
 * would change nothing (the reason says what is already so), or when the result would break an
 * invariant of {@link Partnership}: a level for an organisation that is not a member, a body that
 * does not exist. {@link PartnershipOperator#whyNotApplicable} then carries the reason.
 *
 * <p>A right an operator changes keeps its {@linkplain DecisionRight#provenance() provenance} only
 * when it is illustrative (the changed right is no more real than the old one); a sourced
 * provenance goes, since its source did not state the new right. Rights an operator does not change
 * keep theirs, as for seats and funding flows.
 *
 * <pre>{@code
 * // in ./jshell.sh, which imports the catalogues and the examples
 * var esa = Alliances.regionalNetwork("Eastern and Central Africa").id();
 * var wa = Alliances.regionalNetwork("West Africa").id();
 * var budget = Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
 * var next = Alliances.gppac().with(assignToBody(budget, Alliances.ISG)).
 *     with(delegate(budget, List.of(esa, wa), ParticipationLevel.DECIDES));
 * delegate(budget, List.of(esa, wa), ParticipationLevel.DECIDES)
 * // delegate(budget allocation, [gppac-eastern-and-central-africa, gppac-west-africa], DECIDES)
 * next.with(reserve("budget allocation", Alliances.GPPAC_FOUNDATION.id()))
 * }</pre>
 */
public final class DecisionRightsOperators {
  private DecisionRightsOperators() {}

  /**
   * Returns an operator that sets the level of each of {@code members} in the listed decision
   * {@code decision} to {@code level}; other organisations' levels and the body stay as they are.
   *
   * @throws NullPointerException naming a null argument or a null member
   * @throws IllegalArgumentException if the decision name is blank, or {@code members} is empty or
   *     lists an organisation twice
   */
  public static PartnershipOperator delegate(
      String decision, Collection<OrganizationId> members, ParticipationLevel level) {
    Checks.checkNotBlank(decision, "decision");
    ImmutableList<OrganizationId> ids = members(members);
    checkNotNull(level, "level");
    return onListed(
        "delegate",
        decision,
        List.of(shown(ids), level),
        r -> delegatePrecondition(r, ids, level),
        r -> delegated(r, ids, level));
  }

  /**
   * Returns {@link #delegate(String, Collection, ParticipationLevel)} for {@code decision}, adding
   * it (with no body and no other levels) when no decision of its name is listed.
   *
   * @throws NullPointerException naming a null argument or a null member
   * @throws IllegalArgumentException if {@code members} is empty or lists an organisation twice
   */
  public static PartnershipOperator delegate(
      Decision decision, Collection<OrganizationId> members, ParticipationLevel level) {
    checkNotNull(decision, "decision");
    ImmutableList<OrganizationId> ids = members(members);
    checkNotNull(level, "level");
    return onDecision(
        "delegate",
        decision,
        List.of(shown(ids), level),
        r -> delegatePrecondition(r, ids, level),
        r -> delegated(r, ids, level));
  }

  /**
   * Returns an operator by which {@code member} alone decides the listed decision {@code decision}:
   * the member's level becomes {@link ParticipationLevel#DECIDES}; every other organisation
   * recorded at {@link ParticipationLevel#CO_DECIDES} or {@code DECIDES} is lowered to {@link
   * ParticipationLevel#CONSULTED} (the highest level without a decision: reserving takes the
   * decision away, not the voice; this choice is the library's own); lower levels stay as they are,
   * and the body that took the decision, if any, no longer does.
   *
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException if the decision name is blank
   */
  public static PartnershipOperator reserve(String decision, OrganizationId member) {
    Checks.checkNotBlank(decision, "decision");
    checkNotNull(member, "member");
    return onListed(
        "reserve",
        decision,
        List.of(member),
        r -> reservePrecondition(r, member),
        r -> reserved(r, member));
  }

  /**
   * Returns {@link #reserve(String, OrganizationId)} for {@code decision}, adding it when no
   * decision of its name is listed.
   *
   * @throws NullPointerException naming a null argument
   */
  public static PartnershipOperator reserve(Decision decision, OrganizationId member) {
    checkNotNull(decision, "decision");
    checkNotNull(member, "member");
    return onDecision(
        "reserve",
        decision,
        List.of(member),
        r -> reservePrecondition(r, member),
        r -> reserved(r, member));
  }

  /**
   * Returns an operator by which governing body {@code body} takes the listed decision {@code
   * decision}, in place of any body that took it; levels stay as they are.
   *
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException if the decision name is blank
   */
  public static PartnershipOperator assignToBody(String decision, String body) {
    Checks.checkNotBlank(decision, "decision");
    checkNotNull(body, "body");
    return onListed(
        "assignToBody",
        decision,
        List.of(body),
        r -> assignPrecondition(r, body),
        r -> r.withBody(body));
  }

  /**
   * Returns {@link #assignToBody(String, String)} for {@code decision}, adding it when no decision
   * of its name is listed.
   *
   * @throws NullPointerException naming a null argument
   */
  public static PartnershipOperator assignToBody(Decision decision, String body) {
    checkNotNull(decision, "decision");
    checkNotNull(body, "body");
    return onDecision(
        "assignToBody",
        decision,
        List.of(body),
        r -> assignPrecondition(r, body),
        r -> r.withBody(body));
  }

  /**
   * Returns an operator by which no body takes the listed decision {@code decision} any more;
   * levels stay as they are.
   *
   * @throws NullPointerException if {@code decision} is null
   * @throws IllegalArgumentException if the decision name is blank
   */
  public static PartnershipOperator unassign(String decision) {
    Checks.checkNotBlank(decision, "decision");
    return onListed(
        "unassign",
        decision,
        List.of(),
        r ->
            r.body().isPresent()
                ? Optional.empty()
                : Optional.of(Texts.shortly(decision) + " is taken by no governing body"),
        DecisionRight::withoutBody);
  }

  /**
   * Returns an operator that drops {@code member}'s recorded level in the listed decision {@code
   * decision}, so the formal picture no longer says anything about it there.
   *
   * @throws NullPointerException naming a null argument
   * @throws IllegalArgumentException if the decision name is blank
   */
  public static PartnershipOperator removeLevel(String decision, OrganizationId member) {
    Checks.checkNotBlank(decision, "decision");
    checkNotNull(member, "member");
    return onListed(
        "removeLevel",
        decision,
        List.of(member),
        r ->
            r.levels().containsKey(member)
                ? Optional.empty()
                : Optional.of(member + " has no level in " + Texts.shortly(decision)),
        r -> r.withoutLevel(member));
  }

  /**
   * Returns an operator that takes the listed decision {@code decision} out of the decision rights,
   * with its body and levels.
   *
   * @throws NullPointerException if {@code decision} is null
   * @throws IllegalArgumentException if the decision name is blank
   */
  public static PartnershipOperator revokeDecision(String decision) {
    Checks.checkNotBlank(decision, "decision");
    return Operator.of(
        "revokeDecision",
        List.of(shownDecision(decision)),
        p -> notListed(p, decision),
        (p, b) -> b.decisionRights(p.decisionRights().without(decision)));
  }

  /**
   * Returns a decision name as an argument that prints cut when long (see {@link Texts#shortly}).
   */
  private static Object shownDecision(String decision) {
    return Operator.shownAs(decision, Texts.shortly(decision));
  }

  private static ImmutableList<OrganizationId> members(Collection<OrganizationId> members) {
    ImmutableList<OrganizationId> ids = Checks.copyWithoutNulls(members, "members");
    Checks.checkField(!ids.isEmpty(), "members", ids, "must name at least one organisation");
    Set<OrganizationId> seen = new HashSet<>();
    for (OrganizationId id : ids) {
      Checks.checkField(seen.add(id), "members", id, "must list each organisation once");
    }
    return ids;
  }

  /**
   * Returns {@code ids} as an argument that prints in full up to {@value #SHOWN} organisations and
   * as the first ones and a count beyond, so calls and refusals stay short.
   */
  private static Object shown(ImmutableList<OrganizationId> ids) {
    return Operator.shownAs(ids, shortList(ids));
  }

  private static final int SHOWN = 10;

  /**
   * Returns e.g. {@code [a, b]}, or the first {@value #SHOWN} and {@code "and 4990 more]"} beyond,
   * so refusals that list organisations or decisions stay short.
   */
  static String shortList(List<?> ids) {
    if (ids.size() <= SHOWN) {
      return ids.toString();
    }
    String first = ids.subList(0, SHOWN).toString();
    return first.substring(0, first.length() - 1) + " and " + (ids.size() - SHOWN) + " more]";
  }

  private static Optional<String> delegatePrecondition(
      DecisionRight r, List<OrganizationId> ids, ParticipationLevel level) {
    return ids.stream().allMatch(id -> r.levelOf(id).equals(Optional.of(level)))
        ? Optional.of(shortList(ids) + " already at " + level + " in " + Texts.shortly(r.name()))
        : Optional.empty();
  }

  private static DecisionRight delegated(
      DecisionRight r, List<OrganizationId> ids, ParticipationLevel level) {
    Map<OrganizationId, ParticipationLevel> m = new LinkedHashMap<>(r.levels());
    ids.forEach(id -> m.put(id, level));
    return DecisionRight.builder().from(r).levels(m).build();
  }

  private static Optional<String> reservePrecondition(DecisionRight r, OrganizationId member) {
    return r.body().isEmpty()
            && r.levelOf(member).equals(Optional.of(ParticipationLevel.DECIDES))
            && r.deciders().equals(ImmutableSet.of(member))
        ? Optional.of(member + " already decides " + Texts.shortly(r.name()) + " alone")
        : Optional.empty();
  }

  private static DecisionRight reserved(DecisionRight r, OrganizationId member) {
    Map<OrganizationId, ParticipationLevel> m = new LinkedHashMap<>();
    r.levels()
        .forEach(
            (id, level) ->
                m.put(
                    id,
                    level.compareTo(ParticipationLevel.CO_DECIDES) >= 0
                        ? ParticipationLevel.CONSULTED
                        : level));
    m.put(member, ParticipationLevel.DECIDES);
    return DecisionRight.builder().from(r).body(Optional.empty()).levels(m).build();
  }

  private static Optional<String> assignPrecondition(DecisionRight r, String body) {
    return r.body().equals(Optional.of(body))
        ? Optional.of(Texts.shortly(r.name()) + " is already taken by " + Texts.shortly(body))
        : Optional.empty();
  }

  /**
   * Returns why {@code decision} is not listed in {@code p}'s decision rights (naming the listed
   * ones), or empty.
   */
  static Optional<String> notListed(Partnership p, String decision) {
    return p.decisionRights().right(decision).isPresent()
        ? Optional.empty()
        : Optional.of(
            "decision ("
                + Texts.shortly(decision)
                + ") is not listed in the decision rights of "
                + p.id()
                + "; decisions are "
                + shortList(
                    p.decisionRights().names().stream()
                        .map(Texts::shortly)
                        .collect(ImmutableList.toImmutableList())));
  }

  /** Returns an operator that changes the right of the listed decision {@code decision}. */
  private static PartnershipOperator onListed(
      String operator,
      String decision,
      List<?> more,
      Function<DecisionRight, Optional<String>> precondition,
      UnaryOperator<DecisionRight> change) {
    return Operator.of(
        operator,
        ImmutableList.builder().add(shownDecision(decision)).addAll(more).build(),
        p ->
            notListed(p, decision)
                .or(() -> precondition.apply(p.decisionRights().right(decision).orElseThrow())),
        (p, b) ->
            b.decisionRights(
                p.decisionRights()
                    .with(changed(p.decisionRights().right(decision).orElseThrow(), change))));
  }

  /**
   * Returns {@code rights} without the levels of {@code id}, each right that loses one keeping only
   * an illustrative provenance (as {@link PartnershipOperators#leave} needs).
   */
  static DecisionRights withoutOrganization(DecisionRights rights, OrganizationId id) {
    return DecisionRights.builder()
        .rights(
            rights.rights().stream()
                .map(r -> r.levels().containsKey(id) ? changed(r, x -> x.withoutLevel(id)) : r)
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /**
   * Returns {@code r} changed by {@code change}, keeping only an illustrative provenance (see
   * {@link Operator#afterChange}).
   */
  private static DecisionRight changed(DecisionRight r, UnaryOperator<DecisionRight> change) {
    return DecisionRight.builder()
        .from(change.apply(r))
        .provenance(Operator.afterChange(r.provenance()))
        .build();
  }

  /**
   * Returns an operator that changes the right of {@code decision}, starting from an unassigned
   * right when no decision of its name is listed.
   */
  private static PartnershipOperator onDecision(
      String operator,
      Decision decision,
      List<?> more,
      Function<DecisionRight, Optional<String>> precondition,
      UnaryOperator<DecisionRight> change) {
    Function<Partnership, DecisionRight> current =
        p -> p.decisionRights().right(decision.name()).orElseGet(() -> DecisionRight.of(decision));
    return Operator.of(
        operator,
        ImmutableList.builder()
            .add(Operator.shownAs(decision, Texts.shortly(decision.name())))
            .addAll(more)
            .build(),
        p -> {
          DecisionRight r = current.apply(p);
          if (r.area() != decision.area()) {
            return Optional.of(
                "decision ("
                    + Texts.shortly(decision.name())
                    + ") is listed as "
                    + Texts.shortly(r.name())
                    + " ("
                    + r.area()
                    + "), not as "
                    + Texts.shortly(decision.name())
                    + " ("
                    + decision.area()
                    + ")");
          }
          return precondition.apply(r);
        },
        (p, b) -> b.decisionRights(p.decisionRights().with(changed(current.apply(p), change))));
  }
}
