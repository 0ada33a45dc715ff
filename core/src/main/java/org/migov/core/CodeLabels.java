package org.migov.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The labels of every code in English, Italian, French and Spanish, from the resources
 * {@code Labels*.properties} next to this class, loaded once. Immutable and thread-safe.
 */
final class CodeLabels {
  private CodeLabels() {}

  /** The languages that have labels; English is the fallback. */
  private static final Map<String, Map<String, String>> BY_LANGUAGE = Map.of(
      "en", load("Labels.properties"),
      "it", load("Labels_it.properties"),
      "fr", load("Labels_fr.properties"),
      "es", load("Labels_es.properties"));

  private static Map<String, String> load(String resource) {
    try (InputStream in = CodeLabels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      @SuppressWarnings({"unchecked", "rawtypes"})
      Map<String, String> labels = Map.copyOf((Map) properties);
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The label of a code in the locale's language, else in English, else the code itself. */
  static String label(Enum<?> constant, String code, Locale locale) {
    String key = constant.getDeclaringClass().getSimpleName() + "." + code;
    Map<String, String> labels = BY_LANGUAGE.getOrDefault(locale.getLanguage(), BY_LANGUAGE.get("en"));
    String label = labels.get(key);
    return label != null ? label : BY_LANGUAGE.get("en").getOrDefault(key, code);
  }
}
