package org.migov.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.migov.benchmarks.baseline.Patterns;
import org.migov.json.MigovJson;
import org.migov.validation.MigovValidator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** What every benchmark shares: the programme document and the tools, set up as a user would. */
public final class Fixtures {
  private Fixtures() {}

  /** The classpath resource of the realistic programme document. */
  public static final String PROGRAMME_RESOURCE = "programme.json";

  /**
   * The realistic programme document (about 2 KB): title and description in three languages, six
   * participants in four roles, four target areas with percentages, three budget lines, two
   * sources. One line, as migov writes it.
   *
   * @return the document
   */
  public static String programmeJson() {
    try (InputStream in = Fixtures.class.getResourceAsStream(PROGRAMME_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PROGRAMME_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * migov's codec facade, strict, default limits.
   *
   * @return the facade
   */
  public static MigovJson migovJson() {
    return MigovJson.create();
  }

  /**
   * The mapper a user would write: Jackson 3 defaults.
   *
   * @return the mapper
   */
  public static JsonMapper recordsMapper() {
    return JsonMapper.builder().build();
  }

  /**
   * A plain Jackson token-stream factory with its defaults, for the token-stream floor.
   *
   * @return the factory
   */
  public static JsonFactory tokenFactory() {
    return JsonFactory.builder().build();
  }

  /**
   * A token-stream factory with migov's default limits and Jackson's duplicate detection (which
   * migov's facade turns off, as its reader finds duplicates itself), to tell the cost of a strict
   * parser from that of decoding.
   *
   * @return the factory
   */
  public static JsonFactory strictTokenFactory() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MigovJson.DEFAULT_MAX_NESTING_DEPTH)
                .maxDocumentLength(MigovJson.DEFAULT_MAX_DOCUMENT_LENGTH)
                .maxStringLength(MigovJson.DEFAULT_MAX_STRING_LENGTH)
                .maxNameLength(MigovJson.DEFAULT_MAX_NAME_LENGTH)
                .maxNumberLength(MigovJson.DEFAULT_MAX_NUMBER_LENGTH)
                .build())
        .build();
  }

  /**
   * migov's validator with a fixed reference date, {@link Patterns#TODAY}.
   *
   * @return the validator
   */
  public static MigovValidator migovValidator() {
    return MigovValidator.builder()
        .clock(Clock.fixed(Patterns.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
        .build();
  }

  /**
   * Hibernate Validator as a user without Expression Language bootstraps it: in code, no XML,
   * {@link ParameterMessageInterpolator}.
   *
   * @return the validator
   */
  public static Validator hibernateValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }
}
