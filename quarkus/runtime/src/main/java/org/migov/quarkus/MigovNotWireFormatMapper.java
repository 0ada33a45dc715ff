package org.migov.quarkus;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migov.jackson2.MigovJackson2Exception;
import org.migov.problems.MigovProblem;

/**
 * Answers a request body that is not migov's wire format with migov's problem detail (400, with
 * pointer, line and column), as the Spring Boot starters do. Quarkus REST's Jackson reader lets
 * {@link MigovJackson2Exception} (a {@code MismatchedInputException}) through as it is, so this
 * mapper, for that type alone, changes nothing else. Stateless; thread-safe.
 */
@Provider
public class MigovNotWireFormatMapper implements ExceptionMapper<MigovJackson2Exception> {
  /** Creates the mapper; Quarkus does this. */
  public MigovNotWireFormatMapper() {}

  /**
   * The problem detail.
   *
   * @param e what migov-jackson2 found
   * @return the response
   */
  @Override
  public Response toResponse(MigovJackson2Exception e) {
    MigovProblem problem = MigovProblem.notWireFormat(e.details());
    return Response.status(problem.status()).type(MigovProblem.MEDIA_TYPE).entity(problem.toJson()).build();
  }
}
