package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.programme.Programme;

/**
 * Each parser limit of the facade, at the limit (read) and one past it (refused with a
 * {@link MigovJsonException} that says where), through a String, a Reader and a JSON Lines stream.
 * Small limits keep the documents small; the defaults get their own checks.
 */
class ParserLimitsTest {
  /** A lenient facade, so that an unknown property can carry the value that tests a limit. */
  private static MigovJson lenient(Function<MigovJson.Builder, MigovJson.Builder> limit) {
    return limit.apply(MigovJson.builder().ignoreUnknownProperties(true)).build();
  }

  private static String programme(String extraValue) {
    return "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"extra\":" + extraValue + "}";
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** A limit, a document just within it, and one just past it. */
  static Stream<Arguments> limits() {
    return Stream.of(
        // the programme object is depth 1, so the extra value may nest 9 deep within 10
        Arguments.of("nesting", lenient(b -> b.maxNestingDepth(10)), programme(nested(9)), programme(nested(10))),
        // a string is measured when it is read (a skipped one is never built), so the acronym
        Arguments.of("string", lenient(b -> b.maxStringLength(50)),
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"acronym\":\"" + "s".repeat(50) + "\"}",
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"acronym\":\"" + "s".repeat(51) + "\"}"),
        Arguments.of("name", lenient(b -> b.maxNameLength(40)),
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"" + "n".repeat(40) + "\":1}",
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"" + "n".repeat(41) + "\":1}"),
        Arguments.of("integer", lenient(b -> b.maxNumberLength(30)), programme("1".repeat(30)), programme("1".repeat(31))),
        // a decimal is measured when it is read (a skipped one is never built), so the budget
        Arguments.of("decimal", lenient(b -> b.maxNumberLength(10)),
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1234567.50,\"currency\":\"EUR\"}}",
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1234567.505,\"currency\":\"EUR\"}}"),
        Arguments.of("document", lenient(b -> b.maxDocumentLength(programme("\"" + "d".repeat(100) + "\"").length())),
            programme("\"" + "d".repeat(100) + "\""), programme("\"" + "d".repeat(101) + "\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void atTheLimitIsReadFromAStringAndAReader(String limit, MigovJson json, String atLimit, String pastLimit) {
    assertEquals("p1", json.read(atLimit, Programme.class).id().value());
    String dataset = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[" + atLimit + "]}";
    if (!limit.equals("document") && !limit.equals("nesting")) {
      assertEquals(1, json.readDataset(new StringReader(dataset)).programmes().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void pastTheLimitIsRefusedWithALocation(String limit, MigovJson json, String atLimit, String pastLimit) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> json.read(pastLimit, Programme.class));
    assertTrue(e.isMalformedInput(), e.getMessage());
    assertEquals("well-formed JSON within migov's limits", e.expected());
    if (limit.equals("document")) {
      // checked before the first token: the whole document is the place
      assertEquals("", e.pointer());
      assertTrue(e.getMessage().startsWith("expected well-formed JSON within migov's limits at the document, found Document length"),
          e.getMessage());
    } else {
      assertEquals(1, e.line(), e.getMessage());
      assertTrue(e.column() > 1, e.getMessage());
      assertTrue(e.getMessage().contains("(line 1, column "), e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void pastTheLimitIsRefusedInAStreamToo(String limit, MigovJson json, String atLimit, String pastLimit) {
    String dataset = "{\"format\":\"migov\",\"version\":\"1.0\",\"programmes\":[" + pastLimit + "]}";
    assertThrows(MigovJsonException.class, () -> json.readDataset(new StringReader(dataset)));
    String line = "{\"entity\":\"programme\"," + pastLimit.substring(1) + "\n";
    JsonLinesReader lines = json.readJsonLinesTolerant(new StringReader(line));
    JsonLine first = lines.next();
    assertTrue(first.error().isPresent(), limit);
    assertTrue(first.error().orElseThrow().isMalformedInput(), first.error().orElseThrow().getMessage());
  }

  @Test
  void theDefaultsAreWhatTheDocumentationSays() {
    assertEquals(64, MigovJson.DEFAULT_MAX_NESTING_DEPTH);
    assertEquals(256L * 1024 * 1024, MigovJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertEquals(1_000_000, MigovJson.DEFAULT_MAX_STRING_LENGTH);
    assertEquals(1_000, MigovJson.DEFAULT_MAX_NAME_LENGTH);
    assertEquals(100, MigovJson.DEFAULT_MAX_NUMBER_LENGTH);
  }

  @Test
  void theDefaultNestingAndNumberLimitsHold() {
    MigovJson json = MigovJson.builder().ignoreUnknownProperties(true).build();
    assertEquals("p1", json.read(programme(nested(63)), Programme.class).id().value());
    assertThrows(MigovJsonException.class, () -> json.read(programme(nested(64)), Programme.class));
    assertEquals("p1", json.read(programme("9".repeat(100)), Programme.class).id().value());
    assertThrows(MigovJsonException.class, () -> json.read(programme("9".repeat(101)), Programme.class));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> MigovJson.builder().maxNestingDepth(0));
    assertThrows(IllegalArgumentException.class, () -> MigovJson.builder().maxDocumentLength(0));
    assertThrows(IllegalArgumentException.class, () -> MigovJson.builder().maxStringLength(0));
    assertThrows(IllegalArgumentException.class, () -> MigovJson.builder().maxNameLength(-1));
    assertThrows(IllegalArgumentException.class, () -> MigovJson.builder().maxNumberLength(0));
  }
}
