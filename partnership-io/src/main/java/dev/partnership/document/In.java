package dev.partnership.document;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OrganizationId;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Reads values out of a parsed document; every refusal names the source, place and rule. */
final class In {
  final String source;

  In(String source) {
    this.source = source;
  }

  DocumentException error(Node n, String what) {
    return new DocumentException(source, n.line, n.column, n.pointer, n.shown() + " " + what);
  }

  /** Runs a model factory; what the model refuses becomes its message plus the pointer. */
  <T> T model(Node n, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String where = n.pointer.isEmpty() ? "/" : n.pointer;
      throw new DocumentException(
          source, n.line, n.column, n.pointer, where + ": " + String.valueOf(e.getMessage()));
    }
  }

  /** Checks that {@code n} is an object with only {@code known} fields and returns it. */
  Node object(Node n, String... known) {
    if (n.kind != Node.Kind.OBJECT) {
      throw error(n, "must be an object, not " + n.kindName());
    }
    Set<String> names = Set.of(known);
    for (String field : n.fields.keySet()) {
      if (!names.contains(field)) {
        Node f = n.fields.get(field);
        String nearest =
            Arrays.stream(known)
                .min(
                    (a, b) ->
                        Integer.compare(
                            Texts.distance(
                                field.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT)),
                            Texts.distance(
                                field.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT))))
                .orElse("");
        throw new DocumentException(
            source,
            f.line,
            f.column,
            f.pointer,
            n.child(field)
                + " is not a known field"
                + (nearest.isEmpty() ? "" : "; did you mean " + nearest + "?"));
      }
    }
    return n;
  }

  Optional<Node> optional(Node object, String field) {
    Node n = object.fields.get(field);
    return n == null || n.kind == Node.Kind.NULL ? Optional.empty() : Optional.of(n);
  }

  Node required(Node object, String field) {
    Node n = object.fields.get(field);
    if (n == null || n.kind == Node.Kind.NULL) {
      throw new DocumentException(
          source,
          n == null ? object.line : n.line,
          n == null ? object.column : n.column,
          object.child(field),
          object.child(field) + " is required");
    }
    return n;
  }

  List<Node> list(Node n) {
    if (n.kind != Node.Kind.ARRAY) {
      throw error(n, "must be a list, not " + n.kindName());
    }
    return n.items;
  }

  List<Node> list(Node object, String field) {
    return optional(object, field).map(this::list).orElse(List.of());
  }

  <T> ImmutableList<T> list(Node object, String field, Function<Node, T> read) {
    List<T> out = new ArrayList<>();
    for (Node item : list(object, field)) {
      out.add(read.apply(item));
    }
    return ImmutableList.copyOf(out);
  }

  String string(Node n) {
    if (n.kind != Node.Kind.STRING) {
      throw error(n, "must be a string, not " + n.kindName());
    }
    return n.text;
  }

  boolean bool(Node n) {
    if (n.kind != Node.Kind.BOOLEAN) {
      throw error(n, "must be true or false, not " + n.kindName());
    }
    return Boolean.parseBoolean(n.text);
  }

  long integer(Node n, long min, long max) {
    String text = n.text;
    if (n.kind != Node.Kind.NUMBER || !text.matches("-?[0-9]+")) {
      throw error(n, "must be a whole number in [" + min + ", " + max + "]");
    }
    BigInteger v = new BigInteger(text);
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      throw error(n, "must be a whole number in [" + min + ", " + max + "]");
    }
    return v.longValueExact();
  }

  int integer(Node n, int min, int max) {
    return (int) integer(n, (long) min, (long) max);
  }

  LocalDate date(Node n) {
    String text = n.kind == Node.Kind.STRING ? n.text : "";
    try {
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new DateTimeParseException("", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(n, "must be an ISO 8601 date such as 2026-03-31");
    }
  }

  OrganizationId id(Node n) {
    String text = string(n);
    return model(n, () -> OrganizationId.of(text));
  }

  CountryCode country(Node n) {
    String text = string(n);
    if (!CountryCode.isValid(text) || !text.equals(text.toUpperCase(Locale.ROOT))) {
      throw error(n, "must be an ISO 3166-1 alpha-2 code such as NL or KE");
    }
    return CountryCode.of(text);
  }

  /**
   * Returns the word a constant is written as: {@code INTERNATIONAL_NGO} is {@code
   * international-ngo}.
   */
  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads a codelist value: its word, or (when {@code code} is given) its code, as a number or a
   * string.
   */
  <E extends Enum<E>> E constant(Node n, E[] values, Function<Integer, Optional<E>> code) {
    if (n.kind == Node.Kind.STRING) {
      for (E e : values) {
        if (word(e).equals(n.text)) {
          return e;
        }
      }
    }
    if (code != null
        && (n.kind == Node.Kind.NUMBER || n.kind == Node.Kind.STRING)
        && n.text.matches("[0-9]{1,3}")) {
      Optional<E> e = code.apply(Integer.parseInt(n.text));
      if (e.isPresent()) {
        return e.get();
      }
    }
    throw error(
        n,
        "must be one of "
            + Arrays.stream(values).map(In::word).collect(Collectors.joining(", "))
            + (code == null ? "" : ", or its code"));
  }
}
