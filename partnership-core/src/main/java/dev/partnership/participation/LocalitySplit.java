package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import java.util.Optional;

/**
 * The mean participation level of local and national actors against that of international actors
 * (IASC locality of each organisation). Organisations whose locality is unknown are in neither mean
 * (unknown is never local, and not international either); their scored cells are counted in {@link
 * #unknownLocality()}.
 *
 * @param localAndNational mean level of local and national actors, if any were scored
 * @param international mean level of international actors, if any were scored
 * @param unknownLocality the number of scored cells of organisations whose locality is unknown
 */
public record LocalitySplit(
    Optional<Fraction> localAndNational, Optional<Fraction> international, long unknownLocality) {
  private static final Fraction TOP = Fraction.of(ParticipationLevel.DECIDES.score());

  /**
   * Checks that no component is null, that each mean is a level between 0 and 4 and that the count
   * of cells of unknown locality is not negative.
   *
   * @throws IllegalArgumentException if a mean is outside [0, 4] or the count is negative
   */
  public LocalitySplit {
    checkNotNull(localAndNational, "localAndNational");
    checkNotNull(international, "international");
    localAndNational.ifPresent(m -> checkMean("localAndNational", m));
    international.ifPresent(m -> checkMean("international", m));
    Checks.checkField(
        unknownLocality >= 0, "unknownLocality", unknownLocality, "must not be negative");
  }

  /** Returns a split in which every scored organisation's locality is known. */
  public LocalitySplit(Optional<Fraction> localAndNational, Optional<Fraction> international) {
    this(localAndNational, international, 0);
  }

  private static void checkMean(String field, Fraction mean) {
    Checks.checkField(
        mean.signum() >= 0 && mean.compareTo(TOP) <= 0,
        field,
        mean,
        "must be a mean level in [0, 4]");
  }

  /**
   * Returns the local mean minus the international mean, when both exist: negative when local
   * actors take part less.
   */
  public Optional<Fraction> difference() {
    return localAndNational.flatMap(l -> international.map(l::subtract));
  }

  @Override
  public String toString() {
    return "local/national "
        + localAndNational.map(Object::toString).orElse("n/a")
        + ", international "
        + international.map(Object::toString).orElse("n/a")
        + (unknownLocality == 0
            ? ""
            : ", unknown locality " + unknownLocality + " scores (in neither mean)");
  }
}
