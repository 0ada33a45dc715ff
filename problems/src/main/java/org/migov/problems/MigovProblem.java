package org.migov.problems;

import jakarta.validation.ConstraintViolation;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.migov.json.MigovJsonException;
import org.migov.validation.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * An RFC 9457 problem detail for a request body migov refuses, as every migov web integration
 * answers it: a body that is not the wire format ({@link #notWireFormat}: {@code kind},
 * {@code pointer}, {@code line}, {@code column}, {@code expected}, {@code found}) or a body that
 * breaks migov's rules ({@link #rulesBroken}: each violation's {@code code}, {@code severity},
 * {@code entityKind}, {@code entityId}, {@code path} and {@code message}). Written as
 * {@code application/problem+json} with Jackson's streaming API, whatever the framework's
 * converters.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MigovProblem {
  /** The media type of a problem detail. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The problem type of a body that is not migov's wire format. */
  public static final String NOT_WIRE_FORMAT = "https://migov.org/problems/not-wire-format";

  /** The problem type of a body that breaks migov's rules. */
  public static final String RULES_BROKEN = "https://migov.org/problems/rules-broken";

  /** Leaves the caller's stream open when a document is written. */
  private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final int status;
  private final Map<String, Object> members;

  private MigovProblem(String type, String title, int status, String detail, Map<String, Object> extensions) {
    this.status = status;
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("type", type);
    all.put("title", title);
    all.put("status", status);
    all.put("detail", detail);
    all.putAll(extensions);
    this.members = Collections.unmodifiableMap(all);
  }

  /**
   * The problem of a body that is not the wire format, with status 400, in English.
   *
   * @param found what migov-json found
   * @return the problem
   */
  public static MigovProblem notWireFormat(MigovJsonException found) {
    return notWireFormat(found, Locale.ENGLISH);
  }

  /**
   * The problem of a body that is not the wire format, with status 400: its {@code detail},
   * {@code expected} and {@code found} in a language ({@link MigovJsonException#message(Locale)}),
   * its {@code title}, {@code kind}, {@code pointer}, {@code line} and {@code column} the same in
   * every language.
   *
   * @param found what migov-json found
   * @param locale the language: English, Italian, French or Spanish (English for any other)
   * @return the problem
   */
  public static MigovProblem notWireFormat(MigovJsonException found, Locale locale) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("kind", found.kind().name());
    extensions.put("pointer", found.pointer());
    extensions.put("line", found.line());
    extensions.put("column", found.column());
    extensions.put("expected", found.expected(locale));
    extensions.put("found", found.found(locale));
    return new MigovProblem(NOT_WIRE_FORMAT, "The body is not migov's wire format", 400, found.message(locale), extensions);
  }

  /**
   * The problem of a body that is not the wire format, in English, if a migov-json exception is
   * among the causes of a framework's exception.
   *
   * @param e the framework's exception
   * @return the problem, or null when no migov-json exception is there
   */
  public static MigovProblem notWireFormatIn(Throwable e) {
    return notWireFormatIn(e, Locale.ENGLISH);
  }

  /**
   * The problem of a body that is not the wire format, in a language, if a migov-json exception is
   * among the causes of a framework's exception.
   *
   * @param e the framework's exception
   * @param locale the language, as for {@link #notWireFormat(MigovJsonException, Locale)}
   * @return the problem, or null when no migov-json exception is there
   */
  public static MigovProblem notWireFormatIn(Throwable e, Locale locale) {
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      if (at instanceof MigovJsonException found) {
        return notWireFormat(found, locale);
      }
    }
    return null;
  }

  /**
   * The problem of a body that breaks migov's rules, when it does.
   *
   * @param status 400 or 422
   * @param findings the violations, migov's and maybe the application's own
   * @return the problem, or null when no finding is migov's (the application's own constraints
   *     only: not migov's problem to answer)
   * @throws IllegalArgumentException for another status
   */
  public static MigovProblem rulesBroken(int status, List<Finding> findings) {
    if (status != 400 && status != 422) {
      throw new IllegalArgumentException("expected a status of 400 or 422, found " + status);
    }
    if (findings.stream().noneMatch(Finding::isMigovs)) {
      return null;
    }
    List<Map<String, Object>> violations = new ArrayList<>();
    findings.forEach(finding -> violations.add(finding.members));
    return new MigovProblem(RULES_BROKEN, "The body breaks migov's rules", status,
        findings.size() + (findings.size() == 1 ? " rule broken" : " rules broken") + " by the request body",
        Map.of("violations", Collections.unmodifiableList(violations)));
  }

  /**
   * migov's violation behind a constraint violation, as Hibernate Validator carries it.
   *
   * @param violation a constraint violation
   * @return migov's violation, or null when it is not migov's
   */
  public static Violation payload(ConstraintViolation<?> violation) {
    return violation instanceof HibernateConstraintViolation<?> hibernate ? hibernate.getDynamicPayload(Violation.class) : null;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The members of the problem: {@code type}, {@code title}, {@code status}, {@code detail}, then
   * its extensions.
   *
   * @return the members, unmodifiable
   */
  public Map<String, Object> members() {
    return members;
  }

  /**
   * Writes the problem as JSON, UTF-8; the stream is left open.
   *
   * @param out where to write
   * @throws UncheckedIOException when the stream fails
   */
  public void writeTo(OutputStream out) {
    try (JsonGenerator gen = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      write(gen, members);
    }
  }

  /**
   * The problem as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      map.forEach((name, item) -> {
        out.writeName(String.valueOf(name));
        write(out, item);
      });
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      list.forEach(item -> write(out, item));
      out.writeEndArray();
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else {
      out.writeString(String.valueOf(value));
    }
  }

  /**
   * One violation of a rule-breaking body: migov's, with its code, severity, entity and path, or
   * the application's own, with its path. Immutable and thread-safe.
   */
  public static final class Finding {
    private final Map<String, Object> members;

    private Finding(Map<String, Object> members) {
      this.members = Collections.unmodifiableMap(members);
    }

    /**
     * A constraint violation as Hibernate Validator reports it: migov's when it carries migov's
     * violation, else one of the application's own constraints.
     *
     * @param violation the constraint violation
     * @return the finding
     */
    public static Finding of(ConstraintViolation<?> violation) {
      return of(payload(violation), String.valueOf(violation.getPropertyPath()), violation.getMessage());
    }

    /**
     * A violation as a framework reports it.
     *
     * @param violation migov's violation, or null for one of the application's own constraints
     * @param path the property path, for the application's own
     * @param message the message, as the framework interpolated it (in the request's language)
     * @return the finding
     */
    public static Finding of(Violation violation, String path, String message) {
      Map<String, Object> members = new LinkedHashMap<>();
      if (violation != null) {
        members.put("code", violation.code());
        members.put("severity", violation.severity().name());
        violation.entityKind().ifPresent(kind -> members.put("entityKind", kind.code()));
        violation.entityId().ifPresent(id -> members.put("entityId", id.value()));
        members.put("path", violation.path().toString());
        members.put("message", Objects.requireNonNullElse(message, violation.message()));
      } else {
        members.put("path", String.valueOf(path));
        members.put("message", String.valueOf(message));
      }
      return new Finding(members);
    }

    /** Whether it is a violation of migov's rules (it has a code). */
    boolean isMigovs() {
      return members.containsKey("code");
    }

    /**
     * The members of the finding.
     *
     * @return the members, unmodifiable
     */
    public Map<String, Object> members() {
      return members;
    }
  }
}
