package org.migov.quarkus;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import org.migov.jackson2.MigovJackson2Exception;
import org.migov.problems.MigovProblem;

/**
 * Answers a request body that is not migov's wire format with migov's problem detail (400, with
 * pointer, line and column, worded in the request's first {@code Accept-Language}), as the Spring
 * Boot starters do. Quarkus REST's Jackson reader lets
 * {@link MigovJackson2Exception} (a {@code MismatchedInputException}) through as it is, so this
 * mapper, for that type alone, changes nothing else. Thread-safe: the headers Quarkus injects are
 * the current request's.
 */
@Provider
public class MigovNotWireFormatMapper implements ExceptionMapper<MigovJackson2Exception> {
  /** The request's headers, which Quarkus gives. */
  @Context
  HttpHeaders headers;

  /** Creates the mapper; Quarkus does this. */
  public MigovNotWireFormatMapper() {}

  /** The languages migov's messages are written in. */
  private static final List<String> LANGUAGES = List.of("en", "it", "fr", "es");

  /**
   * The request's most acceptable language of the four migov writes, English when it accepts none
   * of them or its {@code Accept-Language} cannot be read.
   */
  private Locale language() {
    try {
      List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
      return accepted.stream().filter(l -> LANGUAGES.contains(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    } catch (RuntimeException e) {
      return Locale.ENGLISH;
    }
  }

  /**
   * The problem detail.
   *
   * @param e what migov-jackson2 found
   * @return the response
   */
  @Override
  public Response toResponse(MigovJackson2Exception e) {
    MigovProblem problem = MigovProblem.notWireFormat(e.details(), language());
    return Response.status(problem.status()).type(MigovProblem.MEDIA_TYPE).entity(problem.toJson()).build();
  }
}
