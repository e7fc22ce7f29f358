package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the reader and the conversion skipped or guessed: one entry per flaw, with file, line,
 * activity and why.
 *
 * <pre>{@code
 * report.summary()      // {"GUESSED: provider missing ...": 12, "SKIPPED: value is empty": 3, ...}
 * }</pre>
 */
public final class DataQualityReport {
  /** What was done about a flaw. */
  public enum Action {
    /** The element was left out. */
    SKIPPED,
    /** A value was filled in by a documented rule. */
    GUESSED,
    /**
     * Something unexpected was read and kept as documented (mixed content, a nested activity, a
     * negative value).
     */
    REPORTED
  }

  /**
   * One flaw.
   *
   * @param file the file name
   * @param line the line of the element
   * @param activity the activity identifier (empty before it is known)
   * @param action skipped or guessed
   * @param reason why, with a short category before the first colon
   */
  public record Entry(String file, int line, String activity, Action action, String reason) {
    /** Checks that no part is null. */
    public Entry {
      checkNotNull(file, "file");
      checkNotNull(activity, "activity");
      checkNotNull(action, "action");
      checkNotNull(reason, "reason");
    }

    /** Returns the category: the action and the reason up to its first colon. */
    public String category() {
      int colon = reason.indexOf(':');
      return action + ": " + (colon < 0 ? reason : reason.substring(0, colon));
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + activity + " " + action + " " + reason;
    }
  }

  private final ImmutableList<Entry> entries;

  DataQualityReport(ImmutableList<Entry> entries) {
    this.entries = entries;
  }

  /** Returns the report of no flaw. */
  public static DataQualityReport empty() {
    return new DataQualityReport(ImmutableList.of());
  }

  /** Returns the entries, in the order they were found. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /** Returns this report followed by {@code other}'s entries. */
  public DataQualityReport plus(DataQualityReport other) {
    checkNotNull(other, "other");
    return new DataQualityReport(
        ImmutableList.<Entry>builder().addAll(entries).addAll(other.entries).build());
  }

  /** Returns the number of entries per category, sorted by category. */
  public ImmutableMap<String, Long> summary() {
    Map<String, Long> m =
        entries.stream()
            .collect(Collectors.groupingBy(Entry::category, TreeMap::new, Collectors.counting()));
    return ImmutableMap.copyOf(m);
  }

  @Override
  public String toString() {
    return entries.size() + " entries: " + summary();
  }
}
