package org.migov.cli;

import java.util.Locale;
import java.util.ResourceBundle;

/** The languages of {@code --lang}, with the command line's own phrases in each. */
enum Language {
  en, it, fr, es;

  Locale locale() {
    return Locale.forLanguageTag(name());
  }

  /** The phrase with this key, formatted with the arguments. */
  String text(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.migov.cli.Phrases", locale(), NO_FALLBACK);
    return new java.text.MessageFormat(bundle.getString(key), locale()).format(arguments);
  }

  /** Falls back to the base bundle (English), never to the machine's default locale. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
