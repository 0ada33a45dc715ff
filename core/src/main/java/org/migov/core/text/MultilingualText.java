package org.migov.core.text;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.migov.core.InvalidValueException;

/**
 * A text in one or more languages: a map from a BCP 47 language tag to a non-blank text (as
 * {@link BlankText} defines blank), with at least one entry. Names, titles, descriptions and
 * commitments are multilingual.
 *
 * <h2>Fallback</h2>
 * {@link #get(Locale)} always returns a text. For a requested locale it tries, in order:
 * <ol>
 *   <li>the locale's full language tag ({@code zh-TW});
 *   <li>when the locale names no script and its language is written in more than one, the tag with
 *       the script the language usually has in the locale's region, then the language with that
 *       script ({@code zh-Hant-TW}, {@code zh-Hant}; {@code sr-RS} gives {@code sr-Cyrl-RS},
 *       {@code sr-Cyrl}), from a small embedded table of likely scripts (below);
 *   <li>each shorter tag obtained by dropping the last subtag ({@code zh}), as RFC 4647's lookup;
 *   <li>English ({@code en});
 *   <li>a text of undetermined language ({@code und}, which a name given as a plain string has);
 *   <li>the first language in tag order.
 * </ol>
 * {@link #find(Locale)} applies only the first three steps and may return nothing.
 *
 * <p>The likely scripts, after Unicode CLDR's likely subtags: Chinese {@code Hans}, but
 * {@code Hant} in TW, HK and MO; Serbian {@code Cyrl}, but {@code Latn} in ME; Uzbek {@code Latn},
 * but {@code Arab} in AF; Azerbaijani {@code Latn}, but {@code Arab} in IR; Punjabi {@code Guru},
 * but {@code Arab} in PK; Mongolian {@code Cyrl}, but {@code Mong} in CN; Sindhi {@code Arab}, but
 * {@code Deva} in IN; Bosnian, Malay and Hausa {@code Latn}; Kazakh, Kyrgyz and Tajik
 * {@code Cyrl}.
 *
 * <p>Language tags are stored in their canonical form ({@code EN-gb} becomes {@code en-GB}) and
 * kept in tag order, so equal texts print alike. Instances are immutable and thread-safe;
 * equality is by value.
 */
public final class MultilingualText {
  private static final Phrase EXPECTED_SOME_TEXT = Phrase.of("a text in at least one language",
      "un testo in almeno una lingua", "un texte dans au moins une langue", "un texto en al menos un idioma");

  private static final Phrase EXPECTED_ONCE = Phrase.of("each language at most once",
      "ogni lingua al più una volta", "chaque langue au plus une fois", "cada idioma como mucho una vez");

  private static final Phrase.Template ALREADY_PRESENT = Phrase.template("the language {0} is already present",
      "la lingua {0} è già presente", "la langue {0} est déjà présente", "el idioma {0} ya está presente");

  private static final Phrase EXPECTED_TAG = Phrase.of("a well-formed BCP 47 language tag such as \"en\" or \"fr-CA\"",
      "un tag di lingua BCP 47 ben formato, come \"en\" o \"fr-CA\"",
      "une étiquette de langue BCP 47 bien formée, comme \"en\" ou \"fr-CA\"",
      "una etiqueta de idioma BCP 47 bien formada, como \"en\" o \"fr-CA\"");

  private static final Phrase NO_PRIMARY_LANGUAGE = Phrase.of("no primary language",
      "nessuna lingua principale", "aucune langue principale", "ninguna lengua principal");

  private static final Phrase.Template EXPECTED_TEXT = Phrase.template("a non-blank text for language {0}",
      "un testo non vuoto per la lingua {0}", "un texte non vide pour la langue {0}", "un texto no vacío para el idioma {0}");

  /** The language that {@link #get(Locale)} falls back to. */
  public static final String FALLBACK_LANGUAGE = "en";

  /**
   * The tag of a text whose language is not stated ({@code und}, BCP 47's undetermined), such as a
   * name given as a plain string.
   */
  public static final String UNDETERMINED = "und";

