package org.migov.iati;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The namespace prefixes an element as the file wrote it uses without declaring them (an ancestor
 * outside it declares them): a scan of its tags that skips comments, CDATA sections, processing
 * instructions and attribute values.
 */
final class Prefixes {
  private Prefixes() {}

  /** The prefixes of element and attribute names that the element does not declare, {@code xml} aside. */
  static Set<String> undeclared(String element) {
    Set<String> used = new LinkedHashSet<>();
    Set<String> declared = new LinkedHashSet<>();
    int i = 0;
    while (i >= 0 && i < element.length() && (i = element.indexOf('<', i)) >= 0) {
      if (element.startsWith("<!--", i)) {
        i = after(element, "-->", i);
      } else if (element.startsWith("<![CDATA[", i)) {
        i = after(element, "]]>", i);
      } else if (element.startsWith("<?", i) || element.startsWith("<!", i)) {
        i = after(element, ">", i);
      } else if (element.startsWith("</", i)) {
        i += 2;
      } else {
        i = tag(element, i + 1, used, declared);
      }
    }
    used.removeAll(declared);
    used.remove("xml");
    used.remove("xmlns");
    return used;
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** Reads a start tag's names from after its {@code <}; the index after the tag. */
  private static int tag(String text, int from, Set<String> used, Set<String> declared) {
    int n = text.length();
    int i = from;
    while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
      i++;
    }
    prefix(text.substring(from, i), used);
    while (i < n) {
      char c = text.charAt(i);
      if (c == '>') {
        return i + 1;
      }
      if (Character.isWhitespace(c) || c == '/') {
        i++;
        continue;
      }
      int attributeStart = i;
      while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
        i++;
      }
      String attribute = text.substring(attributeStart, i);
      if (attribute.startsWith("xmlns:")) {
        declared.add(attribute.substring(6));
      } else {
        prefix(attribute, used);
      }
      while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\'' && text.charAt(i) != '>') {
        i++;
      }
      if (i < n && text.charAt(i) != '>') {
        int close = text.indexOf(text.charAt(i), i + 1);
        i = close < 0 ? n : close + 1;
      }
    }
    return n;
  }

  private static void prefix(String name, Set<String> used) {
    int colon = name.indexOf(':');
    if (colon > 0) {
      used.add(name.substring(0, colon));
    }
  }
}
