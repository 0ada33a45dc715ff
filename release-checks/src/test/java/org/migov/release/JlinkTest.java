package org.migov.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * core, json and validation are named modules that jlink can link: an application module that
 * requires org.migov.json and org.migov.validation is compiled, linked into a runtime image with
 * its dependencies (Jackson's core, Jakarta Validation, Hibernate Validator and theirs) and run;
 * it reads a dataset, checks it with migov's validator and with Jakarta Validation's default
 * factory, and must print what the same code prints on the class path.
 */
class JlinkTest {
  private static final String MODULE_INFO = """
      module demo.app {
        requires org.migov.json;
        requires org.migov.validation;
      }
      """;

  /** An office of an organisation the dataset does not hold: DS-002 in every mode. */
  static final String DATASET = "{\"format\": \"migov\", \"version\": \"1.1\", \"organisations\": [{\"id\": \"it-maeci\","
      + " \"name\": {\"en\": \"IT-MAECI\"}, \"kinds\": [\"nationalGovernmentBody\"]}], \"offices\": [{\"id\": \"o1\","
      + " \"organisation\": \"iom\", \"kind\": \"countryOffice\", \"name\": {\"en\": \"IOM Rome\"},"
      + " \"location\": {\"locality\": \"Rome\", \"country\": \"IT\"}}]}";

  private static final String MAIN = """
      package demo;

      import jakarta.validation.Validation;
      import jakarta.validation.ValidatorFactory;
      import java.time.Clock;
      import java.time.Instant;
      import java.time.ZoneOffset;
      import java.util.Locale;
      import org.migov.core.dataset.Dataset;
      import org.migov.json.MigovJson;
      import org.migov.validation.MigovValidator;
      import org.migov.validation.ValidationReport;

      public class Main {
        public static void main(String[] args) {
          Dataset dataset = MigovJson.create().readDataset(args[0]);
          ValidationReport report = MigovValidator.builder()
              .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
              .locale(Locale.ITALIAN).build().validate(dataset);
          System.out.println(report.codes() + " " + report.violations().get(0).message());
          try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            System.out.println(factory.getValidator().validate(dataset).size() + " violation(s) through Jakarta Validation");
          }
        }
      }
      """;

  @Test
  void anApplicationOfCoreJsonAndValidationLinksAndRuns(@TempDir Path work) throws Exception {
    String modulePath = System.getProperty("java.class.path");
    Path source = work.resolve("src");
    Files.createDirectories(source.resolve("demo"));
    Files.writeString(source.resolve("module-info.java"), MODULE_INFO);
    Files.writeString(source.resolve("demo/Main.java"), MAIN);
    Path classes = work.resolve("classes");
    run("javac", "--module-path", modulePath, "-d", classes.toString(),
        source.resolve("module-info.java").toString(), source.resolve("demo/Main.java").toString());

    Path image = work.resolve("image");
    run("jlink", "--module-path", modulePath + File.pathSeparator + classes, "--add-modules", "demo.app",
        "--strip-debug", "--no-header-files", "--no-man-pages", "--output", image.toString());

    Path java = image.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    Path errors = work.resolve("stderr.txt");
    Process process = new ProcessBuilder(java.toString(), "-m", "demo.app/demo.Main", DATASET)
        .redirectError(errors.toFile()).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the linked application did not end");
    assertEquals(0, process.exitValue(), printed + Files.readString(errors));

    assertTrue(printed.startsWith("[DS-002] "), printed);
    assertEquals(onTheClassPath(classes), printed.replace("\r\n", "\n"));
  }

  /** What the same main class prints in this JVM, on the class path. */
  private static String onTheClassPath(Path classes) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
        JlinkTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      loader.loadClass("demo.Main").getMethod("main", String[].class).invoke(null, (Object) new String[] {DATASET});
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static void run(String tool, String... arguments) {
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);
    int status = ToolProvider.findFirst(tool).orElseThrow(() -> new AssertionError("no " + tool + " in this JDK"))
        .run(writer, writer, arguments);
    writer.flush();
    assertEquals(0, status, tool + " failed: " + output);
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").startsWith("Windows");
  }
}
