package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.model.Partnership;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * A rule a partnership is checked against: an id, a title, its source, its criteria in words, and
 * the check itself. Build your own with {@link #of}; the lessons of the Partos meet-up are in
 * {@link Lessons}.
 *
 * <pre>{@code
 * Principle p = Principle.of("C4C-1", "Pass on at least 25% of humanitarian funding to local actors",
 *     "Charter4Change, commitment 1", "the lead's localisation share is at least 25%",
 *     (partnership, asOf) -> ...);
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
   * Returns the finding for {@code partnership} on {@code asOf} (the date rules measure time
   * from: no rule reads the clock).
   */
  Finding check(Partnership partnership, LocalDate asOf);

  /** Returns a rule from its parts. */
  static Principle of(String id, String title, String source, String criteria, BiFunction<Partnership, LocalDate, Finding> check) {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(source, "source");
    checkNotNull(criteria, "criteria");
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
        return check.apply(checkNotNull(partnership, "partnership"), checkNotNull(asOf, "asOf"));
      }

      @Override
      public String toString() {
        return id + " " + title;
      }
    };
  }
}
