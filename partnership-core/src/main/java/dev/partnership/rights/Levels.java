package dev.partnership.rights;

import dev.partnership.participation.ParticipationLevel;
import java.util.Optional;

/**
 * The one wording of a PAT level in the facet's results: its score and words, e.g. "3 co-decides".
 */
final class Levels {
  private Levels() {}

  /** Returns e.g. {@code "3 co-decides"}. */
  static String label(ParticipationLevel level) {
    switch (level) {
      case NOT_INFORMED:
        return "0 not informed";
      case INFORMED:
        return "1 informed";
      case CONSULTED:
        return "2 consulted";
      case CO_DECIDES:
        return "3 co-decides";
      default:
        return "4 decides";
    }
  }

  /** Returns the label, or {@code "not recorded"} when empty. */
  static String label(Optional<ParticipationLevel> level, String absent) {
    return level.map(Levels::label).orElse(absent);
  }
}