  /** Languages written in more than one script: the likely script, then per region the exceptions. */
  private static final Map<String, List<String>> LIKELY_SCRIPTS = Map.ofEntries(
      Map.entry("zh", List.of("Hans", "TW", "Hant", "HK", "Hant", "MO", "Hant")),
      Map.entry("sr", List.of("Cyrl", "ME", "Latn")),
      Map.entry("uz", List.of("Latn", "AF", "Arab")),
      Map.entry("az", List.of("Latn", "IR", "Arab")),
      Map.entry("pa", List.of("Guru", "PK", "Arab")),
      Map.entry("mn", List.of("Cyrl", "CN", "Mong")),
      Map.entry("sd", List.of("Arab", "IN", "Deva")),
      Map.entry("bs", List.of("Latn")),
      Map.entry("ms", List.of("Latn")),
      Map.entry("ha", List.of("Latn")),
      Map.entry("kk", List.of("Cyrl")),
      Map.entry("ky", List.of("Cyrl")),
      Map.entry("tg", List.of("Cyrl")));

  private final Map<String, String> texts;

  private MultilingualText(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * A text in one language.
   *
   * @param languageTag a BCP 47 language tag, such as {@code en} or {@code it}
   * @param text the non-blank text
   * @return the multilingual text
   * @throws InvalidValueException if the tag is not a well-formed BCP 47 language tag or the text
   *     is blank
   */
  public static MultilingualText of(String languageTag, String text) {
    return of(Map.of(checkTag(languageTag), checkText(languageTag, text)));
  }

  /**
   * A text whose language is not stated, such as a name given as a plain string: its tag is
   * {@link #UNDETERMINED}.
   *
   * @param text the non-blank text
   * @return the multilingual text
   * @throws InvalidValueException if the text is blank
   */
  public static MultilingualText of(String text) {
    return of(UNDETERMINED, text);
  }

  /**
   * A text in two languages.
   *
   * @param languageTag1 the first language tag
   * @param text1 the text in the first language
   * @param languageTag2 the second language tag
   * @param text2 the text in the second language
   * @return the multilingual text
   * @throws InvalidValueException if a tag is malformed, a text blank, or a language repeated
   */
  public static MultilingualText of(
      String languageTag1, String text1, String languageTag2, String text2) {
    return empty().with(languageTag1, text1).with(languageTag2, text2);
  }

  /**
   * A text from a language map.
   *
   * @param texts language tag to text; at least one entry
   * @return the multilingual text
   * @throws InvalidValueException if the map is empty, a tag is malformed, a text blank, or two
   *     tags name the same language
   */
  public static MultilingualText of(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    // One map for all entries, with the same checks, in the same order, as with(...) one by one.
    TreeMap<String, String> all = new TreeMap<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String tag = checkTag(entry.getKey());
      String checked = checkText(tag, entry.getValue());
      if (all.putIfAbsent(tag, checked) != null) {
        throw repeated(entry.getKey(), tag);
      }
    }
    if (all.isEmpty()) {
      throw new InvalidValueException(EXPECTED_SOME_TEXT, "{}");
    }
    return new MultilingualText(Collections.unmodifiableMap(all));
  }

  private static InvalidValueException repeated(String languageTag, String tag) {
    return new InvalidValueException(EXPECTED_ONCE, languageTag, ALREADY_PRESENT.with(tag));
  }

  private static MultilingualText empty() {
    return new MultilingualText(Collections.emptyMap());
  }

  /**
   * A copy with the text in one more language.
   *
   * @param languageTag a BCP 47 language tag
   * @param text the non-blank text in that language
   * @return the new multilingual text
   * @throws InvalidValueException if the tag is malformed, the text blank, or the language already
   *     present
   */
  public MultilingualText with(String languageTag, String text) {
    String tag = checkTag(languageTag);
    String checked = checkText(tag, text);
    if (texts.containsKey(tag)) {
      throw repeated(languageTag, tag);
    }
    TreeMap<String, String> copy = new TreeMap<>(texts);
    copy.put(tag, checked);
    return new MultilingualText(Collections.unmodifiableMap(copy));
  }

  /** How many well-formed tags {@link #checkTag} remembers: enough for every language in use. */
  private static final int CANONICAL_TAGS_MAX = 512;

  /**
   * Well-formed tags already seen, to their canonical form: parsing a tag with
   * {@link Locale.Builder} on every text is the main cost of decoding one. Bounded, so hostile
   * input cannot grow it; only well-formed tags enter, so every refusal still goes through the
   * full check.
   */
  private static final ConcurrentHashMap<String, String> CANONICAL_TAGS = new ConcurrentHashMap<>();

