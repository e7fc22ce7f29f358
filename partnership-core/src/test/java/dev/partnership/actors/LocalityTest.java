package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "Done means" of the locality issue, the DAC list resource and the named definitions. */
class LocalityTest {
  static final AidRecipients DAC = AidRecipients.dac2024to2025();

  @Test
  void aDutchNationalNgoIsNotLocalAKenyanOneIsAndOtherWithoutCountryIsUnknown() {
    Organization dutch =
        Organization.of("NL-KVK-1", "Dutch NGO", OrganizationType.NATIONAL_NGO, "NL");
    assertEquals(
        new LocalityVerdict(
            Locality.INTERNATIONAL,
            "headquartered in NL (Netherlands), not on the DAC List of ODA Recipients 2024-2025"),
        dutch.localityVerdict());
    Organization kenyan =
        Organization.of("ke-ngo", "Kenyan NGO", OrganizationType.NATIONAL_NGO, "KE");
    assertEquals(
        new LocalityVerdict(
            Locality.LOCAL_OR_NATIONAL,
            "headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025"),
        kenyan.localityVerdict());
    assertTrue(kenyan.isLocalOrNational());
    Organization other = Organization.of("Somebody", OrganizationType.OTHER);
    assertEquals(Locality.UNKNOWN, other.locality());
    assertEquals(
        "home country unknown: not given, and the identifier somebody names no country",
        other.localityReason());
    assertFalse(other.isLocalOrNational());
    assertEquals("Somebody (somebody; OTHER; locality unknown)", other.toString());
  }

  @Test
  void homeCountryComesFromTheFactsElseTheRegistrationAgency() {
    assertEquals(
        Optional.of(CountryCode.of("NL")),
        OrganizationId.of("NL-KVK-27108436").registrationCountry());
    assertEquals(
        Optional.of(CountryCode.of("SE")), OrganizationId.of("SE-6").registrationCountry());
    assertEquals(Optional.empty(), OrganizationId.of("XM-DAC-7").registrationCountry());
    assertEquals(Optional.empty(), OrganizationId.of("XI-IATI-EC_INTPA").registrationCountry());
    assertEquals(Optional.empty(), OrganizationId.of("jass").registrationCountry());
    Organization novibLike =
        Organization.builder()
            .id(OrganizationId.of("NL-KVK-27108436"))
            .name("X")
            .type(OrganizationType.NATIONAL_NGO)
            .build();
    assertEquals(
        "registered in NL (Netherlands), not on the DAC List of ODA Recipients 2024-2025",
        novibLike.localityReason());
    // own facts win over the identifier
    Organization movedHome =
        Organization.builder().from(novibLike).homeCountry(CountryCode.of("KE")).build();
    assertTrue(movedHome.isLocalOrNational());
    Organization ugandan =
        Organization.builder()
            .id(OrganizationId.of("UG-NGO-1406"))
            .name("DefendDefenders")
            .type(OrganizationType.NATIONAL_NGO)
            .build();
    assertEquals(
        "registered in UG (Uganda), on the DAC List of ODA Recipients 2024-2025",
        ugandan.localityReason());
    Organization ministry =
        Organization.builder()
            .id(OrganizationId.of("XM-DAC-7"))
            .name("Ministry")
            .type(OrganizationType.GOVERNMENT)
            .build();
    assertEquals(Locality.UNKNOWN, ministry.locality());
  }

  @Test
  void typesDecideWhereTheFactsAllowIt() {
    Organization partner = Organization.of("Partner", OrganizationType.PARTNER_COUNTRY_BASED_NGO);
    assertEquals(
        new LocalityVerdict(
            Locality.LOCAL_OR_NATIONAL,
            "Partner Country based NGO (IATI type 24): national by its type; home country not given"),
        partner.localityVerdict());
    // a type 24 registered in the Netherlands is not local: the registration wins
    assertFalse(
        Organization.of("NL-KVK-2", "P", OrganizationType.PARTNER_COUNTRY_BASED_NGO, "NL")
            .isLocalOrNational());
    Organization unknownType = Organization.of("ke-x", "X", OrganizationType.UNKNOWN, "KE");
    assertEquals(
        new LocalityVerdict(Locality.UNKNOWN, "type not reported: locality cannot be decided"),
        unknownType.localityVerdict());
    assertEquals(
        "a state actor headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025",
        Organization.of("KE-GOV-1", "Kenya Government", OrganizationType.GOVERNMENT, "KE")
            .localityReason());
    assertEquals(
        Locality.INTERNATIONAL,
        Organization.of("Company", OrganizationType.PRIVATE_SECTOR_IN_PROVIDER_COUNTRY).locality());
    assertEquals(
        Locality.LOCAL_OR_NATIONAL,
        Organization.of("Company", OrganizationType.PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY)
            .locality());
    assertEquals(
        "type (UNKNOWN) has no IATI OrganisationType code: leave @type out when exporting",
        assertThrows(IllegalStateException.class, OrganizationType.UNKNOWN::iatiCode).getMessage());
    assertFalse(OrganizationType.UNKNOWN.isKnown());
  }

