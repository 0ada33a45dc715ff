package org.migov.core.text;

import java.util.Optional;

/**
 * What migov means by a blank text and by surrounding white space, the same for every id and
 * text it checks, and which invisible characters an identifier may not hold.
 *
 * <p>A text is blank when it is empty or each of its code points is white space or default
 * ignorable. White space is Unicode's {@code White_Space} property (PropList.txt): besides the
 * ideographic space U+3000 and the other spaces, it holds the no-break spaces U+00A0, U+2007 and
 * U+202F and the next line U+0085, which {@link Character#isWhitespace(int)} and
 * {@link String#isBlank()} leave out (they count the controls U+001C to U+001F instead, which are
 * not white space). Default ignorable is Unicode's {@code Default_Ignorable_Code_Point} property
 * (DerivedCoreProperties.txt): characters shown as nothing, such as the zero-width space U+200B,
 * the soft hyphen U+00AD, U+FEFF, the Hangul fillers and the variation selectors. Both sets are
 * written out here from the Unicode Character Database, because {@link Character} has no
 * predicate for them.
 *
 * <p>The methods are pure functions of their argument and thread-safe.
 */
public final class BlankText {
  private BlankText() {}

  /**
   * Whether a text is blank: empty, or only white space and default ignorable code points.
   *
   * @param text the text
   * @return true when the text shows nothing
   */
  public static boolean isBlank(CharSequence text) {
    int i = 0;
    while (i < text.length()) {
      int c = Character.codePointAt(text, i);
      if (!isWhiteSpace(c) && !isDefaultIgnorable(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Whether a text begins or ends with white space, such as {@code " x"}, or {@code x} followed by
   * U+00A0.
   *
   * @param text the text
   * @return true when the first or the last code point is white space
   */
  public static boolean hasSurroundingWhiteSpace(CharSequence text) {
    int length = text.length();
    return length > 0
        && (isWhiteSpace(Character.codePointAt(text, 0))
            || isWhiteSpace(Character.codePointBefore(text, length)));
  }

  /**
   * Whether a code point has Unicode's {@code White_Space} property.
   *
   * @param codePoint the code point
   * @return true for a space, a line break or a tab of any kind
   */
  public static boolean isWhiteSpace(int codePoint) {
    int c = codePoint;
    return (c >= 0x0009 && c <= 0x000D) // tab, line feed, vertical tab, form feed, carriage return
        || c == 0x0020 // space
        || c == 0x0085 // next line
        || c == 0x00A0 // no-break space
        || c == 0x1680 // Ogham space mark
        || (c >= 0x2000 && c <= 0x200A) // en quad to hair space, among them figure space U+2007
        || c == 0x2028 // line separator
        || c == 0x2029 // paragraph separator
        || c == 0x202F // narrow no-break space
        || c == 0x205F // medium mathematical space
        || c == 0x3000; // ideographic space
  }

  /**
   * Whether a code point has Unicode's {@code Default_Ignorable_Code_Point} property.
   *
   * @param codePoint the code point
   * @return true for a character that is shown as nothing
   */
  public static boolean isDefaultIgnorable(int codePoint) {
    int c = codePoint;
    return c == 0x00AD // soft hyphen
        || c == 0x034F // combining grapheme joiner
        || c == 0x061C // Arabic letter mark
        || (c >= 0x115F && c <= 0x1160) // Hangul choseong and jungseong fillers
        || (c >= 0x17B4 && c <= 0x17B5) // Khmer inherent vowels
        || (c >= 0x180B && c <= 0x180F) // Mongolian free variation selectors, vowel separator
        || (c >= 0x200B && c <= 0x200F) // zero-width space, (non-)joiner, direction marks
        || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2060 && c <= 0x206F) // word joiner, invisible operators, bidi isolates and more
        || c == 0x3164 // Hangul filler
        || (c >= 0xFE00 && c <= 0xFE0F) // variation selectors 1 to 16
        || c == 0xFEFF // zero-width no-break space, the byte order mark
        || c == 0xFFA0 // halfwidth Hangul filler
        || (c >= 0xFFF0 && c <= 0xFFF8) // unassigned, reserved as ignorable
        || (c >= 0x1BCA0 && c <= 0x1BCA3) // shorthand format controls
        || (c >= 0x1D173 && c <= 0x1D17A) // musical symbol beam, tie, slur and phrase controls
        || (c >= 0xE0000 && c <= 0xE0FFF); // tags, variation selectors 17 to 256, reserved
  }

  /**
   * Names a code point that no identifier may hold, because it changes how the text around it
   * is shown or breaks a line: a format character (Unicode category Cf, such as the bidi override
   * U+202E, the zero-width space U+200B or U+FEFF), the line separator U+2028 or the paragraph
   * separator U+2029.
   *
   * @param codePoint the code point
   * @return its description with its code point, such as {@code format character U+202E}, in every
   *     language migov speaks; or empty for any other code point
   */
  public static Optional<Phrase> describeInvisible(int codePoint) {
    if (codePoint < 0x80) {
      return Optional.empty();
    }
    String hex = String.format("%04X", codePoint);
    switch (Character.getType(codePoint)) {
      case Character.FORMAT:
        return Optional.of(FORMAT_CHARACTER.with(hex));
      case Character.LINE_SEPARATOR:
        return Optional.of(LINE_SEPARATOR.with(hex));
      case Character.PARAGRAPH_SEPARATOR:
        return Optional.of(PARAGRAPH_SEPARATOR.with(hex));
      default:
        return Optional.empty();
    }
  }

  /** Why a text is refused for whitespace at its start or end. */
  public static final Phrase SURROUNDING_WHITESPACE = Phrase.of("surrounding whitespace",
      "spazi all'inizio o alla fine", "espaces au début ou à la fin", "espacios al principio o al final");

  private static final Phrase.Template FORMAT_CHARACTER = Phrase.template("format character U+{0}",
      "carattere di formato U+{0}", "caractère de format U+{0}", "carácter de formato U+{0}");

  private static final Phrase.Template LINE_SEPARATOR = Phrase.template("line separator U+{0}",
      "separatore di riga U+{0}", "séparateur de ligne U+{0}", "separador de línea U+{0}");

  private static final Phrase.Template PARAGRAPH_SEPARATOR = Phrase.template("paragraph separator U+{0}",
      "separatore di paragrafo U+{0}", "séparateur de paragraphe U+{0}", "separador de párrafo U+{0}");
}