  private static String checkTag(String languageTag) {
    if (languageTag != null) {
      String known = CANONICAL_TAGS.get(languageTag);
      if (known != null) {
        return known;
      }
    }
    String canonical = parseTag(languageTag);
    if (CANONICAL_TAGS.size() < CANONICAL_TAGS_MAX) {
      CANONICAL_TAGS.putIfAbsent(languageTag, canonical);
    }
    return canonical;
  }

  private static String parseTag(String languageTag) {
    Phrase expected = EXPECTED_TAG;
    if (languageTag == null || languageTag.isEmpty()) {
      throw new InvalidValueException(expected, languageTag);
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(languageTag).build();
    } catch (IllformedLocaleException e) {
      throw new InvalidValueException(expected, languageTag);
    }
    if (locale.getLanguage().isEmpty()) {
      if (languageTag.equalsIgnoreCase(UNDETERMINED)) {
        return UNDETERMINED;
      }
      throw new InvalidValueException(expected, languageTag, NO_PRIMARY_LANGUAGE);
    }
    return locale.toLanguageTag();
  }

  private static String checkText(String languageTag, String text) {
    if (text == null || BlankText.isBlank(text)) {
      throw new InvalidValueException(EXPECTED_TEXT.with(languageTag), text);
    }
    return text;
  }

  /**
   * The text for a locale, following the fallback chain of this class's description.
   *
   * @param locale the wanted locale
   * @return a text, never {@code null}
   */
  public String get(Locale locale) {
    return find(locale)
        .or(() -> Optional.ofNullable(texts.get(FALLBACK_LANGUAGE)))
        .or(() -> Optional.ofNullable(texts.get(UNDETERMINED)))
        .orElseGet(() -> texts.values().iterator().next());
  }

  /**
   * The text for a locale, its likely script or one of its shorter tags, without falling back to
   * other languages (the first three steps of this class's fallback chain).
   *
   * @param locale the wanted locale
   * @return the text, or empty when no entry matches
   */
  public Optional<String> find(Locale locale) {
    String tag = Objects.requireNonNull(locale, "locale").toLanguageTag();
    String text = texts.get(tag);
    if (text != null) {
      return Optional.of(text);
    }
    String script = locale.getScript().isEmpty() ? likelyScript(locale.getLanguage(), locale.getCountry()) : null;
    if (script != null) {
      String withScript = locale.getLanguage() + "-" + script;
      text = locale.getCountry().isEmpty() ? null : texts.get(withScript + "-" + locale.getCountry());
      if (text == null) {
        text = texts.get(withScript);
      }
      if (text != null) {
        return Optional.of(text);
      }
    }
    for (int dash = tag.lastIndexOf('-'); dash > 0; dash = tag.lastIndexOf('-')) {
      tag = tag.substring(0, dash);
      text = texts.get(tag);
      if (text != null) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** The script a language is likely written in, in a region; null for a language of one script. */
  private static String likelyScript(String language, String region) {
    List<String> scripts = LIKELY_SCRIPTS.get(language);
    if (scripts == null) {
      return null;
    }
    for (int i = 1; i + 1 < scripts.size(); i += 2) {
      if (scripts.get(i).equals(region)) {
        return scripts.get(i + 1);
      }
    }
    return scripts.get(0);
  }

  /**
   * The text for a language tag exactly as stored.
   *
   * @param languageTag a BCP 47 language tag
   * @return the text, or empty when that language has none
   */
  public Optional<String> find(String languageTag) {
    return Optional.ofNullable(texts.get(checkTag(languageTag)));
  }

  /**
   * The languages present, in tag order.
   *
   * @return the canonical language tags, unmodifiable
   */
  public Set<String> languages() {
    return texts.keySet();
  }

  /**
   * The whole language map, in tag order.
   *
   * @return language tag to text, unmodifiable
   */
  public Map<String, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MultilingualText && ((MultilingualText) other).texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /**
   * The language map, as {@code {en=International Organization for Migration, fr=...}}.
   *
   * @return a readable form for logs
   */
  @Override
  public String toString() {
    return texts.toString();
  }
}
