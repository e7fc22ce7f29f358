package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A {@code participating-org} of an activity: its role and the organisation.
 *
 * @param role the role, if its code is one of the {@link OrganisationRole} codelist
 * @param org the organisation
 */
public record ParticipatingOrg(Optional<OrganisationRole> role, IatiOrgRef org) {
  /** Checks that no part is null. */
  public ParticipatingOrg {
    checkNotNull(role, "role");
    checkNotNull(org, "org");
  }
}
