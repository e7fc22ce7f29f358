package dev.partnership.practice;

import dev.partnership.internal.Texts;

/**
 * A mechanism by which a funder or lead trusts partners, with its default weight in the balance.
 */
public enum TrustMechanism {
  /** Unearmarked (core) funding. */
  UNEARMARKED_FUNDING(3),
  /** Multi-year funding. */
  MULTI_YEAR_FUNDING(2),
  /** Decisions delegated to partners. */
  DELEGATED_AUTHORITY(3),
  /** Light, simplified reporting. */
  SIMPLIFIED_REPORTING(2),
  /** Risks assessed together with partners. */
  JOINT_RISK_ASSESSMENT(2),
  /** Support beyond money (capacity, security, wellbeing, networks). */
  SUPPORT_BEYOND_MONEY(1);

  private final int weight;

  TrustMechanism(int weight) {
    this.weight = weight;
  }

  /** Returns the mechanism in words, e.g. {@code "earmarking"}. */
  public String label() {
    return Texts.label(this);
  }

  /** Returns the default weight (1 to 3): this library's own, illustrative. */
  public int weight() {
    return weight;
  }
}
