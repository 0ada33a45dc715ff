package org.migov.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migov.core.InvalidValueException;

class MultilingualTextTest {
  private final MultilingualText iom =
      MultilingualText.of(
          Map.of(
              "en", "International Organization for Migration",
              "fr", "Organisation internationale pour les migrations",
              "es", "Organización Internacional para las Migraciones"));

  @Test
  void lookupFollowsTheFallbackChain() {
    assertEquals("Organisation internationale pour les migrations", iom.get(Locale.FRENCH));
    assertEquals("Organisation internationale pour les migrations", iom.get(Locale.CANADA_FRENCH));
    assertEquals("International Organization for Migration", iom.get(Locale.ITALIAN));
    assertEquals(Optional.empty(), iom.find(Locale.ITALIAN));
  }

  @Test
  void withoutEnglishTheFirstLanguageInTagOrderIsTheLastResort() {
    MultilingualText text = MultilingualText.of("it", "Fondo Migrazioni", "fr", "Fonds migrations");
    assertEquals("Fonds migrations", text.get(Locale.GERMAN));
    assertEquals(List.of("fr", "it"), List.copyOf(text.languages()));
  }

  @Test
  void moreSpecificTagsWinOverTheLanguage() {
    MultilingualText text = MultilingualText.of("pt", "migração", "pt-BR", "migração (BR)");
    assertEquals("migração (BR)", text.get(Locale.forLanguageTag("pt-BR")));
    assertEquals("migração", text.get(Locale.forLanguageTag("pt-PT")));
  }

  @Test
  void tagsAreCanonicalisedSoEqualTextsAreEqual() {
    MultilingualText a = MultilingualText.of("EN-gb", "colour");
    MultilingualText b = MultilingualText.of("en-GB", "colour");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Optional.of("colour"), a.find("en-gb"));
    assertNotEquals(a, MultilingualText.of("en-GB", "color"));
  }

  @Test
  void insertionOrderDoesNotMatter() {
    Map<String, String> first = new LinkedHashMap<>();
    first.put("it", "OIM");
    first.put("en", "IOM");
    Map<String, String> second = new LinkedHashMap<>();
    second.put("en", "IOM");
    second.put("it", "OIM");
    assertEquals(MultilingualText.of(first), MultilingualText.of(second));
    assertEquals(MultilingualText.of(first).toString(), MultilingualText.of(second).toString());
  }

  @Test
  void emptyBlankOrMalformedTextsAreRefused() {
    assertThrows(InvalidValueException.class, () -> MultilingualText.of(Map.of()));
    assertThrows(InvalidValueException.class, () -> MultilingualText.of("en", " "));
    assertThrows(InvalidValueException.class, () -> MultilingualText.of("en", null));
    InvalidValueException badTag =
        assertThrows(InvalidValueException.class, () -> MultilingualText.of("english!", "x"));
    assertTrue(badTag.getMessage().contains("BCP 47"), badTag.getMessage());
    assertEquals("english!", badTag.found());
    assertThrows(InvalidValueException.class, () -> MultilingualText.of("", "x"));
  }

  @Test
  void textsThatShowNothingAreBlank() {
    for (String blank : new String[] {"\u00a0", "\u200b", "\u3000", "\ufeff", "\u00a0\u200b\u2007"}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> MultilingualText.of("en", blank));
      assertEquals(blank, e.found());
      assertThrows(InvalidValueException.class, () -> iom.with("ar", blank));
      assertThrows(InvalidValueException.class, () -> MultilingualText.of(Map.of("it", "OIM", "en", blank)));
    }
    assertEquals("\u200fمكتب", MultilingualText.of("ar", "\u200fمكتب").get(Locale.ROOT), "only blankness is checked");
  }

  @Test
  void aLanguageMayAppearOnlyOnce() {
    assertThrows(InvalidValueException.class, () -> MultilingualText.of("en", "a", "EN", "b"));
  }

  @Test
  void theMapCannotBeModified() {
    assertThrows(UnsupportedOperationException.class, () -> iom.asMap().put("it", "x"));
    assertThrows(UnsupportedOperationException.class, () -> iom.languages().clear());
  }

  @Test
  void keepsUnicodeAsGiven() {
    String arabic = "المنظمة الدولية للهجرة";
    MultilingualText text = MultilingualText.of("ar", arabic).with("en", "IOM \uD83C\uDF0D");
    assertEquals(arabic, text.get(Locale.forLanguageTag("ar")));
    assertEquals("IOM \uD83C\uDF0D", text.get(Locale.ENGLISH));
  }
}
