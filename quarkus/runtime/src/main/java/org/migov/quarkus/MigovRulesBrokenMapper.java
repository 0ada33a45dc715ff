package org.migov.quarkus;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationExceptionMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migov.problems.MigovProblem;

/**
 * Answers a request body that breaks migov's rules with migov's problem detail (400, each
 * violation with its rule code, severity, entity, path and message), as the Spring Boot starters
 * do. It maps only the violations of a resource's parameters that Quarkus REST reports
 * ({@code ResteasyReactiveViolationException}): a violation found elsewhere (in a service) stays
 * the server's, as without migov; one of the application's own constraints only, or of a return
 * value, is answered by Quarkus's own mapper. An application that maps
 * {@code ValidationException} itself should map this type too. Stateless; thread-safe.
 */
@Provider
public class MigovRulesBrokenMapper implements ExceptionMapper<ResteasyReactiveViolationException> {
  private final ResteasyReactiveViolationExceptionMapper quarkus = new ResteasyReactiveViolationExceptionMapper();

  /** Creates the mapper; Quarkus does this. */
  public MigovRulesBrokenMapper() {}

  /**
   * The problem detail, or Quarkus's own answer when the violations are not migov's.
   *
   * @param e the violations
   * @return the response
   */
  @Override
  public Response toResponse(ResteasyReactiveViolationException e) {
    MigovProblem problem = e.getConstraintViolations().stream().anyMatch(MigovRulesBrokenMapper::isReturnValue) ? null
        : MigovProblem.rulesBroken(400, e.getConstraintViolations().stream().map(MigovProblem.Finding::of).toList());
    if (problem == null) {
      return quarkus.toResponse(e);
    }
    return Response.status(problem.status()).type(MigovProblem.MEDIA_TYPE).entity(problem.toJson()).build();
  }

  private static boolean isReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }
}
