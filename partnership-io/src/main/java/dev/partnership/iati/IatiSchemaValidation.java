package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Optional validation of an activities file against the IATI 2.03 schema, loaded from a folder the
 * caller names (for example {@code ../shared/data/iati/schema/2.03}); nothing is fetched from the
 * network: external DTDs are refused and schemas may only come from files.
 *
 * <pre>{@code
 * IatiSchemaValidation.validate(Path.of("dportal_30.xml"), Path.of("schema/2.03"))   // [] when valid
 * }</pre>
 */
public final class IatiSchemaValidation {
  private IatiSchemaValidation() {}

  /**
   * Returns the schema errors of {@code file}, each as {@code "file:line:column: message"}, at most
   * {@code 1000}; empty when the file is valid.
   *
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if the schema folder has no {@code iati-activities-schema.xsd}
   */
  public static ImmutableList<String> validate(Path file, Path schemaFolder) {
    checkNotNull(file, "file");
    checkNotNull(schemaFolder, "schemaFolder");
    Path xsd = schemaFolder.resolve("iati-activities-schema.xsd");
    if (!Files.isRegularFile(xsd)) {
      throw new IllegalArgumentException(
          "schema folder (" + schemaFolder + ") must hold iati-activities-schema.xsd");
    }
    ImmutableList.Builder<String> errors = ImmutableList.builder();
    int[] count = {0};
    try {
      SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      Schema schema = sf.newSchema(xsd.toFile());
      Validator v = schema.newValidator();
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      v.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              if (count[0]++ < 1000) {
                errors.add(
                    file.getFileName()
                        + ":"
                        + e.getLineNumber()
                        + ":"
                        + e.getColumnNumber()
                        + ": "
                        + e.getMessage());
              }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              error(e);
              throw e;
            }
          });
      v.validate(new StreamSource(file.toFile()));
    } catch (SAXParseException fatal) {
      // recorded by the handler
    } catch (SAXException e) {
      throw new IllegalArgumentException(
          "schema (" + xsd + ") could not be loaded: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("file (" + file + ") could not be read: " + e.getMessage(), e);
    }
    return errors.build();
  }
}
