package dev.partnership.rights;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who formally decides one decision: the governing body that takes it, if any, and each named
 * organisation's level on the PAT participation ladder (0 not informed to 4 decides).
 *
 * <p>An organisation without a level is <em>not recorded</em>: the formal picture says nothing
 * about it (a PAT draft marks its cell not scored). A right with neither body nor levels is listed
 * but unassigned: nobody is recorded as deciding it.
 *
 * <pre>{@code
 * var budget = Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
 * DecisionRight.of(budget).withBody("ISG").withLevel(OrganizationId.of("gppac-esa"), ParticipationLevel.DECIDES)
 * // budget allocation (RESOURCES_AMONG_PARTNERS): body ISG, levels {gppac-esa=DECIDES}
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class DecisionRight {
  DecisionRight() {}

  /** Returns the decision (name and area). */
  public abstract Decision decision();

  /** Returns the name of the governing body that takes the decision, if any. */
  public abstract Optional<String> body();

  /** Returns the recorded level per organisation, in the order they were recorded. */
  public abstract ImmutableMap<OrganizationId, ParticipationLevel> levels();

  /** Returns the decision's name. */
  public String name() {
    return decision().name();
  }

  /** Returns the decision's area. */
  public DecisionArea area() {
    return decision().area();
  }

  /** Returns the recorded level of {@code id}, empty when none is recorded. */
  public Optional<ParticipationLevel> levelOf(OrganizationId id) {
    return Optional.ofNullable(levels().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the organisations that decide or co-decide (level 3 or 4, {@link
   * ParticipationLevel#CO_DECIDES} or {@link ParticipationLevel#DECIDES}), in recorded order.
   */
  public ImmutableSet<OrganizationId> deciders() {
    return levels().entrySet().stream()
        .filter(e -> e.getValue().compareTo(ParticipationLevel.CO_DECIDES) >= 0)
        .map(Map.Entry::getKey)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Returns whether neither a body nor any level is recorded. */
  public boolean isUnassigned() {
    return body().isEmpty() && levels().isEmpty();
  }

  /** Returns this right taken by body {@code name} (replacing any body). */
  public DecisionRight withBody(String name) {
    return builder().from(this).body(checkNotNull(name, "body")).build();
  }

  /** Returns this right taken by no body. */
  public DecisionRight withoutBody() {
    return builder().from(this).body(Optional.empty()).build();
  }

  /** Returns this right with {@code id} at {@code level} (replacing any level it had). */
  public DecisionRight withLevel(OrganizationId id, ParticipationLevel level) {
    checkNotNull(id, "id");
    checkNotNull(level, "level");
    Map<OrganizationId, ParticipationLevel> m = new LinkedHashMap<>(levels());
    m.put(id, level);
    return builder().from(this).levels(m).build();
  }

  /** Returns this right without a recorded level for {@code id}. */
  public DecisionRight withoutLevel(OrganizationId id) {
    checkNotNull(id, "id");
    Map<OrganizationId, ParticipationLevel> m = new LinkedHashMap<>(levels());
    m.remove(id);
    return builder().from(this).levels(m).build();
  }

  @Value.Check
  void check() {
    body().ifPresent(b -> Checks.checkNotBlank(b, "decision " + name() + " body"));
  }

  /** Returns an unassigned right for {@code decision}: no body, no levels. */
  public static DecisionRight of(Decision decision) {
    return builder().decision(decision).build();
  }

  /**
   * Returns a right for {@code decision} taken by body {@code body}.
   *
   * @throws IllegalArgumentException if the body's name is blank
   */
  public static DecisionRight of(Decision decision, String body) {
    return builder().decision(decision).body(body).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionRight}; the decision is required. */
  public static final class Builder extends ImmutableDecisionRight.Builder {
    Builder() {}
  }

  /**
   * Returns e.g. {@code budget allocation (RESOURCES_AMONG_PARTNERS): body ISG, levels
   * {gppac-esa=DECIDES}}.
   */
  @Override
  public String toString() {
    if (isUnassigned()) {
      return decision() + ": unassigned";
    }
    return decision()
        + ":"
        + body().map(b -> " body " + b).orElse("")
        + (body().isPresent() && !levels().isEmpty() ? "," : "")
        + (levels().isEmpty() ? "" : " levels " + levels());
  }
}
