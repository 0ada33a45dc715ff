package org.migov.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The rule messages of one language, from the bundle {@code org.migov.validation.Messages}.
 * Templates name their parameters ({@code {party}}); values are substituted in one pass after the
 * template is read, so a value can never be read as a template. Unknown languages fall back to
 * English, whatever the JVM's default locale.
 */
final class Messages {
  static final String BUNDLE = "org.migov.validation.Messages";

  /** The languages every message exists in. */
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH, new Locale("es"));

  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  static Messages forLocale(Locale locale) {
    return new Messages(
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The template of a rule, as stored. */
  String template(Rule rule) {
    try {
      return bundle.getString(rule.code());
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message for " + rule.code() + " in " + BUNDLE, e);
    }
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
