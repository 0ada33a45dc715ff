package org.migov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The languages of {@code --lang}, with the command line's own phrases in each. */
enum Language {
  en, it, fr, es;

  /** This language's phrases, read once; English fills any gap, never the machine's locale. */
  private volatile Properties phrases;

  Locale locale() {
    return Locale.forLanguageTag(name());
  }

  /** The phrase with this key, formatted with the arguments. */
  String text(String key, Object... arguments) {
    String pattern = phrases().getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no phrase " + key);
    }
    return new MessageFormat(pattern, locale()).format(arguments);
  }

  private Properties phrases() {
    Properties loaded = phrases;
    if (loaded == null) {
      loaded = this == en ? read("Phrases.properties", null) : read("Phrases_" + name() + ".properties", en.phrases());
      phrases = loaded;
    }
    return loaded;
  }

  /** Reads a bundle of this module's own (a plain resource, so it works in a named module too). */
  private static Properties read(String resource, Properties defaults) {
    Properties properties = new Properties(defaults);
    try (InputStream in = Language.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
