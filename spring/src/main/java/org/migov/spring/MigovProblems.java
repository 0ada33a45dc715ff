package org.migov.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.migov.problems.MigovProblem;
import org.migov.validation.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * RFC 9457 problem details ({@link MigovProblem}, {@code application/problem+json}) for the
 * request bodies migov refuses, resolved before the application's own exception handlers: a body
 * that is not the wire format (400) and a body that breaks migov's rules
 * ({@code migov.web.violation-status}, 400 by default), its messages in the request's language
 * (Spring's {@code LocaleContextHolder}). Any other exception (a migov-json exception of the application's own
 * reading, among them: not the client's fault) it leaves, unresolved, to the application's
 * handlers and to Spring, as they were. It writes the body itself, whatever message converters the
 * application has. Stateless; thread-safe.
 */
public class MigovProblems implements HandlerExceptionResolver, Ordered {
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
    MigovProblem problem = null;
    if (e instanceof HttpMessageNotReadableException) {
      problem = MigovProblem.notWireFormatIn(e, LocaleContextHolder.getLocale());
    } else if (e instanceof MethodArgumentNotValidException invalid) {
      problem = rulesBroken(invalid);
    }
    if (problem == null || response.isCommitted()) {
      return null;
    }
    response.setStatus(problem.status());
    response.setContentType(MigovProblem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    try {
      problem.writeTo(response.getOutputStream());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new ModelAndView();
  }

  /** The problem of a body that breaks migov's rules, null when no violation is migov's. */
  private MigovProblem rulesBroken(MethodArgumentNotValidException e) {
    List<MigovProblem.Finding> findings = new ArrayList<>();
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      Violation violation = error.contains(ConstraintViolation.class) ? MigovProblem.payload(error.unwrap(ConstraintViolation.class)) : null;
      findings.add(MigovProblem.Finding.of(violation, error instanceof FieldError field ? field.getField() : error.getObjectName(),
          error.getDefaultMessage()));
    }
    return MigovProblem.rulesBroken(violationStatus, findings);
  }
}
