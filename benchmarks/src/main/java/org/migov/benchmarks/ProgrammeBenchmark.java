package org.migov.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.migov.benchmarks.baseline.ProgrammeRecord;
import org.migov.benchmarks.baseline.Rules;
import org.migov.benchmarks.baseline.Shape;
import org.migov.core.programme.Programme;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import org.migov.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * One realistic programme document, decoded, encoded and validated by migov and by what a user
 * would write instead, side by side in one run: Jackson 3 databind into plain records
 * ({@link ProgrammeRecord}), Jackson's bare token stream (the floor of any Jackson-based decoder),
 * Hibernate Validator on the records with standard constraints.
 *
 * <p>Every decoder gets the same input: a {@code String} in the {@code decode*} benchmarks, the
 * same document's UTF-8 bytes in the {@code decode*Bytes} ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProgrammeBenchmark {
  private String json;
  private byte[] bytes;
  private MigovJson migov;
  private JsonMapper mapper;
  private JsonFactory tokens;
  private JsonFactory strictTokens;
  private MigovValidator migovValidator;
  private Validator hibernate;
  private Programme programme;
  private ProgrammeRecord record;

  /** Builds the tools once, as an application would, and decodes the document once for the encoders and validators. */
  @Setup
  public void setUp() {
    json = Fixtures.programmeJson();
    bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    migov = Fixtures.migovJson();
    mapper = Fixtures.recordsMapper();
    tokens = Fixtures.tokenFactory();
    strictTokens = Fixtures.strictTokenFactory();
    migovValidator = Fixtures.migovValidator();
    hibernate = Fixtures.hibernateValidator();
    programme = migov.read(json, Programme.class);
    record = mapper.readValue(json, ProgrammeRecord.class);
  }

  // ------------------------------------------------------------------------------ 1. decode

  /**
   * migov-json: {@code MigovJson.read(String, Programme.class)}.
   *
   * @return the programme
   */
  @Benchmark
  public Programme decodeMigov() {
    return migov.read(json, Programme.class);
  }

  /**
   * Baseline: Jackson 3 databind into plain records, {@code JsonMapper.readValue(String, ProgrammeRecord.class)}.
   *
   * @return the record
   */
  @Benchmark
  public ProgrammeRecord decodeRecords() {
    return mapper.readValue(json, ProgrammeRecord.class);
  }

  /**
   * Floor: Jackson's token stream alone, {@code nextToken()} to the end.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int decodeTokenStream() {
    return countTokens(tokens.createParser(ObjectReadContext.empty(), json));
  }

  /** {@code nextToken()} to the end, then closes the parser. */
  private static int countTokens(JsonParser parser) {
    int count = 0;
    try (parser) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  /**
   * For the analysis, not a target: the token stream with migov's limits and Jackson's duplicate
   * detection, every string value materialised as migov's decoder does.
   *
   * @return the total length of the string values
   */
  @Benchmark
  public int decodeTokenStreamStrictWithStrings() {
    int length = 0;
    try (JsonParser parser = strictTokens.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          length += parser.getString().length();
        }
      }
    }
    return length;
  }

  /**
   * migov-json from the UTF-8 bytes: {@code MigovJson.read(byte[], Programme.class)}.
   *
   * @return the programme
   */
  @Benchmark
  public Programme decodeMigovBytes() {
    return migov.read(bytes, Programme.class);
  }

  /**
   * Baseline from the same bytes: {@code JsonMapper.readValue(byte[], ProgrammeRecord.class)}.
   *
   * @return the record
   */
  @Benchmark
  public ProgrammeRecord decodeRecordsBytes() {
    return mapper.readValue(bytes, ProgrammeRecord.class);
  }

  /**
   * Floor over the same bytes: Jackson's UTF-8 token stream alone, {@code nextToken()} to the end.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int decodeTokenStreamBytes() {
    return countTokens(tokens.createParser(ObjectReadContext.empty(), bytes));
  }

  // ------------------------------------------------------------------------------ 2. encode

  /**
   * migov-json: {@code MigovJson.write(Entity)}.
   *
   * @return the document
   */
  @Benchmark
  public String encodeMigov() {
    return migov.write(programme);
  }

  /**
   * Baseline: {@code JsonMapper.writeValueAsString(record)}.
   *
   * @return the document
   */
  @Benchmark
  public String encodeRecords() {
    return mapper.writeValueAsString(record);
  }

  // ---------------------------------------------------------------------------- 3. validate

  /**
   * migov's per-entity rules: {@code MigovValidator.validate(Entity)}.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateMigov() {
    return migovValidator.validate(programme);
  }

  /**
   * Baseline, the same rules: Hibernate Validator on the record, group {@link Rules} (PRG-001 to
   * PRG-012 as standard constraints).
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<ProgrammeRecord>> validateHibernateRules() {
    return hibernate.validate(record, Rules.class);
  }

  /**
   * Baseline, everything migov guarantees after decode and validate: groups {@link Shape} (ids,
   * codes, tags, shapes, required properties) and {@link Rules}.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<ProgrammeRecord>> validateHibernateShapeAndRules() {
    return hibernate.validate(record, Shape.class, Rules.class);
  }

  /**
   * migov decode then validate, against {@link #decodeMigov()} alone.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport decodeAndValidateMigov() {
    return migovValidator.validate(migov.read(json, Programme.class));
  }

  /**
   * Baseline decode then validate with the same guarantees: records, then Hibernate Validator with
   * {@link Shape} and {@link Rules}.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<ProgrammeRecord>> decodeAndValidateRecords() {
    return hibernate.validate(mapper.readValue(json, ProgrammeRecord.class), Shape.class, Rules.class);
  }
}
