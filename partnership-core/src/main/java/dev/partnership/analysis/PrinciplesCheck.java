package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.internal.Checks;
import dev.partnership.model.Partnership;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a rule set on a partnership: every finding, most severe first (not met, partly met, not
 * assessable, met; ties in rule order), with a summary. Any rule set runs alike: the lessons
 * ({@link Lessons#meetup()}), the risk rules ({@link RiskRules#rules()}) or your own.
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
  public record Result(ImmutableList<Finding> findings, ImmutableMap<Status, Long> summary) {
    /**
     * Checks that the findings are ordered by severity, come from distinct rules, and that the
     * summary counts them.
     *
     * @throws IllegalArgumentException if they are out of order, repeat a rule, or the summary does
     *     not count them by status
     */
    public Result {
      checkNotNull(findings, "findings");
      checkNotNull(summary, "summary");
      for (int i = 1; i < findings.size(); i++) {
        Checks.checkField(
            findings.get(i - 1).status().compareTo(findings.get(i).status()) <= 0,
            "findings[" + i + "]",
            findings.get(i).rule(),
            "must not come before a more severe finding");
      }
      Checks.checkField(
          findings.stream().map(Finding::rule).distinct().count() == findings.size(),
          "findings",
          ruleIds(findings),
          "must come from distinct rules");
      Checks.checkField(
          summary.equals(summarise(findings)),
          "summary",
          summary,
          "must count the findings by status, all four statuses included");
    }

    /** Returns the finding of rule {@code id}, if the set had it. */
    public Optional<Finding> finding(String id) {
      checkNotNull(id, "id");
      return findings.stream().filter(f -> f.rule().equals(id)).findFirst();
    }

    /** Returns the findings not met or partly met, most severe first. */
    public ImmutableList<Finding> problems() {
      return findings.stream().filter(Finding::isProblem).collect(ImmutableList.toImmutableList());
    }
  }

  private static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  private static ImmutableMap<Status, Long> summarise(List<Finding> findings) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, findings.stream().filter(f -> f.status() == s).count());
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns {@code finding} if it is a finding of {@code rule}.
   *
   * @throws IllegalStateException if it is null or a finding of another rule
   */
  static Finding ownFinding(Principle rule, Finding finding) {
    if (finding == null || !finding.rule().equals(rule.id())) {
      throw new IllegalStateException(
          "rule "
              + rule.id()
              + " must return a finding of its own, not "
              + (finding == null ? "null" : "one of rule " + finding.rule()));
    }
    return finding;
  }

  /**
   * Returns the findings of {@code rules} on {@code partnership}, measured on {@code asOf}.
   *
   * @throws IllegalStateException if a rule returns no finding or the finding of another rule
   */
  public static Result run(Partnership partnership, RuleSet rules, LocalDate asOf) {
    checkNotNull(partnership, "partnership");
    checkNotNull(rules, "rules");
    checkNotNull(asOf, "asOf");
    ImmutableList<String> order = rules.ids();
    ImmutableList<Finding> findings =
        rules.rules().stream()
            .map(p -> ownFinding(p, p.check(partnership, asOf)))
            .sorted(
                Comparator.comparing(Finding::status).thenComparing(f -> order.indexOf(f.rule())))
            .collect(ImmutableList.toImmutableList());
    return new Result(findings, summarise(findings));
  }
}
