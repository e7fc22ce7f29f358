package dev.partnership.practice;

import dev.partnership.internal.Texts;

/**
 * The topics of a partnership's practice. A topic whose fact is missing is unknown (rules say "not
 * assessable"), unless it is listed in {@link Practice#knownAbsent()}: then the partnership is
 * known not to have it.
 */
public enum Topic {
  /** Shared values. */
  SHARED_VALUES,
  /** Members' declared interests. */
  DECLARED_INTERESTS,
  /** How the programme was designed. */
  PROGRAMME_DESIGN,
  /** Joint learning practices. */
  JOINT_LEARNING,
  /** Feedback loops. */
  FEEDBACK_LOOPS,
  /** Joint reviews of the context. */
  CONTEXT_REVIEWS,
  /** Budget flexibility. */
  BUDGET_FLEXIBILITY,
  /** How power in the partnership was decided. */
  POWER_ARRANGEMENT,
  /** A strategy for civic space. */
  CIVIC_SPACE;

  /** Returns the topic in words, e.g. {@code "programme design"}. */
  public String label() {
    return Texts.label(this);
  }
}
