package dev.partnership.risk;

/** The CIVICUS Monitor's ratings of civic space, from open to closed. */
public enum CivicSpace {
  /** Open. */
  OPEN,
  /** Narrowed. */
  NARROWED,
  /** Obstructed. */
  OBSTRUCTED,
  /** Repressed. */
  REPRESSED,
  /** Closed. */
  CLOSED;

  /** Returns whether the space is repressed or closed. */
  public boolean isRepressedOrClosed() {
    return this == REPRESSED || this == CLOSED;
  }
}
