package dev.partnership.iati;

/**
 * Thrown when a file cannot be read as IATI activities at all (not XML, truncated, a DTD, a wrong
 * root; or the path is a directory, missing or unreadable); the message says where (file, line,
 * column, or the path) and what was expected. Activities delivered before the flaw stay delivered.
 */
public final class IatiFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /** A flaw of the path itself (a directory, missing, unreadable): line 0. */
  IatiFormatException(String path, String reason, Throwable cause) {
    super("file (" + path + ") " + shortened(reason), cause);
    this.file = path;
    this.line = 0;
  }

  IatiFormatException(String file, int line, int column, String message, Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + shortened(message), cause);
    this.file = file;
    this.line = line;
  }

  /** The longest reason kept whole; the XML parser may echo a hostile input at any length. */
  static final int MAX_REASON = 500;

  /** Returns {@code reason}, cut to {@link #MAX_REASON} characters with its full length said. */
  static String shortened(String reason) {
    return reason.length() <= MAX_REASON
        ? reason
        : reason.substring(0, MAX_REASON) + "... (" + reason.length() + " characters)";
  }

  /** Returns the file name. */
  public String file() {
    return file;
  }

  /** Returns the line of the flaw, 0 when the path itself is the flaw. */
  public int line() {
    return line;
  }
}
