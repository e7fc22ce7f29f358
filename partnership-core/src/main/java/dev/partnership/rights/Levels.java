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
    return level.label();
  }

  /** Returns the label, or {@code "not recorded"} when empty. */
  static String label(Optional<ParticipationLevel> level, String absent) {
    return level.map(Levels::label).orElse(absent);
  }
}
