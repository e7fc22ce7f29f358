package dev.partnership.document;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The two syntaxes of a document: YAML for people, JSON for programs. Both hold the same tree and
 * validate against the same schema.
 */
public enum Format {
  /** YAML 1.1 as read by SnakeYAML: block style, no anchors, aliases or tags. */
  YAML,
  /** JSON (RFC 8259). */
  JSON;

  /**
   * Returns the format a file name says: {@code .json} is JSON, {@code .yaml} and {@code .yml} are
   * YAML.
   *
   * <pre>{@code
   * Format.ofFileName("team.yml")   // YAML
   * }</pre>
   *
   * @throws IllegalArgumentException if the name has another extension
   */
  public static Format ofFileName(String fileName) {
    checkNotNull(fileName, "fileName");
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    throw new IllegalArgumentException(
        "file name ("
            + Texts.shortly(fileName)
            + ") must end in .yaml, .yml or .json to say its format");
  }
}
