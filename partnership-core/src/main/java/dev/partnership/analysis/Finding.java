package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.internal.Checks;
import dev.partnership.internal.Texts;
import java.util.List;

/**
 * The result of one rule: its status, the evidence it used, the facts it missed (when not
 * assessable), and a suggestion.
 *
 * <p>The contents are consistent or the finding is not built: the missing facts are listed exactly
 * when the status is {@link Status#NOT_ASSESSABLE}, a met finding has no suggestion, and no text is
 * blank. Rules build findings with {@link Principle#finding} and {@link Principle#notAssessable};
 * {@link #text()} is the form for people to read.
 *
 * <pre>{@code
 * Finding f = Lessons.CIVIC_SPACE.check(partnership, LocalDate.of(2026, 11, 26));
 * f.status().label()   // "not assessable"
 * f.text()
 * }</pre>
 *
 * @param rule the rule's id, e.g. {@code "LESSON-11"}
 * @param title the rule's title
 * @param status met, partly met, not met, or not assessable
 * @param evidence the facts the rule used, each in words
 * @param missing the facts it needed and did not find (empty unless not assessable)
 * @param suggestion what would improve the finding (empty text when met)
 */
public record Finding(
    String rule,
    String title,
    Status status,
    ImmutableList<String> evidence,
    ImmutableList<String> missing,
    String suggestion) {

  /** The status of a finding, most severe first. */
  public enum Status {
    /** The rule's criteria are not met. */
    NOT_MET,
    /** Some criteria are met. */
    PARTLY_MET,
    /** Facts the rule needs are missing. */
    NOT_ASSESSABLE,
    /** The criteria are met. */
    MET;

    /** Returns the status in words, e.g. {@code "partly met"}. */
    public String label() {
      return Texts.label(this);
    }

    /**
     * Returns {@link #MET} when {@code met} of {@code of} criteria hold, {@link #NOT_MET} when none
     * does, {@link #PARTLY_MET} in between.
     *
     * @throws IllegalArgumentException unless {@code 0 <= met <= of} and {@code of >= 1}
     */
    public static Status graded(int met, int of) {
      Checks.checkField(
          of >= 1 && met >= 0 && met <= of,
          "met",
          met + " of " + of,
          "must be between 0 and a positive total");
      return met == of ? MET : met == 0 ? NOT_MET : PARTLY_MET;
    }
  }

  /**
   * Checks that no component is null or blank and that the contents agree with the status.
   *
   * @throws IllegalArgumentException if the missing facts are listed for a status other than not
   *     assessable or not listed for it, if a met finding has a suggestion, or if a text is blank
   */
  public Finding {
    checkNotNull(rule, "rule");
    checkNotNull(title, "title");
    checkNotNull(status, "status");
    checkNotNull(evidence, "evidence");
    checkNotNull(missing, "missing");
    checkNotNull(suggestion, "suggestion");
    Checks.checkNotBlank(rule, "rule");
    Checks.checkNotBlank(title, "title");
    checkNoBlank(evidence, "evidence");
    checkNoBlank(missing, "missing");
    Checks.checkField(
        (status == Status.NOT_ASSESSABLE) != missing.isEmpty(),
        "missing",
        missing,
        "must list the facts exactly when the status is not assessable (status " + status + ")");
    Checks.checkField(
        status != Status.MET || suggestion.isEmpty(),
        "suggestion",
        '"' + suggestion + '"',
        "must be empty when the status is met");
  }

  private static void checkNoBlank(List<String> texts, String field) {
    for (int i = 0; i < texts.size(); i++) {
      Checks.checkNotBlank(texts.get(i), field + "[" + i + "]");
    }
  }

  /**
   * Returns the finding that {@code rule} cannot be assessed for want of the {@code missing} facts.
   *
   * @throws IllegalArgumentException if no fact is named
   */
  public static Finding notAssessable(Principle rule, String... missing) {
    checkNotNull(rule, "rule");
    ImmutableList<String> m = Checks.copyWithoutNulls(checkNotNull(missing, "missing"), "missing");
    return new Finding(
        rule.id(),
        rule.title(),
        Status.NOT_ASSESSABLE,
        ImmutableList.of(),
        m,
        "Record: " + String.join("; ", m));
  }

  /**
   * Returns a finding of {@code rule} with evidence; the suggestion is dropped when the status is
   * met.
   *
   * @throws IllegalArgumentException if {@code status} is not assessable (use {@link
   *     #notAssessable})
   */
  public static Finding of(
      Principle rule, Status status, List<String> evidence, String suggestion) {
    checkNotNull(rule, "rule");
    checkNotNull(status, "status");
    checkNotNull(suggestion, "suggestion");
    Checks.checkField(
        status != Status.NOT_ASSESSABLE,
        "status",
        status,
        "needs the missing facts: use Finding.notAssessable");
    ImmutableList<String> e =
        Checks.copyWithoutNulls(checkNotNull(evidence, "evidence"), "evidence");
    return new Finding(
        rule.id(),
        rule.title(),
        status,
        e,
        ImmutableList.of(),
        status == Status.MET ? "" : suggestion);
  }

  /** Returns whether the status is not met or partly met: a problem to act on. */
  public boolean isProblem() {
    return status == Status.NOT_MET || status == Status.PARTLY_MET;
  }

  /**
   * Returns the finding for people to read: status in words, title, then one line each for the
   * evidence, the missing facts and the suggestion.
   */
  public String text() {
    StringBuilder s =
        new StringBuilder(
            Character.toUpperCase(status.label().charAt(0))
                + status.label().substring(1)
                + ": "
                + title);
    evidence.forEach(e -> s.append("\n  evidence: ").append(e));
    missing.forEach(m -> s.append("\n  missing: ").append(m));
    if (!suggestion.isEmpty()) {
      s.append("\n  suggestion: ").append(suggestion);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "["
        + status
        + "] "
        + rule
        + " "
        + title
        + (evidence.isEmpty() ? "" : "; evidence: " + String.join("; ", evidence))
        + (missing.isEmpty() ? "" : "; missing: " + String.join("; ", missing))
        + (suggestion.isEmpty() ? "" : "; suggestion: " + suggestion);
  }
}
