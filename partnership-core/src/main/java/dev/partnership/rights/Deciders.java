package dev.partnership.rights;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who decides one decision: the body that takes it, if any, and the organisations that decide or
 * co-decide it (PAT levels 3 and 4), in recorded order.
 *
 * @param decision the decision
 * @param body the body that takes it, if any
 * @param members the organisations at level 3 or 4, with their levels
 * @param illustrative whether the right they come from is {@linkplain
 *     dev.partnership.actors.Provenance#illustrative() illustrative} (then {@link #toString} ends
 *     in {@code (illustrative)})
 */
public record Deciders(
    Decision decision,
    Optional<String> body,
    ImmutableMap<OrganizationId, ParticipationLevel> members,
    boolean illustrative) {

  /** Returns deciders that are not illustrative. */
  public Deciders(
      Decision decision,
      Optional<String> body,
      ImmutableMap<OrganizationId, ParticipationLevel> members) {
    this(decision, body, members, false);
  }

  /** Checks that no component is null and that every member is at level 3 or 4. */
  public Deciders {
    checkNotNull(decision, "decision");
    checkNotNull(body, "body");
    checkNotNull(members, "members");
    members.forEach(
        (id, level) -> {
          if (level.compareTo(ParticipationLevel.CO_DECIDES) < 0) {
            throw new IllegalArgumentException(
                "members (" + id + "=" + level + ") must decide or co-decide (level 3 or 4)");
          }
        });
  }

  /** Returns the deciders of {@code right}. */
  public static Deciders of(DecisionRight right) {
    checkNotNull(right, "right");
    return new Deciders(
        right.decision(),
        right.body(),
        right.deciders().stream()
            .collect(ImmutableMap.toImmutableMap(id -> id, id -> right.levels().get(id))),
        right.provenance().filter(Provenance::illustrative).isPresent());
  }

  /** Returns whether nobody (no body, no member at level 3 or 4) is recorded as deciding. */
  public boolean nobody() {
    return body.isEmpty() && members.isEmpty();
  }

  /**
   * Returns e.g. {@code "budget allocation: body ISG; gppac-esa 4 decides, gppac-wa 3 co-decides"}
   * or {@code "budget allocation: nobody recorded as deciding"}, ending in {@code (illustrative)}
   * when the right is illustrative: {@link #text} with the identifiers.
   */
  @Override
  public String toString() {
    return text(OrganizationId::value);
  }

  /**
   * Returns the deciders for people to read, each organisation named by {@code name}: e.g. {@code
   * "budget allocation: body ISG; GPPAC ECA 4 decides, WANEP 3 co-decides"} when {@code name} gives
   * short names.
   *
   * <pre>{@code
   * Partnership p = Alliances.countMeIn();
   * p.query(DecisionRightsQueries.whoDecides("consortium budget allocation"))
   *     .text(id -> p.member(id).map(m -> m.organization().shortName()).orElse(id.value()))
   * // "consortium budget allocation: Mama Cash 4 decides (illustrative)"
   * }</pre>
   *
   * @throws NullPointerException if {@code name} is null or returns null
   */
  public String text(Function<? super OrganizationId, String> name) {
    checkNotNull(name, "name");
    String mark = illustrative ? " (illustrative)" : "";
    if (nobody()) {
      return decision.name() + ": nobody recorded as deciding" + mark;
    }
    return decision.name()
        + ": "
        + body.map(b -> "body " + b + (members.isEmpty() ? "" : "; ")).orElse("")
        + members.entrySet().stream()
            .map(
                e ->
                    checkNotNull(name.apply(e.getKey()), "name of %s", e.getKey())
                        + " "
                        + Levels.label(e.getValue()))
            .collect(Collectors.joining(", "))
        + mark;
  }
}
