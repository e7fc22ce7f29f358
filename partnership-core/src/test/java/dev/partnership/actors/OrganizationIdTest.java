package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationIdTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NL-KVK-27108436",
        "XM-DAC-7",
        "XI-IATI-EC_INTPA",
        "GB-CHC-202918",
        "XM-DAC-41114",
        "SE-6",
        "NL-1"
      })
  void acceptsIatiIdentifiers(String text) {
    OrganizationId id = OrganizationId.of(text);
    assertTrue(id.isIati());
    assertEquals(text, id.value());
    assertEquals(text, id.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jass", "gppac-esa", "org-12", "a1"})
  void acceptsSlugs(String text) {
    assertFalse(OrganizationId.of(text).isIati());
  }

  @Test
  void rejectsMalformedIatiIdentifiers() {
    assertEquals(
        "id (NL-KVK) looks like an IATI organisation identifier and must be PREFIX-NUMBER, e.g. NL-KVK-27108436 or XM-DAC-7",
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.of("NL-KVK"))
            .getMessage());
    assertEquals(
        "id (ZZ-KVK-1) must start with an ISO 3166-1 country code or XI/XM, not ZZ",
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.of("ZZ-KVK-1"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> OrganizationId.of("NL-KVK-12 34"));
    assertThrows(IllegalArgumentException.class, () -> OrganizationId.of("NL-kvk-1234"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Mama Cash", "-jass", "jass-", "a--b", "JASS"})
  void rejectsBadSlugs(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.of(text));
    assertEquals(
        "id ("
            + text
            + ") must be an IATI identifier (PREFIX-NUMBER) or a slug of lower-case letters, digits and single hyphens",
        e.getMessage());
  }

  @Test
  void slugOfNormalisesNames() {
    assertEquals("mama-cash", OrganizationId.slugOf("Mama Cash").value());
    assertEquals("wo-men", OrganizationId.slugOf("WO=MEN").value());
    assertEquals("uaf-africa", OrganizationId.slugOf("  UAF–Africa ").value());
    assertEquals("accion-ciudadana", OrganizationId.slugOf("Acción Ciudadana").value());
    assertEquals(
        "name (\"!!\") must contain a letter or digit to make an id from it",
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.slugOf("!!"))
            .getMessage());
  }

  @Test
  void idsSortByText() {
    assertTrue(OrganizationId.of("a").compareTo(OrganizationId.of("b")) < 0);
    assertEquals(0, OrganizationId.of("b").compareTo(OrganizationId.of("b")));
  }

  @Test
  void countryCodes() {
    assertEquals("Netherlands", CountryCode.of("NL").displayName());
    assertEquals("Kosovo", CountryCode.of("XK").displayName());
    assertEquals("KE", CountryCode.of(" ke ").code());
    assertTrue(CountryCode.of("KE").compareTo(CountryCode.of("NL")) < 0);
    assertFalse(CountryCode.isValid("XX"));
  }

  @Test
  void organizationTypesFollowTheIatiCodelist() {
    assertEquals(OrganizationType.NATIONAL_NGO, OrganizationType.fromIatiCode(22));
    assertEquals(OrganizationType.OTHER, OrganizationType.fromIatiCode(90));
    assertEquals(Optional.empty(), OrganizationType.tryFromIatiCode(50));
    assertEquals(
        "type code (50) must be an IATI OrganisationType code: 10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80 or 90",
        assertThrows(IllegalArgumentException.class, () -> OrganizationType.fromIatiCode(50))
            .getMessage());
    for (OrganizationType t : OrganizationType.values()) {
      if (!t.isInformal() && t.isKnown()) {
        assertEquals(t, OrganizationType.fromIatiCode(t.iatiCode()));
      }
    }
    assertTrue(OrganizationType.MOVEMENT.isInformal());
    assertFalse(OrganizationType.OTHER.isInformal());
    assertTrue(OrganizationType.LOCAL_GOVERNMENT.isState());
    assertFalse(OrganizationType.FOUNDATION.isState());
    assertEquals("International NGO", OrganizationType.INTERNATIONAL_NGO.label());
  }
}
