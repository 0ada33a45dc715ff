package org.migov.iati;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Copies one element of an activity into self-contained XML: the namespaces it uses from outside
 * are declared on it. With the file's text ({@link RawText}), the element is sliced as the file
 * wrote it; without, it is written again from the parser's events (comments and processing
 * instructions left out, empty elements with an end tag, attribute whitespace as character
 * references). Confined to the reading thread.
 */
final class Capture {
  private final XMLStreamReader xml;
  private final int limit;
  private final StringBuilder out = new StringBuilder(256);
  private final Deque<Set<String>> declared = new ArrayDeque<>();
  private final Deque<String> names = new ArrayDeque<>();
  private final Map<String, String> outer = new LinkedHashMap<>();
  private final RawText raw;
  private int activityChars;
  private int rootNameEnd;
  private boolean active;
  private long start;

  /**
   * A copier.
   *
   * @param limit the most chars copied for one activity
   * @param raw the file's text, to slice elements from as the file wrote them; null to write them
   *     again from the parser's events
   */
  Capture(XMLStreamReader xml, int limit, RawText raw) {
    this.xml = xml;
    this.limit = limit;
    this.raw = raw;
  }

  /** Finds the record the parser is on in the file's text (its start tag), when slicing. */
  void record() {
    if (raw != null && !raw.record(xml.getLocalName())) {
      throw lost();
    }
  }

  private IatiException lost() {
    return new IatiException("expected the file's text to hold the element the parser is on (read with retainingUnmapped(false))",
        xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), null);
  }

  /** Starts copying the element the parser is on. */
  void begin() throws XMLStreamException {
    if (raw != null) {
      raw.prefixedSinceLastAsked();
      start = raw.childStart();
      if (start < 0) {
        throw lost();
      }
      active = true;
      return;
    }
    out.setLength(0);
    declared.clear();
    names.clear();
    outer.clear();
    active = true;
    start();
  }

  /** Copies the event the parser is on, while copying. */
  void event(int event) throws XMLStreamException {
    if (!active || raw != null) {
      return;
    }
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> start();
      case XMLStreamConstants.END_ELEMENT -> {
        out.append("</").append(names.pop()).append('>');
        declared.pop();
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          XmlText.escape(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength(), false, out);
      default -> { }
    }
    if (out.length() + activityChars > limit) {
      throw new XMLStreamException("an activity longer than " + limit + " chars (read it with retainUnmapped(false))", xml.getLocation());
    }
  }

  /** Stops copying; the element copied, with the outer namespaces it uses declared on it. */
  String end() {
    active = false;
    if (raw != null) {
      return sliced();
    }
    StringBuilder declarations = new StringBuilder();
    outer.forEach((prefix, uri) -> {
      declarations.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
      XmlText.escape(uri, true, declarations);
      declarations.append('"');
    });
    out.insert(rootNameEnd, declarations);
    activityChars += out.length();
    return out.toString();
  }

  /** Stops copying and forgets the element. */
  void discard() {
    active = false;
    if (raw != null && raw.childEnd() < 0) {
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
    String element = raw.slice(start, end);
    activityChars += element.length();
    if (activityChars > limit) {
      throw new IatiException("expected an activity of at most " + limit + " chars (read it with retainingUnmapped(false))",
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
    appendAttributes(xml, limit, out, null);
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

  /**
   * Appends the attributes of the element the parser is on, refusing a value longer than the
   * limit, and tells a copier (when given) the prefixes they use.
   */
  private static void appendAttributes(XMLStreamReader xml, int limit, StringBuilder out, Capture copier) {
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
        if (copier != null) {
          copier.use(prefix, namespace);
        }
      }
      out.append(xml.getAttributeLocalName(i)).append("=\"");
      String value = xml.getAttributeValue(i);
      if (value.length() > limit) {
        throw new IatiException("expected attribute values of at most " + limit + " chars", xml.getLocation().getLineNumber(),
            xml.getLocation().getColumnNumber(), null);
      }
      XmlText.escape(value, true, out);
      out.append('"');
    }
  }

  private void start() {
    int namespaces = xml.getNamespaceCount();
    Set<String> here = namespaces == 0 ? Set.of() : new HashSet<>();
    for (int i = 0; i < namespaces; i++) {
      String prefix = xml.getNamespacePrefix(i);
      here.add(prefix == null ? "" : prefix);
    }
    declared.push(here);
    String uri = xml.getNamespaceURI();
    boolean namespaced = uri != null && !uri.isEmpty();
    String prefix = namespaced ? xml.getPrefix() : null;
    String name = namespaced ? name(prefix, xml.getLocalName()) : xml.getLocalName();
    names.push(name);
    out.append('<').append(name);
    if (declared.size() == 1) {
      rootNameEnd = out.length();
    }
    if (namespaced) {
      use(prefix, uri);
    }
    appendAttributes(xml, IatiReader.MAX_TEXT, out, this);
    out.append('>');
  }

  /** Notes a prefix the copy uses that no element of the copy declares. */
  private void use(String prefix, String uri) {
    String p = prefix == null ? "" : prefix;
    if (p.equals(XMLConstants.XML_NS_PREFIX) || (p.isEmpty() && (uri == null || uri.isEmpty()))) {
      return;
    }
    for (Set<String> level : declared) {
      if (level.contains(p)) {
        return;
      }
    }
    outer.putIfAbsent(p, uri == null ? "" : uri);
  }

  private static String name(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }
}
