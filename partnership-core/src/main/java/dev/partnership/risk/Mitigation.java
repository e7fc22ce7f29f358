package dev.partnership.risk;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Checks;
import java.util.Optional;

/**
 * A mitigation of a risk and who pays for it.
 *
 * @param description what is done
 * @param fundedBy who pays, if anyone does
 */
public record Mitigation(String description, Optional<OrganizationId> fundedBy) {
  /** Checks that no component is null and the description is not blank. */
  public Mitigation {
    checkNotNull(description, "description");
    checkNotNull(fundedBy, "fundedBy");
    Checks.checkNotBlank(description, "mitigation");
  }

  /** Returns a mitigation funded by {@code funder}. */
  public static Mitigation fundedBy(String description, OrganizationId funder) {
    return new Mitigation(description, Optional.of(checkNotNull(funder, "funder")));
  }

  /** Returns a mitigation nobody pays for. */
  public static Mitigation unfunded(String description) {
    return new Mitigation(description, Optional.empty());
  }

  /**
   * Returns this mitigation funded by {@code funder} (a mitigation recorded unfunded can be funded
   * later).
   *
   * <pre>{@code
   * Mitigation.unfunded("Digital security training").withFunder(OrganizationId.of("gppac-secretariat"))
   * // "Digital security training" funded by gppac-secretariat
   * }</pre>
   */
  public Mitigation withFunder(OrganizationId funder) {
    return new Mitigation(description, Optional.of(checkNotNull(funder, "funder")));
  }

  /** Returns whether someone pays for this mitigation. */
  public boolean isFunded() {
    return fundedBy.isPresent();
  }

  /**
   * Returns {@code "Digital security training" funded by jass}, or {@code "Training" (unfunded)}.
   */
  @Override
  public String toString() {
    return '"' + description + '"' + fundedBy.map(f -> " funded by " + f).orElse(" (unfunded)");
  }
}
