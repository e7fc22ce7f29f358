package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.GoverningBody;
import dev.partnership.internal.Checks;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ExclusiveDecision;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.participation.ParticipationRules;
import dev.partnership.participation.Purpose;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Queries that tie PAT sessions ({@link Assessment}) to a partnership: whether a session fits it, a
 * first draft of the actual levels from its governance facts, and the decisions where its funders
 * or lead decide alone while local partners are informed or excluded.
 *
 * <pre>{@code
 * cmi.query(ParticipationQueries.problemsWith(session))          // [] when it fits
 * cmi.query(ParticipationQueries.draftFromBody("Steering committee", date, decisions))
 * cmi.query(ParticipationQueries.funderOrLeadDecidesAlone(session))
 * }</pre>
 */
public final class ParticipationQueries {
  private ParticipationQueries() {}

  /**
   * Returns a query for what keeps {@code session} from being a session of the partnership: its
   * organisations must be members, and if it names a partnership it must be this one. Empty when it
   * fits.
   */
  public static PartnershipQuery<ImmutableList<String>> problemsWith(Assessment session) {
    checkNotNull(session, "session");
    return PartnershipQueries.named(
        "problemsWith(" + session + ")",
        session,
        p -> {
          ImmutableList.Builder<String> out = ImmutableList.builder();
          session
              .partnershipId()
              .filter(id -> !id.equals(p.id()))
              .ifPresent(
                  id -> out.add("partnership (" + id + ") of the session must be " + p.id()));
          for (Organization o : session.organizations()) {
            if (!p.isMember(o)) {
              out.add("organization (" + o.id() + ") of the session must be a member of " + p.id());
            }
          }
          return out.build();
        });
  }

  /**
   * Returns a query for a first draft of a PAT session whose actual levels are derived from body
   * {@code bodyName}'s seats and rule, for decisions that body takes, marked {@linkplain
   * Assessment#derived() derived}. Every member is listed. A seat holder that is a dictator
   * {@linkplain ParticipationLevel#DECIDES decides}; a seat holder with power (non-zero Banzhaf
   * index) {@linkplain ParticipationLevel#CO_DECIDES co-decides}; a powerless seat holder is
   * {@linkplain ParticipationLevel#INFORMED informed}. Members without a seat are marked not
   * scored: governance facts do not say whether they are informed or consulted.
   *
   * @throws IllegalArgumentException if two decisions have the same name; (from the query) if the
   *     body does not exist
   */
  public static PartnershipQuery<Assessment> draftFromBody(
      String bodyName, LocalDate date, List<Decision> decisions) {
    checkNotNull(bodyName, "bodyName");
    checkNotNull(date, "date");
    ImmutableList<Decision> ds = Checks.copyWithoutNulls(decisions, "decisions");
    Set<String> names = new HashSet<>();
    for (Decision d : ds) {
      Checks.checkField(names.add(d.name()), "decisions", d.name(), "must be listed once");
    }
    return PartnershipQueries.named(
        "draftFromBody(" + bodyName + ", " + date + ", " + ds.size() + " decisions)",
        List.of(bodyName, date, ds),
        p -> {
          GoverningBody body = p.requireBody(bodyName);
          Assessment.Builder b =
              Assessment.builder()
                  .context("Draft from the governance of " + p.name() + ": " + body)
                  .purpose(Purpose.EXISTING_PARTNERSHIP)
                  .date(date)
                  .partnershipId(p.id())
                  .countries(p.countries())
                  .organizations(p.organizations())
                  .decisions(ds)
                  .derived(true);
          for (Decision d : ds) {
            for (Organization o : p.organizations()) {
              Cell c = Cell.of(d.name(), o.id());
              Optional<ParticipationLevel> level = seatLevel(body, o.id());
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
   * Returns the level a seat in {@code body} gives {@code holder}: the one derivation of a level
   * from governance facts. A dictator {@linkplain ParticipationLevel#DECIDES decides}; a holder
   * with power (non-zero Banzhaf index) {@linkplain ParticipationLevel#CO_DECIDES co-decides}; a
   * powerless holder is {@linkplain ParticipationLevel#INFORMED informed}; empty without a seat.
   */
  static Optional<ParticipationLevel> seatLevel(GoverningBody body, OrganizationId holder) {
    if (!body.holders().contains(holder)) {
      return Optional.empty();
    }
    if (body.dictator().equals(Optional.of(holder))) {
      return Optional.of(ParticipationLevel.DECIDES);
    }
    return Optional.of(
        body.holdersWithPower().contains(holder)
            ? ParticipationLevel.CO_DECIDES
            : ParticipationLevel.INFORMED);
  }

  /**
   * Returns a query for the decisions in {@code session} where the partnership's lead or one of its
   * funders decides alone while every local or national organisation is informed or excluded.
   */
  public static PartnershipQuery<ImmutableList<ExclusiveDecision>> funderOrLeadDecidesAlone(
      Assessment session) {
    checkNotNull(session, "session");
    return PartnershipQueries.named(
        "funderOrLeadDecidesAlone(" + session + ")",
        session,
        p -> {
          ImmutableSet<OrganizationId> holders =
              Stream.concat(
                      PartnershipQueries.leadOf(p).stream(),
                      p.query(PartnershipQueries.membersWithRole(Role.FUNDER)).stream())
                  .map(Membership::id)
                  .collect(ImmutableSet.toImmutableSet());
          return ParticipationRules.exclusiveDecisions(session, holders);
        });
  }
}
