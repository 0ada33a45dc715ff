package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decode errors in Italian, French and Spanish: for every refused input of the bad-input corpus,
 * the message in each language has no English word left (quoted values, code lists, examples in
 * braces and JSON Pointers aside, which are the same in every language), while English stays
 * {@link MigovJsonException#getMessage()}.
 */
class LocalizedMessagesTest {
  private static final MigovJson JSON = MigovJson.create();
  private static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties(true).build();
  private static final List<Locale> OTHERS = List.of(Locale.ITALIAN, Locale.FRENCH, Locale.forLanguageTag("es"));

  /** English words that are no word of Italian, French or Spanish. */
  private static final Set<String> ENGLISH = Set.of("the", "of", "an", "with", "without", "expected", "found",
      "property", "object", "string", "number", "integer", "unexpected", "was", "expecting", "end", "item", "language",
      "text", "nothing", "value", "line", "column", "at", "such", "as", "or", "and", "character", "malformed", "token",
      "entity", "record", "whitespace", "surrounding", "period", "start", "year", "month", "day",
      "country", "currency", "amount", "least", "most", "first", "second", "empty", "unknown", "exceeds");

  /** What is the same in every language: quoted values, bracketed lists, examples in braces, pointers, U+ codes, Java methods. */
  private static final Pattern NEUTRAL = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|'[^']{1,8}'|\\[[^\\]]*\\]|\\{[^}]*\\}|(?<=\\s|^)/\\S*|U\\+[0-9A-F]{4,6}|\\b[A-Z]\\w*\\.\\w+|\\b(?:JSON|UTF-8|UTF-16|UTF-32|BCP|ISO|UN|M49|SDG|DAC|URL|true|false|null)\\b");

  static Stream<BadInputCorpusTest.Case> refused() {
    return BadInputCorpusTest.manifest().stream().filter(c -> !c.outcome.equals("decoded"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void eachRefusedInputIsExplainedInEachLanguage(BadInputCorpusTest.Case c) {
    MigovJsonException e = BadInputCorpusTest.error(c, JSON, LENIENT);
    assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
    assertEquals(e.getMessage(), e.message(Locale.GERMAN), "English for other languages");
    for (Locale locale : OTHERS) {
      String message = e.message(locale);
      assertNotEquals(e.getMessage(), message, locale + ": " + message);
      Set<String> left = englishWords(message);
      assertTrue(left.isEmpty(), locale + ": English words " + left + " in " + message);
      assertTrue(message.contains(e.found(locale)) && message.contains(e.expected(locale)), message);
    }
  }

  /** Malformed inputs beyond the corpus: each of the JSON parser's common reasons. */
  static Stream<String> malformed() {
    return Stream.of("{\"format\":\"migov\"]", "]", "}", "[1,]", "{\"a\":01}", "{\"a\":-}", "{\"a\":.5}", "{\"a\":1.}",
        "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":tru}", "{'a':1}", "{a:1}", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
        "{\"a\":\"\\q\"}", "{\"a\":\"\\\u202e\"}", "{\"a\":\"x\u0001\"}", "\u0000{}", "{\"a\":1}//", "{\"a\":1}/* */",
        "{\"a\":\"", "{\"a\"", "{", "[", "{\"a\":[1,2", "\"x", "{\"a\":1}}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void eachParserReasonIsInMigovsWords(String json) {
    assertNoEnglishWordLeft(org.junit.jupiter.api.Assertions.assertThrows(MigovJsonException.class, () -> JSON.readDataset(json)));
  }

  private static void assertNoEnglishWordLeft(MigovJsonException e) {
    for (Locale locale : OTHERS) {
      Set<String> left = englishWords(e.message(locale));
      assertTrue(left.isEmpty(), locale + ": English words " + left + " in " + e.message(locale));
    }
  }

  @Test
  void eachParsingLimitIsInMigovsWords() {
    MigovJson small = MigovJson.builder().maxDocumentLength(100).maxNestingDepth(3).maxStringLength(4).maxNameLength(8)
        .maxNumberLength(3).build();
    String padded = "{\"format\":\"migov\",\"version\":\"1.1\"" + " ".repeat(200) + "}";
    for (String json : List.of(padded, "{\"a\":[[[[1]]]]}", "{\"ab\":\"abcdefgh\"}", "{\"abcdefghijk\":1}", "{\"a\":12345}")) {
      assertNoEnglishWordLeft(org.junit.jupiter.api.Assertions.assertThrows(MigovJsonException.class, () -> small.readDataset(json)));
    }
  }

  @Test
  void theReferenceChainDatabindAddsIsInEachLanguage() {
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(MigovJsonException.class,
        () -> JSON.read("{\"id\":\"a/b\"}", org.migov.core.organisation.Organisation.class));
    e.prependPath(new Object(), "orgs");
    assertTrue(e.getMessage().endsWith(" (through reference chain: java.lang.Object[\"orgs\"])"), e.getMessage());
    assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
    assertTrue(e.message(Locale.ITALIAN).endsWith(" (attraverso la catena di riferimenti: java.lang.Object[\"orgs\"])"),
        e.message(Locale.ITALIAN));
  }

  @Test
  void aMessageInALanguageIsEscapedAsTheEnglishOne() {
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(MigovJsonException.class,
        () -> JSON.read("{\"id\":\"a\\u202eb/\"}", org.migov.core.organisation.Organisation.class));
    assertTrue(e.getMessage().contains("\\u202e"), e.getMessage());
    assertTrue(e.message(Locale.ITALIAN).contains("\\u202e"), e.message(Locale.ITALIAN));
    assertEquals(-1, e.message(Locale.ITALIAN).indexOf('\u202e'));
  }

  @Test
  void theParsersReasonsAreMigovsWordsAndEnglishIsJacksons() {
    MigovJsonException e = org.junit.jupiter.api.Assertions.assertThrows(MigovJsonException.class,
        () -> JSON.readDataset("{\"format\" \"migov\"}"));
    assertTrue(e.found().startsWith("Unexpected character ('\"' (code 34))"), e.found());
    assertEquals("il carattere '\"' dove andavano i due punti tra nome e valore", e.found(Locale.ITALIAN));
    assertEquals("atteso: JSON ben formato entro i limiti di migov in /format; trovato: il carattere '\"' dove andavano"
        + " i due punti tra nome e valore (riga 1, colonna 11)", e.message(Locale.ITALIAN));
  }

  private static Set<String> englishWords(String message) {
    Matcher neutral = NEUTRAL.matcher(message);
    String words = neutral.replaceAll(" ");
    return Stream.of(words.split("[^\\p{L}]+")).map(w -> w.toLowerCase(Locale.ROOT)).filter(ENGLISH::contains)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
