package dev.partnership.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.math.Fraction;
import org.junit.jupiter.api.Test;

/** The balance against a plain reference over every combination of mechanisms. */
class TrustControlBalanceProperties {

  @Test
  void scoreKindAndSuggestionsAgreeWithAPlainReference() {
    qt().forAll(PracticeGenerators.mechanisms())
        .assuming(p -> !p.trusts().isEmpty() || !p.controls().isEmpty())
        .checkAssert(
            p -> {
              TrustControlBalance b = TrustControlBalance.of(p).orElseThrow();
              int t = 0;
              for (TrustMechanism m : p.trusts()) {
                t += m.weight();
              }
              int c = 0;
              for (ControlMechanism m : p.controls()) {
                c += m.weight();
              }
              double score = (double) (t - c) / (t + c);
              assertEquals(score, b.score().doubleValue(), 1e-12);
              TrustControlBalance.Kind kind =
                  3 * (t - c) <= -(t + c)
                      ? TrustControlBalance.Kind.CONTROL_HEAVY
                      : 3 * (t - c) >= t + c
                          ? TrustControlBalance.Kind.TRUST_BASED
                          : TrustControlBalance.Kind.BALANCED;
              assertEquals(kind, b.kind());
              assertEquals(p.trusts().size() + p.controls().size(), b.explanation().size());
              assertEquals(p.controls().size(), b.suggestions().size());
              for (int i = 0; i < b.suggestions().size(); i++) {
                TrustControlBalance.Suggestion s = b.suggestions().get(i);
                assertTrue(s.after().compareTo(b.score()) > 0, s.toString());
                assertTrue(i == 0 || b.suggestions().get(i - 1).after().compareTo(s.after()) >= 0);
                assertTrue(s.after().compareTo(Fraction.ONE) <= 0);
              }
              assertEquals(b, new TrustControlBalance(p.trusts(), p.controls()));
            });
  }
}
