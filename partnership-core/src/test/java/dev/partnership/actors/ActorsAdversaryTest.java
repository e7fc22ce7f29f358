package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifiers and country codes as a hostile file would write them: very long, with many hyphens,
 * with letters that only look like ASCII and with whitespace that is not ASCII.
 */
class ActorsAdversaryTest {

  @Test
  void aLongSlugWithManyHyphensIsReadNotAStackOverflow() {
    String slug = "a-".repeat(50_000) + "a";
    OrganizationId id = OrganizationId.of(slug);
    assertEquals(slug, id.value());
    assertFalse(id.isIati());
  }

  @Test
  void aLongMalformedSlugIsRefusedWithAShortMessage() {
    String text = "a-".repeat(50_000) + "-a";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.of(text));
    assertTrue(e.getMessage().length() < 250, e.getMessage());
    assertTrue(e.getMessage().startsWith("id (a-a-a-"), e.getMessage());
  }

  @Test
  void aLongIatiIdentifierWithManyHyphensIsRead() {
    String text = "NL-KVK-" + "1-".repeat(50_000) + "1";
    assertTrue(OrganizationId.of(text).isIati());
  }

  @ParameterizedTest
  @ValueSource(strings = {"NL-KVK-1\u00a0", "NL-KVK-\u20031", "NL-KVK-1\u2007"})
  void anIatiIdentifierWithUnicodeWhitespaceIsRefused(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.of(text));
    assertTrue(e.getMessage().startsWith("id (NL-KVK-"), e.getMessage());
  }

  /** Dotless i and long s upper-case to ASCII I and S: "ıt" and "ſe" are not codes. */
  @ParameterizedTest
  @ValueSource(strings = {"\u0131t", "\u017fe", "k\u212a", "\uff2e\uff2c"})
  void letterThatOnlyUpperCaseToAsciiAreNotCountryCodes(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of(text));
    assertEquals(
        "country (" + text + ") must be an ISO 3166-1 alpha-2 code such as NL or KE",
        e.getMessage());
  }

  @Test
  void countryCodesInEitherCaseWithSpacesAroundAreRead() {
    assertEquals("KE", CountryCode.of(" ke ").code());
    assertEquals("NL", CountryCode.of("nL").code());
  }
}
