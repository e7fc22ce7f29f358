package dev.partnership.governance;

/** The kind of a governing body. */
public enum BodyType {
  /** A steering committee or steering group (e.g. GPPAC's International Steering Group). */
  STEERING_COMMITTEE,
  /** A board (of a foundation, or of the partnership). */
  BOARD,
  /** A general assembly of all members. */
  ASSEMBLY,
  /** A committee that decides on grants. */
  GRANT_COMMITTEE,
  /** Any other body. */
  OTHER
}
