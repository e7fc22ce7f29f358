package dev.partnership.funding;

import java.util.Optional;

/** IATI's EarmarkingCategory codelist: how tightly a funder restricts the use of its money. */
public enum Earmarking {
  /** 1 Unearmarked. */
  UNEARMARKED(1),
  /** 2 Softly earmarked. */
  SOFTLY_EARMARKED(2),
  /** 3 Earmarked. */
  EARMARKED(3),
  /** 4 Tightly earmarked. */
  TIGHTLY_EARMARKED(4);

  private final int code;

  Earmarking(int code) {
    this.code = code;
  }

  /** Returns the IATI code. */
  public int code() {
    return code;
  }

  /** Returns the category for an IATI code, or empty for an unknown code. */
  public static Optional<Earmarking> fromCode(int code) {
    for (Earmarking e : values()) {
      if (e.code == code) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
