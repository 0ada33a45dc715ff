package org.migov.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migov.core.EntityKind;
import org.migov.core.InvalidValueException;
import org.migov.core.geography.Country;
import org.migov.core.organisation.OrganisationId;

class PhraseTest {
  private static final Phrase.Template IN = Phrase.template("{0} in {1}", "{0} in {1}", "{0} dans {1}", "{0} en {1}");
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void eachLanguageHasItsTextAndOthersGetEnglish() {
    Phrase p = Phrase.of("a place", "un luogo", "un lieu", "un lugar");
    assertEquals("a place", p.text(Locale.ENGLISH));
    assertEquals("un luogo", p.text(Locale.ITALIAN));
    assertEquals("un lieu", p.text(Locale.CANADA_FRENCH));
    assertEquals("un lugar", p.text(SPANISH));
    assertEquals("a place", p.text(Locale.GERMAN));
    assertEquals("a place", p.toString());
  }

  @Test
  void argumentsAreRenderedInThePhrasesLanguage() {
    Phrase place = Phrase.of("a place", "un luogo", "un lieu", "un lugar");
    Phrase p = IN.with(place, EntityKind.ORGANISATION);
    assertEquals("a place in organisation", p.text(Locale.ENGLISH));
    assertEquals("un luogo in organizzazione", p.text(Locale.ITALIAN));
    assertEquals("un lieu dans organisation", p.text(Locale.FRENCH));
    assertEquals("un lugar en organización", p.text(SPANISH));
  }

  @Test
  void numbersAreNeverGroupedAndApostrophesAreKept() {
    Phrase.Template t = Phrase.template("at most {0}", "al più {0}", "d'au plus {0}", "{0} como máximo");
    assertEquals("d'au plus 2147483647", t.with(Integer.MAX_VALUE).text(Locale.FRENCH));
    assertEquals("at most {x} {10}", Phrase.template("at most {x} {10}", "", "", "").with().text(Locale.ENGLISH));
  }

  @Test
  void aLanguageMayLeaveOutOrReorderArguments() {
    Phrase.Template t = Phrase.template("{0} then {1}", "{1} prima di {0}", "{1}", "{0}");
    assertEquals("b prima di a", t.with("a", "b").text(Locale.ITALIAN));
    assertEquals("b", t.with("a", "b").text(Locale.FRENCH));
    assertEquals("a", t.with("a", "b").text(SPANISH));
  }

  @Test
  void aTemplateTakesExactlyItsArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IN.with("one"));
    assertTrue(e.getMessage().contains("takes 2 arguments, given 1"), e.getMessage());
    assertThrows(NullPointerException.class, () -> IN.with("one", null));
  }

  @Test
  void aLiteralIsTheSameInEveryLanguage() {
    Phrase p = Phrase.literal("\"XX\"");
    assertEquals("\"XX\"", p.text(Locale.ITALIAN));
    assertEquals("\"XX\"", p.text(Locale.ENGLISH));
  }

  @Test
  void equalityIsByValue() throws Exception {
    assertEquals(IN.with("a", "b"), IN.with("a", "b"));
    assertEquals(IN.with("a", "b").hashCode(), IN.with("a", "b").hashCode());
    assertNotEquals(IN.with("a", "b"), IN.with("a", "c"));
    assertNotEquals(Phrase.literal("a"), Phrase.of("a", "a", "a", "a"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(IN.with("a", EntityKind.OFFICE));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(IN.with("a", EntityKind.OFFICE), in.readObject());
    }
  }

  @Test
  void coreErrorsSayWhatWasExpectedAndWhyInEachLanguage() {
    InvalidValueException country = assertThrows(InvalidValueException.class, () -> Country.of("XX"));
    assertEquals(country.getMessage(), country.message(Locale.ENGLISH));
    assertEquals("expected an ISO 3166-1 alpha-2 country code, found \"XX\": no such country or area", country.getMessage());
    assertEquals("atteso: un codice paese ISO 3166-1 alpha-2; trovato: \"XX\": nessun paese o area ha questo codice",
        country.message(Locale.ITALIAN));
    assertEquals("attendu : un code pays ISO 3166-1 alpha-2 ; trouvé : \"XX\" : aucun pays ni zone n'a ce code",
        country.message(Locale.FRENCH));
    assertEquals("\"XX\": nessun paese o area ha questo codice", country.foundPhrase().text(Locale.ITALIAN));
    InvalidValueException id = assertThrows(InvalidValueException.class, () -> OrganisationId.of("a".repeat(300)));
    assertTrue(id.getMessage().startsWith("expected an OrganisationId: "), id.getMessage());
    assertTrue(id.getMessage().endsWith(": longer than 256 chars"), id.getMessage());
    assertTrue(id.message(SPANISH).startsWith("se esperaba: un identificador de tipo organización: "), id.message(SPANISH));
    assertTrue(id.message(SPANISH).endsWith(": de más de 256 caracteres"), id.message(SPANISH));
    assertEquals("de más de 256 caracteres", id.detailPhrase().orElseThrow().text(SPANISH));
  }

  @Test
  void anArgumentIsKeptAsItsTextWhenThePhraseIsMade() {
    java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of("a"));
    Phrase p = Phrase.template("x {0}", "x {0}", "x {0}", "x {0}").with(list);
    list.add("b");
    assertEquals("x [a]", p.toString());
    assertEquals(Phrase.template("x {0}", "x {0}", "x {0}", "x {0}").with("[a]"), p);
  }

  @Test
  void anIdOfASubclassThatKnowsItsKindLateStillSaysWhatIsWrong() {
    final class LateId extends org.migov.core.EntityId {
      private final EntityKind kind;

      LateId(String value, EntityKind kind) {
        super(value);
        this.kind = kind;
      }

      @Override
      public EntityKind kind() {
        return kind;
      }
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new LateId("a/b", EntityKind.OFFICE));
    assertEquals("expected a LateId: non-blank, no surrounding whitespace, none of / & | ?, found \"a/b\": forbidden character '/'",
        e.getMessage());
    assertTrue(e.message(Locale.ITALIAN).startsWith("atteso: un identificativo di tipo entità: "), e.message(Locale.ITALIAN));
  }

  @Test
  void aDateThatDoesNotExistSaysWhetherTheMonthOrTheDayIsWrong() {
    assertEquals("month out of 1..12",
        assertThrows(InvalidValueException.class, () -> org.migov.core.time.PartialDate.of(2021, 0, 1)).detail());
    assertEquals("no such day",
        assertThrows(InvalidValueException.class, () -> org.migov.core.time.PartialDate.of(2021, 2, 30)).detail());
  }

  @Test
  void anExceptionGivenInOneLanguageKeepsItInEvery() {
    InvalidValueException e = new InvalidValueException("a widget", "w", "too blue");
    assertEquals("atteso: a widget; trovato: \"w\": too blue", e.message(Locale.ITALIAN));
    assertEquals("a widget", e.expected());
    assertEquals("too blue", e.detail());
  }
}
