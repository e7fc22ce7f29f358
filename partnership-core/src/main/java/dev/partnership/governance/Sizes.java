package dev.partnership.governance;

/**
 * Checked sizes of the exact methods: saturating products and refusals that name method, size and
 * limit.
 */
final class Sizes {
  private Sizes() {}

  /**
   * Returns {@code a * b}, or {@link Long#MAX_VALUE} when that overflows (a and b not negative).
   */
  static long saturatedProduct(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  /** Returns {@code n}, or {@code "more than 2^63"} for a saturated {@link Long#MAX_VALUE}. */
  static String describe(long n) {
    return n == Long.MAX_VALUE ? "more than 2^63" : Long.toString(n);
  }

  /**
   * Refuses {@code game} for {@code method} when it needs more than {@code limit} {@code units}.
   *
   * @throws IllegalStateException naming the method, the game, what it needs and the limit
   */
  static void checkWithin(String method, VotingGame game, long needed, String units, long limit) {
    if (needed > limit) {
      throw new IllegalStateException(
          method
              + " of "
              + game
              + " needs "
              + describe(needed)
              + " "
              + units
              + ", more than the limit of "
              + limit);
    }
  }
}
