package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.programme.Programme;

/**
 * The builder's limits: each enforced exactly at its value (read at the limit, refused one past
 * it with a {@link MigovJsonException} that says where), through a String, a Reader, a dataset
 * stream and JSON Lines; the defaults; limits below one refused; and the exponents of decimals.
 * Small limits keep the documents small.
 */
class LimitsTest {
  private static final MigovJson JSON = MigovJson.create();

  private static String programme(String more) {
    return "{\"id\":\"p\",\"title\":{\"en\":\"x\"}" + more + "}";
  }

  private static String budget(String amount) {
    return programme(",\"budget\":{\"amount\":" + amount + ",\"currency\":\"EUR\"}");
  }

  private static void assertOverLimit(MigovJson json, String document, String what) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> json.read(document, Programme.class));
    assertEquals("well-formed JSON within migov's limits", e.expected(), e.getMessage());
    assertTrue(e.isMalformedInput());
    assertTrue(e.found().contains(what), e.found());
  }

  @Test
  void eachLimitOfTheBuilderHoldsAtItsValueAndRefusesOneMore() {
    MigovJson small = MigovJson.builder()
        .maxNestingDepth(3)
        .maxDocumentLength(120)
        .maxStringLength(4)
        .maxNameLength(8)
        .maxNumberLength(3)
        .ignoreUnknownProperties(true)
        .build();
    String ok = budget("999");
    assertEquals(new BigDecimal("999"), small.read(ok, Programme.class).budget().orElseThrow().amount());
    assertOverLimit(small, budget("1000"), "Number value length exceeds the maximum allowed (3");
    assertOverLimit(small, programme(",\"abcdefghi\":1"), "Name length exceeds the maximum allowed (8");
    assertOverLimit(small, programme(",\"acronym\":\"ABCDE\""), "String value length exceeds the maximum allowed (4");
    assertEquals("p", small.read(programme(",\"zz\":[[1]],\"acronym\":\"ABCD\""), Programme.class).id().value());
    assertOverLimit(small, programme(",\"zz\":[[[1]]]"), "Document nesting depth (4) exceeds the maximum allowed (3");
    assertOverLimit(small, programme(",\"acronym\":\"ABCD\"" + " ".repeat(120)), "Document length");
  }

  static Stream<Arguments> setters() {
    return Stream.of(
        Arguments.of("depth", (Consumer<Integer>) n -> MigovJson.builder().maxNestingDepth(n)),
        Arguments.of("length", (Consumer<Integer>) n -> MigovJson.builder().maxDocumentLength(n)),
        Arguments.of("length", (Consumer<Integer>) n -> MigovJson.builder().maxStringLength(n)),
        Arguments.of("length", (Consumer<Integer>) n -> MigovJson.builder().maxNameLength(n)),
        Arguments.of("length", (Consumer<Integer>) n -> MigovJson.builder().maxNumberLength(n)));
  }

  @ParameterizedTest
  @MethodSource("setters")
  void limitsBelowOneAreRefused(String name, Consumer<Integer> setter) {
    setter.accept(1);
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> setter.accept(0));
    assertEquals(name + " must be >= 1, was 0", zero.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> setter.accept(-5));
    assertEquals(name + " must be >= 1, was -5", negative.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"1.5e2, 150", "1.5E2, 150", "15e-1, 1.5", "1e+2, 100", "2E-0, 2", "7e000000000000000002, 700", "-3e1, -30"})
  void anExponentWithinTheLimitIsRead(String amount, String plain) {
    BigDecimal read = JSON.read(budget(amount), Programme.class).budget().orElseThrow().amount();
    assertEquals(new BigDecimal(amount), read);
    assertEquals(plain, read.toPlainString());
  }

  @ParameterizedTest
  @CsvSource({"1e100", "1e-100", "1e0100"})
  void anExponentAtTheLimitReachesTheMoneyCheck(String amount) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(budget(amount), Programme.class));
    assertTrue(e.expected().startsWith("an amount of at most "), e.getMessage());
    assertEquals("/budget", e.pointer());
  }

  @ParameterizedTest
  @CsvSource({"1e101", "1e-101", "1e+101", "1e0101", "1e1000", "1e99999999999999999999"})
  void anExponentPastTheLimitIsRefusedBeforeAnyArithmetic(String amount) {
    MigovJsonException e = assertThrows(MigovJsonException.class, () -> JSON.read(budget(amount), Programme.class));
    assertEquals("the amount with an exponent of at most 100", e.expected());
    assertEquals(amount, e.found());
    assertEquals("/budget/amount", e.pointer());
  }

  @Test
  void theMessageOfANumberPastTheLimitIsTheSameOnEveryThread() throws Exception {
    String integer = "{\"id\":\"a\",\"name\":{\"en\":\"A\"},\"memberStateCount\":" + "7".repeat(10_000) + "}";
    String decimal = budget("1." + "7".repeat(10_000));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.Set<String> messages = java.util.concurrent.ConcurrentHashMap.newKeySet();
      java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        boolean first = i % 2 == 0;
        runs.add(pool.submit(() -> messages.add(assertThrows(MigovJsonException.class, () -> {
          if (first) {
            JSON.read(integer, org.migov.core.organisation.Organisation.class);
          } else {
            JSON.read(decimal, Programme.class);
          }
        }).found())));
      }
      for (java.util.concurrent.Future<?> run : runs) {
        run.get();
      }
      assertEquals(java.util.Set.of("Number value length exceeds the maximum allowed (100, from "
          + "`StreamReadConstraints.getMaxNumberLength()`)"), messages, "integers and decimals alike, on every thread");
    } finally {
      pool.shutdownNow();
    }
  }

  /** A lenient facade, so that an unknown property can carry the value that tests a limit. */
  private static MigovJson lenient(Function<MigovJson.Builder, MigovJson.Builder> limit) {
    return limit.apply(MigovJson.builder().ignoreUnknownProperties(true)).build();
  }

  private static String withExtra(String extraValue) {
    return "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"extra\":" + extraValue + "}";
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** A limit, a document just within it, and one just past it. */
  static Stream<Arguments> limits() {
    return Stream.of(
        // the programme object is depth 1, so the extra value may nest 9 deep within 10
        Arguments.of("nesting", lenient(b -> b.maxNestingDepth(10)), withExtra(nested(9)), withExtra(nested(10))),
        // a string is measured when it is read (a skipped one is never built), so the acronym
        Arguments.of("string", lenient(b -> b.maxStringLength(50)),
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"acronym\":\"" + "s".repeat(50) + "\"}",
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"acronym\":\"" + "s".repeat(51) + "\"}"),
        Arguments.of("name", lenient(b -> b.maxNameLength(40)),
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"" + "n".repeat(40) + "\":1}",
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"" + "n".repeat(41) + "\":1}"),
        Arguments.of("integer", lenient(b -> b.maxNumberLength(30)), withExtra("1".repeat(30)), withExtra("1".repeat(31))),
        // a decimal is measured when it is read (a skipped one is never built), so the budget
        Arguments.of("decimal", lenient(b -> b.maxNumberLength(10)),
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1234567.50,\"currency\":\"EUR\"}}",
            "{\"id\":\"p1\",\"title\":{\"en\":\"x\"},\"budget\":{\"amount\":1234567.505,\"currency\":\"EUR\"}}"),
        Arguments.of("document", lenient(b -> b.maxDocumentLength(withExtra("\"" + "d".repeat(100) + "\"").length())),
            withExtra("\"" + "d".repeat(100) + "\""), withExtra("\"" + "d".repeat(101) + "\"")));
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
    assertEquals("p1", json.read(withExtra(nested(63)), Programme.class).id().value());
    assertThrows(MigovJsonException.class, () -> json.read(withExtra(nested(64)), Programme.class));
    assertEquals("p1", json.read(withExtra("9".repeat(100)), Programme.class).id().value());
    assertThrows(MigovJsonException.class, () -> json.read(withExtra("9".repeat(101)), Programme.class));
  }
}
