package org.migov.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ratios {@code time(2N) / time(N)} of a JMH run of {@link RuleScaleBenchmark} (or of any
 * benchmark with a numeric parameter), from JMH's JSON output, as a Markdown table:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RuleScaleBenchmark -rf json -rff rule-scale.json
 * java -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.RuleScaleRatios rule-scale.json
 * </pre>
 *
 * <p>Each result is paired with the result of the same benchmark whose parameters are the same
 * but one, which is twice as large. The program exits with status 1 when a ratio is above the
 * limit (2.3 unless a second argument gives another), 2 on bad usage or when no pair is found.
 * Controls, the benchmarks whose method name starts with {@value #CONTROL_PREFIX}, are shown and
 * marked but not held to the limit: they measure plain Java, not a rule.
 */
public final class RuleScaleRatios {
  private RuleScaleRatios() {}

  /** The largest ratio allowed unless the command line gives another. */
  public static final double DEFAULT_LIMIT = 2.3;

  /** How the method name of a control begins. */
  public static final String CONTROL_PREFIX = "control";

  /**
   * One JMH result: a benchmark, its parameters, its score and error.
   *
   * @param benchmark the benchmark's full name
   * @param params the parameters, in JMH's order
   * @param score the score
   * @param error JMH's error (half the 99.9% confidence interval)
   * @param unit the score's unit
   */
  public record Result(String benchmark, Map<String, String> params, double score, double error, String unit) {
    /**
     * A result.
     *
     * @param benchmark the benchmark's full name
     * @param params the parameters, in JMH's order
     * @param score the score
     * @param error JMH's error (half the 99.9% confidence interval)
     * @param unit the score's unit
     */
    public Result {
      Objects.requireNonNull(benchmark, "benchmark");
      params = Map.copyOf(params);
    }

    /**
     * The benchmark's method name.
     *
     * @return what follows the last dot
     */
    public String method() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
  }

  /**
   * A result at size N and the one at 2N.
   *
   * @param param the parameter that doubles
   * @param small the result at N
   * @param large the result at 2N
   */
  public record Pair(String param, Result small, Result large) {
    /**
     * The ratio of the times.
     *
     * @return {@code time(2N) / time(N)}
     */
    public double ratio() {
      return large.score() / small.score();
    }

    /**
     * Whether this is a control, not held to the limit.
     *
     * @return true when the method name starts with {@value RuleScaleRatios#CONTROL_PREFIX}
     */
    public boolean control() {
      return small.method().startsWith(CONTROL_PREFIX);
    }

    /**
     * Whether the ratio breaks the limit: above it, and not a control.
     *
     * @param limit the largest ratio allowed
     * @return true when it does
     */
    public boolean above(double limit) {
      return !control() && ratio() > limit;
    }
  }

  /**
   * Reads JMH's JSON output ({@code -rf json}).
   *
   * @param json the document
   * @return the results, in the document's order
   */
  public static List<Result> parse(String json) {
    JsonNode root = JsonMapper.builder().build().readTree(json);
    List<Result> results = new ArrayList<>();
    for (JsonNode run : root) {
      Map<String, String> params = new LinkedHashMap<>();
      JsonNode given = run.path("params");
      for (String name : given.propertyNames()) {
        params.put(name, given.get(name).asString());
      }
      JsonNode metric = run.get("primaryMetric");
      results.add(new Result(run.get("benchmark").asString(), params, metric.get("score").asDouble(),
          metric.get("scoreError").asDouble(), metric.get("scoreUnit").asString()));
    }
    return results;
  }

  /**
   * Pairs every result with the result of the same benchmark at twice one parameter, the other
   * parameters equal.
   *
   * @param results the results
   * @return the pairs, in the order of the smaller result
   */
  public static List<Pair> pairs(List<Result> results) {
    List<Pair> pairs = new ArrayList<>();
    for (Result small : results) {
      for (Map.Entry<String, String> param : small.params().entrySet()) {
        Long value = number(param.getValue());
        if (value == null) {
          continue;
        }
        Map<String, String> doubled = new LinkedHashMap<>(small.params());
        doubled.put(param.getKey(), Long.toString(2 * value));
        for (Result large : results) {
          if (large.benchmark().equals(small.benchmark()) && large.params().equals(doubled)) {
            pairs.add(new Pair(param.getKey(), small, large));
          }
        }
      }
    }
    return pairs;
  }

  private static Long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The pairs as a Markdown table: benchmark, parameter, N, 2N, the two scores with their
   * errors, the ratio (in bold when above the limit; a control's marked as such).
   *
   * @param pairs the pairs
   * @param limit the largest ratio allowed; a ratio above it is marked
   * @return the table
   */
  public static String table(List<Pair> pairs, double limit) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | parameter | N | 2N | time(N) | time(2N) | time(2N) / time(N) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (Pair pair : pairs) {
      out.append(String.format(Locale.ROOT, "| `%s` | `%s` | %,d | %,d | %s | %s | %s%.2f%s |%n",
          pair.small().method(), pair.param(),
          Long.parseLong(pair.small().params().get(pair.param())),
          Long.parseLong(pair.large().params().get(pair.param())),
          score(pair.small()), score(pair.large()),
          pair.above(limit) ? "**" : "", pair.ratio(),
          pair.above(limit) ? " (above " + limit + ")**" : pair.control() ? " (control)" : ""));
    }
    return out.toString();
  }

  private static String score(Result result) {
    return String.format(Locale.ROOT, "%.3f ± %.3f %s", result.score(), result.error(), result.unit());
  }

  /**
   * Prints the table of a JMH JSON file.
   *
   * @param args the JSON file, then optionally the largest ratio allowed
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: RuleScaleRatios JMH-JSON-FILE [LIMIT]");
      System.exit(2);
    }
    double limit = args.length == 2 ? Double.parseDouble(args[1]) : DEFAULT_LIMIT;
    String json;
    try {
      json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.exit(run(json, limit, System.out));
  }

  /**
   * Prints the table and says whether every ratio is within the limit.
   *
   * @param json JMH's JSON output
   * @param limit the largest ratio allowed
   * @param out where to print
   * @return 0 when every ratio but the controls' is within the limit, 1 when one is not, 2 when
   *     there is no pair
   */
  public static int run(String json, double limit, PrintStream out) {
    List<Pair> pairs = pairs(parse(json));
    if (pairs.isEmpty()) {
      out.println("no result at N with a result at 2N");
      return 2;
    }
    out.print(table(pairs, limit));
    long above = pairs.stream().filter(p -> p.above(limit)).count();
    long controls = pairs.stream().filter(Pair::control).count();
    out.printf(Locale.ROOT, "%n%d ratios of rules, %s%n", pairs.size() - controls,
        above == 0 ? "all at most " + limit : above + " above " + limit);
    return above == 0 ? 0 : 1;
  }
}
