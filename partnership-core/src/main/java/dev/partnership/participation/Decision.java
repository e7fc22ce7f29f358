package dev.partnership.participation;

import dev.partnership.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An important decision in a partnership, as listed in a PAT session.
 *
 * <p>The PAT guide asks for decisions that are neither too broad nor too narrow: "the strategy" is
 * too broad to score (partners take part in some parts and not others), "the date of the next
 * meeting" too narrow to matter. Good decisions are ones that recur or shape the work, and where
 * the partners' involvement can be told in one level: "which countries receive the flexible fund",
 * "the advocacy position for the UN session", "selection of new partners".
 *
 * <pre>{@code
 * Decision.of("Allocation of the flexible fund", DecisionArea.RESOURCES_AMONG_PARTNERS)
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Decision {
  Decision() {}

  /** Returns the name, unique within an assessment. */
  @Value.Parameter
  public abstract String name();

  /** Returns the area. */
  @Value.Parameter
  public abstract DecisionArea area();

  /** Returns a description, if given. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checks.checkNotBlank(name(), "decision name");
  }

  /**
   * Returns a decision without description.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Decision of(String name, DecisionArea area) {
    return ImmutableDecision.of(name, area);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return name() + " (" + area() + ")";
  }
}
