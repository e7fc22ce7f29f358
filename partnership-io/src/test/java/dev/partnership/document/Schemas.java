package dev.partnership.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** The published JSON Schema, loaded once, and a check that a document follows it. */
final class Schemas {
  private Schemas() {}

  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in =
        PartnershipDocuments.class.getResourceAsStream(PartnershipDocuments.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema's complaints about a document, empty when it is valid. */
  static String complaints(String text, Format format) {
    try {
      JsonNode tree =
          format == Format.JSON
              ? new ObjectMapper().readTree(text)
              : new YAMLMapper().readTree(text);
      Set<ValidationMessage> errors = SCHEMA.validate(tree);
      return errors.stream()
          .map(ValidationMessage::getMessage)
          .sorted()
          .collect(Collectors.joining("; "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
