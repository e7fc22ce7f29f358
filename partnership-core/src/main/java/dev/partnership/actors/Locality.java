package dev.partnership.actors;

/**
 * Whether an organisation counts as a local or national actor, as an international actor, or cannot
 * be classified, under a {@link LocalityDefinition} (by default the IASC localisation definitions:
 * IASC Humanitarian Financing Task Team, Localisation Marker Working Group, definitions paper,
 * 2018), used by the Grand Bargain's 25% target.
 *
 * <p>Every classification comes with its reason ({@link LocalityVerdict}). {@link #UNKNOWN} is
 * never counted as local: figures report it apart, by amount.
 *
 * <pre>{@code
 * Organization.of("ke-ngo", "A Kenyan NGO", OrganizationType.NATIONAL_NGO, "KE").locality()   // LOCAL_OR_NATIONAL
 * Organization.of("Unnamed", OrganizationType.OTHER).locality()                                 // UNKNOWN
 * }</pre>
 */
public enum Locality {
  /**
   * Local and national actors: non-state actors headquartered and operating in their own
   * aid-recipient country and not affiliated to an international NGO, and national and sub-national
   * state actors of aid-recipient countries.
   */
  LOCAL_OR_NATIONAL,
  /**
   * International actors: international NGOs (also when registered nationally), their affiliates,
   * multilaterals, organisations that operate only across borders, and organisations based in a
   * country that is not an aid recipient.
   */
  INTERNATIONAL,
  /**
   * Not known: type, home country or affiliation missing where it matters. Never counted as local.
   */
  UNKNOWN;

  /**
   * Returns {@code "local/national"}, {@code "international"} or {@code "unknown"}, for tables and
   * reports.
   */
  public String label() {
    switch (this) {
      case LOCAL_OR_NATIONAL:
        return "local/national";
      case INTERNATIONAL:
        return "international";
      default:
        return "unknown";
    }
  }
}
