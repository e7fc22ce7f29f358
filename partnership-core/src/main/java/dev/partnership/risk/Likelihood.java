package dev.partnership.risk;

/** An ordinal likelihood scale, 1 to 5. */
public enum Likelihood {
  /** 1. */
  RARE,
  /** 2. */
  UNLIKELY,
  /** 3. */
  POSSIBLE,
  /** 4. */
  LIKELY,
  /** 5. */
  ALMOST_CERTAIN;

  /** Returns the rank, 1 to 5. */
  public int rank() {
    return ordinal() + 1;
  }
}
