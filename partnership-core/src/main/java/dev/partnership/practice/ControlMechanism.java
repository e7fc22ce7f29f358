package dev.partnership.practice;

import dev.partnership.internal.Texts;

/**
 * A mechanism by which a funder or lead controls partners, with its default weight in the
 * trust-versus-control balance and the trust mechanism this library pairs it with (this library's
 * own pairing, see {@link TrustControlBalance}).
 */
public enum ControlMechanism {
  /** Funds earmarked for set purposes. */
  EARMARKING(3, TrustMechanism.UNEARMARKED_FUNDING),
  /** Short, annual grants. */
  SHORT_TERM_GRANTS(2, TrustMechanism.MULTI_YEAR_FUNDING),
  /** Decisions need the funder's or lead's prior approval. */
  PRIOR_APPROVAL(3, TrustMechanism.DELEGATED_AUTHORITY),
  /** Frequent reporting (more than twice a year). */
  FREQUENT_REPORTING(2, TrustMechanism.SIMPLIFIED_REPORTING),
  /** Detailed reporting formats. */
  DETAILED_REPORTING(1, TrustMechanism.SIMPLIFIED_REPORTING),
  /** Audits imposed on partners. */
  AUDITS(1, TrustMechanism.JOINT_RISK_ASSESSMENT),
  /** Low spending thresholds above which approval is needed. */
  SPENDING_THRESHOLDS(2, TrustMechanism.DELEGATED_AUTHORITY);

  private final int weight;
  private final TrustMechanism counterpart;

  ControlMechanism(int weight, TrustMechanism counterpart) {
    this.weight = weight;
    this.counterpart = counterpart;
  }

  /** Returns the mechanism in words, e.g. {@code "earmarking"}. */
  public String label() {
    return Texts.label(this);
  }

  /** Returns the default weight (1 to 3): this library's own, illustrative. */
  public int weight() {
    return weight;
  }

  /** Returns the trust mechanism that replaces it. */
  public TrustMechanism counterpart() {
    return counterpart;
  }
}
