package dev.partnership.internal;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Collection;

/** Precondition helpers whose messages name the field, the value and the rule. */
public final class Checks {
  private Checks() {}

  /**
   * Throws {@link IllegalArgumentException} with {@code "<field> (<value>) <rule>"} unless {@code
   * ok}.
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
   * @throws NullPointerException naming {@code field} if {@code text} is null
   * @throws IllegalArgumentException naming {@code field} if {@code text} is blank
   */
  public static String checkNotBlank(String text, String field) {
    if (text == null) {
      throw new NullPointerException(field);
    }
    if (text.isBlank()) {
      checkField(false, field, Texts.quoted(text), "must not be blank");
    }
    return text;
  }

  /**
   * Returns an immutable copy of {@code elements}, in order.
   *
   * @throws NullPointerException naming {@code field} if {@code elements} is null, or naming {@code
   *     field[i]} if its element {@code i} is null
   */
  public static <T> ImmutableList<T> copyWithoutNulls(
      Collection<? extends T> elements, String field) {
    if (elements == null) {
      throw new NullPointerException(field);
    }
    if (elements instanceof ImmutableList) {
      @SuppressWarnings("unchecked") // immutable, so reading it as a list of T is safe
      ImmutableList<T> list = (ImmutableList<T>) elements;
      return list;
    }
    ImmutableList.Builder<T> b = ImmutableList.builderWithExpectedSize(elements.size());
    int i = 0;
    for (T e : elements) {
      if (e == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      b.add(e);
      i++;
    }
    return b.build();
  }

  /**
   * Returns an immutable copy of {@code elements}, in order.
   *
   * @throws NullPointerException naming {@code field} or the null element {@code field[i]}
   */
  public static <T> ImmutableList<T> copyWithoutNulls(T[] elements, String field) {
    if (elements == null) {
      throw new NullPointerException(field);
    }
    return copyWithoutNulls(Arrays.asList(elements), field);
  }
}
