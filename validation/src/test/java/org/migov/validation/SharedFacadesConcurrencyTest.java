package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.migov.core.Entity;
import org.migov.core.dataset.Dataset;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import org.migov.testkit.DatasetGens;
import org.migov.testkit.RuleBreakingGens;

/**
 * One {@link MigovJson} and one {@link MigovValidator}, shared by 8 threads doing 10,000 mixed
 * operations each, give exactly the results of a single thread: decoding and encoding datasets
 * and entities, reading JSON Lines, tolerant reading of broken documents, validating entities and
 * datasets, and the errors of malformed input.
 */
class SharedFacadesConcurrencyTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 10_000;

  private static final MigovJson JSON = MigovJson.create();
  private static final MigovValidator VALIDATOR = Fixtures.validator();

  /** One operation on the shared facades, and what a single thread got from it. */
  private static final class Case {
    final String name;
    final Supplier<Object> operation;
    final Object expected;

    Case(String name, Supplier<Object> operation) {
      this.name = name;
      this.operation = operation;
      this.expected = operation.get();
    }
  }

  @Test
  void eightThreadsGetTheSingleThreadedResults() throws Exception {
    List<Case> cases = cases();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<List<String>> worker = () -> {
          start.await();
          Random random = new Random(seed);
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < OPERATIONS; i++) {
            Case c = cases.get(random.nextInt(cases.size()));
            Object actual = c.operation.get();
            if (!c.expected.equals(actual)) {
              mismatches.add(c.name + ": expected " + c.expected + " but got " + actual);
            }
          }
          return mismatches;
        };
        results.add(pool.submit(worker));
      }
      start.countDown();
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> result : results) {
        mismatches.addAll(result.get(2, TimeUnit.MINUTES));
      }
      assertEquals(List.of(), mismatches.subList(0, Math.min(5, mismatches.size())), mismatches.size() + " mismatches");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theCasesCoverValidAndBrokenData() {
    List<Case> cases = cases();
    assertTrue(cases.size() > 100, cases.size() + " cases");
    long invalidReports = cases.stream()
        .filter(c -> c.expected instanceof ValidationReport && !((ValidationReport) c.expected).isValid())
        .count();
    long decodeErrors = cases.stream().filter(c -> c.expected instanceof String && ((String) c.expected).startsWith("error: ")).count();
    assertTrue(invalidReports >= 20, invalidReports + " invalid reports");
    assertTrue(decodeErrors >= 5, decodeErrors + " decode errors");
  }

  private static List<Case> cases() {
    Random random = new Random(20261122);
    List<Dataset> datasets = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      datasets.add(DatasetGens.valid(Fixtures.TODAY).sample(random, 10));
    }
    for (String code : RuleBreakingGens.codes()) {
      datasets.add(RuleBreakingGens.breaking(code, Fixtures.TODAY).sample(random, 10));
    }
    List<Case> cases = new ArrayList<>();
    for (Dataset dataset : datasets) {
      String text = JSON.writeDataset(dataset);
      cases.add(new Case("writeDataset", () -> JSON.writeDataset(dataset)));
      cases.add(new Case("readDataset", () -> JSON.readDataset(text)));
      cases.add(new Case("validate(dataset)", () -> VALIDATOR.validate(dataset)));
      cases.add(new Case("decode and validate", () -> VALIDATOR.validate(JSON.readDataset(new StringReader(text)))));
      cases.add(new Case("readDatasetTolerant", () -> tolerant(text.replaceFirst("\"id\":\"", "\"id\":7,\"x\":\""))));
      cases.add(new Case("malformed", () -> decodeError(() -> JSON.readDataset(text.substring(0, text.length() / 2)))));
      List<Entity> entities = new ArrayList<>();
      entities.addAll(dataset.organisations());
      entities.addAll(dataset.offices());
      entities.addAll(dataset.agreements());
      entities.addAll(dataset.programmes());
      entities.addAll(dataset.events());
      for (Entity entity : entities) {
        String one = JSON.write(entity);
        cases.add(new Case("write(entity)", () -> JSON.write(entity)));
        cases.add(new Case("read(entity)", () -> JSON.read(one, entity.getClass())));
        cases.add(new Case("validate(entity)", () -> VALIDATOR.validate(entity)));
      }
    }
    return cases;
  }

  /** What the tolerant reader gives, as comparable values: the dataset and each error's text. */
  private static Object tolerant(String text) {
    var decoded = JSON.readDatasetTolerant(new StringReader(text));
    List<Object> result = new ArrayList<>();
    result.add(decoded.dataset());
    decoded.errors().forEach(e -> result.add(e.getMessage()));
    return result;
  }

  /** The message of the decode error, which must be a {@link MigovJsonException}. */
  private static Object decodeError(Supplier<Object> decode) {
    try {
      return "decoded: " + decode.get();
    } catch (MigovJsonException e) {
      return "error: " + e.getMessage();
    }
  }
}
