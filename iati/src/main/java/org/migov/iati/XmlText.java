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
    int run = start;
    for (int i = start, end = start + length; i < end; i++) {
      char c = text[i];
      if (c >= 0x3F || c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"') {
        if (c < 0xFFFE) {
          continue;
        }
      }
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> attribute ? "&quot;" : null;
        case '\r' -> "&#13;";
        case '\t' -> attribute ? "&#9;" : null;
        case '\n' -> attribute ? "&#10;" : null;
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException("a char XML 1.0 can carry, found U+" + String.format("%04X", (int) c));
          }
          yield null;
        }
      };
      if (replacement != null) {
        out.append(text, run, i - run).append(replacement);
        run = i + 1;
      }
    }
    out.append(text, run, start + length - run);
  }

  /** Appends a text escaped for element content or a double-quoted attribute value. */
  static void escape(String text, boolean attribute, StringBuilder out) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x3F && (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"') || c >= 0xFFFE) {
        escape(text.toCharArray(), 0, length, attribute, out);
        return;
      }
    }
    out.append(text);
  }

  /** The text escaped for element content or a double-quoted attribute value. */
  static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text.toCharArray(), 0, text.length(), attribute, out);
    return out.toString();
  }
}
