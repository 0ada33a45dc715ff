package org.migov.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RewordingTest {
  private static final Rewording WORDS = Rewording.builder()
      .add("^Unexpected end", "fine inattesa", "fin inattendue", "final inesperado")
      .add("^Bad char (\\d+)", code -> "U+" + code, "carattere {1}", "caractère {1}", "carácter {1}")
      .otherwise("errore: {0}", "erreur : {0}", "error: {0}");

  @Test
  void englishKeepsTheMessageAndTheOthersGetMigovsWords() {
    Phrase end = WORDS.of("Unexpected end of input");
    assertEquals("Unexpected end of input", end.text(Locale.ENGLISH));
    assertEquals("fine inattesa", end.text(Locale.ITALIAN));
    assertEquals("carácter U+7", WORDS.of("Bad char 7 here").text(Locale.forLanguageTag("es")));
  }

  @Test
  void aMessageNoExpressionFindsKeepsItsWordsAfterALead() {
    assertEquals("erreur : Something else", WORDS.of("Something else").text(Locale.FRENCH));
    assertEquals("errore: null", WORDS.of(null).text(Locale.ITALIAN));
  }

  @Test
  void theTemplatesMustNameTheExpressionsGroups() {
    assertThrows(IllegalArgumentException.class, () -> Rewording.builder().add("^(a)(b)", "{1}", "{1}", "{1}"));
    assertThrows(IllegalArgumentException.class, () -> Rewording.builder().add("^a", "{1}", "{1}", "{1}"));
  }
}
