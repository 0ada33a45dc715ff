package org.migov.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlankTextTest {

  @ParameterizedTest
  @ValueSource(ints = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2007, 0x200A,
      0x2028, 0x2029, 0x202F, 0x205F, 0x3000})
  void whiteSpaceIsUnicodesWhiteSpaceProperty(int codePoint) {
    assertTrue(BlankText.isWhiteSpace(codePoint), Integer.toHexString(codePoint));
    assertTrue(BlankText.isBlank(Character.toString(codePoint)), Integer.toHexString(codePoint));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x08, 0x0E, 0x1C, 0x1F, 0x21, 0x84, 0x86, 0x9F, 0xA1, 0x167F, 0x1681, 0x180E, 0x1FFF,
      0x200B, 0x2027, 0x202A, 0x202E, 0x2030, 0x205E, 0x2060, 0x2FFF, 0x3001, 0xFEFF, 'a', 0x10FFFF})
  void otherCodePointsAreNotWhiteSpace(int codePoint) {
    assertFalse(BlankText.isWhiteSpace(codePoint), Integer.toHexString(codePoint));
  }

  @ParameterizedTest
  @ValueSource(ints = {0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180E, 0x180F, 0x200B,
      0x200D, 0x200F, 0x202A, 0x202E, 0x2060, 0x2065, 0x206F, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0,
      0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE0001, 0xE007F, 0xE0100, 0xE01EF, 0xE0FFF})
  void defaultIgnorableIsUnicodesDefaultIgnorableCodePointProperty(int codePoint) {
    assertTrue(BlankText.isDefaultIgnorable(codePoint), Integer.toHexString(codePoint));
    assertTrue(BlankText.isBlank(Character.toString(codePoint)), Integer.toHexString(codePoint));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x20, 0xA0, 0xAC, 0xAE, 0x34E, 0x350, 0x61B, 0x61D, 0x115E, 0x1161, 0x17B3, 0x17B6,
      0x180A, 0x1810, 0x200A, 0x2010, 0x2029, 0x202F, 0x205F, 0x2070, 0x3163, 0x3165, 0xFDFF, 0xFE10, 0xFEFE,
      0xFF00, 0xFF9F, 0xFFA1, 0xFFEF, 0xFFF9, 0xFFFD, 0x1BC9F, 0x1BCA4, 0x1D172, 0x1D17B, 0xDFFFF, 0xE1000,
      0x0600, 0x06DD, 0x13430, 'a', 0x0645})
  void otherCodePointsAreNotDefaultIgnorable(int codePoint) {
    assertFalse(BlankText.isDefaultIgnorable(codePoint), Integer.toHexString(codePoint));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u00a0\u200b\u3000",
      "\u115f\u1160", "\ufe0f", "\udb40\udc01", "\u2028\u2029", "\u0085"})
  void textsOfOnlyWhiteSpaceOrDefaultIgnorablesAreBlank(String text) {
    assertTrue(BlankText.isBlank(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", " a ", "\u200ba", "\u00a0.", "مكتب", "\ud83c\udf0d", "\u0301", "\u00a0ñ\u3000"})
  void textsWithAVisibleCharacterAreNotBlank(String text) {
    assertFalse(BlankText.isBlank(text), text);
  }

  @Test
  void surroundingWhiteSpaceIsJudgedByTheWhiteSpaceProperty() {
    for (String space : new String[] {" ", "\t", "\u00a0", "\u2007", "\u202f", "\u3000", "\u0085", "\u2028"}) {
      assertTrue(BlankText.hasSurroundingWhiteSpace(space + "x"), space);
      assertTrue(BlankText.hasSurroundingWhiteSpace("x" + space), space);
      assertFalse(BlankText.hasSurroundingWhiteSpace("x" + space + "y"), space);
    }
    assertFalse(BlankText.hasSurroundingWhiteSpace(""));
    assertFalse(BlankText.hasSurroundingWhiteSpace("x"));
    assertFalse(BlankText.hasSurroundingWhiteSpace("\ud83c\udf0d"), "a surrogate pair at both ends");
    assertFalse(BlankText.hasSurroundingWhiteSpace("\u200bx"), "default ignorable, not white space");
  }
}
