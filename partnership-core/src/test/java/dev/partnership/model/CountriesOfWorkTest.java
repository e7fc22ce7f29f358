package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The countries a partnership works in with their provenance, and an organisation's countries. */
class CountriesOfWorkTest {
  private static final CountryCode KE = CountryCode.of("KE");
  private static final CountryCode UG = CountryCode.of("UG");

  private static Partnership duo() {
    return Partnership.of(
        "duo",
        "Duo",
        PartnershipForm.BILATERAL,
        Membership.of(Organization.of("Lead", OrganizationType.INTERNATIONAL_NGO, "NL"), Role.LEAD),
        Membership.of(
            Organization.of("Partner", OrganizationType.NATIONAL_NGO, "KE"), Role.MEMBER));
  }

  @Test
  void aCountryOfWorkCarriesItsProvenanceAndIsListedFirstAmongSourcedFacts() {
    Partnership p =
        Partnership.builder()
            .from(duo())
            .addCountries(KE, UG)
            .putCountryProvenance(UG, Provenance.of("annual report 2024"))
            .build();
    assertEquals("{UG=annual report 2024}", p.countryProvenance().toString());
    assertEquals(
        "works in Uganda (UG) — annual report 2024",
        p.query(PartnershipQueries.sourcedFacts()).get(0).toString());
    assertEquals(List.of(), p.query(PartnershipQueries.illustrativeFacts()));
  }

  @Test
  void theProvenanceOfACountryThePartnershipDoesNotWorkInIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Partnership.builder()
                    .from(duo())
                    .addCountries(KE)
                    .putCountryProvenance(UG, Provenance.of("annual report 2024"))
                    .build());
    assertEquals(
        "countryProvenance (UG) must be a country the partnership works in; countries are [KE]",
        e.getMessage());
  }

  @Test
  void anOrganisationsCountriesAreEmptyUnlessRecordedAndKeepTheirOrder() {
    Organization o = Organization.of("Network", OrganizationType.REGIONAL_NGO);
    assertEquals(List.of(), o.countries().asList());
    Organization n = Organization.builder().from(o).addCountries(UG, KE, UG).build();
    assertEquals(List.of(UG, KE), n.countries().asList());
    // the locality definitions read the home country only
    assertEquals(o.localityVerdict(), n.localityVerdict());
    assertEquals(false, o.equals(n));
  }
}
