package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The rule summaries in every language, for catalogues such as {@code migov rules --lang it}. */
class RuleSummaryTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void everyRuleHasASummaryInEveryLanguage() {
    assertEquals(4, Messages.LANGUAGES.size());
    for (Locale language : Messages.LANGUAGES) {
      for (Rule rule : Rule.values()) {
        String summary = rule.summary(language);
        assertFalse(summary == null || summary.isBlank(), rule.code() + " has no summary in " + language);
        assertEquals(summary.strip(), summary, rule.code() + " " + language);
      }
    }
  }

  @Test
  void theEnglishBundleHoldsTheCatalogueSummaries() {
    Messages english = Messages.forLocale(Locale.ENGLISH);
    for (Rule rule : Rule.values()) {
      assertEquals(rule.summary(), english.summary(rule), rule.code());
      assertEquals(rule.summary(), rule.summary(Locale.ENGLISH), rule.code());
      assertEquals(rule.summary(), rule.summary(Locale.UK), rule.code());
      assertEquals(rule.summary(), rule.summary(Locale.ROOT), rule.code());
    }
  }

  @Test
  void everySummaryIsTranslated() {
    for (Locale language : Messages.LANGUAGES) {
      if (language.equals(Locale.ENGLISH)) {
        continue;
      }
      for (Rule rule : Rule.values()) {
        assertNotEquals(rule.summary(), rule.summary(language), rule.code() + " is not translated into " + language);
      }
    }
  }

  @Test
  void unknownLanguagesFallBackToEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ITALIAN);
      for (Rule rule : Rule.values()) {
        assertEquals(rule.summary(), rule.summary(Locale.GERMAN), rule.code());
        assertEquals(rule.summary(), rule.summary(Locale.forLanguageTag("pt-BR")), rule.code());
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void onlyTheLanguageOfTheLocaleCounts() {
    assertEquals(Rule.PRG_001.summary(Locale.ITALIAN), Rule.PRG_001.summary(Locale.forLanguageTag("it-CH")));
    assertEquals(Rule.PRG_001.summary(Locale.FRENCH), Rule.PRG_001.summary(Locale.CANADA_FRENCH));
    assertEquals(Rule.PRG_001.summary(SPANISH), Rule.PRG_001.summary(Locale.forLanguageTag("es-MX")));
  }

  @Test
  void italianSummariesReadAsWritten() {
    assertEquals("data di fondazione successiva alla data di riferimento", Rule.ORG_002.summary(Locale.ITALIAN));
    assertEquals("ufficio regionale o di coordinamento senza area di competenza", Rule.OFF_001.summary(Locale.ITALIAN));
  }

  @Test
  void accentedLettersSurviveTheBundles() {
    // Written with escapes so that the expectation does not depend on how this source file is read.
    String italian = "un firmatario firma per un'organizzazione che non \u00e8 parte dell'accordo";
    String french = "entr\u00e9e en vigueur ant\u00e9rieure \u00e0 la signature";
    String spanish = "ning\u00fan financiador";
    assertEquals(italian, Rule.AGR_002.summary(Locale.ITALIAN));
    assertEquals(french, Rule.AGR_004.summary(Locale.FRENCH));
    assertEquals(spanish, Rule.PRG_001.summary(SPANISH));
    // Hibernate Validator reads the same files as resource bundles; they must agree with Messages.
    assertEquals(italian, bundle(Locale.ITALIAN).getString(Messages.summaryKey(Rule.AGR_002)));
    assertEquals(french, bundle(Locale.FRENCH).getString(Messages.summaryKey(Rule.AGR_004)));
    assertEquals(spanish, bundle(SPANISH).getString(Messages.summaryKey(Rule.PRG_001)));
    for (Locale language : Messages.LANGUAGES) {
      for (Rule rule : Rule.values()) {
        String summary = rule.summary(language);
        assertFalse(summary.contains("\u00c3") || summary.contains("\ufffd"), rule.code() + " " + language + ": " + summary);
      }
    }
  }

  @Test
  void aNullLocaleIsRefused() {
    assertThrows(NullPointerException.class, () -> Rule.PRG_001.summary(null));
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(Messages.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
