package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The result of one rule: its status, the evidence it used, the facts it missed (when not
 * assessable), and a suggestion.
 *
 * @param rule the rule's id, e.g. {@code "LESSON-11"}
 * @param title the rule's title
 * @param status met, partly met, not met, or not assessable
 * @param evidence the facts the rule used, each in words
 * @param missing the facts it needed and did not find (empty unless not assessable)
 * @param suggestion what would improve the finding (empty text when met)
 */
public record Finding(String rule, String title, Status status, ImmutableList<String> evidence, ImmutableList<String> missing, String suggestion) {

  /** The status of a finding, most severe first. */
  public enum Status {
    /** The rule's criteria are not met. */
    NOT_MET,
    /** Some criteria are met. */
    PARTLY_MET,
    /** Facts the rule needs are missing. */
    NOT_ASSESSABLE,
    /** The criteria are met. */
    MET
  }

  /** Checks that no component is null. */
  public Finding {
    checkNotNull(rule, "rule");
    checkNotNull(title, "title");
    checkNotNull(status, "status");
    checkNotNull(evidence, "evidence");
    checkNotNull(missing, "missing");
    checkNotNull(suggestion, "suggestion");
  }

  /** Returns the finding that {@code rule} cannot be assessed for want of the {@code missing} facts. */
  public static Finding notAssessable(Principle rule, String... missing) {
    ImmutableList<String> m = ImmutableList.copyOf(missing);
    return new Finding(rule.id(), rule.title(), Status.NOT_ASSESSABLE, ImmutableList.of(), m, "Record: " + String.join("; ", m));
  }

  /** Returns a finding of {@code rule} with evidence; the suggestion is dropped when the status is met. */
  public static Finding of(Principle rule, Status status, ImmutableList<String> evidence, String suggestion) {
    return new Finding(rule.id(), rule.title(), status, evidence, ImmutableList.of(), status == Status.MET ? "" : suggestion);
  }

  @Override
  public String toString() {
    return "[" + status + "] " + rule + " " + title
        + (evidence.isEmpty() ? "" : "; evidence: " + String.join("; ", evidence))
        + (missing.isEmpty() ? "" : "; missing: " + String.join("; ", missing))
        + (suggestion.isEmpty() ? "" : "; suggestion: " + suggestion);
  }
}
