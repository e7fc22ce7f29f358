package dev.partnership.actors;

/**
 * Whether an organisation counts as a local or national actor in the sense of the IASC
 * localisation definitions (IASC Humanitarian Financing Task Team, 2018), used by the Grand
 * Bargain's 25% target.
 *
 * <p>See {@link Organization#locality()} for the rules this library applies.
 */
public enum Locality {
  /**
   * Local and national actors: non-state actors headquartered and operating in their own country
   * and not affiliated to an international NGO, and national and sub-national state actors.
   */
  LOCAL_OR_NATIONAL,
  /** International actors: international NGOs (also when registered nationally), their affiliates,
   * multilaterals, and organisations that operate only across borders. */
  INTERNATIONAL
}
