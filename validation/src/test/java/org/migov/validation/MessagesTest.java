package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;

class MessagesTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

  private static Set<String> parameters(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PARAMETER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyRuleHasAMessageInEveryLanguageWithTheSameParameters() {
    Messages english = Messages.forLocale(Locale.ENGLISH);
    for (Locale language : Messages.LANGUAGES) {
      Messages messages = Messages.forLocale(language);
      for (Rule rule : Rule.values()) {
        String template = messages.template(rule);
        assertFalse(template.isBlank(), rule.code() + " " + language);
        assertEquals(parameters(english.template(rule)), parameters(template), rule.code() + " " + language);
        assertTrue(messages.hasOwn(rule), rule.code() + " has no message in " + language);
        if (!language.equals(Locale.ENGLISH)) {
          assertNotEquals(english.template(rule), template, rule.code() + " is not translated into " + language);
        }
      }
    }
  }

  @Test
  void unknownLanguagesFallBackToEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ITALIAN);
      Messages german = Messages.forLocale(Locale.GERMAN);
      assertEquals(Messages.forLocale(Locale.ENGLISH).template(Rule.PRG_001), german.template(Rule.PRG_001));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void reportsSpeakTheChosenLanguage() {
    Dataset broken = Fixtures.event(Fixtures.dataset(), Fixtures.MEETING, e -> e.organisations(java.util.List.of()));
    Map<Locale, String> expected =
        Map.of(
            Locale.ENGLISH, "no participating organisation",
            Locale.ITALIAN, "nessuna organizzazione partecipante",
            Locale.FRENCH, "aucune organisation participante",
            new Locale("es"), "ninguna organización participante");
    expected.forEach((locale, text) -> {
      String message =
          MigovValidator.builder().clock(Fixtures.CLOCK).locale(locale).build().validate(broken).violations().get(0).message();
      assertTrue(message.contains(text), locale + ": " + message);
    });
  }

  @Test
  void valuesAreQuotedAndNeverReadAsTemplates() {
    Messages messages = Messages.forLocale(Locale.ENGLISH);
    String message = messages.format(Rule.ORG_001, Map.of("id", Findings.render("x"), "acronym", Findings.render("{id}\n${7*7}")));
    assertTrue(message.contains("\"{id}\\u000a${7*7}\""), message);
    assertFalse(message.contains("49"), message);
  }
}
