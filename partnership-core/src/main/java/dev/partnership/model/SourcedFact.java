package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;

/**
 * A fact of a partnership that carries a {@link Provenance}, and where in the partnership it is, in
 * words a report can print: {@code "seat of WANEP in International Steering Group"}.
 *
 * <pre>{@code
 * gppac.query(PartnershipQueries.illustrativeFacts()).forEach(System.out::println)
 * // seat of WANEP in International Steering Group — illustrative: weights are made up
 * }</pre>
 *
 * @param fact where the fact is, e.g. {@code "membership of JASS"}
 * @param provenance where it comes from
 */
public record SourcedFact(String fact, Provenance provenance) {
  /** Checks that the fact is not blank and the provenance not null. */
  public SourcedFact {
    Checks.checkNotBlank(fact, "fact");
    checkNotNull(provenance, "provenance");
  }

  /**
   * Returns {@code "seat of WANEP in International Steering Group — illustrative: weights ..."}.
   */
  @Override
  public String toString() {
    return fact + " — " + provenance;
  }
}
