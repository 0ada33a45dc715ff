package org.migov.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The scale run outside JMH, for {@code /usr/bin/time -v} (wall time, maximum resident size):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.ScaleRun write 1000000 /tmp/migov-1m.jsonl
 * /usr/bin/time -v java -Xmx512m -cp benchmarks/target/benchmarks.jar org.migov.benchmarks.ScaleRun read /tmp/migov-1m.jsonl
 * </pre>
 *
 * <p>{@code read} decodes every line with {@code MigovJson.readJsonLines} and validates each entity
 * with {@code MigovValidator.validate(Entity)}, then prints the entities, the violations, the time
 * in the JVM and the entities per second. {@code write} generates the stream ({@link ScaleData}).
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * Runs.
   *
   * @param args {@code write N PATH} or {@code read PATH}
   */
  public static void main(String[] args) {
    if (args.length == 3 && args[0].equals("write")) {
      int programmes = Integer.parseInt(args[1].replace("_", ""));
      Path file = Path.of(args[2]);
      long start = System.nanoTime();
      ScaleData.write(Fixtures.migovJson(), programmes, file);
      System.out.printf(Locale.ROOT, "wrote %d programmes and %d organisations to %s in %.1f s%n",
          programmes, ScaleData.organisationCount(programmes), file, (System.nanoTime() - start) / 1e9);
    } else if (args.length == 2 && args[0].equals("read")) {
      Path file = Path.of(args[1]);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      long start = System.nanoTime();
      ScaleData.Tally tally = ScaleData.read(Fixtures.migovJson(), Fixtures.migovValidator(), file);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "read and validated %d entities, %d violations, in %.2f s: %.0f entities/s%n",
          tally.entities(), tally.violations(), seconds, tally.entities() / seconds);
    } else {
      System.err.println("usage: ScaleRun write N PATH | ScaleRun read PATH");
      System.exit(2);
    }
  }
}
