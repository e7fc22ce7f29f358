package dev.partnership.internal;

import com.google.common.base.CaseFormat;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formatting helpers for text people read: percentages and labels instead of fractions and
 * constants.
 */
public final class Texts {
  private Texts() {}

  /**
   * Returns {@code share} as a percentage with at most one decimal, rounded half up: {@code 3/20}
   * is {@code "15%"}, {@code 1/8} is {@code "12.5%"}, {@code -5/9} is {@code "-55.6%"}.
   */
  public static String percent(Fraction share) {
    BigDecimal p = share.multiply(Fraction.of(100)).toBigDecimal(MathContext.DECIMAL128);
    return p.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * Returns an enum constant as words in lower case: {@code EARMARKING} is {@code "earmarking"},
   * {@code LOBBY_PARTNER} {@code "lobby partner"}.
   */
  public static String label(Enum<?> constant) {
    return CaseFormat.UPPER_UNDERSCORE
        .to(CaseFormat.LOWER_UNDERSCORE, constant.name())
        .replace('_', ' ');
  }

  /** The longest text that messages and calls print whole; longer texts are cut. */
  private static final int WHOLE = 40;

  /** How many characters of a longer text are printed. */
  private static final int CUT = 30;

  /**
   * Returns {@code text} for a message, cut to its first 30 characters and its length when longer
   * than 40 characters: {@code "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy... (1000000 characters)"}. Refusals
   * and operator calls use it so they stay short on huge inputs.
   */
  public static String shortly(String text) {
    if (text.length() <= WHOLE) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(CUT - 1)) ? CUT - 1 : CUT;
    return text.substring(0, end) + "... (" + text.length() + " characters)";
  }

  /**
   * Returns {@code text} in double quotes, cut like {@link #shortly}: {@code "Security training"},
   * or {@code "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy..." (1000000 characters)}.
   */
  public static String quoted(String text) {
    if (text.length() <= WHOLE) {
      return '"' + text + '"';
    }
    int end = Character.isHighSurrogate(text.charAt(CUT - 1)) ? CUT - 1 : CUT;
    return '"' + text.substring(0, end) + "...\" (" + text.length() + " characters)";
  }
}
