package org.migov.spring.boot4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.json.MigovJson;
import org.migov.spring.boot4.app.MigovTestApplication;
import org.migov.testkit.DatasetGens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Boot 4 application on a random loopback port, with its own validation.xml, and real HTTP
 * requests: migov types in and out in the wire format, each kind of bad body a 400 with problem
 * details, migov's rule codes, warnings that pass, messages in the request's language.
 */
@SpringBootTest(classes = MigovTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MigovBoot4Test {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @LocalServerPort
  int port;

  private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode tree(HttpResponse<String> response) {
    return TREES.readTree(response.body());
  }

  @Test
  void organisationsAndDatasetsTravelInTheWireFormat() throws Exception {
    HttpResponse<String> got = send("GET", "/organisations/iom", null, null);
    assertEquals(200, got.statusCode(), got.body());
    assertEquals("{\"id\":\"iom\",\"name\":{\"en\":\"IOM\",\"fr\":\"OIM\"},\"founded\":\"1951\"}", got.body());
    HttpResponse<String> posted = send("POST", "/organisations", got.body(), null);
    assertEquals(200, posted.statusCode(), posted.body());
    assertEquals(got.body(), posted.body());
    Dataset dataset = DatasetGens.valid(LocalDate.now()).sample(new SplittableRandom(11), 30);
    String json = MigovJson.create().writeDataset(dataset);
    HttpResponse<String> echoed = send("POST", "/datasets/echo", json, null);
    assertEquals(200, echoed.statusCode(), echoed.body());
    assertEquals(json, echoed.body());
  }

  @Test
  void eachKindOfBadBodyIsA400WithWhereAndWhat() throws Exception {
    String[][] cases = {
        {"{\"id\":\"iom\",\"name\":{\"en\":", "MALFORMED_INPUT", ""},
        {"{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"nickname\":\"x\"}", "NOT_WIRE_FORMAT", "/nickname"},
        {"{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"kinds\":[\"nope\"]}", "NOT_WIRE_FORMAT", "/kinds/0"},
        {"{\"id\":\"" + "x".repeat(300) + "\",\"name\":{\"en\":\"IOM\"}}", "NOT_WIRE_FORMAT", "/id"},
    };
    for (String[] c : cases) {
      HttpResponse<String> response = send("POST", "/organisations", c[0], null);
      assertEquals(400, response.statusCode(), response.body());
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
      JsonNode problem = tree(response);
      assertEquals(MigovProblems.NOT_WIRE_FORMAT.toString(), problem.get("type").asString(), response.body());
      assertEquals(c[1], problem.get("kind").asString(), response.body());
      if (!c[2].isEmpty()) {
        assertEquals(c[2], problem.get("pointer").asString(), response.body());
      }
      assertEquals(1, problem.get("line").asInt(), response.body());
      assertTrue(problem.get("column").asInt() > 0, response.body());
    }
  }

  @Test
  void aRuleBreakingBodyAnswersWithItsCodesInTheRequestsLanguage() throws Exception {
    String broken = "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"2000\",\"dissolved\":\"1990\"}";
    HttpResponse<String> response = send("POST", "/organisations", broken, "it");
    assertEquals(400, response.statusCode(), response.body());
    JsonNode problem = tree(response);
    assertEquals(MigovProblems.RULES_BROKEN.toString(), problem.get("type").asString());
    JsonNode violation = problem.get("violations").get(0);
    assertEquals("ORG-003", violation.get("code").asString(), response.body());
    assertEquals("ERROR", violation.get("severity").asString());
    assertEquals("iom", violation.get("entityId").asString());
    assertEquals("dissolved", violation.get("path").asString());
    String italian = violation.get("message").asString();
    HttpResponse<String> english = send("POST", "/organisations", broken, "en");
    String inEnglish = tree(english).get("violations").get(0).get("message").asString();
    assertTrue(!italian.equals(inEnglish), italian + " / " + inEnglish);
  }

  @Test
  void aWarningOnlyBodyPassesAndTheControllerSeesTheWarning() throws Exception {
    String warned = "{\"format\":\"migov\",\"version\":\"1.1\",\"organisations\":[{\"id\":\"o\",\"name\":{\"en\":\"O\"},"
        + "\"identifiers\":[{\"scheme\":\"iati\",\"value\":\"x\"}]}]}";
    HttpResponse<String> response = send("POST", "/datasets", warned, null);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("ORG-006", tree(response).get("warnings").get(0).asString(), response.body());
  }

  @Test
  void otherBadBodiesAreLeftToSpring() throws Exception {
    HttpResponse<String> response = send("POST", "/names", "{\"not\":\"a list\"}", null);
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(!response.body().contains(MigovProblems.NOT_WIRE_FORMAT.toString()), response.body());
  }
}
