package dev.partnership.risk;

/** An ordinal impact scale, 1 to 5. */
public enum Impact {
  /** 1. */
  MINIMAL,
  /** 2. */
  MINOR,
  /** 3. */
  MODERATE,
  /** 4. */
  MAJOR,
  /** 5. */
  SEVERE;

  /** Returns the rank, 1 to 5. */
  public int rank() {
    return ordinal() + 1;
  }
}
