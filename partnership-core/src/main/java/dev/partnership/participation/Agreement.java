package dev.partnership.participation;

/** Whether all participants agree with how partners are involved in a decision. */
public enum Agreement {
  /** Everyone agrees with the actual levels. */
  AGREE,
  /** Not everyone agrees: desired levels are set. */
  NO_AGREEMENT,
  /** Not yet discussed. */
  NOT_YET_DISCUSSED
}
