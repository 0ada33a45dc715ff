package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.programme.Programme;

/** The builder's limits, each enforced exactly at its value, and the exponents of decimals. */
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
}
