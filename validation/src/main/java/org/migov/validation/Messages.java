package org.migov.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The rule messages of one language. They live in the {@value #BUNDLE} bundles under the keys
 * {@code org.migov.validation.{code}}, the bundles Hibernate Validator merges from every jar, so
 * one set of messages serves the facade and the standard Jakarta Validation bootstrap. Here too
 * every bundle of that name on the class path is merged, so another library's bundle cannot hide
 * migov's.
 *
 * <p>Each rule also has a one-line summary for catalogues, under the key
 * {@code org.migov.validation.{code}.summary}; the English one is the rule's {@link Rule#summary()}.
 *
 * <p>Templates name their parameters ({@code {party}}); values are substituted in one pass after
 * the template is read, so a value is never read as a template. Unknown languages fall back to
 * English, whatever the JVM's default locale.
 */
final class Messages {
  static final String BUNDLE = "ContributorValidationMessages";

  /** The prefix of migov's keys in the bundle. */
  static final String KEY_PREFIX = "org.migov.validation.";

  /** The languages every message exists in. */
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH, new Locale("es"));

  private final Locale locale;
  private final Properties language;
  private final Properties english;

  private Messages(Locale locale, Properties language, Properties english) {
    this.locale = locale;
    this.language = language;
    this.english = english;
  }

  /** Messages per language, loaded once: bundles are read from the class path only the first time. */
  private static final ConcurrentMap<String, Messages> BY_LANGUAGE = new ConcurrentHashMap<>();

  static Messages forLocale(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), Messages::load);
  }

  private static Messages load(String tag) {
    Properties english = loadMerged(BUNDLE + ".properties");
    Properties language = tag.isEmpty() || tag.equals("en") ? english : loadMerged(BUNDLE + "_" + tag + ".properties");
    return new Messages(tag.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(tag), language, english);
  }

  private static Properties loadMerged(String resource) {
    Properties merged = new Properties();
    try {
      ClassLoader loader = Messages.class.getClassLoader();
      Enumeration<URL> urls = loader == null ? ClassLoader.getSystemResources(resource) : loader.getResources(resource);
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          Properties one = new Properties();
          one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          one.forEach((key, value) -> {
            if (key.toString().startsWith(KEY_PREFIX)) {
              merged.putIfAbsent(key, value);
            }
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message bundle " + resource, e);
    }
    return merged;
  }

  /** The template of a rule, in this language or else in English. */
  String template(Rule rule) {
    String key = KEY_PREFIX + rule.code();
    String template = language.getProperty(key, english.getProperty(key));
    if (template == null) {
      throw new IllegalStateException("no message for " + rule.code() + " in " + BUNDLE);
    }
    return template;
  }

  /** The key of a rule's summary in the bundle. */
  static String summaryKey(Rule rule) {
    return KEY_PREFIX + rule.code() + ".summary";
  }

  /** The one-line summary of a rule, for catalogues, in this language or else in English. */
  String summary(Rule rule) {
    String key = summaryKey(rule);
    String summary = language.getProperty(key, english.getProperty(key));
    if (summary == null) {
      throw new IllegalStateException("no summary for " + rule.code() + " in " + BUNDLE);
    }
    return summary;
  }

  /** The language of these messages, for the labels of coded values in them. */
  Locale locale() {
    return locale;
  }

  /** Whether this language has its own message for a rule, not the English fallback. */
  boolean hasOwn(Rule rule) {
    return language.containsKey(KEY_PREFIX + rule.code());
  }

  /** The message of a rule with its parameters substituted (already rendered values). */
  String format(Rule rule, Map<String, String> parameters) {
    String template = template(rule);
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = parameters.get(name);
        out.append(value != null ? value : template.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
