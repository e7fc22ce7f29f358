package dev.partnership.iati;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.quicktheories.core.Gen;

/** QuickTheories generators for what IATI files hold. */
public final class IatiGenerators {
  private IatiGenerators() {}

  /**
   * Returns a generator of number texts over the whole range the reader must handle: optional sign,
   * 1 to 80 digits, an optional fraction, and an optional exponent of 1 to 6 digits (from {@code
   * 1e-999999} to {@code 1E+999999}).
   */
  public static Gen<String> numberTexts() {
    Gen<String> digits = integers().between(1, 80).zip(longs().all(), IatiGenerators::digits);
    Gen<String> exponent =
        integers()
            .between(0, 6)
            .zip(
                longs().all(),
                (n, seed) ->
                    n == 0
                        ? ""
                        : (seed % 2 == 0 ? "E" : "e")
                            + (seed % 3 == 0 ? "-" : seed % 3 == 1 ? "+" : "")
                            + digits(n, seed));
    Gen<String> fraction =
        integers()
            .between(0, 20)
            .zip(longs().all(), (n, seed) -> n == 0 ? "" : "." + digits(n, seed));
    return booleans()
        .all()
        .zip(digits, fraction, exponent, (negative, d, f, e) -> (negative ? "-" : "") + d + f + e);
  }

  /** Returns {@code n} pseudo-random decimal digits drawn from {@code seed}. */
  static String digits(int n, long seed) {
    StringBuilder b = new StringBuilder(n);
    long x = seed;
    for (int i = 0; i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      b.append((char) ('0' + (int) ((x >>> 33) % 10)));
    }
    return b.toString();
  }
}
