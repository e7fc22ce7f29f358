package dev.partnership.document;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a document cannot be read: it is not YAML or JSON, breaks a limit, does not follow
 * the format, or describes a value the model refuses. The message says where, then what:
 *
 * <pre>
 * team.yaml:14:7: /members/3/organization/country (ZZ) must be an ISO 3166-1 alpha-2 code such as NL or KE
 * </pre>
 *
 * <p>The source, line and column (both from 1) and the JSON pointer (RFC 6901) of the element are
 * also available as fields. Reading never returns part of a document: either the whole value, or
 * this exception.
 */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;

  DocumentException(String source, int line, int column, String pointer, String what) {
    super(source + ":" + line + ":" + column + ": " + what);
    this.source = checkNotNull(source, "source");
    this.line = line;
    this.column = column;
    this.pointer = checkNotNull(pointer, "pointer");
  }

  /** Returns the name of the file or other source the document came from. */
  public String source() {
    return source;
  }

  /** Returns the line of the element, from 1. */
  public int line() {
    return line;
  }

  /** Returns the column of the element, from 1. */
  public int column() {
    return column;
  }

  /** Returns the JSON pointer of the element ({@code ""} for the whole document). */
  public String pointer() {
    return pointer;
  }
}
