package dev.partnership.actors;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
}
