package dev.partnership.actors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A locality with the reason for it, as a {@link LocalityDefinition} decided it.
 *
 * <pre>{@code
 * Organization.of("ke-ngo", "A Kenyan NGO", OrganizationType.NATIONAL_NGO, "KE").localityVerdict()
 * // LOCAL_OR_NATIONAL: headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025
 * }</pre>
 *
 * @param locality local or national, international, or unknown
 * @param reason why, in words a reader can check
 */
public record LocalityVerdict(Locality locality, String reason) {

  /**
   * Checks the verdict.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public LocalityVerdict {
    checkNotNull(locality, "locality");
    checkNotNull(reason, "reason");
    checkArgument(
        !reason.isBlank(), "reason (\"%s\") must not be blank: every locality says why", reason);
  }

  /** Returns whether this verdict counts the organisation as a local or national actor. */
  public boolean isLocalOrNational() {
    return locality == Locality.LOCAL_OR_NATIONAL;
  }

  /** Returns {@code "LOCAL_OR_NATIONAL: headquartered in KE ..."}. */
  @Override
  public String toString() {
    return locality + ": " + reason;
  }
}
