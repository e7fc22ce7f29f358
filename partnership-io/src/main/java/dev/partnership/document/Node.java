package dev.partnership.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One element of a parsed document, with its JSON pointer and where it starts. */
final class Node {
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  final Kind kind;
  final String text;
  final String pointer;
  final int line;
  final int column;
  final Map<String, Node> fields;
  final List<Node> items;

  Node(
      Kind kind,
      String text,
      String pointer,
      int line,
      int column,
      Map<String, Node> fields,
      List<Node> items) {
    this.kind = kind;
    this.text = text;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.fields = fields == null ? new LinkedHashMap<>() : fields;
    this.items = items == null ? List.of() : items;
  }

  /** Returns the pointer of a field or item below this node. */
  String child(String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** Returns how the node is shown in a message: where it is, and its value if it is a scalar. */
  String shown() {
    String where = pointer.isEmpty() ? "/" : pointer;
    return kind == Kind.OBJECT || kind == Kind.ARRAY || kind == Kind.NULL
        ? where
        : where + " (" + Texts.shortly(text) + ")";
  }

  String kindName() {
    switch (kind) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "a list";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "true or false";
      default:
        return "null";
    }
  }
}
