package dev.partnership.participation;

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
