package dev.partnership.actors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnership.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A list of aid-recipient countries: by default the OECD DAC List of ODA Recipients effective for
 * reporting on 2024 and 2025 flows ({@link #dac2024to2025()}), which the IASC localisation
 * definitions use to tell local and national actors from international ones.
 *
 * <p>The default list ships as the resource {@code
 * dev/partnership/actors/DacListOfOdaRecipients2024.properties} (141 countries and territories),
 * with its source, its years and the OECD's notes (Montserrat and Nauru stay on it for 2024-2025;
 * Guyana and Panama are above the high-income threshold; Antigua and Barbuda left in 2022; Chile
 * and Uruguay in 2018; Sao Tome and Principe and Solomon Islands leave the least developed
 * countries in December 2024 but stay on the list; Angola stays a least developed country). Source:
 * OECD, "DAC List of ODA Recipients",
 * https://www.oecd.org/en/topics/sub-issues/oda-eligibility-and-conditions/dac-list-of-oda-recipients.html.
 * For money of other years pass another year's list, or your own, built with {@link #of}.
 *
 * <pre>{@code
 * AidRecipients dac = AidRecipients.dac2024to2025();
 * dac.contains(CountryCode.of("KE"))   // true
 * dac.contains(CountryCode.of("NL"))   // false
 * dac.note(CountryCode.of("NR"))       // Optional[Nauru stays on the list for 2024 and 2025: ...]
 * AidRecipients.of("my list", List.of(CountryCode.of("KE")))
 * AidRecipients.ofCodes("my list", List.of("KE", "UG"))
 * }</pre>
 */
public final class AidRecipients {
  private static final String BUNDLE = "dev.partnership.actors.DacListOfOdaRecipients2024";
  private static final AidRecipients DAC_2024_2025 = load(BUNDLE);

  private final String name;
  private final String source;
  private final ImmutableSortedSet<CountryCode> countries;
  private final ImmutableSortedMap<CountryCode, String> notes;

  private AidRecipients(
      String name,
      String source,
      ImmutableSortedSet<CountryCode> countries,
      ImmutableSortedMap<CountryCode, String> notes) {
    this.name = name;
    this.source = source;
    this.countries = countries;
    this.notes = notes;
  }

  /** Returns the OECD DAC List of ODA Recipients effective for reporting on 2024 and 2025 flows. */
  public static AidRecipients dac2024to2025() {
    return DAC_2024_2025;
  }

  /**
   * Returns a list of your own (or another year's DAC list), without notes.
   *
   * @throws IllegalArgumentException if the name is blank or the list is empty
   * @throws NullPointerException if an argument or a country in the list is null (the message names
   *     it)
   */
  public static AidRecipients of(String name, Collection<CountryCode> countries) {
    checkNotNull(name, "name");
    checkNotNull(countries, "countries");
    checkArgument(!name.isBlank(), "name (\"%s\") must not be blank", name);
    checkArgument(
        !countries.isEmpty(), "countries ([]) must name at least one aid-recipient country");
    ImmutableList<CountryCode> listed = Checks.copyWithoutNulls(countries, "countries");
    return new AidRecipients(
        name, "user-supplied list", ImmutableSortedSet.copyOf(listed), ImmutableSortedMap.of());
  }

  /**
   * Returns a list of your own from ISO 3166-1 alpha-2 codes (either case), e.g. read from a file.
   *
   * @throws IllegalArgumentException if the name is blank, the list empty, or a code not an ISO
   *     3166-1 alpha-2 code (the message names its position)
   * @throws NullPointerException if an argument or a code in the list is null (the message names
   *     it)
   */
  public static AidRecipients ofCodes(String name, Collection<String> codes) {
    checkNotNull(name, "name");
    checkNotNull(codes, "codes");
    List<CountryCode> countries = new ArrayList<>(codes.size());
    int i = 0;
    for (String code : codes) {
      checkNotNull(code, "codes[%s] must not be null", i);
      checkArgument(
          CountryCode.isValid(code.trim().toUpperCase(Locale.ROOT)),
          "codes[%s] (%s) must be an ISO 3166-1 alpha-2 code such as NL or KE",
          i,
          CountryCode.shortly(code));
      countries.add(CountryCode.of(code));
      i++;
    }
    return of(name, countries);
  }

  static AidRecipients load(String bundleName) {
    ResourceBundle b = ResourceBundle.getBundle(bundleName);
    ImmutableSortedSet.Builder<CountryCode> countries = ImmutableSortedSet.naturalOrder();
    for (String code :
        Splitter.on(',').trimResults().omitEmptyStrings().split(b.getString("countries"))) {
      countries.add(CountryCode.of(code));
    }
    ImmutableSortedMap.Builder<CountryCode, String> notes = ImmutableSortedMap.naturalOrder();
    for (String key : b.keySet()) {
      if (key.startsWith("note.")) {
        notes.put(CountryCode.of(key.substring("note.".length())), b.getString(key));
      }
    }
    String source =
        b.getString("source")
            + " ("
            + b.getString("firstYear")
            + "-"
            + b.getString("lastYear")
            + "), "
            + b.getString("url");
    return new AidRecipients(b.getString("name"), source, countries.build(), notes.build());
  }

  /** Returns the list's name, e.g. {@code "DAC List of ODA Recipients 2024-2025"}. */
  public String name() {
    return name;
  }

  /**
   * Returns where the list comes from (publisher, years and address), or {@code "user-supplied
   * list"}.
   */
  public String source() {
    return source;
  }

  /** Returns the countries and territories on the list, in code order. */
  public ImmutableSortedSet<CountryCode> countries() {
    return countries;
  }

  /** Returns whether {@code country} is on the list. */
  public boolean contains(CountryCode country) {
    return countries.contains(checkNotNull(country, "country"));
  }

  /** Returns the publisher's notes, per country (on the list or noted because it left it). */
  public ImmutableMap<CountryCode, String> notes() {
    return notes;
  }

  /** Returns the publisher's note on {@code country}, if there is one. */
  public Optional<String> note(CountryCode country) {
    return Optional.ofNullable(notes.get(checkNotNull(country, "country")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AidRecipients
        && ((AidRecipients) o).name.equals(name)
        && ((AidRecipients) o).countries.equals(countries)
        && ((AidRecipients) o).notes.equals(notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, countries, notes);
  }

  /** Returns {@code "DAC List of ODA Recipients 2024-2025 (141 countries and territories)"}. */
  @Override
  public String toString() {
    return name + " (" + countries.size() + " countries and territories)";
  }
}
