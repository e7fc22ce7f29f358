package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.model.Partnership;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Runs a rule set on a partnership: every finding, most severe first (not met, partly met, not
 * assessable, met; ties in rule order), with a summary.
 *
 * <pre>{@code
 * PrinciplesCheck.Result r = PrinciplesCheck.run(cmi, Lessons.meetup(), LocalDate.of(2026, 11, 26));
 * r.summary()      // {NOT_MET=3, PARTLY_MET=2, NOT_ASSESSABLE=5, MET=2}
 * r.findings().get(0)
 * }</pre>
 */
public final class PrinciplesCheck {
  private PrinciplesCheck() {}

  /**
   * The findings of a check and their counts.
   *
   * @param findings the findings, most severe first
   * @param summary how many findings have each status (all four statuses, zeros included)
   */
  public record Result(ImmutableList<Finding> findings, ImmutableMap<Finding.Status, Long> summary) {
    /** Returns the finding of rule {@code id}, if the set had it. */
    public java.util.Optional<Finding> finding(String id) {
      return findings.stream().filter(f -> f.rule().equals(id)).findFirst();
    }
  }

  /** Returns the findings of {@code rules} on {@code partnership}, measured on {@code asOf}. */
  public static Result run(Partnership partnership, RuleSet rules, LocalDate asOf) {
    checkNotNull(partnership, "partnership");
    checkNotNull(rules, "rules");
    checkNotNull(asOf, "asOf");
    ImmutableList<String> order = rules.ids();
    ImmutableList<Finding> findings =
        rules.rules().stream()
            .map(p -> p.check(partnership, asOf))
            .sorted(Comparator.comparing(Finding::status).thenComparing(f -> order.indexOf(f.rule())))
            .collect(ImmutableList.toImmutableList());
    Map<Finding.Status, Long> counts = new EnumMap<>(Finding.Status.class);
    for (Finding.Status s : Finding.Status.values()) {
      counts.put(s, findings.stream().filter(f -> f.status() == s).count());
    }
    return new Result(findings, ImmutableMap.copyOf(counts));
  }
}
