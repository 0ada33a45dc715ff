package org.migov.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migov.core.text.MultilingualText;

/** The fallback chain of {@link MultilingualText#get(Locale)} and {@link MultilingualText#find(Locale)}. */
class MultilingualFallbackTest {

  /** Tags to ask with: stored ones, regional variants, scripts, unknown languages, the root. */
  private static final List<String> REQUESTED =
      List.of(
          "en", "en-GB", "en-US", "fr", "fr-CA", "fr-BE", "es", "es-419", "it", "it-CH", "de", "de-AT",
          "pt", "pt-BR", "pt-PT", "zh", "zh-Hant-TW", "zh-Hans", "sr-Latn-RS", "ar", "ar-EG", "he",
          "sw", "ru", "xx", "und", "nl-NL", "de-AT-u-ca-buddhist");

  /** Tags to store: the testkit's plus finer ones. */
  private static final List<String> STORED =
      List.of("en", "en-GB", "fr", "fr-CA", "es", "it", "de-AT", "pt-BR", "zh-Hant", "zh-Hant-TW", "sr-Latn", "ar", "he");

  static Gen<Locale> locales() {
    return Gens.elements(REQUESTED).map(Locale::forLanguageTag);
  }

  /** The testkit's texts, and texts over a richer set of tags. */
  static Gen<MultilingualText> texts() {
    Gen<MultilingualText> richer =
        Gens.sets(Gens.elements(STORED), 1, 5)
            .flatMap(
                tags ->
                    choices -> {
                      MultilingualText text = null;
                      for (String tag : tags) {
                        String value = ValueGens.texts().generate(choices);
                        text = text == null ? MultilingualText.of(tag, value) : text.with(tag, value);
                      }
                      return text;
                    });
    return Gens.oneOf(ValueGens.multilingualTexts(), richer);
  }

  /** The documented chain, written independently: full tag, shorter tags, English, first. */
  private static Optional<String> modelFind(MultilingualText text, Locale locale) {
    String tag = locale.toLanguageTag();
    String[] subtags = tag.split("-");
    for (int n = subtags.length; n >= 1; n--) {
      String prefix = String.join("-", java.util.Arrays.copyOf(subtags, n));
      if (text.asMap().containsKey(prefix)) {
        return Optional.of(text.asMap().get(prefix));
      }
    }
    return Optional.empty();
  }

  @Test
  void getAlwaysReturnsOneOfTheTexts() {
    Property.forAll(texts(), locales())
        .withTries(500)
        .check(
            (text, locale) -> {
              String got = text.get(locale);
              assertNotNull(got);
              assertTrue(text.asMap().containsValue(got), got + " is one of " + text.asMap());
            });
  }

  @Test
  void findFollowsTheFirstTwoStepsAndGetTheWholeChain() {
    Property.forAll(texts(), locales())
        .withTries(500)
        .check(
            (text, locale) -> {
              Optional<String> found = text.find(locale);
              assertEquals(modelFind(text, locale), found, text + " for " + locale.toLanguageTag());
              String got = text.get(locale);
              if (found.isPresent()) {
                assertEquals(found.get(), got);
              } else if (text.asMap().containsKey("en")) {
                assertEquals(text.asMap().get("en"), got, "falls back to English");
              } else {
                assertEquals(text.asMap().values().iterator().next(), got, "falls back to the first language");
                assertEquals(text.asMap().get(text.languages().iterator().next()), got);
              }
            });
  }

  @Test
  void aStoredLanguageIsFoundForItselfAndItsSubtags() {
    Property.forAll(texts())
        .withTries(300)
        .check(
            text -> {
              for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
                Locale locale = Locale.forLanguageTag(entry.getKey());
                assertEquals(entry.getValue(), text.get(locale), "exact tag " + entry.getKey());
                assertEquals(Optional.of(entry.getValue()), text.find(entry.getKey()));
                Locale finer = Locale.forLanguageTag(entry.getKey() + "-x-test");
                assertEquals(Optional.of(entry.getValue()), text.find(finer), "a finer locale finds " + entry.getKey());
              }
            });
  }

  @Test
  void languagesAreCanonicalAndInTagOrder() {
    Property.forAll(texts())
        .withTries(300)
        .check(
            text -> {
              List<String> tags = List.copyOf(text.languages());
              List<String> sorted = tags.stream().sorted().toList();
              assertEquals(sorted, tags);
              for (String tag : tags) {
                assertEquals(tag, Locale.forLanguageTag(tag).toLanguageTag(), "canonical");
              }
              assertEquals(text, MultilingualText.of(text.asMap()));
            });
  }
}
