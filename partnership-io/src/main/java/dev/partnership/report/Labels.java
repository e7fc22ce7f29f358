package dev.partnership.report;

import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.DecisionRule;
import dev.partnership.math.Fraction;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.practice.TrustControlBalance;
import java.util.Locale;
import java.util.Optional;

/** Words for people: enum constants as lower-case words, shares as percentages, ids as names. */
final class Labels {
  private Labels() {}

  /**
   * Returns {@code NETWORK_WITH_SECRETARIAT} as {@code "network with secretariat"}; a role by its
   * own label ({@code REGRANTER} as {@code "re-granter"}).
   */
  static String words(Enum<?> value) {
    if (value instanceof Role r) {
      return r.label();
    }
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns a share in [0, 1] as a percentage with one decimal, e.g. {@code "33.3%"}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** Returns a fraction as a percentage with one decimal. */
  static String percent(Fraction share) {
    return percent(share.doubleValue());
  }

  /** Returns the short name of a member, or the identifier when it is not a member. */
  static String name(Partnership p, OrganizationId id) {
    return p.member(id).map(m -> m.organization().shortName()).orElse(id.value());
  }

  /**
   * Returns the short name of a member of either state (after first), or the identifier when it is
   * a member of neither.
   */
  static String name(Partnership after, Partnership before, OrganizationId id) {
    return after
        .member(id)
        .or(() -> before.member(id))
        .map(m -> m.organization().shortName())
        .orElse(id.value());
  }

  /** Returns a PAT level with its score and words, e.g. {@code "3 co-decides"}. */
  static String level(ParticipationLevel level) {
    return level.label();
  }

  /** Returns a PAT level with its score and words, or {@code absent} when empty. */
  static String level(Optional<ParticipationLevel> level, String absent) {
    return level.map(Labels::level).orElse(absent);
  }

  /**
   * Returns a change of a share as signed percentage points with one decimal: {@code "+4.5 pp"}.
   */
  static String points(double change) {
    String s = String.format(Locale.ROOT, "%+.1f pp", 100 * change);
    return s.startsWith("-0.0") && change >= 0 ? "+0.0 pp" : s;
  }

  /**
   * Returns a trust-versus-control balance in words with a one-decimal percentage: {@code
   * "balanced: balance -20.0% (trust 2, control 3; weights and cut-offs of our own,
   * illustrative)"}.
   */
  static String balance(TrustControlBalance b) {
    return b.kind().label()
        + ": balance "
        + percent(b.score())
        + " (trust "
        + b.trustWeight()
        + ", control "
        + b.controlWeight()
        + "; weights and cut-offs of our own, illustrative)";
  }

  /**
   * Returns a suggested move in words with a one-decimal percentage: {@code "replace earmarking by
   * unearmarked funding (balance 100.0%)"}.
   */
  static String move(TrustControlBalance.Suggestion s) {
    return "replace "
        + s.replace().label()
        + " by "
        + s.by().label()
        + " (balance "
        + percent(s.after())
        + ")";
  }

  /**
   * Returns a decision rule in words with members by name: {@code "qualified majority 2/3 (66.7%),
   * veto: Mama Cash"}.
   */
  static String rule(Partnership p, DecisionRule rule) {
    StringBuilder s = new StringBuilder(words(rule.kind()));
    rule.threshold()
        .ifPresent(t -> s.append(' ').append(t).append(" (").append(percent(t)).append(')'));
    rule.quota().ifPresent(q -> s.append(' ').append(q));
    if (!rule.vetoHolders().isEmpty()) {
      s.append(", veto: ");
      s.append(String.join(", ", rule.vetoHolders().stream().map(id -> name(p, id)).toList()));
    }
    rule.minimumMembers().ifPresent(m -> s.append(", at least ").append(m).append(" members"));
    return s.toString();
  }
}
