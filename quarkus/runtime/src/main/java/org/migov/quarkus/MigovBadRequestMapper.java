package org.migov.quarkus;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migov.problems.MigovProblem;

/**
 * Answers a body that is not migov's wire format with migov's problem detail when Quarkus REST
 * reports it as a {@link WebApplicationException} (its Jackson reader wraps what the mapper
 * throws); any other such exception keeps the response it carries, as without migov. Stateless;
 * thread-safe.
 */
@Provider
public class MigovBadRequestMapper implements ExceptionMapper<WebApplicationException> {
  /** Creates the mapper; Quarkus does this. */
  public MigovBadRequestMapper() {}

  /**
   * The problem detail, or the exception's own response.
   *
   * @param e the exception
   * @return the response
   */
  @Override
  public Response toResponse(WebApplicationException e) {
    MigovProblem problem = MigovProblem.notWireFormatIn(e);
    return problem == null ? e.getResponse()
        : Response.status(problem.status()).type(MigovProblem.MEDIA_TYPE).entity(problem.toJson()).build();
  }
}
