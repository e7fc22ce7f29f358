package dev.partnership.actors;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A definition of who counts as a local or national actor: the user chooses one, each cites its
 * source, and what is this library's own reading says so.
 *
 * <p>All three share these rules (this library's reading of the IASC definitions):
 *
 * <ol>
 *   <li>an organisation whose type was not reported ({@link OrganizationType#UNKNOWN}) is {@link
 *       Locality#UNKNOWN};
 *   <li>an international NGO (also when registered nationally), a multilateral, and an organisation
 *       affiliated to an international NGO or confederation are international;
 *   <li>the home country is the organisation's own fact ({@link Organization#homeCountry()}), else
 *       the country of its identifier's registration agency ({@link
 *       OrganizationId#registrationCountry()}: {@code NL-KVK} means the Netherlands, {@code XM-DAC}
 *       and {@code XI-IATI} say nothing), else unknown;
 *   <li>an organisation that operates only at regional or global level is international (but see
 *       {@link #IASC_WITH_REGIONAL});
 *   <li>an organisation whose home country is on the {@link AidRecipients} list is local or
 *       national (state actors too: a partner country's government is a national actor); one whose
 *       home country is off the list is international (a Dutch "national NGO", IATI type 22, is not
 *       local);
 *   <li>without a home country, IATI type 24 (partner-country-based NGO) and 72 (private sector in
 *       an aid-recipient country) are national by their type; 71 (private sector in the provider
 *       country) is international; every other type is unknown.
 * </ol>
 *
 * <p>Affiliation is taken as recorded: an organisation without a recorded affiliation is treated as
 * not affiliated (the model cannot say "affiliation unknown").
 *
 * <pre>{@code
 * var kenyan = Organization.of("ke-ngo", "A Kenyan NGO", OrganizationType.NATIONAL_NGO, "KE");
 * LocalityDefinition.IASC.assess(kenyan, AidRecipients.dac2024to2025())
 * // LOCAL_OR_NATIONAL: headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025
 * }</pre>
 */
public enum LocalityDefinition {
  /**
   * The IASC definitions (the default): local and national non-state actors are headquartered and
   * operating in their own aid-recipient country and not affiliated to an international NGO;
   * national and sub-national state actors of aid-recipient countries count too. Source: IASC
   * Humanitarian Financing Task Team, Localisation Marker Working Group, "Definitions paper"
   * (2018),
   * https://urban-response.org/help-library/iasc-humanitarian-financing-task-team-localisation-marker-working-group-definitions.
   * Aid-recipient country: the OECD DAC List of ODA Recipients (this library's reading of "own
   * country" in the paper).
   */
  IASC(
      "IASC Humanitarian Financing Task Team, Localisation Marker Working Group, Definitions paper (2018)",
      "local and national state and non-state actors of aid-recipient countries, not affiliated to an international NGO"),
  /**
   * Charter4Change's "southern-based" national NGOs (Charter for Change, 2015, updated 2019;
   * commitment 1: pass at least 20%, later 25%, of humanitarian funding to southern-based NGOs),
   * https://charter4change.org/2015/07/31/thecharter/. Only NGO-like types count: national,
   * regional and partner-country NGOs, foundations, community groups and movements (this library's
   * reading of "NGO"); state actors, companies and academia are not counted, and appear as {@link
   * Locality#INTERNATIONAL} with that reason. "Southern" is read as "on the aid-recipient list"
   * (this library's choice).
   */
  CHARTER4CHANGE(
      "Charter for Change, Localisation of Humanitarian Aid (2015, updated 2019), commitment 1",
      "southern-based national NGOs: non-governmental organisations based in an aid-recipient country, not affiliated to an international NGO"),
  /**
   * The IASC definitions, plus regional organisations based in aid-recipient regions: a regional
   * organisation (operating regionally, not globally) headquartered in an aid-recipient country
   * counts as local. The Grand Bargain localisation workstream reports wide variation in how
   * signatories treat regional organisations (Grand Bargain Annual Independent Reports, ODI/HPG);
   * this variant, and reading "aid-recipient region" as "headquartered in a country on the
   * aid-recipient list", are this library's own choice.
   */
  IASC_WITH_REGIONAL(
      "IASC definitions (2018) plus regional organisations based in aid-recipient countries (this library's own variant)",
      "as IASC, and regional organisations headquartered in an aid-recipient country count as local");

  private static final Set<OrganizationType> NGO_LIKE =
      EnumSet.of(
          OrganizationType.NATIONAL_NGO,
          OrganizationType.REGIONAL_NGO,
          OrganizationType.PARTNER_COUNTRY_BASED_NGO,
          OrganizationType.FOUNDATION,
          OrganizationType.COMMUNITY_GROUP,
          OrganizationType.MOVEMENT);

  private final String source;
  private final String summary;

  LocalityDefinition(String source, String summary) {
    this.source = source;
    this.summary = summary;
  }

  /** Returns the source this definition cites. */
  public String source() {
    return source;
  }

  /** Returns who counts as local or national under this definition, in one line. */
  public String summary() {
    return summary;
  }

  /**
   * Returns whether {@code organization} is local or national, international or unknown under this
   * definition and the aid-recipient list {@code recipients}, with the reason.
   *
   * @throws NullPointerException if an argument is null
   */
  public LocalityVerdict assess(Organization organization, AidRecipients recipients) {
    checkNotNull(organization, "organization");
    checkNotNull(recipients, "recipients");
    Organization o = organization;
    OrganizationType t = o.type();
    if (!t.isKnown()) {
      return verdict(Locality.UNKNOWN, "type not reported: locality cannot be decided");
    }
    if (t == OrganizationType.INTERNATIONAL_NGO) {
      return verdict(
          Locality.INTERNATIONAL, "an international NGO (also when registered nationally)");
    }
    if (t == OrganizationType.MULTILATERAL) {
      return verdict(Locality.INTERNATIONAL, "a multilateral organisation");
    }
    if (o.affiliation().isPresent()) {
      return verdict(Locality.INTERNATIONAL, "affiliated to " + o.affiliation().get());
    }
    if (this == CHARTER4CHANGE && !NGO_LIKE.contains(t)) {
      return verdict(
          Locality.INTERNATIONAL,
          "not counted: "
              + t.label()
              + " is not an NGO, and Charter4Change counts southern-based NGOs only");
    }
    if (t == OrganizationType.PRIVATE_SECTOR_IN_PROVIDER_COUNTRY) {
      return verdict(
          Locality.INTERNATIONAL, "private sector in the provider country (IATI type 71)");
    }
    Optional<CountryCode> home = o.homeCountry();
    String where = "headquartered in ";
    if (home.isEmpty()) {
      home = o.id().registrationCountry();
      where = "registered in ";
    }
    Optional<String> place = home.map(c -> c + " (" + c.displayName() + ")");
    boolean acrossBorders =
        !o.levels().contains(OperatingLevel.LOCAL) && !o.levels().contains(OperatingLevel.NATIONAL);
    if (acrossBorders) {
      boolean regional =
          o.levels().contains(OperatingLevel.REGIONAL)
              && !o.levels().contains(OperatingLevel.GLOBAL);
      if (this == IASC_WITH_REGIONAL && regional) {
        if (home.isEmpty()) {
          return verdict(Locality.UNKNOWN, "a regional organisation whose home country is unknown");
        }
        return recipients.contains(home.get())
            ? verdict(
                Locality.LOCAL_OR_NATIONAL,
                "a regional organisation "
                    + where
                    + place.get()
                    + ", on the "
                    + recipients.name()
                    + " (regional variant)")
            : verdict(
                Locality.INTERNATIONAL,
                "a regional organisation "
                    + where
                    + place.get()
                    + ", not on the "
                    + recipients.name());
      }
      String levels =
          o.levels().stream()
              .sorted()
              .map(l -> l.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(" and "));
      return verdict(Locality.INTERNATIONAL, "operates only at " + levels + " level");
    }
    String actor = t.isState() ? "a state actor " : "";
    if (home.isPresent()) {
      return recipients.contains(home.get())
          ? verdict(
              Locality.LOCAL_OR_NATIONAL,
              actor + where + place.get() + ", on the " + recipients.name())
          : verdict(
              Locality.INTERNATIONAL,
              actor + where + place.get() + ", not on the " + recipients.name());
    }
    if (t == OrganizationType.PARTNER_COUNTRY_BASED_NGO
        || t == OrganizationType.PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY) {
      return verdict(
          Locality.LOCAL_OR_NATIONAL,
          t.label()
              + " (IATI type "
              + t.iatiCode()
              + "): national by its type; home country not given");
    }
    return verdict(
        Locality.UNKNOWN,
        "home country unknown: not given, and the identifier " + o.id() + " names no country");
  }

  private static LocalityVerdict verdict(Locality locality, String reason) {
    return new LocalityVerdict(locality, reason);
  }
}
