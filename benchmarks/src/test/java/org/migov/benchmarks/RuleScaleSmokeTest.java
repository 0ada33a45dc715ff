package org.migov.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.validation.Rule;
import org.migov.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Runs every benchmark method of {@link RuleScaleBenchmark} once on tiny inputs, outside JMH, and
 * checks that each input breaks the rule it is meant to and that each size parameter comes as N
 * and 2N; and checks {@link RuleScaleRatios} on a JSON document shaped like JMH's. Not a timing.
 */
class RuleScaleSmokeTest {
  private static final RuleScaleBenchmark BENCH = new RuleScaleBenchmark();

  @Test
  void overlappingTenuresGiveOneOrg007WithTheirCount() {
    RuleScaleBenchmark.Tenures state = new RuleScaleBenchmark.Tenures();
    state.tenures = 40;
    state.setUp();
    ValidationReport report = BENCH.org007OverlappingTenures(state);
    assertEquals(Map.of(Rule.ORG_007, 1L), report.counts());
    assertTrue(report.violations().get(0).message().contains("(40 tenures"), report.toString());
  }

  @Test
  void oneRoleInAThousandOutsideTheMembershipsIsAnOrg011() {
    RuleScaleBenchmark.Roles state = new RuleScaleBenchmark.Roles();
    state.roles = 3000;
    state.setUp();
    ValidationReport report = BENCH.org011RolesAndMemberships(state);
    assertEquals(Map.of(Rule.ORG_011, 3L), report.counts());
  }

  @Test
  void everySecondBudgetOverlapsTheOneBeforeAsAPrg016() {
    RuleScaleBenchmark.Budgets state = new RuleScaleBenchmark.Budgets();
    state.budgets = 20_000;
    state.setUp();
    ValidationReport report = BENCH.prg016OverlappingBudgets(state);
    assertEquals(10_000L, report.counts().get(Rule.PRG_016));
  }

  @Test
  void theSignatoryOfNoPartyIsTheOneAgr002() {
    RuleScaleBenchmark.Signatories state = new RuleScaleBenchmark.Signatories();
    state.parties = 30;
    state.setUp();
    assertEquals(31, state.agreement.signatories().size());
    assertEquals(state.agreement.parties().get(29), state.agreement.signatories().get(0).party());
    ValidationReport report = BENCH.agr002SignatoriesAndParties(state);
    assertEquals(Map.of(Rule.AGR_002, 1L), report.counts());
    assertEquals("signatories[30].party", report.violations().get(0).path().toString());
    assertEquals(1, BENCH.controlPlainHashSet(state));
  }

  @Test
  void everySupersedesLinkIsOneAgr008() {
    RuleScaleBenchmark.SupersedesLinks state = new RuleScaleBenchmark.SupersedesLinks();
    state.partiesEach = 20;
    state.links = 7;
    state.setUp();
    assertEquals(40, state.dataset.organisations().size());
    ValidationReport report = BENCH.agr008SupersedesLinks(state);
    assertEquals(Map.of(Rule.AGR_008, 7L), report.counts());
  }

  @Test
  void danglingReferencesArePastTheReportsBoundAndAllCounted() {
    RuleScaleBenchmark.DanglingReferences state = new RuleScaleBenchmark.DanglingReferences();
    state.references = 12_000;
    state.setUp();
    ValidationReport report = BENCH.ds002DanglingReferences(state);
    assertEquals(Map.of(Rule.AGR_001, 1L, Rule.DS_002, 12_000L), report.counts());
    assertEquals(10_000, report.violations().size());
    assertEquals(2_001, report.omitted());
  }

