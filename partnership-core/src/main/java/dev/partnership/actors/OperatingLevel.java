package dev.partnership.actors;

/** The levels at which an organisation operates (the Powercube's levels, plus regional). */
public enum OperatingLevel {
  /** Community, district or city level. */
  LOCAL,
  /** One country. */
  NATIONAL,
  /** Several countries of one region. */
  REGIONAL,
  /** Worldwide. */
  GLOBAL
}
