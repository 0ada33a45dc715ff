package org.migov.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.json.MigovJson;

/**
 * The rule corpus: datasets that decode but break rules (dangling references, cycles, duplicate
 * ids, negative and negative-zero amounts, one dataset per rule of the catalogue...). For each,
 * the manifest gives the codes the validator reports and where the first violation is (entity
 * kind, id and path); nothing but a report may come out, within 10 seconds.
 */
class RuleCorpusTest {
  private static final String CORPUS = "corpus/";
  private static final MigovJson JSON = MigovJson.create();
  private static final MigovValidator VALIDATOR = Fixtures.validator();

  static List<String[]> manifest() {
    try (InputStream in = RuleCorpusTest.class.getResourceAsStream(CORPUS + "manifest.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", 2))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report of a corpus file, as a manifest outcome: codes, then the first violation's place. */
  static String outcome(String file) throws IOException {
    String text;
    try (InputStream in = RuleCorpusTest.class.getResourceAsStream(CORPUS + file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ValidationReport report = VALIDATOR.validate(JSON.readDataset(text));
    Violation first = report.violations().get(0);
    return String.join(",", report.codes()) + "\t" + first.code() + " "
        + first.entityKind().map(k -> k.code()).orElse("-") + " " + first.entityId().map(Object::toString).orElse("-") + " "
        + (first.path().isRoot() ? "-" : first.path().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void eachDatasetBreaksItsRules(String file, String expected) {
    String actual = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> outcome(file));
    assertEquals(expected, actual, "manifest line: " + file + "\t" + actual);
  }

  @Test
  void everyRuleIsBrokenByAFileAndEveryFileIsInTheManifest() throws IOException, URISyntaxException {
    List<String[]> lines = manifest();
    Set<String> named = lines.stream().map(l -> l[0]).collect(Collectors.toCollection(TreeSet::new));
    Set<String> files;
    try (var listing = Files.list(Path.of(RuleCorpusTest.class.getResource(CORPUS + "manifest.tsv").toURI()).getParent())) {
      files = listing.map(f -> f.getFileName().toString()).filter(f -> !f.equals("manifest.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(files, named);
    Set<String> reported = lines.stream().flatMap(l -> Arrays.stream(l[1].split("\t")[0].split(",")))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toCollection(TreeSet::new)), reported);
  }
}
