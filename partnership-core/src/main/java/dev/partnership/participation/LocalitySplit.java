package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.internal.Checks;
import dev.partnership.math.Fraction;
import java.util.Optional;

/**
 * The mean participation level of local and national actors against that of international
 * actors (IASC locality of each organisation).
 *
 * @param localAndNational mean level of local and national actors, if any were scored
 * @param international mean level of international actors, if any were scored
 */
public record LocalitySplit(Optional<Fraction> localAndNational, Optional<Fraction> international) {
  private static final Fraction TOP = Fraction.of(ParticipationLevel.DECIDES.score());

  /**
   * Checks that no component is null and that each mean is a level between 0 and 4.
   *
   * @throws IllegalArgumentException if a mean is outside [0, 4]
   */
  public LocalitySplit {
    checkNotNull(localAndNational, "localAndNational");
    checkNotNull(international, "international");
    localAndNational.ifPresent(m -> checkMean("localAndNational", m));
    international.ifPresent(m -> checkMean("international", m));
  }

  private static void checkMean(String field, Fraction mean) {
    Checks.checkField(
        mean.signum() >= 0 && mean.compareTo(TOP) <= 0, field, mean, "must be a mean level in [0, 4]");
  }


  /** Returns the local mean minus the international mean, when both exist: negative when local actors take part less. */
  public Optional<Fraction> difference() {
    return localAndNational.flatMap(l -> international.map(l::subtract));
  }

  @Override
  public String toString() {
    return "local/national " + localAndNational.map(Object::toString).orElse("n/a")
        + ", international " + international.map(Object::toString).orElse("n/a");
  }
}
