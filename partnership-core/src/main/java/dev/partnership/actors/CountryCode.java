package dev.partnership.actors;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.partnership.internal.Texts;
import java.util.Locale;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code NL} or {@code KE}.
 *
 * <p>Valid codes are those the JDK lists in {@link Locale#getISOCountries(Locale.IsoCountryCode)}
 * plus {@code XK} (Kosovo, a user-assigned code that IATI's Country codelist includes).
 *
 * <pre>{@code
 * CountryCode.of("nl")   // NL
 * CountryCode.of("XX")   // IllegalArgumentException: country (XX) must be an ISO 3166-1 alpha-2 code
 * }</pre>
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final ImmutableSet<String> CODES =
      ImmutableSet.<String>builder()
          .addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2))
          .add("XK")
          .build();

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Returns the country for an alpha-2 code, in either case.
   *
   * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    checkNotNull(code, "country");
    String trimmed = code.trim();
    // only ASCII letters are upper-cased: Unicode case mapping turns dotless i and long s into I
    // and S, which would read "\u0131t" as IT
    String upper =
        trimmed.chars().allMatch(c -> c < 128) ? trimmed.toUpperCase(Locale.ROOT) : trimmed;
    if (!isValid(upper)) {
      throw new IllegalArgumentException(
          "country (" + shortly(code) + ") must be an ISO 3166-1 alpha-2 code such as NL or KE");
    }
    return new CountryCode(upper);
  }

  /** Returns {@code text}, cut to 40 characters with its length when longer, for messages. */
  static String shortly(String text) {
    return Texts.shortly(text);
  }

  /**
   * Returns whether {@code code} (upper case) is an ISO 3166-1 alpha-2 code this library accepts.
   */
  public static boolean isValid(String code) {
    return CODES.contains(checkNotNull(code, "code"));
  }

  /** Returns the two upper-case letters. */
  public String code() {
    return code;
  }

  /** Returns the English name of the country, e.g. {@code "Netherlands"}. */
  public String displayName() {
    return "XK".equals(code) ? "Kosovo" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  @Override
  public int compareTo(CountryCode o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountryCode && ((CountryCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
