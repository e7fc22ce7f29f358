package dev.partnership.iati;

import java.util.Optional;

/**
 * IATI's OrganisationRole codelist (standard 2.03, {@code codelists/OrganisationRole.xml}): the
 * role of a {@code participating-org} in an activity.
 *
 * <pre>{@code
 * OrganisationRole.fromCode(4)   // Optional[IMPLEMENTING]
 * OrganisationRole.FUNDING.code() // 1
 * }</pre>
 */
public enum OrganisationRole {
  /** 1 Funding: provides the money. */
  FUNDING(1),
  /** 2 Accountable: answers for the activity. */
  ACCOUNTABLE(2),
  /** 3 Extending: manages the budget on behalf of the funder. */
  EXTENDING(3),
  /** 4 Implementing: carries the activity out. */
  IMPLEMENTING(4);

  private final int code;

  OrganisationRole(int code) {
    this.code = code;
  }

  /** Returns the IATI code. */
  public int code() {
    return code;
  }

  /** Returns the role for an IATI code, or empty for a code the codelist does not have. */
  public static Optional<OrganisationRole> fromCode(int code) {
    for (OrganisationRole r : values()) {
      if (r.code == code) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
