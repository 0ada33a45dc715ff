package org.migov.iati;

import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;
import org.migov.core.text.Phrase;

/**
 * Keeps the children of a record as the file wrote them: each sliced from the file's own text
 * ({@link RawText}), from its start tag's {@code <} to its end tag's {@code >}, comments and
 * CDATA sections included, with the namespace prefixes it uses from outside declared on it.
 * Confined to the reading thread.
 */
final class Capture {
  private final XMLStreamReader xml;
  private final int limit;
  private final RawText raw;
  private int activityChars;
  private long start;

  /**
   * A copier.
   *
   * @param limit the most chars kept of one record
   * @param raw the file's text
   */
  Capture(XMLStreamReader xml, int limit, RawText raw) {
    this.xml = xml;
    this.limit = limit;
    this.raw = raw;
  }

  /** Finds the record the parser is on in the file's text (its start tag). */
  void record() {
    if (!raw.record(xml.getLocalName())) {
      throw lost();
    }
  }

  private IatiException lost() {
    return new IatiException(IatiException.EXPECTED.with(Phrase.of(
        "the file's text to hold the element the parser is on (read with retainingUnmapped(false))",
        "che il testo del file contenga l'elemento su cui è il parser (leggilo con retainingUnmapped(false))",
        "que le texte du fichier contienne l'élément où est l'analyseur (lisez-le avec retainingUnmapped(false))",
        "que el texto del archivo contenga el elemento en el que está el analizador (léalo con retainingUnmapped(false))")),
        xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), null);
  }

  /** Starts keeping the child the parser is on. */
  void begin() {
    raw.prefixedSinceLastAsked();
    start = raw.childStart();
    if (start < 0) {
      throw lost();
    }
  }

  /** The child kept, now that the parser is on its end. */
  String end() {
    return sliced();
  }

  /** Forgets the child the parser is on the end of (a placeholder). */
  void discard() {
    if (raw.childEnd() < 0) {
      throw lost();
    }
  }

  /** The element as the file wrote it, with the prefixes it uses from outside declared on it. */
  private String sliced() {
    long end = raw.childEnd();
    if (end < 0) {
      throw lost();
    }
    boolean prefixed = raw.prefixedSinceLastAsked();
    String element = raw.slice(start, end, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
    activityChars += element.length();
    if (activityChars > limit) {
      throw new IatiException(IatiException.EXPECTED.with(Phrase.template(
          "an activity of at most {0} chars (read it with retainingUnmapped(false))",
          "un'attività di al più {0} caratteri (leggila con retainingUnmapped(false))",
          "une activité d'au plus {0} caractères (lisez-la avec retainingUnmapped(false))",
          "una actividad de {0} caracteres como máximo (léala con retainingUnmapped(false))").with(limit)),
          xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), null);
    }
    if (!prefixed) {
      return element;
    }
    int nameEnd = 1;
    while (nameEnd < element.length() && !Character.isWhitespace(element.charAt(nameEnd)) && element.charAt(nameEnd) != '>'
        && element.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    StringBuilder declarations = new StringBuilder();
    for (String prefix : Prefixes.undeclared(element)) {
      String uri = xml.getNamespaceContext().getNamespaceURI(prefix);
      declarations.append(" xmlns:").append(prefix).append("=\"");
      XmlText.escape(uri == null ? "" : uri, true, declarations);
      declarations.append('"');
    }
    return declarations.length() == 0 ? element : element.substring(0, nameEnd) + declarations + element.substring(nameEnd);
  }

  /** The attributes of the element the parser is on, namespaces included, as a start tag writes them. */
  static String attributes(XMLStreamReader xml, int limit) {
    StringBuilder out = new StringBuilder();
    appendAttributes(xml, limit, out);
    Set<String> declared = new HashSet<>();
    for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
      declared.add(xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i));
    }
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String prefix = xml.getAttributePrefix(i);
      if (prefix != null && !prefix.isEmpty() && !prefix.equals(XMLConstants.XML_NS_PREFIX) && declared.add(prefix)) {
        out.append(" xmlns:").append(prefix).append("=\"");
        XmlText.escape(String.valueOf(xml.getAttributeNamespace(i)), true, out);
        out.append('"');
      }
    }
    return out.toString();
  }

  /** Appends the attributes of the element the parser is on, refusing a value longer than the limit. */
  private static void appendAttributes(XMLStreamReader xml, int limit, StringBuilder out) {
    for (int i = 0, n = xml.getNamespaceCount(); i < n; i++) {
      String prefix = xml.getNamespacePrefix(i);
      out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
      String uri = xml.getNamespaceURI(i);
      XmlText.escape(uri == null ? "" : uri, true, out);
      out.append('"');
    }
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String namespace = xml.getAttributeNamespace(i);
      String prefix = namespace == null || namespace.isEmpty() ? null : xml.getAttributePrefix(i);
      out.append(' ');
      if (prefix != null && !prefix.isEmpty()) {
        out.append(prefix).append(':');
      }
      out.append(xml.getAttributeLocalName(i)).append("=\"");
      String value = xml.getAttributeValue(i);
      if (value.length() > limit) {
        throw new IatiException(IatiException.EXPECTED.with(Phrase.template("attribute values of at most {0} chars",
            "valori di attributo di al più {0} caratteri", "des valeurs d'attribut d'au plus {0} caractères",
            "valores de atributo de {0} caracteres como máximo").with(limit)), xml.getLocation().getLineNumber(),
            xml.getLocation().getColumnNumber(), null);
      }
      XmlText.escape(value, true, out);
      out.append('"');
    }
  }
}
