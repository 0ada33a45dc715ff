package org.migov.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.migov.json.MigovJsonException;
import org.migov.validation.Violation;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for the request bodies migov
 * refuses, resolved before the application's own exception handlers: a body that is not the wire
 * format (400, with {@code kind}, {@code pointer}, {@code line}, {@code column}, {@code expected},
 * {@code found}) and a body that breaks migov's rules ({@code migov.web.violation-status}, 400 by
 * default, with each violation's {@code code}, {@code severity}, {@code entityKind},
 * {@code entityId}, {@code path} and {@code message} in the request's language). Any other
 * exception it leaves, unresolved, to the application's handlers and to Spring, as they were. It
 * writes the body itself, with Jackson's streaming API, whatever message converters the
 * application has. Stateless; thread-safe.
 */
public class MigovProblems implements HandlerExceptionResolver, Ordered {
  /** The problem type of a body that is not migov's wire format. */
  public static final String NOT_WIRE_FORMAT = "https://migov.org/problems/not-wire-format";

  /** The problem type of a body that breaks migov's rules. */
  public static final String RULES_BROKEN = "https://migov.org/problems/rules-broken";

  private static final JsonFactory JSON = new JsonFactory();

  private final int violationStatus;

  /**
   * The resolver.
   *
   * @param properties migov's settings
   */
  public MigovProblems(MigovProperties properties) {
    this.violationStatus = properties.getWeb().getViolationStatus();
  }

  /**
   * Before Spring's own resolvers, so that migov's problems are answered whatever handlers the
   * application has for their exceptions' types.
   *
   * @return the order
   */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  /**
   * Answers a problem of migov's, or leaves the exception to the next resolver.
   *
   * @param request the request
   * @param response the response
   * @param handler the handler, if any
   * @param e the exception
   * @return an empty model and view when answered, null to leave the exception
   */
  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    MigovJsonException notWireFormat = cause(e, MigovJsonException.class);
    Map<String, Object> problem;
    if (notWireFormat != null) {
      problem = notWireFormat(notWireFormat);
    } else if (e instanceof MethodArgumentNotValidException invalid) {
      problem = rulesBroken(invalid);
    } else {
      problem = null;
    }
    if (problem == null || response.isCommitted()) {
      return null;
    }
    response.setStatus((Integer) problem.get("status"));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    try (JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), response.getOutputStream())) {
      write(out, problem);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new ModelAndView();
  }

  private static Map<String, Object> notWireFormat(MigovJsonException found) {
    Map<String, Object> problem = problem(NOT_WIRE_FORMAT, "The body is not migov's wire format", 400, found.getMessage());
    problem.put("kind", found.kind().name());
    problem.put("pointer", found.pointer());
    problem.put("line", found.line());
    problem.put("column", found.column());
    problem.put("expected", found.expected());
    problem.put("found", found.found());
    return problem;
  }

  /** The problem of a body that breaks migov's rules, null when no violation is migov's. */
  private Map<String, Object> rulesBroken(MethodArgumentNotValidException e) {
    List<Map<String, Object>> violations = new ArrayList<>();
    boolean migov = false;
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      Violation violation = violation(error);
      migov |= violation != null;
      violations.add(describe(error, violation));
    }
    if (!migov) {
      return null;
    }
    Map<String, Object> problem = problem(RULES_BROKEN, "The body breaks migov's rules", violationStatus,
        violations.size() + (violations.size() == 1 ? " rule broken" : " rules broken") + " by the request body");
    problem.put("violations", violations);
    return problem;
  }

  private static Map<String, Object> problem(String type, String title, int status, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    return problem;
  }

  private static Violation violation(ObjectError error) {
    if (!error.contains(ConstraintViolation.class)) {
      return null;
    }
    ConstraintViolation<?> constraint = error.unwrap(ConstraintViolation.class);
    return constraint instanceof HibernateConstraintViolation<?> hibernate ? hibernate.getDynamicPayload(Violation.class) : null;
  }

  private static Map<String, Object> describe(ObjectError error, Violation violation) {
    Map<String, Object> described = new LinkedHashMap<>();
    if (violation != null) {
      described.put("code", violation.code());
      described.put("severity", violation.severity().name());
      violation.entityKind().ifPresent(kind -> described.put("entityKind", kind.code()));
      violation.entityId().ifPresent(id -> described.put("entityId", id.value()));
      described.put("path", violation.path().toString());
    } else if (error instanceof FieldError field) {
      described.put("path", field.getField());
    }
    described.put("message", error.getDefaultMessage());
    return described;
  }

  /** Writes a value of the problem: a map, a list, a string, a number. */
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
    } else if (value == null) {
      out.writeNull();
    } else {
      out.writeString(value.toString());
    }
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      if (type.isInstance(at)) {
        return type.cast(at);
      }
    }
    return null;
  }
}
