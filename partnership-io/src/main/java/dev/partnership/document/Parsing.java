package dev.partnership.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML or JSON into a tree of {@link Node}s that keep their line, column and pointer, under
 * limits that refuse hostile input before it costs much: nesting, number and string length,
 * document size, YAML anchors, aliases and tags.
 */
final class Parsing {
  private Parsing() {}

  /** The deepest nesting of objects and lists a document may have. */
  static final int MAX_DEPTH = 32;

  /** The longest number, in characters. */
  static final int MAX_NUMBER_LENGTH = 40;

  /** The longest string, in characters. */
  static final int MAX_STRING_LENGTH = 10_000;

  /** The largest document, in characters. */
  static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxNameLength(MAX_STRING_LENGTH)
          .build();

  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(LIMITS).build();

  private static final YAMLFactory YAML = yamlFactory();

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // the tree builder refuses them with a pointer
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setCodePointLimit(MAX_DOCUMENT_LENGTH);
    options.setProcessComments(false);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(LIMITS).build();
  }

  static Node parse(Reader in, String source, Format format) {
    JsonParser parser;
    try {
      parser = format == Format.YAML ? YAML.createParser(in) : JSON.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    try (JsonParser p = parser) {
      JsonToken first = next(p, source);
      if (first == null) {
        throw new DocumentException(source, 1, 1, "", "/ the document is empty");
      }
      Node root = node(p, source, "", 0);
      if (next(p, source) != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new DocumentException(
            source,
            Math.max(1, at.getLineNr()),
            Math.max(1, at.getColumnNr()),
            "",
            "/ must be one document; more follows");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntax(source, e, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof DocumentException) {
        throw e;
      }
      // SnakeYAML reports some limits (code points, aliases) as its own unchecked exceptions
      throw new DocumentException(source, 1, 1, "", "/ " + limitMessage(e.getMessage()));
    }
  }

  private static JsonToken next(JsonParser p, String source) throws IOException {
    return p.nextToken();
  }

  /** Refuses YAML aliases, anchors and tags on the value at {@code pointer}. */
  private static void refuseYamlExtras(JsonParser p, String source, String pointer)
      throws IOException {
    if (!(p instanceof YAMLParser)) {
      return;
    }
    YAMLParser y = (YAMLParser) p;
    JsonLocation at = p.currentTokenLocation();
    if (y.isCurrentAlias()) {
      throw yamlRefusal(source, at, pointer, "YAML aliases (*" + Texts.shortly(y.getText()) + ")");
    }
    String anchor = y.getObjectId();
    if (anchor != null) {
      throw yamlRefusal(source, at, pointer, "YAML anchors (&" + Texts.shortly(anchor) + ")");
    }
    String tag = y.getTypeId();
    if (tag != null) {
      throw yamlRefusal(source, at, pointer, "YAML tags (" + Texts.shortly(tag) + ")");
    }
  }

  private static DocumentException yamlRefusal(
      String source, JsonLocation at, String pointer, String what) {
    return new DocumentException(
        source,
        Math.max(1, at.getLineNr()),
        Math.max(1, at.getColumnNr()),
        pointer,
        (pointer.isEmpty() ? "/" : pointer) + " uses " + what + ", which are not allowed");
  }

  private static Node node(JsonParser p, String source, String pointer, int depth)
      throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = Math.max(1, at.getLineNr());
    int column = Math.max(1, at.getColumnNr());
    JsonToken t = p.currentToken();
    refuseYamlExtras(p, source, pointer);
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
      throw new DocumentException(
          source,
          line,
          column,
          pointer,
          (pointer.isEmpty() ? "/" : pointer)
              + " is nested too deep (more than "
              + MAX_DEPTH
              + " levels)");
    }
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Node> fields = new LinkedHashMap<>();
          Node object = new Node(Node.Kind.OBJECT, "", pointer, line, column, fields, null);
          while (next(p, source) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            if (name.length() > MAX_STRING_LENGTH) {
              throw new DocumentException(
                  source,
                  Math.max(1, keyAt.getLineNr()),
                  Math.max(1, keyAt.getColumnNr()),
                  pointer,
                  (pointer.isEmpty() ? "/" : pointer)
                      + " has a field name longer than "
                      + MAX_STRING_LENGTH
                      + " characters");
            }
            String child = object.child(name);
            if (fields.containsKey(name)) {
              throw new DocumentException(
                  source,
                  Math.max(1, keyAt.getLineNr()),
                  Math.max(1, keyAt.getColumnNr()),
                  child,
                  child + " is given twice");
            }
            next(p, source);
            fields.put(name, node(p, source, child, depth + 1));
          }
          return object;
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          Node array = new Node(Node.Kind.ARRAY, "", pointer, line, column, null, items);
          while (next(p, source) != JsonToken.END_ARRAY) {
            items.add(node(p, source, array.child(Integer.toString(items.size())), depth + 1));
          }
          return array;
        }
      case VALUE_STRING:
        {
          // JSON's parser enforces this limit itself; the YAML parser does not
          String text = p.getText();
          if (text.length() > MAX_STRING_LENGTH) {
            throw new DocumentException(
                source,
                line,
                column,
                pointer,
                (pointer.isEmpty() ? "/" : pointer)
                    + " is a string longer than "
                    + MAX_STRING_LENGTH
                    + " characters");
          }
          return new Node(Node.Kind.STRING, text, pointer, line, column, null, null);
        }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node(Node.Kind.NUMBER, p.getText(), pointer, line, column, null, null);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node(Node.Kind.BOOLEAN, p.getText(), pointer, line, column, null, null);
      case VALUE_NULL:
        return new Node(Node.Kind.NULL, "null", pointer, line, column, null, null);
      default:
        throw new DocumentException(
            source, line, column, pointer, pointer + " holds an unexpected " + t);
    }
  }

  private static DocumentException syntax(String source, JsonProcessingException e, JsonParser p) {
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      // a limit the parser checks reports no location of its own: where the token started
      at = p.currentTokenLocation();
    }
    String what =
        e instanceof StreamConstraintsException
            ? limitMessage(e.getOriginalMessage())
            : "is not well-formed: " + firstLine(e.getOriginalMessage());
    if (what.startsWith("is larger than")) {
      at = null; // where reading stopped depends on buffering; the whole document is too large
    }
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    return new DocumentException(source, line, column, "", "/ " + what);
  }

  private static String limitMessage(String message) {
    String m = message == null ? "" : message;
    if (m.contains("Number value length") || m.contains("Number length")) {
      return "has a number longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("String value length") || m.contains("Name length")) {
      return "has a string longer than " + MAX_STRING_LENGTH + " characters";
    }
    if (m.contains("nesting depth") || m.contains("Nesting Depth")) {
      return "is nested deeper than " + MAX_DEPTH + " levels";
    }
    if (m.contains("Document length")
        || m.contains("code points")
        || m.contains("codepoint")
        || m.contains("exceeds the limit")) {
      return "is larger than " + MAX_DOCUMENT_LENGTH + " characters";
    }
    if (m.contains("aliases")) {
      return "uses YAML aliases, which are not allowed in a document";
    }
    return "is not well-formed: " + firstLine(m);
  }

  private static String firstLine(String m) {
    String s = m == null ? "" : m;
    int nl = s.indexOf('\n');
    s = (nl < 0 ? s : s.substring(0, nl)).replaceAll("\\p{Cntrl}", "?");
    return s.length() <= 120 ? s : s.substring(0, 120) + "...";
  }
}
