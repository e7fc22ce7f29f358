package dev.partnership.practice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.internal.Checks;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The balance between trust and control mechanisms: {@code (T - C) / (T + C)}, where T and C are
 * the summed weights of the trust and control mechanisms in use (weights 1 to 3 on each mechanism,
 * documented there), from -1 (control only) to 1 (trust only). Empty when no mechanism is recorded.
 *
 * <p>Classification: at most -1/3 is {@link Kind#CONTROL_HEAVY}, at least 1/3 {@link
 * Kind#TRUST_BASED}, in between {@link Kind#BALANCED}. The weights, these cut-offs and the pairing
 * of each control mechanism with the trust mechanism that replaces it are this library's own,
 * illustrative, drawn from trust-based philanthropy practice (multi-year unrestricted funding,
 * light reporting, shared risk); replacing a control mechanism by its counterpart always raises the
 * balance.
 *
 * <p>The balance is a value of the mechanisms alone, so it cannot hold a score, weights or
 * suggestions that disagree: everything else is computed from them. Mechanisms are kept in their
 * enum order.
 *
 * <pre>{@code
 * TrustControlBalance.of(practice).map(TrustControlBalance::kind)   // Optional[CONTROL_HEAVY]
 * new TrustControlBalance(ImmutableSet.of(TrustMechanism.MULTI_YEAR_FUNDING), ImmutableSet.of(ControlMechanism.AUDITS)).text()
 * // "trust-based: balance 33.3% (trust 2, control 1; weights and cut-offs of our own, illustrative)"
 * }</pre>
 *
 * @param trusts the trust mechanisms in use
 * @param controls the control mechanisms in use
 */
public record TrustControlBalance(
    ImmutableSet<TrustMechanism> trusts, ImmutableSet<ControlMechanism> controls) {

  /** What the library says of its own weights and cut-offs, in the text people read. */
  static final String OWN = "weights and cut-offs of our own, illustrative";

  /**
   * Checks that at least one mechanism is in use, and keeps the mechanisms in enum order.
   *
   * @throws IllegalArgumentException if there is no mechanism
   */
  public TrustControlBalance {
    checkNotNull(trusts, "trusts");
    checkNotNull(controls, "controls");
    Checks.checkField(
        !trusts.isEmpty() || !controls.isEmpty(),
        "mechanisms",
        "none",
        "must hold at least one trust or control mechanism");
    trusts = Sets.immutableEnumSet(trusts);
    controls = Sets.immutableEnumSet(controls);
  }

  /** The classification of a balance. */
  public enum Kind {
    /** Score at most -1/3. */
    CONTROL_HEAVY,
    /** Score between -1/3 and 1/3. */
    BALANCED,
    /** Score at least 1/3. */
    TRUST_BASED;

    /** Returns the classification in words, e.g. {@code "control-heavy"}. */
    public String label() {
      return Texts.label(this).replace(' ', '-');
    }
  }

  /**
   * Replacing one control mechanism by its trust counterpart, and the balance after.
   *
   * @param replace the control mechanism to drop
   * @param by the trust mechanism to add (possibly in use already): its counterpart
   * @param after the balance after the change, in [-1, 1]
   */
  public record Suggestion(ControlMechanism replace, TrustMechanism by, Fraction after) {
    /**
     * Checks that {@code by} is the counterpart of {@code replace} and the balance is in [-1, 1].
     *
     * @throws IllegalArgumentException if it is not
     */
    public Suggestion {
      checkNotNull(replace, "replace");
      checkNotNull(by, "by");
      checkNotNull(after, "after");
      Checks.checkField(
          by == replace.counterpart(),
          "by",
          by,
          "must be the counterpart of " + replace + " (" + replace.counterpart() + ")");
      Checks.checkField(
          after.compareTo(Fraction.ONE.negate()) >= 0 && after.compareTo(Fraction.ONE) <= 0,
          "after",
          after,
          "must be in [-1, 1]");
    }

    /**
     * Returns the suggestion in words: {@code "replace earmarking by unearmarked funding (balance
     * 11.1%)"}.
     */
    public String text() {
      return "replace "
          + replace.label()
          + " by "
          + by.label()
          + " (balance "
          + Texts.percent(after)
          + ")";
    }

    @Override
    public String toString() {
      return "replace " + replace + " by " + by + " (balance " + after + ")";
    }
  }

  /** Returns T, the summed weight of the trust mechanisms. */
  public int trustWeight() {
    return trusts.stream().mapToInt(TrustMechanism::weight).sum();
  }

  /** Returns C, the summed weight of the control mechanisms. */
  public int controlWeight() {
    return controls.stream().mapToInt(ControlMechanism::weight).sum();
  }

  /** Returns the balance {@code (T - C) / (T + C)}, exact. */
  public Fraction score() {
    return score(trustWeight(), controlWeight());
  }

  private static Fraction score(int t, int c) {
    return Fraction.of(t - c, t + c);
  }

  /** Returns one line per mechanism: which way it pulls and how much. */
  public ImmutableList<String> explanation() {
    ImmutableList.Builder<String> why = ImmutableList.builder();
    trusts.forEach(m -> why.add("+" + m.weight() + " trust: " + m));
    controls.forEach(m -> why.add("-" + m.weight() + " control: " + m));
    return why.build();
  }

  /**
   * Returns the replacements of a control mechanism by its counterpart, the largest rise first
   * (ties in enum order).
   */
  public ImmutableList<Suggestion> suggestions() {
    int t = trustWeight();
    int c = controlWeight();
    return controls.stream()
        .map(
            m ->
                new Suggestion(
                    m,
                    m.counterpart(),
                    score(
                        t + (trusts.contains(m.counterpart()) ? 0 : m.counterpart().weight()),
                        c - m.weight())))
        .sorted(
            Comparator.comparing(Suggestion::after).reversed().thenComparing(Suggestion::replace))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the classification. */
  public Kind kind() {
    Fraction score = score();
    if (score.compareTo(Fraction.of(-1, 3)) <= 0) {
      return Kind.CONTROL_HEAVY;
    }
    return score.compareTo(Fraction.of(1, 3)) >= 0 ? Kind.TRUST_BASED : Kind.BALANCED;
  }

  /** Returns the balance of {@code practice}'s mechanisms, or empty when none is recorded. */
  public static Optional<TrustControlBalance> of(Practice practice) {
    checkNotNull(practice, "practice");
    return practice.trusts().isEmpty() && practice.controls().isEmpty()
        ? Optional.empty()
        : Optional.of(new TrustControlBalance(practice.trusts(), practice.controls()));
  }

  /**
   * Returns the balance in words, with percentages and labels: {@code "control-heavy: balance
   * -55.6% (trust 2, control 7; weights and cut-offs of our own, illustrative)"}.
   */
  public String text() {
    return String.format(
        Locale.ROOT,
        "%s: balance %s (trust %d, control %d; %s)",
        kind().label(),
        Texts.percent(score()),
        trustWeight(),
        controlWeight(),
        OWN);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s (%s: trust %d, control %d)",
        kind(),
        score(),
        trustWeight(),
        controlWeight());
  }
}
