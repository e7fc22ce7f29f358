package dev.partnership.internal;


/** Precondition helpers whose messages name the field, the value and the rule. */
public final class Checks {
  private Checks() {}

  /**
   * Throws {@link IllegalArgumentException} with {@code "<field> (<value>) <rule>"} unless {@code ok}.
   *
   * @throws IllegalArgumentException if {@code ok} is false
   */
  public static void checkField(boolean ok, String field, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException(field + " (" + value + ") " + rule);
    }
  }

  /**
   * Returns {@code text} if it is not blank.
   *
   * @throws IllegalArgumentException naming {@code field} if {@code text} is blank
   */
  public static String checkNotBlank(String text, String field) {
    checkField(!text.isBlank(), field, '"' + text + '"', "must not be blank");
    return text;
  }
}
