package org.migov.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import org.migov.core.programme.Programme;
import org.migov.core.programme.ProgrammeId;
import org.migov.iati.IatiReader;
import org.migov.iati.IatiRecord;
import org.migov.iati.IatiWriter;

/**
 * The IATI reader on a large file, outside JMH, beside the peers that {@code benchmarks/iati/compare.sh}
 * runs in the same session (Python lxml {@code iterparse}, {@code xmllint --stream --schema}):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.IatiScaleRun generate /tmp/iati-large.xml 90 ../shared/data/iati/real/iom
 * java -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.IatiScaleRun read /tmp/iati-large.xml 10 jdk
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.IatiScaleRun read /tmp/iati-large.xml 1 jdk
 * </pre>
 *
 * <p>{@code generate} writes copies of IOM's real activities (each copy with its own identifier)
 * through {@link IatiWriter}, so the file has the shapes real publishers write. {@code read} reads
 * and maps the whole file into programmes, organisations and diagnostics, rounds times in one JVM,
 * with the JDK's StAX or Aalto's, optionally validating against the XSD in the same pass, and
 * prints each round, the first round's time ({@code first}: a cold JVM, as one import from the
 * command line sees) and the median of the second half of the rounds ({@code seconds}: the first
 * half warms the JIT, as JMH's warm-up iterations do).
 */
public final class IatiScaleRun {
  private IatiScaleRun() {}

  /**
   * Runs.
   *
   * @param args {@code generate OUT COPIES IOM_FOLDER}, {@code read FILE ROUNDS jdk|aalto [schema DIR] [noretain]} or
   *     {@code validate FILE ROUNDS SCHEMA_DIR} (the JDK's XSD validator alone)
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("generate")) {
      generate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
    } else if (args.length >= 4 && args[0].equals("read")) {
      List<String> options = Arrays.asList(args).subList(4, args.length);
      IatiReader reader = args[3].equals("aalto") ? IatiReader.using(aalto()) : IatiReader.create();
      int schema = options.indexOf("schema");
      if (schema >= 0) {
        reader = reader.validatingSchema(Path.of(options.get(schema + 1)));
      }
      reader = reader.retainingUnmapped(!options.contains("noretain"));
      read(Path.of(args[1]), Integer.parseInt(args[2]), reader);
    } else if (args.length == 4 && args[0].equals("validate")) {
      validate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
    } else {
      System.err.println("usage: IatiScaleRun generate OUT COPIES IOM_FOLDER | IatiScaleRun read FILE ROUNDS jdk|aalto [schema DIR] [noretain]"
          + " | IatiScaleRun validate FILE ROUNDS SCHEMA_DIR");
      System.exit(2);
    }
  }

  private static XMLInputFactory aalto() {
    return new com.fasterxml.aalto.stax.InputFactoryImpl();
  }

  private static void generate(Path out, int copies, Path iom) throws IOException {
    List<IatiRecord> records = new ArrayList<>();
    for (String page : List.of("dportal_117.xml", "dportal_118.xml", "dportal_119.xml")) {
      try (InputStream in = Files.newInputStream(iom.resolve(page)); Stream<IatiRecord> read = IatiReader.create().read(in)) {
        records.addAll(read.collect(Collectors.toList()));
      }
    }
    long start = System.nanoTime();
    int activities = 0;
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        IatiWriter.Document document = IatiWriter.builder().generatedAt(java.time.Instant.parse("2026-12-02T00:00:00Z")).build()
            .open(file)) {
      for (int copy = 0; copy < copies; copy++) {
        for (IatiRecord record : records) {
          Programme programme = record.programme().orElseThrow();
          Programme copied = Programme.builder().from(programme).id(ProgrammeId.of(programme.id().value() + "-c" + copy)).build();
          document.write(record.withProgramme(copied));
          activities++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "wrote %d activities, %d bytes, to %s in %.1f s%n", activities, Files.size(out), out,
        (System.nanoTime() - start) / 1e9);
  }

  private static void read(Path file, int rounds, IatiReader reader) {
    timed(rounds, () -> {
      long[] counts = new long[3];
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16); Stream<IatiRecord> records = reader.read(in)) {
        records.forEach(record -> {
          counts[0]++;
          counts[1] += record.programme().isPresent() ? 1 : 0;
          counts[2] += record.diagnostics().size();
        });
      }
      return String.format(Locale.ROOT, "%d activities, %d programmes, %d diagnostics", counts[0], counts[1], counts[2]);
    });
  }

  /** The JDK's XSD validator alone on the file, no migov: what validating costs without reading and mapping. */
  private static void validate(Path file, int rounds, Path schemas) {
    javax.xml.validation.Schema schema;
    try {
      schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(schemas.resolve("iati-activities-schema.xsd").toFile());
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalArgumentException("the schema does not load: " + e.getMessage(), e);
    }
    timed(rounds, () -> {
      int[] errors = new int[1];
      javax.xml.validation.Validator validator = schema.newValidator();
      validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) {
          errors[0]++;
        }
      });
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        validator.validate(new javax.xml.transform.stream.StreamSource(in));
      } catch (org.xml.sax.SAXException e) {
        return "stopped: " + e.getMessage();
      }
      return errors[0] + " schema errors";
    });
  }

  /** One round's work, returning what it found. */
  private interface Round {
    String run() throws IOException;
  }

  private static void timed(int rounds, Round round) {
    double[] seconds = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      String found;
      try {
        found = round.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %s in %.3f s, heap used %d MiB%n", i + 1, found, seconds[i],
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
    double[] warm = Arrays.copyOfRange(seconds, rounds / 2, rounds);
    Arrays.sort(warm);
    System.out.printf(Locale.ROOT, "first %.3f%n", seconds[0]);
    System.out.printf(Locale.ROOT, "seconds %.3f%n", warm[warm.length / 2]);
  }
}
