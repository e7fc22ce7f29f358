package dev.partnership.practice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.math.Fraction;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The balance between trust and control mechanisms: {@code (T - C) / (T + C)}, where T and C are
 * the summed weights of the trust and control mechanisms in use (weights 1 to 3 on each
 * mechanism, documented there), from -1 (control only) to 1 (trust only). Empty when no mechanism
 * is recorded.
 *
 * <p>Classification: at most -1/3 is {@link Kind#CONTROL_HEAVY}, at least 1/3 {@link
 * Kind#TRUST_BASED}, in between {@link Kind#BALANCED}. The weights and the pairing of each control
 * mechanism with the trust mechanism that replaces it are this library's own, drawn from
 * trust-based philanthropy practice (multi-year unrestricted funding, light reporting, shared
 * risk); replacing a control mechanism by its counterpart always raises the balance.
 *
 * <pre>{@code
 * TrustControlBalance.of(practice).map(TrustControlBalance::kind)   // Optional[CONTROL_HEAVY]
 * }</pre>
 *
 * @param score the balance, exact
 * @param trustWeight T
 * @param controlWeight C
 * @param explanation one line per mechanism: which way it pulls and how much
 * @param suggestions the replacements of a control mechanism by its counterpart, the largest rise first
 */
public record TrustControlBalance(
    Fraction score, int trustWeight, int controlWeight, ImmutableList<String> explanation, ImmutableList<Suggestion> suggestions) {

  /** The classification of a balance. */
  public enum Kind {
    /** Score at most -1/3. */
    CONTROL_HEAVY,
    /** Score between -1/3 and 1/3. */
    BALANCED,
    /** Score at least 1/3. */
    TRUST_BASED
  }

  /**
   * Replacing one control mechanism by its trust counterpart, and the balance after.
   *
   * @param replace the control mechanism to drop
   * @param by the trust mechanism to add (possibly in use already)
   * @param after the balance after the change
   */
  public record Suggestion(ControlMechanism replace, TrustMechanism by, Fraction after) {
    @Override
    public String toString() {
      return "replace " + replace + " by " + by + " (balance " + after + ")";
    }
  }

  /** Returns the classification. */
  public Kind kind() {
    if (score.compareTo(Fraction.of(-1, 3)) <= 0) {
      return Kind.CONTROL_HEAVY;
    }
    return score.compareTo(Fraction.of(1, 3)) >= 0 ? Kind.TRUST_BASED : Kind.BALANCED;
  }

  /** Returns the balance of {@code practice}'s mechanisms, or empty when none is recorded. */
  public static Optional<TrustControlBalance> of(Practice practice) {
    checkNotNull(practice, "practice");
    int t = practice.trusts().stream().mapToInt(TrustMechanism::weight).sum();
    int c = practice.controls().stream().mapToInt(ControlMechanism::weight).sum();
    if (t + c == 0) {
      return Optional.empty();
    }
    ImmutableList.Builder<String> why = ImmutableList.builder();
    practice.trusts().forEach(m -> why.add("+" + m.weight() + " trust: " + m));
    practice.controls().forEach(m -> why.add("-" + m.weight() + " control: " + m));
    ImmutableList<Suggestion> suggestions =
        practice.controls().stream()
            .map(m -> {
              int t2 = t + (practice.trusts().contains(m.counterpart()) ? 0 : m.counterpart().weight());
              int c2 = c - m.weight();
              return new Suggestion(m, m.counterpart(), Fraction.of(t2 - c2, t2 + c2));
            })
            .sorted(Comparator.comparing(Suggestion::after).reversed().thenComparing(Suggestion::replace))
            .collect(ImmutableList.toImmutableList());
    return Optional.of(new TrustControlBalance(Fraction.of(t - c, t + c), t, c, why.build(), suggestions));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s: trust %d, control %d)", kind(), score, trustWeight, controlWeight);
  }
}