  @Test
  void definitionsAreNamedChoicesWithSources() {
    Organization kenyanGovernment =
        Organization.of("KE-GOV-1", "Kenya Government", OrganizationType.GOVERNMENT, "KE");
    assertTrue(kenyanGovernment.localityVerdict(LocalityDefinition.IASC, DAC).isLocalOrNational());
    assertEquals(
        new LocalityVerdict(
            Locality.INTERNATIONAL,
            "not counted: Government is not an NGO, and Charter4Change counts southern-based NGOs only"),
        kenyanGovernment.localityVerdict(LocalityDefinition.CHARTER4CHANGE, DAC));
    Organization uafAfrica =
        Organization.builder()
            .id(OrganizationId.of("uaf-africa"))
            .name("UAF-Africa")
            .type(OrganizationType.FOUNDATION)
            .homeCountry(CountryCode.of("KE"))
            .addLevel(OperatingLevel.REGIONAL)
            .build();
    assertEquals(Locality.INTERNATIONAL, uafAfrica.locality());
    assertEquals(
        "a regional organisation headquartered in KE (Kenya), on the DAC List of ODA Recipients 2024-2025 (regional variant)",
        uafAfrica.localityVerdict(LocalityDefinition.IASC_WITH_REGIONAL, DAC).reason());
    Organization regionalInBelgium =
        Organization.builder().from(uafAfrica).homeCountry(CountryCode.of("BE")).build();
    assertEquals(
        Locality.INTERNATIONAL,
        regionalInBelgium.localityVerdict(LocalityDefinition.IASC_WITH_REGIONAL, DAC).locality());
    for (LocalityDefinition d : LocalityDefinition.values()) {
      assertFalse(d.source().isBlank());
      assertFalse(d.summary().isBlank());
    }
    assertTrue(
        LocalityDefinition.IASC_WITH_REGIONAL.source().contains("this library's own variant"));
    // a list of one's own
    AidRecipients mine = AidRecipients.of("only Kenya", List.of(CountryCode.of("KE")));
    assertFalse(
        Organization.of("ug", "U", OrganizationType.NATIONAL_NGO, "UG")
            .localityVerdict(LocalityDefinition.IASC, mine)
            .isLocalOrNational());
    assertEquals("user-supplied list", mine.source());
  }

  @Test
  void theDacListLoadsFromItsResourceWithItsNotes() {
    assertEquals("DAC List of ODA Recipients 2024-2025", DAC.name());
    assertEquals(141, DAC.countries().size());
    assertEquals(
        "DAC List of ODA Recipients 2024-2025 (141 countries and territories)", DAC.toString());
    assertTrue(
        DAC.source().contains("OECD")
            && DAC.source().contains("(2024-2025)")
            && DAC.source().contains("https://www.oecd.org/"),
        DAC.source());
    for (String on : List.of("NR", "MS", "GY", "PA", "KE", "UA", "XK", "PS", "TK", "WF")) {
      assertTrue(DAC.contains(CountryCode.of(on)), on);
    }
    for (String off : List.of("AG", "CL", "UY", "NL", "US", "SC", "KN", "CK")) {
      assertFalse(DAC.contains(CountryCode.of(off)), off);
    }
    // 10 notes: the seven, and the OECD page's footnotes on Sao Tome and Principe, Solomon
    // Islands and Angola
    assertEquals(10, DAC.notes().size());
    assertTrue(
        DAC.note(CountryCode.of("NR"))
            .orElseThrow()
            .startsWith("Nauru stays on the list for 2024 and 2025"));
    assertTrue(
        DAC.note(CountryCode.of("MS"))
            .orElseThrow()
            .startsWith("Montserrat stays on the list for 2024 and 2025"));
    assertTrue(DAC.note(CountryCode.of("GY")).orElseThrow().contains("high-income threshold"));
    assertTrue(DAC.note(CountryCode.of("AG")).orElseThrow().contains("2022"));
    assertTrue(DAC.note(CountryCode.of("CL")).orElseThrow().contains("2018"));
    assertEquals(Optional.empty(), DAC.note(CountryCode.of("KE")));
    assertEquals(DAC, AidRecipients.load("dev.partnership.actors.DacListOfOdaRecipients2024"));
  }

  @Test
  void ownListsAreCheckedAndNamed() {
    assertEquals(
        "countries[1] must not be null",
        assertThrows(
                NullPointerException.class,
                () -> AidRecipients.of("x", Arrays.asList(CountryCode.of("KE"), null)))
            .getMessage());
    assertEquals(
        "name (\" \") must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> AidRecipients.of(" ", List.of(CountryCode.of("KE"))))
            .getMessage());
    assertEquals(
        "countries ([]) must name at least one aid-recipient country",
        assertThrows(IllegalArgumentException.class, () -> AidRecipients.of("x", List.of()))
            .getMessage());
    assertEquals(
        "reason (\" \") must not be blank: every locality says why",
        assertThrows(
                IllegalArgumentException.class, () -> new LocalityVerdict(Locality.UNKNOWN, " "))
            .getMessage());
  }
}
