package dev.partnership.actors;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier of an organisation: an IATI organisation identifier ({@code PREFIX-NUMBER} from
 * org-id.guide, e.g. {@code NL-KVK-27108436} or {@code XM-DAC-7}) or, for organisations without
 * one, a local slug ({@code jass}, {@code gppac-esa}).
 *
 * <p>A text claims to be an IATI identifier when it starts with two upper-case letters and a
 * hyphen. Such a text is validated: the two letters must be an ISO 3166-1 alpha-2 country or one of
 * the org-id.guide pseudo-countries {@code XI} (international) and {@code XM} (multilateral),
 * followed by a registration agency code of upper-case letters and digits, a hyphen, and a
 * registration number without spaces. The older form of a country code and a DAC donor number
 * ({@code SE-6}, {@code NL-1}) is accepted too, as IATI data still uses it. Any other text must be
 * a slug: lower-case letters, digits and single hyphens.
 *
 * <pre>{@code
 * OrganizationId.of("NL-KVK-27108436").isIati()  // true
 * OrganizationId.of("gppac-esa").isIati()        // false
 * OrganizationId.slugOf("Mama Cash")             // mama-cash
 * }</pre>
 */
public final class OrganizationId implements Comparable<OrganizationId> {
  private static final Pattern CLAIMS_IATI = Pattern.compile("^[A-Z]{2}-.*");
  // Unicode whitespace (no-break and figure spaces) counts as whitespace, as it does for IATI
  private static final Pattern IATI =
      Pattern.compile("^([A-Z]{2})-([A-Z0-9]+)-(\\S+)$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LEGACY_DAC = Pattern.compile("^([A-Z]{2})-([0-9]+)$");

  private final String value;
  private final boolean iati;

  private OrganizationId(String value, boolean iati) {
    this.value = value;
    this.iati = iati;
  }

  /**
   * Returns the identifier for {@code text}: validated as an IATI identifier when it claims to be
   * one, otherwise as a slug.
   *
   * @throws IllegalArgumentException if the text is neither a valid IATI identifier nor a slug
   */
  public static OrganizationId of(String text) {
    checkNotNull(text, "id");
    if (CLAIMS_IATI.matcher(text).matches()) {
      var m = IATI.matcher(text);
      if (!m.matches()) {
        m = LEGACY_DAC.matcher(text);
      }
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "id ("
                + CountryCode.shortly(text)
                + ") looks like an IATI organisation identifier and must be PREFIX-NUMBER,"
                + " e.g. NL-KVK-27108436 or XM-DAC-7");
      }
      String country = m.group(1);
      if (!CountryCode.isValid(country) && !"XI".equals(country) && !"XM".equals(country)) {
        throw new IllegalArgumentException(
            "id ("
                + CountryCode.shortly(text)
                + ") must start with an ISO 3166-1 country code or XI/XM, not "
                + country);
      }
      return new OrganizationId(text, true);
    }
    if (!isSlug(text)) {
      throw new IllegalArgumentException(
          "id ("
              + CountryCode.shortly(text)
              + ") must be an IATI identifier (PREFIX-NUMBER) or a slug of lower-case letters,"
              + " digits and single hyphens");
    }
    return new OrganizationId(text, false);
  }

  /**
   * Returns whether {@code text} is lower-case letters and digits in parts joined by single
   * hyphens. A loop, not a regular expression: Java matches a repeated group by recursion, which
   * overflowed the stack on a slug of a few thousand parts.
   */
  private static boolean isSlug(String text) {
    if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (c == '-' && text.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a slug made from a name: accents removed, lower case, other characters as hyphens.
   *
   * @throws IllegalArgumentException if the name has no letter or digit
   */
  public static OrganizationId slugOf(String name) {
    checkNotNull(name, "name");
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(
          "name (\""
              + CountryCode.shortly(name)
              + "\") must contain a letter or digit to make an id from it");
    }
    return new OrganizationId(slug, false);
  }

  /** Returns the identifier text. */
  public String value() {
    return value;
  }

  /**
   * Returns the country of the identifier's registration agency: {@code NL} for {@code
   * NL-KVK-27108436}, {@code SE} for the older {@code SE-6}; empty for the pseudo-countries {@code
   * XM} (multilateral) and {@code XI} (international), which say nothing about a home country, and
   * for slugs.
   *
   * <pre>{@code
   * OrganizationId.of("NL-KVK-27108436").registrationCountry()   // Optional[NL]
   * OrganizationId.of("XM-DAC-7").registrationCountry()          // Optional.empty
   * }</pre>
   */
  public Optional<CountryCode> registrationCountry() {
    if (!iati) {
      return Optional.empty();
    }
    String prefix = value.substring(0, 2);
    return CountryCode.isValid(prefix) ? Optional.of(CountryCode.of(prefix)) : Optional.empty();
  }

  /** Returns whether this is an IATI organisation identifier (otherwise a local slug). */
  public boolean isIati() {
    return iati;
  }

  @Override
  public int compareTo(OrganizationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganizationId && ((OrganizationId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
