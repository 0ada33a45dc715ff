package org.migov.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migov.core.geography.Country;
import org.migov.core.geography.Place;

/** Lookup that knows scripts, and names given as plain strings. */
class ScriptAwareLookupTest {
  private static final MultilingualText CHINESE = MultilingualText.of(Map.of(
      "en", "International Organization for Migration", "zh-Hans", "国际移民组织", "zh-Hant", "國際移民組織"));
  private static final MultilingualText SERBIAN = MultilingualText.of(Map.of(
      "en", "Belgrade", "sr-Latn", "Beograd", "sr-Cyrl", "Београд"));

  @ParameterizedTest
  @CsvSource({
      "zh-TW, 國際移民組織", "zh-HK, 國際移民組織", "zh-MO, 國際移民組織", "zh-CN, 国际移民组织", "zh, 国际移民组织",
      "zh-SG, 国际移民组织", "zh-Hant, 國際移民組織", "zh-Hans-HK, 国际移民组织", "fr, International Organization for Migration"})
  void chineseFindsItsScript(String tag, String expected) {
    assertEquals(expected, CHINESE.get(Locale.forLanguageTag(tag)), tag);
  }

  @ParameterizedTest
  @CsvSource({"sr-RS, Београд", "sr, Београд", "sr-ME, Beograd", "sr-Latn-RS, Beograd", "sr-Cyrl-ME, Београд"})
  void serbianFindsItsScript(String tag, String expected) {
    assertEquals(expected, SERBIAN.get(Locale.forLanguageTag(tag)), tag);
  }

  @Test
  void aTagWithTheScriptAndTheRegionIsFoundFirst() {
    MultilingualText text = MultilingualText.of(Map.of("zh-Hant", "通用", "zh-Hant-HK", "香港", "zh-TW", "臺灣"));
    assertEquals("香港", text.get(Locale.forLanguageTag("zh-HK")));
    assertEquals("臺灣", text.get(Locale.forLanguageTag("zh-TW")), "the exact tag comes before the likely script");
    assertEquals("通用", text.get(Locale.forLanguageTag("zh-MO")));
    assertEquals(Optional.empty(), text.find(Locale.forLanguageTag("zh-CN")), "simplified is not traditional");
  }

  @Test
  void aPlainNameHasAnUndeterminedLanguageAndIsPreferredToAnArbitraryOne() {
    MultilingualText marrakech = MultilingualText.of("Marrakech").with("ar", "مراكش");
    assertEquals(java.util.Set.of("ar", MultilingualText.UNDETERMINED), marrakech.languages());
    assertEquals("Marrakech", marrakech.get(Locale.GERMAN), "und before the first in tag order");
    assertEquals("مراكش", marrakech.get(Locale.forLanguageTag("ar-MA")));
    Place place = Place.of(marrakech, Country.of("MA"));
    assertEquals(Optional.of("مراكش"), place.locality(Locale.forLanguageTag("ar")));
    assertEquals("Marrakech, MA", place.toString());
    assertEquals(Place.of("Cairo", Country.of("EG")), Place.of(MultilingualText.of("Cairo"), Country.of("EG")));
  }
}
