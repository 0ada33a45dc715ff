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

/** A real Quarkus application with migov's extension, over real HTTP on loopback. */
@QuarkusTest
class MigovQuarkusTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @ConfigProperty(name = "quarkus.http.test-port")
  int port;

  private HttpResponse<String> send(String method, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/organisations"))
        .header("Content-Type", "application/json").header("Accept", "application/json")
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
    assertTrue(response.body().contains("the dissolution date 1990 is before the founding date 2000"), response.body());
  }

  @Test
  void aBodyThatIsNotTheWireFormatIsA400() throws Exception {
    HttpResponse<String> response = send("POST", "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"kinds\":[\"nope\"]}");
    assertEquals(400, response.statusCode(), response.body());
  }
}
