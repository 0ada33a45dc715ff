package org.migov.quarkus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.migov.problems.MigovProblem;

/** A real Quarkus application with migov's extension, over real HTTP on loopback. */
@QuarkusTest
class MigovQuarkusTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ConfigProperty(name = "quarkus.http.test-port")
  int port;

  private HttpResponse<String> send(String method, String body) throws Exception {
    return send(method, "/organisations", body);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return send(method, path, body, "en");
  }

  private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json").header("Accept-Language", language)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void organisationsTravelInTheWireFormat() throws Exception {
    HttpResponse<String> got = send("GET", null);
    assertEquals(200, got.statusCode(), got.body());
    assertEquals("{\"id\":\"iom\",\"name\":{\"en\":\"IOM\",\"fr\":\"OIM\"},\"founded\":\"1951\"}", got.body());
    HttpResponse<String> posted = send("POST", got.body());
    assertEquals(200, posted.statusCode(), posted.body());
    assertEquals(got.body(), posted.body());
  }

  @Test
  void migovsRulesRunOnQuarkussValidator() throws Exception {
    HttpResponse<String> response = send("POST", "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"2000\",\"dissolved\":\"1990\"}");
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.body().startsWith("{\"type\":\"" + MigovProblem.RULES_BROKEN + "\""), response.body());
    assertTrue(response.body().contains("\"code\":\"ORG-003\",\"severity\":\"ERROR\",\"entityKind\":\"organisation\","
        + "\"entityId\":\"iom\",\"path\":\"dissolved\",\"message\":\"Organisation \\\"iom\\\": the dissolution date 1990 is before"
        + " the founding date 2000.\""), response.body());
  }

  @Test
  void aBodyThatIsNotTheWireFormatIsA400() throws Exception {
    HttpResponse<String> response = send("POST", "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"kinds\":[\"nope\"]}");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("{\"type\":\"" + MigovProblem.NOT_WIRE_FORMAT + "\""), response.body());
    assertTrue(response.body().contains("\"pointer\":\"/kinds/0\",\"line\":1,\"column\":42"), response.body());
    assertTrue(response.body().contains("\"detail\":\"expected an OrganisationKind code, one of ["), response.body());
    HttpResponse<String> spanish = send("POST", "/organisations", "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"kinds\":[\"nope\"]}",
        "es-ES, en;q=0.5");
    assertTrue(spanish.body().contains("\"detail\":\"se esperaba: uno de los códigos ["), spanish.body());
  }

  @Test
  void otherFailuresAreAnsweredAsQuarkusWouldWithoutMigov() throws Exception {
    HttpResponse<String> own = send("POST", "/organisations/notes", "{\"text\":\"\"}");
    assertEquals(400, own.statusCode(), own.body());
    assertTrue(!own.body().contains(MigovProblem.RULES_BROKEN) && own.body().contains("Constraint Violation"), own.body());
    HttpResponse<String> missing = send("GET", "/organisations/missing", null);
    assertEquals(404, missing.statusCode(), missing.body());
  }

  @Test
  void aWarningOnlyBodyPassesAndTheResourceSeesTheWarning() throws Exception {
    HttpResponse<String> response = send("POST", "/organisations/warned",
        "{\"id\":\"o\",\"name\":{\"en\":\"O\"},\"identifiers\":[{\"scheme\":\"iati\",\"value\":\"x\"}]}");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("[\"ORG-006\"]", response.body());
  }
}
