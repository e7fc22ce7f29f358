package dev.partnership.actors;

import java.util.Optional;

/**
 * The type of an organisation, following IATI's OrganisationType codelist, plus two informal types
 * the field needs and IATI has no code for.
 *
 * <p>{@link #UNKNOWN} stands for a type the source did not report; it is not IATI's 90 Other.
 *
 * <p>{@link #COMMUNITY_GROUP} and {@link #MOVEMENT} (community groups, movements, citizens'
 * collectives) export as IATI code 90 (Other): {@link #iatiCode()} returns 90 for them and {@link
 * #isInformal()} tells them apart.
 *
 * <pre>{@code
 * OrganizationType.fromIatiCode(22)   // NATIONAL_NGO
 * OrganizationType.MOVEMENT.iatiCode() // 90
 * }</pre>
 */
public enum OrganizationType {
  /** 10 Government. */
  GOVERNMENT(10, "Government"),
  /** 11 Local Government. */
  LOCAL_GOVERNMENT(11, "Local Government"),
  /** 15 Other Public Sector. */
  OTHER_PUBLIC_SECTOR(15, "Other Public Sector"),
  /** 21 International NGO. */
  INTERNATIONAL_NGO(21, "International NGO"),
  /** 22 National NGO. */
  NATIONAL_NGO(22, "National NGO"),
  /** 23 Regional NGO. */
  REGIONAL_NGO(23, "Regional NGO"),
  /** 24 Partner Country based NGO. */
  PARTNER_COUNTRY_BASED_NGO(24, "Partner Country based NGO"),
  /** 30 Public Private Partnership. */
  PUBLIC_PRIVATE_PARTNERSHIP(30, "Public Private Partnership"),
  /** 40 Multilateral. */
  MULTILATERAL(40, "Multilateral"),
  /** 60 Foundation. */
  FOUNDATION(60, "Foundation"),
  /** 70 Private Sector. */
  PRIVATE_SECTOR(70, "Private Sector"),
  /** 71 Private Sector in Provider Country. */
  PRIVATE_SECTOR_IN_PROVIDER_COUNTRY(71, "Private Sector in Provider Country"),
  /** 72 Private Sector in Aid Recipient Country. */
  PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY(72, "Private Sector in Aid Recipient Country"),
  /** 73 Private Sector in Third Country. */
  PRIVATE_SECTOR_IN_THIRD_COUNTRY(73, "Private Sector in Third Country"),
  /** 80 Academic, Training and Research. */
  ACADEMIC_RESEARCH(80, "Academic, Training and Research"),
  /** 90 Other. */
  OTHER(90, "Other"),
  /** An informal community group (no IATI code; exports as 90). */
  COMMUNITY_GROUP(90, "Community group (informal)"),
  /** A social movement or citizens' collective (no IATI code; exports as 90). */
  MOVEMENT(90, "Movement (informal)"),
  /**
   * The type is not known: the source did not report it (an IATI element without {@code @type}). It
   * has no IATI code, and an organisation of unknown type has an unknown locality: it is never
   * counted as local (see {@link LocalityDefinition}).
   */
  UNKNOWN(0, "Unknown (type not reported)");

  private final int iatiCode;
  private final String label;

  OrganizationType(int iatiCode, String label) {
    this.iatiCode = iatiCode;
    this.label = label;
  }

  /**
   * Returns the IATI OrganisationType code this type exports as (90 for the informal types).
   *
   * @throws IllegalStateException for {@link #UNKNOWN}, which has no code: leave {@code @type} out
   *     when exporting it
   */
  public int iatiCode() {
    if (this == UNKNOWN) {
      throw new IllegalStateException(
          "type (UNKNOWN) has no IATI OrganisationType code: leave @type out when exporting");
    }
    return iatiCode;
  }

  /** Returns whether the type is known (anything but {@link #UNKNOWN}). */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /** Returns the codelist name, e.g. {@code "International NGO"}. */
  public String label() {
    return label;
  }

  /** Returns whether this is one of the informal types IATI has no code for. */
  public boolean isInformal() {
    return this == COMMUNITY_GROUP || this == MOVEMENT;
  }

  /** Returns whether this is a state actor type (10, 11, 15). */
  public boolean isState() {
    return this == GOVERNMENT || this == LOCAL_GOVERNMENT || this == OTHER_PUBLIC_SECTOR;
  }

  /** Returns the type for an IATI code (90 gives {@link #OTHER}), or empty for an unknown code. */
  public static Optional<OrganizationType> tryFromIatiCode(int code) {
    for (OrganizationType t : values()) {
      if (t.iatiCode == code && !t.isInformal() && t.isKnown()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the type for an IATI code (90 gives {@link #OTHER}).
   *
   * @throws IllegalArgumentException if the code is not in IATI's OrganisationType codelist
   */
  public static OrganizationType fromIatiCode(int code) {
    return tryFromIatiCode(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "type code ("
                        + code
                        + ") must be an IATI OrganisationType code: 10, 11, 15, 21, 22, 23, 24,"
                        + " 30, 40, 60, 70, 71, 72, 73, 80 or 90"));
  }
}
