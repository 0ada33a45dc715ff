package org.migov.iati;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * IATI's public material beside the clone (read where it is, never copied), and the official
 * activity schema from it; tests that need it are skipped, with a message, where it is absent.
 */
final class IatiMaterial {
  private static final Path IATI = Path.of("..", "..", "shared", "data", "iati");
  private static final java.util.Map<String, Schema> SCHEMAS = new java.util.HashMap<>();

  private IatiMaterial() {}

  /** A file of the material; skips the test when it is absent. */
  static Path file(String path) {
    Path file = IATI.resolve(path);
    assumeTrue(Files.exists(file), "IATI material not found at " + file.toAbsolutePath() + ": test skipped");
    return file;
  }

  /** A 2.03 schema ({@code iati-activities-schema.xsd} or the organisations'), loaded once, with no access to the network. */
  static synchronized Schema schema(String name) {
    Schema schema = SCHEMAS.get(name);
    if (schema == null) {
      Path xsd = file("schemas/" + name);
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schema = factory.newSchema(xsd.toFile());
        SCHEMAS.put(name, schema);
      } catch (SAXException e) {
        throw new AssertionError("the schema does not load", e);
      }
    }
    return schema;
  }

  /** The schema's errors for an activity file, each with its line; empty when it is valid. */
  static List<String> schemaErrors(byte[] xml) {
    return schemaErrors(xml, "iati-activities-schema.xsd");
  }

  /** The errors of a schema for a file, each with its line; empty when it is valid. */
  static List<String> schemaErrors(byte[] xml, String schema) {
    List<String> errors = new ArrayList<>();
    Validator validator = schema(schema).newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }
    });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      errors.add(e.getMessage());
    }
    return errors;
  }
}
