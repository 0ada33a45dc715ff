package org.migov.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file the reader cannot read at all is explained in Italian, French and Spanish with no English
 * word left (names of elements and attributes, entities and character codes aside), while
 * {@link IatiException#getMessage()} stays the English message, the XML parser's words included.
 */
class IatiExceptionLanguagesTest {
  private static final IatiReader READER = IatiReader.create().today(LocalDate.of(2026, 12, 1));
  private static final List<Locale> OTHERS = List.of(Locale.ITALIAN, Locale.FRENCH, Locale.forLanguageTag("es"));
  private static final String HEAD = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>A</iati-identifier>";

  /** English words that are no word of Italian, French or Spanish. */
  private static final Set<String> ENGLISH = Set.of("the", "of", "expected", "found", "element", "must", "end", "content",
      "not", "allowed", "character", "entity", "referenced", "declared", "attribute", "quote", "document", "structures",
      "within", "that", "are", "is", "in", "prolog", "trailing", "section", "matching", "invalid", "was", "open", "terminated",
      "root", "well", "formed", "limits", "at", "least", "one", "as", "requires", "supported", "text", "encoding", "parse",
      "error", "message", "line", "column", "activity", "file's");

  /** What is the same in every language: quoted names, entities, character codes, element names, acronyms. */
  private static final Pattern NEUTRAL = Pattern.compile(
      "\"[^\"]*\"|'[^']*'|&#?\\w+;|U\\+[0-9A-F]{4,6}|\\biati-[a-z-]+|\\b(?:XML|UTF-8|DTD|IATI|migov)\\b");

  static Stream<String> unreadable() {
    return Stream.of("", "hello", "<a", "<iati-activities version=\"2.03\">", HEAD + "</iati-activity>",
        HEAD + "</iati-activity></wrong>", "<iati-activities version=\"2.03\"><iati-activity a=1>",
        "<iati-activities version=\"2.03\"><iati-activity a=\"1\" a=\"2\">", HEAD + "&nbsp;</iati-activity></iati-activities>",
        HEAD + "<title>a < b</title></iati-activity></iati-activities>", HEAD + "</iati-activity></iati-activities>junk",
        HEAD + "</iati-activity></iati-activities><x/>", "<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>",
        "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", HEAD + "<title>\u0001</title></iati-activity></iati-activities>",
        "<a:b></a:b>", "<iati-activities version=\"1.05\"/>", "<other/>", "<iati-activities version=\"2.03\"></iati-activities>",
        HEAD + "<![CDATA[x</iati-activity></iati-activities>", HEAD + "<title>&#0;</title></iati-activity></iati-activities>",
        "<iati-activities version=\"2.03\"><iati-activity xml:lang=\"en\" xml:lang=\"fr\"></iati-activity></iati-activities>",
        "<?xml version=\"1.1\"?><iati-activities version=\"2.03\"/>", "<?xml version=\"1.0\" encoding=\"no-such-set\"?><a/>");
  }

  private static IatiException refused(byte[] file) {
    return assertThrows(IatiException.class, () -> READER.read(new ByteArrayInputStream(file)).forEach(r -> { }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void eachUnreadableFileIsExplainedInEachLanguage(String xml) {
    assertExplained(refused(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bytesThatAreNotTheirEncodingAreExplainedInEachLanguage() {
    IatiException e = refused(new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'});
    assertEquals("expected well-formed XML: java.io.IOException: bytes that are not UTF-8 text, at byte 5 of the file",
        e.getMessage());
    assertEquals("atteso: XML ben formato; trovato: byte che non sono testo UTF-8, dal byte 5 del file", e.message(Locale.ITALIAN));
    assertExplained(e);
  }

  @Test
  void theParsersReasonIsMigovsWordsAndEnglishKeepsTheParsers() {
    IatiException e = refused((HEAD + "</iati-activity></wrong>").getBytes(StandardCharsets.UTF_8));
    assertTrue(e.getMessage().contains("must be terminated by the matching end-tag"), e.getMessage());
    assertEquals("atteso: XML ben formato entro i limiti di migov; trovato: l'elemento \"iati-activities\" senza il suo tag"
        + " di chiusura (riga 1, colonna 102)", e.message(Locale.ITALIAN));
  }

  private static void assertExplained(IatiException e) {
    assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
    assertEquals(e.getMessage(), e.message(Locale.GERMAN), "English for other languages");
    for (Locale locale : OTHERS) {
      String message = e.message(locale);
      assertNotEquals(e.getMessage(), message, locale + ": " + message);
      Set<String> left = Stream.of(NEUTRAL.matcher(message).replaceAll(" ").split("[^\\p{L}']+"))
          .map(w -> w.toLowerCase(Locale.ROOT)).filter(ENGLISH::contains).collect(Collectors.toCollection(TreeSet::new));
      assertTrue(left.isEmpty(), locale + ": English words " + left + " in " + message);
    }
  }
}
