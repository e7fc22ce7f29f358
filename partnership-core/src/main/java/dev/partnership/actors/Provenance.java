package dev.partnership.actors;

import dev.partnership.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: a source (a text or a URL), the date of the source if known, and whether
 * the value is illustrative (made up to show how the library works, not taken from the source).
 *
 * <p>Memberships, seats, funding flows, practice facts, mechanisms, risks and civic space ratings
 * can carry one; {@code PartnershipQueries.illustrativeFacts()} lists every illustrative fact of a
 * partnership, and the {@code toString}s of those facts end in {@code (illustrative)}, so reports
 * mark made-up values by themselves. A {@code power.PowerRelation} always has a source and a date
 * (mapping tools ask for both on every link) and returns them as a provenance.
 *
 * <p>The date must fall in the years 1900 to 2200 (a bound of our own, as for funding years: it
 * catches typed-in years such as 20224 and defaulted dates such as year 1).
 *
 * <pre>{@code
 * Provenance.of("GPPAC annual report 2023", LocalDate.of(2024, 6, 1))
 * Provenance.illustrative("steering-group weights are made up")
 * }</pre>
 */
@Value.Immutable(copy = false)
public abstract class Provenance {
  /** The earliest year a date may have. */
  static final int MIN_YEAR = 1900;

  /** The latest year a date may have. */
  static final int MAX_YEAR = 2200;

  Provenance() {}

  /**
   * Returns the source: a citation, a URL, or, for an illustrative value, why it is made up (e.g.
   * {@code "steering-group weights are made up"}).
   */
  public abstract String source();

  /** Returns the date of the source (published, observed or accessed), if known. */
  public abstract Optional<LocalDate> date();

  /** Returns whether the value is illustrative rather than taken from the source. */
  public abstract boolean illustrative();

  @Value.Check
  void check() {
    Checks.checkNotBlank(source(), "source");
    date()
        .ifPresent(
            d ->
                Checks.checkField(
                    d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR,
                    "source date",
                    d,
                    "must be in the years " + MIN_YEAR + " to " + MAX_YEAR));
  }

  /**
   * Returns a provenance from {@code source}, without date, not illustrative.
   *
   * @throws IllegalArgumentException if the source is blank
   * @throws NullPointerException if the source is null
   */
  public static Provenance of(String source) {
    return of(source, Optional.empty(), false);
  }

  /**
   * Returns a provenance from {@code source} of {@code date}, not illustrative.
   *
   * @throws IllegalArgumentException if the source is blank or the date is outside 1900 to 2200
   * @throws NullPointerException if an argument is null
   */
  public static Provenance of(String source, LocalDate date) {
    return of(source, Optional.of(date), false);
  }

  /**
   * Returns an illustrative provenance: {@code why} says why the value is made up.
   *
   * @throws IllegalArgumentException if {@code why} is blank
   * @throws NullPointerException if {@code why} is null
   */
  public static Provenance illustrative(String why) {
    return of(why, Optional.empty(), true);
  }

  /**
   * Returns an illustrative provenance of {@code date}: {@code why} says why the value is made up.
   *
   * @throws IllegalArgumentException if {@code why} is blank or the date is outside 1900 to 2200
   * @throws NullPointerException if an argument is null
   */
  public static Provenance illustrative(String why, LocalDate date) {
    return of(why, Optional.of(date), true);
  }

  /**
   * Returns a provenance of all three parts, as documents store them.
   *
   * @throws IllegalArgumentException if the source is blank or the date is outside 1900 to 2200
   * @throws NullPointerException if an argument is null
   */
  public static Provenance of(String source, Optional<LocalDate> date, boolean illustrative) {
    return ImmutableProvenance.builder()
        .source(source)
        .date(date)
        .illustrative(illustrative)
        .build();
  }

  /**
   * Returns {@code " (illustrative)"} when {@code provenance} is illustrative and {@code ""}
   * otherwise: the mark a fact's {@code toString} ends with.
   *
   * @throws NullPointerException if {@code provenance} is null
   */
  public static String mark(Optional<Provenance> provenance) {
    return provenance.filter(Provenance::illustrative).isPresent() ? " (illustrative)" : "";
  }

  /**
   * Returns {@code "GPPAC annual report 2023, 2024-06-01"}, or {@code "illustrative: weights are
   * made up"}.
   */
  @Override
  public String toString() {
    return (illustrative() ? "illustrative: " : "")
        + source()
        + date().map(d -> ", " + d).orElse("");
  }
}
