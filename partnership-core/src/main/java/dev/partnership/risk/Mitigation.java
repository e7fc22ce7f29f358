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
}
