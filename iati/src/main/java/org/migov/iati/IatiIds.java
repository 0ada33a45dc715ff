package org.migov.iati;

import java.nio.charset.StandardCharsets;

/**
 * migov ids made from IATI identifiers, reversibly: the characters a migov id may not hold
 * ({@code / & | ?}, white space, controls) and {@code %} itself are written as {@code %XX} (UTF-8
 * bytes in hex), everything else is kept. {@code XI-IATI-EC_INTPA-2021/429-054} becomes
 * {@code XI-IATI-EC_INTPA-2021%2F429-054}; the identifier itself is kept verbatim as an external
 * identifier too.
 */
public final class IatiIds {
  private IatiIds() {}

  /**
   * The migov id value for an IATI identifier.
   *
   * @param identifier the IATI identifier, verbatim
   * @return the id value, which {@link #identifier(String)} turns back into the identifier
   */
  public static String id(String identifier) {
    StringBuilder out = new StringBuilder(identifier.length() + 8);
    for (int i = 0; i < identifier.length(); ) {
      int c = identifier.codePointAt(i);
      boolean escape = c == '/' || c == '&' || c == '|' || c == '?' || c == '%' || Character.isWhitespace(c)
          || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
      if (escape) {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /**
   * The IATI identifier an id value was made from.
   *
   * @param id an id value made by {@link #id(String)}
   * @return the IATI identifier
   * @throws IllegalArgumentException if a {@code %} is not followed by two hex digits
   */
  public static String identifier(String id) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '%') {
        if (i + 2 >= id.length() || Character.digit(id.charAt(i + 1), 16) < 0 || Character.digit(id.charAt(i + 2), 16) < 0) {
          throw new IllegalArgumentException("not an id made from an IATI identifier: " + id);
        }
        bytes.write(Character.digit(id.charAt(i + 1), 16) * 16 + Character.digit(id.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < id.length()) {
          encoded = id.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
