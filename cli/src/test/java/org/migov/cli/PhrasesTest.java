package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The command line's phrases: every language has every English key, and each phrase prints as written. */
class PhrasesTest {
  private static Properties read(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Language.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyLanguageHasEveryPhraseAndNoneLosesAnApostrophe() throws IOException {
    Properties english = read("Phrases.properties");
    for (Language language : Language.values()) {
      Properties phrases = language == Language.en ? english : read("Phrases_" + language + ".properties");
      assertEquals(english.stringPropertyNames(), phrases.stringPropertyNames(), language + "'s keys");
      for (String key : phrases.stringPropertyNames()) {
        String pattern = phrases.getProperty(key);
        if (!pattern.contains("{")) {
          // MessageFormat reads a lone ' as a quote and drops it: a phrase must print as written
          assertEquals(pattern.replace("''", "'"), language.text(key), language + " " + key);
        }
      }
    }
  }
}
