package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.governance.GoverningBody;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.Purpose;
import dev.partnership.rights.Deciders;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.LevelComparison;
import dev.partnership.rights.MemberRight;
import dev.partnership.rights.RightsComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Queries on a partnership's {@linkplain Partnership#decisionRights() decision rights}: a member's
 * rights, who decides each decision, a PAT draft derived from the rights, and a PAT session set
 * against them.
 *
 * <p>The <em>formal level</em> of a member in a decision is its recorded level; without one, a
 * member holding a seat on the body that takes the decision gets the level its seat gives (as in
 * {@link ParticipationQueries#draftFromBody}: a dictator decides, a seat with power co-decides, a
 * powerless seat is informed); otherwise the formal picture says nothing about it. A recorded level
 * wins over the seat because it is the more specific fact.
 *
 * <pre>{@code
 * // next, esa and wa as in DecisionRightsOperators' example
 * next.query(whoDecides())   // [budget allocation: body International Steering Group; gppac-eastern-... 4 decides, ...]
 * next.query(rightsOf(esa))  // [budget allocation: 4 decides, seat on International Steering Group]
 * var session = next.query(draftFromRights(LocalDate.of(2026, 11, 29))).
 *     withActual(Cell.of("budget allocation", wa), ParticipationLevel.CONSULTED);
 * next.query(compareWith(session))   // 1 of 18 comparable cells differ ...
 * }</pre>
 */
public final class DecisionRightsQueries {
  private DecisionRightsQueries() {}

  /**
   * Returns a query for the formal rights of member {@code member}: per listed decision in which it
   * has a recorded level or holds a seat on the deciding body, its level and whether it sits on
   * that body, in decision order.
   *
   * @throws NullPointerException if {@code member} is null
   * @throws IllegalArgumentException (from the query) if {@code member} is not a member
   */
  public static PartnershipQuery<ImmutableList<MemberRight>> rightsOf(OrganizationId member) {
    checkNotNull(member, "member");
    return PartnershipQueries.named(
        "rightsOf(" + member + ")",
        member,
        p -> {
          if (!p.isMember(member)) {
            throw new IllegalArgumentException(
                "member (" + member + ") must be a member of " + p.id());
          }
          ImmutableList.Builder<MemberRight> out = ImmutableList.builder();
          for (DecisionRight r : p.decisionRights().rights()) {
            boolean onBody =
                r.body().map(b -> p.requireBody(b).holders().contains(member)).orElse(false);
            Optional<ParticipationLevel> level = r.levelOf(member);
            if (onBody || level.isPresent()) {
              out.add(
                  new MemberRight(
                      r.decision(),
                      level,
                      r.body(),
                      onBody,
                      r.provenance().filter(Provenance::illustrative).isPresent()));
            }
          }
          return out.build();
        });
  }

  /** Returns {@link #rightsOf(OrganizationId)} for {@code member}'s id. */
  public static PartnershipQuery<ImmutableList<MemberRight>> rightsOf(Organization member) {
    return rightsOf(checkNotNull(member, "member").id());
  }

  /**
   * Returns a query for who decides each listed decision: the body that takes it and the members at
   * level 3 (co-decides) or 4 (decides), in decision order.
   */
  public static PartnershipQuery<ImmutableList<Deciders>> whoDecides() {
    return PartnershipQueries.named(
        "whoDecides()",
        p ->
            p.decisionRights().rights().stream()
                .map(Deciders::of)
                .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns a query for who decides the listed decision {@code decision}.
   *
   * @throws IllegalArgumentException if the name is blank; (from the query) if it is not listed
   */
  public static PartnershipQuery<Deciders> whoDecides(String decision) {
    checkNotNull(decision, "decision");
    return PartnershipQueries.named(
        "whoDecides(" + decision + ")",
        List.of(decision),
        p -> Deciders.of(requireRight(p, decision)));
  }

  /**
   * Returns a query for a first draft of a PAT session whose actual levels are the {@linkplain
   * DecisionRightsQueries formal levels}, marked {@linkplain Assessment#derived() derived}: every
   * member and every listed decision; a cell without a formal level is marked not scored. Its
   * context says it was drafted from the decision rights, so a session can start from it and its
   * scores can be set against the formal picture with {@link #compareWith}.
   *
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException (from the query) if a deciding body is too large for an exact
   *     power index (see {@link GoverningBody#holdersWithPower()})
   */
  public static PartnershipQuery<Assessment> draftFromRights(LocalDate date) {
    checkNotNull(date, "date");
    return PartnershipQueries.named(
        "draftFromRights(" + date + ")",
        List.of(date),
        p -> {
          ImmutableList<Decision> decisions = p.decisionRights().decisions();
          Assessment.Builder b =
              Assessment.builder()
                  .context(
                      "Draft from the decision rights of "
                          + p.name()
                          + ": formal levels, to be checked in a session")
                  .purpose(Purpose.EXISTING_PARTNERSHIP)
                  .date(date)
                  .partnershipId(p.id())
                  .countries(p.countries())
                  .organizations(p.organizations())
                  .decisions(decisions)
                  .derived(true);
          for (DecisionRight r : p.decisionRights().rights()) {
            Optional<GoverningBody> body = r.body().map(p::requireBody);
            for (Organization o : p.organizations()) {
              Cell c = Cell.of(r.name(), o.id());
              Optional<ParticipationLevel> level = formalLevel(r, body, o.id());
              if (level.isPresent()) {
                b.putActual(c, level.get());
              } else {
                b.addNotScored(c);
              }
            }
          }
          return b.build();
        });
  }

  /**
   * Returns a query that sets PAT session {@code session} against the formal picture: for each
   * decision both list (by name) and each organisation of the session that is a member, the
   * session's actual level and the {@linkplain DecisionRightsQueries formal level}; the decisions
   * only one side lists; the session's organisations that are not members.
   *
   * @throws NullPointerException if {@code session} is null
   * @throws IllegalArgumentException (from the query) if the session names another partnership, or
   *     a deciding body is too large for an exact power index (see {@link
   *     GoverningBody#holdersWithPower()})
   */
  public static PartnershipQuery<RightsComparison> compareWith(Assessment session) {
    checkNotNull(session, "session");
    return PartnershipQueries.named(
        "compareWith(" + session + ")",
        session,
        p -> {
          session
              .partnershipId()
              .filter(id -> !id.equals(p.id()))
              .ifPresent(
                  id -> {
                    throw new IllegalArgumentException(
                        "partnership (" + id + ") of the session must be " + p.id());
                  });
          ImmutableList.Builder<LevelComparison> cells = ImmutableList.builder();
          ImmutableList.Builder<String> onlyInSession = ImmutableList.builder();
          ImmutableList<OrganizationId> notMembers =
              session.organizations().stream()
                  .map(Organization::id)
                  .filter(id -> !p.isMember(id))
                  .collect(ImmutableList.toImmutableList());
          for (Decision d : session.decisions()) {
            Optional<DecisionRight> r = p.decisionRights().right(d.name());
            if (r.isEmpty()) {
              onlyInSession.add(d.name());
              continue;
            }
            Optional<GoverningBody> body = r.get().body().map(p::requireBody);
            for (Organization o : session.organizations()) {
              if (p.isMember(o.id())) {
                Cell c = Cell.of(d.name(), o.id());
                cells.add(
                    new LevelComparison(
                        c, session.actualIn(c), formalLevel(r.get(), body, o.id())));
              }
            }
          }
          ImmutableSet<String> scored =
              session.decisions().stream()
                  .map(Decision::name)
                  .collect(ImmutableSet.toImmutableSet());
          ImmutableList<String> onlyInRights =
              p.decisionRights().rights().stream()
                  .map(DecisionRight::name)
                  .filter(n -> !scored.contains(n))
                  .collect(ImmutableList.toImmutableList());
          return new RightsComparison(
              cells.build(), onlyInSession.build(), onlyInRights, notMembers);
        });
  }

  /**
   * Returns the formal level of {@code id} in {@code right}: its recorded level, else the level its
   * seat on the deciding body gives, else empty.
   */
  static Optional<ParticipationLevel> formalLevel(
      DecisionRight right, Optional<GoverningBody> body, OrganizationId id) {
    Optional<ParticipationLevel> recorded = right.levelOf(id);
    if (recorded.isPresent() || body.isEmpty()) {
      return recorded;
    }
    try {
      return ParticipationQueries.seatLevel(body.get(), id);
    } catch (IllegalStateException tooLarge) {
      // the index refuses a game it cannot compute exactly; say which decision needed it
      throw new IllegalArgumentException(
          "decision ("
              + right.name()
              + ") is taken by "
              + body.get().name()
              + ", whose seats' power cannot be computed exactly: "
              + tooLarge.getMessage(),
          tooLarge);
    }
  }

  private static DecisionRight requireRight(Partnership p, String decision) {
    return p.decisionRights()
        .right(decision)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    DecisionRightsOperators.notListed(p, decision).orElseThrow()));
  }
}
