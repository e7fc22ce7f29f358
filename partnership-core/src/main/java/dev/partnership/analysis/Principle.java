package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.analysis.Finding.Status;
import dev.partnership.internal.Checks;
import dev.partnership.model.Partnership;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A rule a partnership is checked against: an id, a title, its source, its criteria in words, and
 * the check itself. Build your own with {@link #of}; the lessons of the Partos meet-up are in
 * {@link Lessons}, the risk rules in {@link RiskRules}. The check receives the rule itself, so it
 * builds its finding with {@link #finding} or {@link #notAssessable}:
 *
 * <pre>{@code
 * Principle named = Principle.of("C4C-4", "Local partners are named in reports",
 *     "Charter4Change, commitment 4", "met: every member is named",
 *     (self, partnership, asOf) -> self.finding(Finding.Status.MET, List.of("all named"), ""));
 * RuleSet rules = Lessons.meetup().with(named);
 * }</pre>
 */
public interface Principle {

  /** Returns the rule's id, unique in a rule set. */
  String id();

  /** Returns the title. */
  String title();

  /** Returns the source: the lesson, commitment or standard the rule comes from. */
  String source();

  /** Returns the criteria in words: what met, partly met and not met mean. */
  String criteria();

  /**
   * Returns the finding for {@code partnership} on {@code asOf} (the date rules measure time from:
   * no rule reads the clock).
   */
  Finding check(Partnership partnership, LocalDate asOf);

  /**
   * Returns this rule's finding with {@code status}, {@code evidence} and {@code suggestion}
   * (dropped when met).
   *
   * @throws IllegalArgumentException if {@code status} is not assessable or a text is blank
   */
  default Finding finding(Status status, List<String> evidence, String suggestion) {
    return Finding.of(this, status, evidence, suggestion);
  }

  /**
   * Returns this rule's finding that it cannot be assessed for want of {@code missing} facts.
   *
   * @throws IllegalArgumentException if no fact is named
   */
  default Finding notAssessable(String... missing) {
    return Finding.notAssessable(this, missing);
  }

  /** The check of a rule: it receives the rule itself, the partnership and the date. */
  @FunctionalInterface
  interface Check {
    /** Returns the finding of {@code self} for {@code partnership} on {@code asOf}. */
    Finding apply(Principle self, Partnership partnership, LocalDate asOf);
  }

  /**
   * Returns a rule from its parts. Its {@link #check} refuses a null partnership or date, and fails
   * with {@link IllegalStateException} if {@code check} returns no finding or the finding of
   * another rule.
   *
   * @throws IllegalArgumentException if the id, title, source or criteria is blank
   */
  static Principle of(String id, String title, String source, String criteria, Check check) {
    Checks.checkNotBlank(id, "id");
    Checks.checkNotBlank(title, "title");
    Checks.checkNotBlank(source, "source");
    Checks.checkNotBlank(criteria, "criteria");
    checkNotNull(check, "check");
    return new Principle() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String title() {
        return title;
      }

      @Override
      public String source() {
        return source;
      }

      @Override
      public String criteria() {
        return criteria;
      }

      @Override
      public Finding check(Partnership partnership, LocalDate asOf) {
        return PrinciplesCheck.ownFinding(
            this,
            check.apply(
                this, checkNotNull(partnership, "partnership"), checkNotNull(asOf, "asOf")));
      }

      @Override
      public String toString() {
        return id + " " + title;
      }
    };
  }

  /**
   * Returns a rule from its parts, with a check that does not need the rule itself.
   *
   * @throws IllegalArgumentException if the id, title, source or criteria is blank
   */
  static Principle of(
      String id,
      String title,
      String source,
      String criteria,
      BiFunction<Partnership, LocalDate, Finding> check) {
    checkNotNull(check, "check");
    return of(
        id, title, source, criteria, (self, partnership, asOf) -> check.apply(partnership, asOf));
  }
}
