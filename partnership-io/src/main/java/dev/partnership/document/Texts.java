package dev.partnership.document;

/** Short renderings of values echoed in messages, so hostile input cannot flood a message. */
final class Texts {
  private Texts() {}

  /** The longest value echoed in a message, in characters. */
  static final int ECHO = 40;

  static String shortly(String text) {
    String flat = text.replaceAll("\\p{Cntrl}", "?");
    return flat.length() <= ECHO ? flat : flat.substring(0, ECHO) + "...";
  }

  /** Returns the Levenshtein distance between two short strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
