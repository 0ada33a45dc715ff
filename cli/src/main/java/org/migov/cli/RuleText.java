package org.migov.cli;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.migov.validation.Rule;

/**
 * What a rule reports, in a language: the English summary of the catalogue, or in Italian, French
 * and Spanish the rule's message from migov-validation's bundles, with its parameters shown as
 * {@code {name}}.
 */
final class RuleText {
  /** migov-validation's message bundles, keyed {@code org.migov.validation.CODE}. */
  private static final String BUNDLE = "ContributorValidationMessages";

  private RuleText() {}

  static String summary(Rule rule, Language language) {
    if (language == Language.en) {
      return rule.summary();
    }
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return bundle.getString("org.migov.validation." + rule.code());
    } catch (MissingResourceException e) {
      return rule.summary();
    }
  }
}
