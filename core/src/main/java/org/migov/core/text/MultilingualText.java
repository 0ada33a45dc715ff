package org.migov.core.text;

import java.util.Collections;
import java.util.IllformedLocaleException;
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
 *   <li>the locale's full language tag ({@code fr-CA});
 *   <li>each shorter tag obtained by dropping the last subtag ({@code fr});
 *   <li>English ({@code en});
 *   <li>the first language in tag order.
 * </ol>
 * {@link #find(Locale)} applies only the first two steps and may return nothing.
 *
 * <p>Language tags are stored in their canonical form ({@code EN-gb} becomes {@code en-GB}) and
 * kept in tag order, so equal texts print alike. Instances are immutable and thread-safe;
 * equality is by value.
 */
public final class MultilingualText {
  /** The language that {@link #get(Locale)} falls back to. */
  public static final String FALLBACK_LANGUAGE = "en";

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
      throw new InvalidValueException("a text in at least one language", "{}");
    }
    return new MultilingualText(Collections.unmodifiableMap(all));
  }

  private static InvalidValueException repeated(String languageTag, String tag) {
    return new InvalidValueException(
        "each language at most once", languageTag, "the language " + tag + " is already present");
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
    String expected = "a well-formed BCP 47 language tag such as \"en\" or \"fr-CA\"";
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
      throw new InvalidValueException(expected, languageTag, "no primary language");
    }
    return locale.toLanguageTag();
  }

  private static String checkText(String languageTag, String text) {
    if (text == null || BlankText.isBlank(text)) {
      throw new InvalidValueException("a non-blank text for language " + languageTag, text);
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
        .orElseGet(() -> texts.values().iterator().next());
  }

  /**
   * The text for a locale or one of its shorter tags, without falling back to other languages.
   *
   * @param locale the wanted locale
   * @return the text, or empty when no entry matches
   */
  public Optional<String> find(Locale locale) {
    String tag = Objects.requireNonNull(locale, "locale").toLanguageTag();
    while (!tag.isEmpty()) {
      String text = texts.get(tag);
      if (text != null) {
        return Optional.of(text);
      }
      int dash = tag.lastIndexOf('-');
      tag = dash < 0 ? "" : tag.substring(0, dash);
    }
    return Optional.empty();
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
