package dev.partnership.report;

import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import dev.partnership.model.Partnership;
import java.util.Locale;

/** Words for people: enum constants as lower-case words, shares as percentages, ids as names. */
final class Labels {
  private Labels() {}

  /** Returns {@code NETWORK_WITH_SECRETARIAT} as {@code "network with secretariat"}. */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns a share in [0, 1] as a percentage with one decimal, e.g. {@code "33.3%"}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** Returns a fraction as a percentage with one decimal. */
  static String percent(Fraction share) {
    return percent(share.doubleValue());
  }

  /** Returns the short name of a member, or the identifier when it is not a member. */
  static String name(Partnership p, OrganizationId id) {
    return p.member(id).map(m -> m.organization().shortName()).orElse(id.value());
  }
}
