package dev.partnership.csv;

/**
 * Thrown when a CSV file cannot be read as a PAT session; the message names the file, the row (as a
 * spreadsheet numbers it, from 1), the column, the value and the rule. Nothing of the file is kept:
 * a reader either returns a whole session or throws this.
 */
public final class PatCsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The longest value echoed in a message; a hostile cell may be of any length. */
  static final int MAX_ECHO = 100;

  private final String file;
  private final long row;
  private final String column;

  PatCsvException(String file, long row, String column, String value, String rule) {
    super(
        file
            + ": "
            + (row > 0 ? "row " + row + (column.isEmpty() ? ": " : ", ") : "")
            + (column.isEmpty() ? "" : "column " + column + ": ")
            + (value == null ? "" : echo(value) + " ")
            + rule);
    this.file = file;
    this.row = row;
    this.column = column;
  }

  /** Returns {@code "value"} in quotes, cut to {@link #MAX_ECHO} characters with its length. */
  static String echo(String value) {
    String shown =
        value.length() <= MAX_ECHO
            ? value
            : value.substring(0, MAX_ECHO) + "... (" + value.length() + " characters)";
    return '"' + shown.replace("\r", "\\r").replace("\n", "\\n") + '"';
  }

  /** Returns the file name as given to the reader. */
  public String file() {
    return file;
  }

  /** Returns the row of the flaw (1 is the first row), 0 when it is about the whole file. */
  public long row() {
    return row;
  }

  /** Returns the column of the flaw, empty when it is about a whole row or the file. */
  public String column() {
    return column;
  }
}
