package org.migov.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dataset scale: a JSON Lines file of N generated programmes and the organisations they reference
 * ({@link ScaleData}), read with {@code MigovJson.readJsonLines} and validated entity by entity
 * with {@code MigovValidator.validate(Entity)}. One operation reads the whole file; entities per
 * second are {@link ScaleData#entityCount} divided by the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 10)
@Measurement(iterations = 10)
public class ScaleBenchmark {
  /** The number of programmes in the stream. */
  @Param({"10000", "100000"})
  public int programmes;

  private Path file;
  private MigovJson json;
  private MigovValidator validator;

  /**
   * Writes the stream to a temporary file once per trial.
   *
   * @throws IOException if the file cannot be created
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = Fixtures.migovJson();
    validator = Fixtures.migovValidator();
    file = Files.createTempFile("migov-scale-" + programmes + "-", ".jsonl");
    ScaleData.write(json, programmes, file);
  }

  /** Deletes the stream. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the stream, every entity decoded.
   *
   * @return the tally
   */
  @Benchmark
  public ScaleData.Tally decode() {
    return ScaleData.read(json, null, file);
  }

  /**
   * Reads the stream and validates every entity as it comes.
   *
   * @return the tally
   */
  @Benchmark
  public ScaleData.Tally decodeAndValidate() {
    return ScaleData.read(json, validator, file);
  }
}
