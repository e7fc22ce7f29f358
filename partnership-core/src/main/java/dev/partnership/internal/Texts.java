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
}
