package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.core.agreement.Agreement;
import org.migov.core.office.Office;

/**
 * The bad-input corpus: every file of {@code corpus/} (and each generated input named in the
 * manifest) read through the facade (strict, or lenient where the manifest says so), with the
 * outcome the manifest gives: the exception
 * (malformed input, or invalid content), its JSON Pointer, line, column and what was expected; or
 * {@code decoded} for the few that decode (bytes a lossy UTF-8 reader turns into text, amounts
 * the validation rules judge). Nothing else may escape, and nothing may take more than 10 seconds.
 */
class BadInputCorpusTest {
  private static final String CORPUS = "corpus/";
  private static final MigovJson JSON = MigovJson.create();
  private static final MigovJson LENIENT = MigovJson.builder().ignoreUnknownProperties(true).build();

  /**
   * Inputs too big to commit, from {@code generated.tsv}: a name, then a prefix, a unit repeated a
   * number of times, and a suffix. The command-line tests read the same recipes.
   */
  static Map<String, String> generated() {
    Map<String, String> inputs = new TreeMap<>();
    try (InputStream in = resource("generated.tsv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t", -1))
          .forEach(r -> inputs.put(r[0], r[1] + r[2].repeat(Integer.parseInt(r[3])) + r[4]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inputs;
  }

  /** One line of the manifest. */
  static final class Case {
    final String name;
    final String entry;
    final String outcome;

    Case(String line) {
      String[] columns = line.split("\t", 3);
      this.name = columns[0];
      this.entry = columns[1];
      this.outcome = columns[2];
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> manifest() {
    try (InputStream in = resource("manifest.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(Case::new)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS + name);
    if (in == null) {
      throw new IllegalStateException("missing corpus file " + name);
    }
    return in;
  }

  private static byte[] bytes(Case c) {
    if (c.name.startsWith("gen:")) {
      return generated().get(c.name).getBytes(StandardCharsets.UTF_8);
    }
    try (InputStream in = resource(c.name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the facade does with the input, as a manifest outcome. */
  static String outcome(Case c) {
    return outcome(c, JSON, LENIENT);
  }

  /** What these facades (strict, and skipping unknown properties) do with the input. */
  static String outcome(Case c, MigovJson strict, MigovJson skipping) {
    MigovJsonException e = error(c, strict, skipping);
    return e == null ? "decoded" : String.join("\t", e.isMalformedInput() ? "malformed" : "invalid", e.pointer(),
        Integer.toString(e.line()), Integer.toString(e.column()), e.expected());
  }

  /** The error these facades (strict, and skipping unknown properties) give for the input, or null when it decodes. */
  static MigovJsonException error(Case c, MigovJson strict, MigovJson skipping) {
    byte[] bytes = bytes(c);
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    try {
      switch (c.entry) {
        case "dataset":
          strict.readDataset(reader);
          break;
        case "lenient":
          skipping.readDataset(reader);
          break;
        case "office":
          strict.read(new String(bytes, StandardCharsets.UTF_8), Office.class);
          break;
        case "agreement":
          strict.read(new String(bytes, StandardCharsets.UTF_8), Agreement.class);
          break;
        case "jsonl":
          try (JsonLinesReader lines = strict.readJsonLinesTolerant(reader)) {
            while (lines.hasNext()) {
              JsonLine line = lines.next();
              if (line.error().isPresent()) {
                throw line.error().get();
              }
            }
          }
          break;
        default:
          throw new IllegalArgumentException("unknown entry " + c.entry);
      }
      return null;
    } catch (MigovJsonException e) {
      return e;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void eachBadInputGivesItsDocumentedOutcome(Case c) {
    String actual = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> outcome(c));
    assertEquals(c.outcome, actual, "manifest line: " + c.name + "\t" + c.entry + "\t" + actual);
  }

  @Test
  void theCorpusHasAtLeastAHundredInputsAndEveryFileIsInTheManifest() throws IOException, URISyntaxException {
    List<Case> cases = manifest();
    assertTrue(cases.size() >= 100, cases.size() + " inputs");
    Set<String> named = cases.stream().map(c -> c.name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(cases.size(), named.size(), "each input once");
    Set<String> files;
    try (var listing = Files.list(Path.of(BadInputCorpusTest.class.getResource(CORPUS + "manifest.tsv").toURI()).getParent())) {
      files = listing.map(f -> f.getFileName().toString()).filter(f -> !f.endsWith(".tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> namedFiles = named.stream().filter(n -> !n.startsWith("gen:")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(files, namedFiles, "the manifest names exactly the files of the corpus");
    assertEquals(generated().keySet(), named.stream().filter(n -> n.startsWith("gen:")).collect(Collectors.toCollection(TreeSet::new)));
    List<String> outcomes = new ArrayList<>();
    cases.forEach(c -> outcomes.add(c.outcome.split("\t")[0]));
    assertTrue(outcomes.stream().filter("decoded"::equals).count() < 15, "a bad-input corpus, mostly refused");
  }
}
