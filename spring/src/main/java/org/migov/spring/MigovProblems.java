package org.migov.spring;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.migov.json.MigovJsonException;
import org.migov.validation.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the request bodies migov refuses, before any other handler of the
 * application: a body that is not the wire format (400, with {@code pointer}, {@code line},
 * {@code column}, {@code expected}, {@code found}) and a body that breaks migov's rules
 * ({@code migov.web.violation-status}, 400 by default, with each violation's {@code code},
 * {@code severity}, {@code entityKind}, {@code entityId}, {@code path} and {@code message} in the
 * request's language). Other bad requests are left to the application and to Spring, as they were.
 * Stateless; thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MigovProblems {
  /** The problem type of a body that is not migov's wire format. */
  public static final URI NOT_WIRE_FORMAT = URI.create("https://migov.org/problems/not-wire-format");

  /** The problem type of a body that breaks migov's rules. */
  public static final URI RULES_BROKEN = URI.create("https://migov.org/problems/rules-broken");

  private final HttpStatus violationStatus;

  /**
   * The handler.
   *
   * @param properties migov's settings
   */
  public MigovProblems(MigovProperties properties) {
    this.violationStatus = HttpStatus.valueOf(properties.getWeb().getViolationStatus());
  }

  /**
   * A body that is not the wire format, as migov-json found it.
   *
   * @param e Spring's exception
   * @return the problem, 400
   * @throws HttpMessageNotReadableException when the body failed for a reason of no migov type's, left to Spring
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> notWireFormat(HttpMessageNotReadableException e) throws HttpMessageNotReadableException {
    MigovJsonException found = cause(e, MigovJsonException.class);
    if (found == null) {
      throw e;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, found.getMessage());
    problem.setType(NOT_WIRE_FORMAT);
    problem.setTitle("The body is not migov's wire format");
    problem.setProperty("kind", found.kind().name());
    problem.setProperty("pointer", found.pointer());
    problem.setProperty("line", found.line());
    problem.setProperty("column", found.column());
    problem.setProperty("expected", found.expected());
    problem.setProperty("found", found.found());
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /**
   * A body that breaks migov's rules (with, maybe, constraints of the application's own).
   *
   * @param e Spring's exception
   * @return the problem, with the status of {@code migov.web.violation-status}
   * @throws MethodArgumentNotValidException when no violation is migov's, left to the application and Spring
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> rulesBroken(MethodArgumentNotValidException e) throws MethodArgumentNotValidException {
    List<Map<String, Object>> violations = new ArrayList<>();
    boolean migov = false;
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      Violation violation = violation(error);
      migov |= violation != null;
      violations.add(describe(error, violation));
    }
    if (!migov) {
      throw e;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(violationStatus,
        violations.size() + (violations.size() == 1 ? " rule broken" : " rules broken") + " by the request body");
    problem.setType(RULES_BROKEN);
    problem.setTitle("The body breaks migov's rules");
    problem.setProperty("violations", violations);
    return ResponseEntity.status(violationStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      if (type.isInstance(at)) {
        return type.cast(at);
      }
    }
    return null;
  }
}
