package org.migov.iati;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;
import org.migov.core.text.Phrase;

/**
 * Validates a file against the official XSD in the reader's own pass: each StAX event the reader
 * reads is handed to a {@link ValidatorHandler} as the SAX event it stands for, with the parser's
 * position as the locator. The schema's errors are collected, never thrown, so that validation
 * goes on, and the reader pins each to the activity open when it was found. Confined to the
 * reading thread.
 */
final class SchemaCheck {
  private final XMLStreamReader xml;
  private final ValidatorHandler handler;
  private final List<String[]> errors = new ArrayList<>();
  private final AttributesImpl attributes = new AttributesImpl();

  SchemaCheck(XMLStreamReader xml, Schema schema) {
    this.xml = xml;
    this.handler = schema.newValidatorHandler();
    handler.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(new String[] {String.valueOf(e.getMessage()), Integer.toString(e.getLineNumber()), Integer.toString(e.getColumnNumber())});
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    });
    handler.setDocumentLocator(new Locator() {
      @Override
      public String getPublicId() {
        return null;
      }

      @Override
      public String getSystemId() {
        return null;
      }

      @Override
      public int getLineNumber() {
        Location location = xml.getLocation();
        return location == null ? -1 : location.getLineNumber();
      }

      @Override
      public int getColumnNumber() {
        Location location = xml.getLocation();
        return location == null ? -1 : location.getColumnNumber();
      }
    });
    try {
      handler.startDocument();
    } catch (SAXException e) {
      throw new IatiException(IatiException.EXPECTED_FOUND.with(Phrase.of("a schema that validates", "uno schema che convalida",
          "un schéma qui valide", "un esquema que valida"), XmlReason.of(e.getMessage())), -1, -1, e);
    }
  }

  /** Hands the event the parser is on to the validator. */
  void event(int event) {
    try {
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> {
          handler.endElement(uri(xml.getNamespaceURI()), xml.getLocalName(), qualified(xml.getPrefix(), xml.getLocalName()));
          for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
            handler.endPrefixMapping(prefix(xml.getNamespacePrefix(i)));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.END_DOCUMENT -> handler.endDocument();
        default -> { }
      }
    } catch (SAXException e) {
      errors.add(new String[] {String.valueOf(e.getMessage()), "-1", "-1"});
    }
  }

  /** The errors found since the last call, each as message, line and column. */
  List<String[]> drain() {
    List<String[]> found = List.copyOf(errors);
    errors.clear();
    return found;
  }

  private void start() throws SAXException {
    for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
      handler.startPrefixMapping(prefix(xml.getNamespacePrefix(i)), uri(xml.getNamespaceURI(i)));
    }
    attributes.clear();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String prefix = xml.getAttributePrefix(i);
      attributes.addAttribute(uri(xml.getAttributeNamespace(i)), xml.getAttributeLocalName(i),
          qualified(prefix, xml.getAttributeLocalName(i)), "CDATA", xml.getAttributeValue(i));
    }
    handler.startElement(uri(xml.getNamespaceURI()), xml.getLocalName(), qualified(xml.getPrefix(), xml.getLocalName()), attributes);
  }

  private static String uri(String uri) {
    return uri == null ? XMLConstants.NULL_NS_URI : uri;
  }

  private static String prefix(String prefix) {
    return prefix == null ? XMLConstants.DEFAULT_NS_PREFIX : prefix;
  }

  private static String qualified(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }
}