  @Test
  void generatedCopiesAreValidAndTwiceAsMany() {
    RuleScaleBenchmark.Generated state = new RuleScaleBenchmark.Generated();
    state.samples = 2;
    state.copies = 1;
    state.setUp();
    Dataset once = state.dataset;
    assertTrue(once.size() > 10, "entities: " + once.size());
    ValidationReport report = BENCH.generatedDataset(state);
    assertEquals(0, report.count(), report.toString());

    state.copies = 2;
    state.setUp();
    Dataset twice = state.dataset;
    assertEquals(2 * once.organisations().size(), twice.organisations().size());
    assertEquals(2 * once.offices().size(), twice.offices().size());
    assertEquals(2 * once.agreements().size(), twice.agreements().size());
    assertEquals(2 * once.programmes().size(), twice.programmes().size());
    assertEquals(2 * once.events().size(), twice.events().size());
    // A reference left unrenamed would be a DS-002 or an AGR-008, an id a DS-001.
    assertEquals(0, BENCH.generatedDataset(state).count());
  }

  @Test
  void everyBenchmarkHasAStateWhoseSizeComesAsNAnd2N() {
    List<Method> benchmarks = Arrays.stream(RuleScaleBenchmark.class.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class)).collect(Collectors.toList());
    assertEquals(8, benchmarks.size());
    for (Method benchmark : benchmarks) {
      assertTrue(benchmark.getReturnType() == ValidationReport.class || benchmark.getReturnType() == int.class,
          benchmark.getName());
      assertEquals(1, benchmark.getParameterCount(), benchmark.getName());
      List<long[]> sizes = Arrays.stream(benchmark.getParameterTypes()[0].getFields())
          .filter(f -> f.isAnnotationPresent(Param.class))
          .map(RuleScaleSmokeTest::values)
          .filter(values -> values.length > 1)
          .collect(Collectors.toList());
      assertEquals(1, sizes.size(), benchmark.getName() + ": one size parameter");
      Set<Long> values = Arrays.stream(sizes.get(0)).boxed().collect(Collectors.toSet());
      for (long value : sizes.get(0)) {
        assertTrue(values.contains(2 * value) || value % 2 == 0 && values.contains(value / 2),
            benchmark.getName() + ": " + values);
      }
    }
  }

  private static long[] values(Field field) {
    return Arrays.stream(field.getAnnotation(Param.class).value()).mapToLong(Long::parseLong).toArray();
  }

  /** Two results as JMH's JSON output gives them, shortened. */
  private static String jmhJson(double small, double large) {
    return jmhJson("agr008SupersedesLinks", small, large);
  }

  private static String jmhJson(String method, double small, double large) {
    String result = "{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.migov.benchmarks.RuleScaleBenchmark." + method + "\","
        + "\"mode\":\"avgt\",\"params\":{\"links\":\"%s\",\"partiesEach\":\"5000\"},"
        + "\"primaryMetric\":{\"score\":%s,\"scoreError\":0.5,\"scoreConfidence\":[1,2],\"scoreUnit\":\"ms/op\"}}";
    return "[" + String.format(java.util.Locale.ROOT, result, "1000", small) + ","
        + String.format(java.util.Locale.ROOT, result, "2000", large) + "]";
  }

  @Test
  void theRatiosPairNWith2NAndFailAboveTheLimit() {
    List<RuleScaleRatios.Pair> pairs = RuleScaleRatios.pairs(RuleScaleRatios.parse(jmhJson(10.0, 21.0)));
    assertEquals(1, pairs.size());
    assertEquals("links", pairs.get(0).param());
    assertEquals(2.1, pairs.get(0).ratio(), 1e-9);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, RuleScaleRatios.run(jmhJson(10.0, 21.0), 2.3, new PrintStream(out, true, StandardCharsets.UTF_8)));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| `agr008SupersedesLinks` | `links` | 1,000 | 2,000 | 10.000 ± 0.500 ms/op | 21.000 ± 0.500 ms/op | 2.10 |"),
        table);
    assertEquals(1, RuleScaleRatios.run(jmhJson(10.0, 24.0), 2.3, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertEquals(2, RuleScaleRatios.run("[]", 2.3, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

    ByteArrayOutputStream control = new ByteArrayOutputStream();
    assertEquals(0, RuleScaleRatios.run(jmhJson("controlPlainHashSet", 10.0, 25.0), 2.3,
        new PrintStream(control, true, StandardCharsets.UTF_8)));
    assertTrue(control.toString(StandardCharsets.UTF_8).contains("| 2.50 (control) |"), control.toString(StandardCharsets.UTF_8));
  }
}
