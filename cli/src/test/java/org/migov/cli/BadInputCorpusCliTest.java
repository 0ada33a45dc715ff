package org.migov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migov.validation.Rule;
import org.migov.validation.Severity;

/**
 * The bad-input corpora of migov-json and migov-validation through {@code migov validate}: every
 * input exits 1 (invalid) or 2 (unreadable) with a message naming the file, and never shows a
 * stack trace; a dataset that breaks only rules of severity WARNING exits 0 and shows the warning. The corpora come from the test-jars of
 * migov-json and migov-validation, copied out as files to be given to the command.
 */
class BadInputCorpusCliTest {
  @TempDir
  static Path generatedDir;

  private static final Path JSON_CORPUS = corpus("org/migov/json/corpus");
  private static final Path VALIDATION_CORPUS = corpus("org/migov/validation/corpus");

  /** A corpus of the test class path as a directory: where it lies, or copied out of its jar. */
  private static Path corpus(String resource) {
    try {
      URL manifest = BadInputCorpusCliTest.class.getClassLoader().getResource(resource + "/manifest.tsv");
      assertNotNull(manifest, "no " + resource + " on the test class path");
      if (manifest.getProtocol().equals("file")) {
        return Path.of(manifest.toURI()).getParent();
      }
      Path copy = Files.createTempDirectory("corpus");
      copy.toFile().deleteOnExit();
      try (FileSystem jar = FileSystems.newFileSystem(manifest.toURI(), Map.of());
           Stream<Path> files = Files.list(jar.getPath(resource))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path copied = Files.copy(file, copy.resolve(file.getFileName().toString()));
          copied.toFile().deleteOnExit();   // files first, then the directory: the reverse of registration
        }
      }
      return copy;
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The files of validation's corpus whose rules are all warnings, from its manifest. */
  private static final Set<String> WARNINGS_ONLY = warningsOnly();

  private static Set<String> warningsOnly() {
    try {
      Path manifest = VALIDATION_CORPUS.resolve("manifest.tsv");
      return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .filter(columns -> Arrays.stream(columns[1].split(","))
              .allMatch(code -> Rule.ofCode(code).severity() == Severity.WARNING))
          .map(columns -> columns[0])
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> corpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(JSON_CORPUS, VALIDATION_CORPUS)) {
      try (Stream<Path> listing = Files.list(dir)) {
        listing.filter(f -> !f.getFileName().toString().endsWith(".tsv")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  /** The generated inputs of json's corpus ({@code generated.tsv}), written out as files. */
  static Stream<Path> generated() throws IOException {
    Path recipes = JSON_CORPUS.resolve("generated.tsv");
    return Files.readAllLines(recipes, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .map(r -> write(r[0].replace("gen:", "") + ".json", r[1] + r[2].repeat(Integer.parseInt(r[3])) + r[4]));
  }

  private static Path write(String name, String content) {
    try {
      return Files.writeString(generatedDir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"corpus", "generated"})
  void eachBadInputExitsOneOrTwoWithAReadableMessage(Path file) {
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> CliRun.of("validate", "--as-of", "2026-11-22", file.toString()));
    String all = run.out + run.err;
    if (WARNINGS_ONLY.contains(file.getFileName().toString())) {
      // a dataset that breaks only rules of severity WARNING is valid: exit 0, the warning shown
      assertEquals(Migov.OK, run.exitCode, run.toString());
      assertTrue(all.contains("WARNING"), "says what is odd: " + run);
    } else {
      assertTrue(run.exitCode == Migov.INVALID || run.exitCode == Migov.UNREADABLE, run.toString());
      assertTrue(all.contains("ERROR"), "says what is wrong: " + run);
    }
    assertTrue(all.contains(file.getFileName().toString()), "names the file: " + run);
    assertFalse(all.contains("\tat ") || all.contains("Exception"), "no stack trace, no exception name: " + run);
  }

  @Test
  void theCorporaAreThere() throws IOException {
    assertTrue(corpus().count() >= 170, "json and validation corpus files");
    assertTrue(WARNINGS_ONLY.size() < corpus().count() / 10, "most corpus files break an error rule: " + WARNINGS_ONLY);
    assertTrue(generated().map(Path::toString).collect(Collectors.toList()).size() >= 5);
  }
}
