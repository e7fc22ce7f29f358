package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationTest {

  @Test
  void shortFactoryMakesASlugAndDefaultLevels() {
    Organization jass = Organization.of("JASS", OrganizationType.NATIONAL_NGO);
    assertEquals(OrganizationId.of("jass"), jass.id());
    assertEquals(ImmutableSet.of(OperatingLevel.NATIONAL), jass.levels());
    assertEquals(Optional.empty(), jass.homeCountry());
    assertEquals(Locality.UNKNOWN, jass.locality());
    assertEquals(
        "home country unknown: not given, and the identifier jass names no country",
        jass.localityReason());
    assertEquals("JASS (jass; NATIONAL_NGO; locality unknown)", jass.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "INTERNATIONAL_NGO, GLOBAL",
    "MULTILATERAL, GLOBAL",
    "REGIONAL_NGO, REGIONAL",
    "LOCAL_GOVERNMENT, LOCAL",
    "COMMUNITY_GROUP, LOCAL",
    "MOVEMENT, LOCAL",
    "GOVERNMENT, NATIONAL",
    "FOUNDATION, NATIONAL",
    "NATIONAL_NGO, NATIONAL"
  })
  void defaultLevelFollowsType(OrganizationType type, OperatingLevel level) {
    assertEquals(ImmutableSet.of(level), Organization.of("X", type).levels());
  }

  @Test
  void anInternationalNgoRegisteredNationallyIsNotLocal() {
    Organization oxfamKenya =
        Organization.builder()
            .id(OrganizationId.of("oxfam-kenya"))
            .name("Oxfam Kenya")
            .type(OrganizationType.INTERNATIONAL_NGO)
            .homeCountry(CountryCode.of("KE"))
            .addLevel(OperatingLevel.NATIONAL)
            .build();
    assertEquals(Locality.INTERNATIONAL, oxfamKenya.locality());
    assertEquals(
        "an international NGO (also when registered nationally)", oxfamKenya.localityReason());
  }

  @Test
  void anAffiliateOfAConfederationIsInternational() {
    Organization affiliate =
        Organization.builder()
            .id(OrganizationId.of("NL-KVK-27108436"))
            .name("Oxfam Novib")
            .type(OrganizationType.NATIONAL_NGO)
            .homeCountry(CountryCode.of("NL"))
            .affiliation("Oxfam International")
            .build();
    assertFalse(affiliate.isLocalOrNational());
    assertEquals("affiliated to Oxfam International", affiliate.localityReason());
    assertEquals(
        "Oxfam Novib (NL-KVK-27108436; NATIONAL_NGO; NL; affiliated to Oxfam International; international)",
        affiliate.toString());
  }

  @Test
  void multilateralsAndGlobalOnlyOrganisationsAreInternational() {
    assertEquals(
        "a multilateral organisation",
        Organization.of("UNDP", OrganizationType.MULTILATERAL).localityReason());
    Organization regional = Organization.of("GPPAC ESA", OrganizationType.REGIONAL_NGO);
    assertEquals(Locality.INTERNATIONAL, regional.locality());
    assertEquals("operates only at regional level", regional.localityReason());
    Organization regionalWithNationalWork =
        Organization.builder()
            .from(regional)
            .addLevel(OperatingLevel.NATIONAL)
            .homeCountry(CountryCode.of("KE"))
            .build();
    assertTrue(regionalWithNationalWork.isLocalOrNational());
  }

  @Test
  void informalGroupsAreLocal() {
    Organization group = Organization.of("Women of Kibera", OrganizationType.COMMUNITY_GROUP, "KE");
    assertTrue(group.isLocalOrNational());
    assertEquals(
        Locality.UNKNOWN,
        Organization.of("Women of Kibera", OrganizationType.COMMUNITY_GROUP).locality());
    assertEquals(90, group.type().iatiCode());
  }

  @Test
  void fourArgumentFactoryValidatesIdAndCountry() {
    Organization mfa =
        Organization.of(
            "XM-DAC-7",
            "Netherlands - Ministry of Foreign Affairs",
            OrganizationType.GOVERNMENT,
            "nl");
    assertEquals(Optional.of(CountryCode.of("NL")), mfa.homeCountry());
    assertTrue(mfa.id().isIati());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Organization.of("jass", "JASS", OrganizationType.NATIONAL_NGO, "ZZ"));
    assertEquals(
        "country (ZZ) must be an ISO 3166-1 alpha-2 code such as NL or KE", e.getMessage());
  }

  @Test
  void rejectsBlankNameAcronymAndAffiliation() {
    Organization.Builder b =
        Organization.builder().id(OrganizationId.of("x")).type(OrganizationType.OTHER);
    assertEquals(
        "name (\" \") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.name(" ").build()).getMessage());
    assertEquals(
        "acronym (\"\") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.name("X").acronym("").build())
            .getMessage());
    assertEquals(
        "affiliation (\"  \") must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Organization.builder()
                        .id(OrganizationId.of("x"))
                        .type(OrganizationType.OTHER)
                        .name("X")
                        .affiliation("  ")
                        .build())
            .getMessage());
  }

  @Test
  void shortNamePrefersTheAcronym() {
    Organization gppac =
        Organization.builder()
            .id(OrganizationId.of("gppac"))
            .name("Global Partnership for the Prevention of Armed Conflict")
            .acronym("GPPAC")
            .type(OrganizationType.INTERNATIONAL_NGO)
            .build();
    assertEquals("GPPAC", gppac.shortName());
    assertEquals("GPPAC (gppac; INTERNATIONAL_NGO; international)", gppac.toString());
    assertEquals(
        "Global Partnership for the Prevention of Armed Conflict (GPPAC)", gppac.fullName());
    // no acronym, or one equal to the name: the name alone
    assertEquals("CREA", Organization.of("CREA", OrganizationType.NATIONAL_NGO).fullName());
    assertEquals(
        "JASS", Organization.builder().from(gppac).name("JASS").acronym("JASS").build().fullName());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            Organization.of("JASS", OrganizationType.NATIONAL_NGO),
            Organization.of("JASS", OrganizationType.NATIONAL_NGO),
            Organization.builder()
                .id(OrganizationId.of("jass"))
                .name("JASS")
                .type(OrganizationType.NATIONAL_NGO)
                .addLevel(OperatingLevel.NATIONAL)
                .build())
        .addEqualityGroup(Organization.of("JASS", OrganizationType.REGIONAL_NGO))
        .addEqualityGroup(Organization.of("CREA", OrganizationType.NATIONAL_NGO))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(OrganizationId.of("jass"), OrganizationId.slugOf("JASS"))
        .addEqualityGroup(OrganizationId.of("XM-DAC-7"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("NL"), CountryCode.of("nl"))
        .addEqualityGroup(CountryCode.of("KE"))
        .testEquals();
    NullPointerTester npt = new NullPointerTester();
    npt.testAllPublicStaticMethods(Organization.class);
    npt.testAllPublicStaticMethods(OrganizationId.class);
    npt.testAllPublicStaticMethods(CountryCode.class);
    npt.setDefault(AidRecipients.class, AidRecipients.dac2024to2025());
    npt.setDefault(Organization.class, Organization.of("JASS", OrganizationType.NATIONAL_NGO));
    npt.setDefault(LocalityDefinition.class, LocalityDefinition.IASC);
    npt.testAllPublicStaticMethods(AidRecipients.class);
    npt.testAllPublicInstanceMethods(AidRecipients.dac2024to2025());
    npt.testAllPublicInstanceMethods(LocalityDefinition.CHARTER4CHANGE);
    npt.testAllPublicInstanceMethods(Organization.of("JASS", OrganizationType.NATIONAL_NGO));
  }
}
