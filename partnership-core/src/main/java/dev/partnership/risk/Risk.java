package dev.partnership.risk;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk in the register: area, description, likelihood and impact (ordinal, 1 to 5), who bears it,
 * who owns it, its mitigations and who pays for them, and optionally the change in power it comes
 * from (e.g. {@code "delegate grant-making to the regional networks"}).
 *
 * <p>{@link #score()} is likelihood times impact (1 to 25); a risk is {@linkplain #isHigh() high}
 * from 12 (a threshold of our own, illustrative: for example possible and major, 3 x 4).
 *
 * <pre>{@code
 * Risk.builder().id("R1").area(RiskArea.SECURITY).description("Surveillance of activists")
 *     .likelihood(Likelihood.LIKELY).impact(Impact.SEVERE).bearer(partner.id()).build()
 * }</pre>
 */
@Value.Immutable
public abstract class Risk implements WithRisk {
  Risk() {}

  /** Returns the risk's id, unique in its register. */
  public abstract String id();

  /** Returns the area. */
  public abstract RiskArea area();

  /** Returns the description. */
  public abstract String description();

  /** Returns the likelihood. */
  public abstract Likelihood likelihood();

  /** Returns the impact. */
  public abstract Impact impact();

  /** Returns who bears the risk (who is harmed if it happens). */
  public abstract OrganizationId bearer();

  /** Returns who owns the risk (manages it), if anyone. */
  public abstract Optional<OrganizationId> owner();

  /** Returns the mitigations. */
  public abstract ImmutableList<Mitigation> mitigations();

  /** Returns the change in power the risk comes from, if it comes from one. */
  public abstract Optional<String> origin();

  /** Returns the mitigations described as {@code description}, in order (usually one or none). */
  public ImmutableList<Mitigation> mitigations(String description) {
    Checks.checkNotBlank(description, "mitigation");
    return mitigations().stream()
        .filter(m -> m.description().equals(description))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether at least one mitigation is recorded. */
  public boolean isMitigated() {
    return !mitigations().isEmpty();
  }

  /** Returns likelihood times impact, 1 to 25. */
  public int score() {
    return likelihood().rank() * impact().rank();
  }

  /** Returns whether the score is at least 12: a threshold of our own, illustrative. */
  public boolean isHigh() {
    return score() >= 12;
  }

  @Value.Check
  void check() {
    Checks.checkNotBlank(id(), "risk id");
    Checks.checkNotBlank(description(), "risk description");
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Risk}. */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return id()
        + " "
        + area()
        + " \""
        + description()
        + "\" ("
        + likelihood()
        + " x "
        + impact()
        + " = "
        + score()
        + ", borne by "
        + bearer()
        + ")";
  }
}
