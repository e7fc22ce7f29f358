package dev.partnership.actors;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for actors: organisations of every type, identifier kind, country and
 * level.
 */
public final class ActorsGenerators {
  private ActorsGenerators() {}

  /** Countries on and off the DAC list 2024-2025 (NL, US, CL, AG off; KE, UG, NR, MS on). */
  static final List<String> COUNTRIES = List.of("NL", "US", "CL", "AG", "KE", "UG", "NR", "MS");

  /**
   * Identifier prefixes: registered off the list, on it, and saying nothing (XM-DAC, XI-IATI,
   * slugs).
   */
  static final List<String> PREFIXES =
      List.of("NL-KVK-", "US-EIN-", "KE-RCO-", "UG-NGO-", "XM-DAC-", "XI-IATI-", "org-");

  /**
   * Organisations of every type (UNKNOWN included), with or without own country, affiliation and
   * levels.
   */
  public static Gen<Organization> organizations() {
    return integers()
        .between(0, 999)
        .zip(
            Generate.enumValues(OrganizationType.class),
            integers().between(-1, COUNTRIES.size() - 1),
            integers().between(0, PREFIXES.size() * 16 - 1),
            Generate.booleans(),
            (n, type, country, idAndLevels, affiliated) -> {
              EnumSet<OperatingLevel> levels = EnumSet.noneOf(OperatingLevel.class);
              for (OperatingLevel l : OperatingLevel.values()) {
                if (((idAndLevels % 16) & (1 << l.ordinal())) != 0) {
                  levels.add(l);
                }
              }
              return Organization.builder()
                  .id(OrganizationId.of(PREFIXES.get(idAndLevels / 16) + n))
                  .name("Organisation " + n)
                  .type(type)
                  .homeCountry(
                      country < 0
                          ? Optional.empty()
                          : Optional.of(CountryCode.of(COUNTRIES.get(country))))
                  .affiliation(
                      affiliated && n % 5 == 0
                          ? Optional.of("Confederation " + (n % 3))
                          : Optional.empty())
                  .levels(levels)
                  .build();
            });
  }

  /** Sources of every kind: a citation, a URL, one of 2,000 characters, non-ASCII text. */
  static final List<String> SOURCES =
      List.of(
          "GPPAC annual report 2023",
          "https://www.gppac.net/governance",
          "x".repeat(2000),
          "Entretien avec la coordinatrice, Lomé — notes \"brutes\"",
          "weights are made up");

  /**
   * Provenances of every kind: sourced or illustrative, with or without a date, dates from the
   * first to the last allowed day.
   */
  public static Gen<Provenance> provenances() {
    return longs().all().map(seed -> provenance(new SplittableRandom(seed)));
  }

  /** Returns a provenance drawn with {@code r}. */
  public static Provenance provenance(SplittableRandom r) {
    Optional<LocalDate> date;
    switch (r.nextInt(4)) {
      case 0:
        date = Optional.empty();
        break;
      case 1:
        date = Optional.of(LocalDate.of(1900, 1, 1));
        break;
      case 2:
        date = Optional.of(LocalDate.of(2200, 12, 31));
        break;
      default:
        date = Optional.of(LocalDate.of(2000, 1, 1).plusDays(r.nextInt(20_000)));
    }
    return Provenance.of(SOURCES.get(r.nextInt(SOURCES.size())), date, r.nextBoolean());
  }

  /** Returns no provenance about half the time, else one drawn with {@code r}. */
  public static Optional<Provenance> sometimes(SplittableRandom r) {
    return r.nextBoolean() ? Optional.empty() : Optional.of(provenance(r));
  }
}
