package org.migov.cli;

import org.migov.validation.Rule;

/** A rule's summary in a language. */
final class RuleText {
  private RuleText() {}

  static String summary(Rule rule, Language language) {
    return rule.summary();
  }
}
