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
  private static Schema activities;

  private IatiMaterial() {}

  /** A file of the material; skips the test when it is absent. */
  static Path file(String path) {
    Path file = IATI.resolve(path);
    assumeTrue(Files.exists(file), "IATI material not found at " + file.toAbsolutePath() + ": test skipped");
    return file;
  }

  /** The 2.03 activity schema, loaded once, with no access to the network. */
  static synchronized Schema activitySchema() {
    if (activities == null) {
      Path xsd = file("schemas/iati-activities-schema.xsd");
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        activities = factory.newSchema(xsd.toFile());
      } catch (SAXException e) {
        throw new AssertionError("the schema does not load", e);
      }
    }
    return activities;
  }

  /** The schema's errors for an activity file, each with its line; empty when it is valid. */
  static List<String> schemaErrors(byte[] xml) {
    List<String> errors = new ArrayList<>();
    Validator validator = activitySchema().newValidator();
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
