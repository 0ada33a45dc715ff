package org.migov.iati;

/** Escapes text for XML 1.0 output: the one place the IATI module writes markup characters. */
final class XmlText {
  private XmlText() {}

  /**
   * Appends text escaped for element content, or for an attribute value in double quotes (where
   * tabs and line ends become character references, so that they survive a reader's
   * normalisation).
   *
   * @throws IllegalArgumentException for a char that XML 1.0 cannot carry, even escaped
   */
  static void escape(char[] text, int start, int length, boolean attribute, StringBuilder out) {
    for (int i = start, end = start + length; i < end; i++) {
      char c = text[i];
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException("a char XML 1.0 can carry, found U+" + String.format("%04X", (int) c));
          }
          out.append(c);
        }
      }
    }
  }

  /** The text escaped for element content or a double-quoted attribute value. */
  static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text.toCharArray(), 0, text.length(), attribute, out);
    return out.toString();
  }
}
