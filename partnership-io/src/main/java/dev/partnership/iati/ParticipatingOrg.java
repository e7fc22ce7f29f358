package dev.partnership.iati;

import java.util.Optional;

/**
 * A {@code participating-org} of an activity: its role (1 Funding, 2 Accountable, 3 Extending, 4
 * Implementing) and the organisation.
 *
 * @param role the role code, if a number
 * @param org the organisation
 */
public record ParticipatingOrg(Optional<Integer> role, IatiOrgRef org) {
  /** IATI OrganisationRole 1. */
  public static final int FUNDING = 1;
  /** IATI OrganisationRole 2. */
  public static final int ACCOUNTABLE = 2;
  /** IATI OrganisationRole 3. */
  public static final int EXTENDING = 3;
  /** IATI OrganisationRole 4. */
  public static final int IMPLEMENTING = 4;
}
