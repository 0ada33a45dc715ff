package org.migov.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;
import org.migov.core.dataset.Dataset;
import org.migov.core.organisation.Organisation;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.text.MultilingualText;
import org.migov.core.time.PartialDate;
import org.migov.json.MigovJson;
import org.migov.problems.MigovProblem;
import org.migov.testkit.DatasetGens;
import org.migov.validation.MigovValidator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What each of migov's Spring Boot starters must do, run by each on its own Boot generation (a
 * subclass annotated {@code @SpringBootTest(classes = MigovTestApplication.class, webEnvironment =
 * RANDOM_PORT)}): a real application on a random loopback port, with its own validation.xml, and
 * real HTTP requests: migov types in and out in the wire format, each kind of bad body a 400 with
 * problem details, migov's rule codes, warnings that pass, messages in the request's language; and
 * the auto-configuration alone: rules added once, a startup check that fails loudly, the beans.
 */
public abstract class MigovStarterContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Organisation BROKEN = Organisation.builder().id(OrganisationId.of("o")).name(MultilingualText.of("en", "O"))
      .founded(PartialDate.parse("2000")).dissolved(PartialDate.parse("1990")).build();

  /** The starter's auto-configuration. */
  protected abstract Class<?> autoConfiguration();

  /** The packages of the starter's optional dependencies (Boot's validation, Jackson, Spring's web layer). */
  protected abstract String[] optionalPackages();

  /** The names of the beans the starter gives only where its optional dependencies are. */
  protected abstract String[] optionalBeans();

  @LocalServerPort
  private int port;

  private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON of a response, as maps, lists, strings and numbers. */
  protected abstract Map<String, Object> json(String body);

  private Map<String, Object> tree(HttpResponse<String> response) {
    return json(response.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Map<String, Object> problem, String list) {
    return ((List<Map<String, Object>>) problem.get(list)).get(0);
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
      Map<String, Object> problem = tree(response);
      assertEquals(MigovProblem.NOT_WIRE_FORMAT, problem.get("type"), response.body());
      assertEquals(c[1], problem.get("kind"), response.body());
      if (!c[2].isEmpty()) {
        assertEquals(c[2], problem.get("pointer"), response.body());
      }
      assertEquals(1, ((Number) problem.get("line")).intValue(), response.body());
      assertTrue(((Number) problem.get("column")).intValue() > 0, response.body());
    }
  }

  @Test
  void aBadBodyIsExplainedInTheRequestsLanguage() throws Exception {
    HttpResponse<String> response = send("POST", "/organisations", "{\"id\":\"iom\",\"name\":{\"en\":", "it");
    assertEquals(400, response.statusCode(), response.body());
    Map<String, Object> problem = tree(response);
    assertEquals("MALFORMED_INPUT", problem.get("kind"), response.body());
    assertTrue(((String) problem.get("detail")).startsWith("atteso: JSON ben formato entro i limiti di migov"), response.body());
    assertEquals("l'input finisce prima del previsto", problem.get("found"), response.body());
  }

  @Test
  void aRuleBreakingBodyAnswersWithItsCodesInTheRequestsLanguage() throws Exception {
    String broken = "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"2000\",\"dissolved\":\"1990\"}";
    HttpResponse<String> response = send("POST", "/organisations", broken, "it");
    assertEquals(400, response.statusCode(), response.body());
    Map<String, Object> problem = tree(response);
    assertEquals(MigovProblem.RULES_BROKEN, problem.get("type"));
    Map<String, Object> violation = first(problem, "violations");
    assertEquals("ORG-003", violation.get("code"), response.body());
    assertEquals("ERROR", violation.get("severity"));
    assertEquals("iom", violation.get("entityId"));
    assertEquals("dissolved", violation.get("path"));
    assertEquals("Organizzazione \"iom\": la data di scioglimento 1990 precede la data di fondazione 2000.", violation.get("message"));
    HttpResponse<String> english = send("POST", "/organisations", broken, "en");
    assertEquals("Organisation \"iom\": the dissolution date 1990 is before the founding date 2000.",
        first(tree(english), "violations").get("message"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRuleBreakingDatasetAnswersWithEachCode() throws Exception {
    String broken = "{\"format\":\"migov\",\"version\":\"1.1\",\"programmes\":[{\"id\":\"p\",\"title\":{\"en\":\"P\"},"
        + "\"participants\":[{\"organisation\":\"ghost\",\"role\":\"funding\"}]}]}";
    HttpResponse<String> response = send("POST", "/datasets", broken, null);
    assertEquals(400, response.statusCode(), response.body());
    List<Map<String, Object>> violations = (List<Map<String, Object>>) tree(response).get("violations");
    assertEquals(List.of("DS-002", "PRG-002", "PRG-011"),
        violations.stream().map(v -> (String) v.get("code")).sorted().collect(java.util.stream.Collectors.toList()), response.body());
    Map<String, Object> dangling = violations.stream().filter(v -> "DS-002".equals(v.get("code"))).findFirst().orElseThrow();
    assertEquals("programme", dangling.get("entityKind"));
    assertEquals("p", dangling.get("entityId"));
    assertEquals("participants[0].organisation", dangling.get("path"));
  }

  @Test
  void aWarningOnlyBodyPassesAndTheControllerSeesTheWarning() throws Exception {
    String warned = "{\"format\":\"migov\",\"version\":\"1.1\",\"organisations\":[{\"id\":\"o\",\"name\":{\"en\":\"O\"},"
        + "\"identifiers\":[{\"scheme\":\"iati\",\"value\":\"x\"}]}]}";
    HttpResponse<String> response = send("POST", "/datasets", warned, null);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(List.of("ORG-006"), tree(response).get("warnings"), response.body());
  }

  @Test
  void theApplicationsOwnHandlerStillAnswersForItsOwnTypesAndMigovForMigovs() throws Exception {
    HttpResponse<String> own = send("POST", "/notes", "{\"text\":\"\"}", null);
    assertEquals(418, own.statusCode(), own.body());
    assertEquals("the application's own handler", own.body());
    HttpResponse<String> migovs = send("POST", "/organisations",
        "{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"2000\",\"dissolved\":\"1990\"}", null);
    assertEquals(400, migovs.statusCode(), migovs.body());
    assertEquals(MigovProblem.RULES_BROKEN, tree(migovs).get("type"));
  }

  @Test
  void withoutItsOptionalDependenciesTheStarterGivesNoBeanThatNeedsThem() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(autoConfiguration()))
        .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(optionalPackages()))
        .run(context -> {
          assertNull(context.getStartupFailure());
          for (String bean : optionalBeans()) {
            assertTrue(!context.containsBean(bean), bean);
          }
          assertEquals(1, context.getBeansOfType(MigovValidator.class).size());
        });
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(autoConfiguration()))
        .withPropertyValues("migov.validation.startup-check=false", "spring.web.locale=it")
        .withBean(java.time.Clock.class, () -> java.time.Clock.fixed(java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
        .run(context -> {
          for (String bean : optionalBeans()) {
            assertTrue(context.containsBean(bean), bean);
          }
          MigovValidator validator = context.getBean(MigovValidator.class);
          assertEquals(java.util.Locale.ITALIAN, validator.locale(), "spring.web.locale");
          assertEquals(java.time.Instant.parse("2020-01-01T00:00:00Z"), validator.clock().instant(), "the context's clock");
        });
  }

  @Test
  void aMigovFileTheServerFailsToReadIsNoBadRequest() throws Exception {
    HttpResponse<String> response = send("GET", "/server-fault", null, null);
    assertEquals(500, response.statusCode(), response.body());
    assertTrue(!response.body().contains(MigovProblem.NOT_WIRE_FORMAT), response.body());
  }

  @Test
  void otherBadBodiesAreLeftToSpring() throws Exception {
    HttpResponse<String> response = send("POST", "/names", "{\"not\":\"a list\"}", null);
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(!response.body().contains(MigovProblem.NOT_WIRE_FORMAT), response.body());
  }

  /** A class loader that finds migov-validation's own validation.xml first, as an application without one does. */
  private static ClassLoader withMigovsValidationXml() throws IOException {
    URL migovs = Collections.list(ClassLoader.getSystemClassLoader().getResources("META-INF/validation.xml")).stream()
        .filter(url -> !url.toString().contains("test-classes")).findFirst().orElseThrow();
    return new ClassLoader(MigovStarterContract.class.getClassLoader()) {
      @Override
      public URL getResource(String name) {
        return name.equals("META-INF/validation.xml") ? migovs : super.getResource(name);
      }

      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals("META-INF/validation.xml") ? Collections.enumeration(List.of(migovs)) : super.getResources(name);
      }
    };
  }

  @Test
  void withMigovsOwnValidationXmlTheRulesAreAddedOnce() throws IOException {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .externalClassLoader(withMigovsValidationXml());
    assertTrue(configuration.getBootstrapConfiguration().getProperties().get(MigovRulesSetup.CONTRIBUTORS)
        .contains("MigovConstraintMappingContributor"), "the test reads migov-validation's validation.xml");
    MigovRulesSetup.apply(configuration, new MigovProperties());
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Set<ConstraintViolation<Organisation>> violations = factory.getValidator().validate(BROKEN);
      assertEquals(1, violations.size(), violations.toString());
    }
  }

  @Test
  void aValidatorWithoutMigovsRulesFailsTheStartupLoudly() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(autoConfiguration()))
        .withBean(jakarta.validation.Validator.class, () -> Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration().buildValidatorFactory().getValidator())
        .run(context -> {
          Throwable failure = context.getStartupFailure();
          assertNotNull(failure);
          Throwable cause = failure;
          while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
          }
          assertTrue(cause.getMessage().contains("expected migov's rules on the application's validator"), cause.getMessage());
        });
  }

  @Test
  void theCheckCanBeSwitchedOffAndAMigovValidatorIsGiven() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(autoConfiguration()))
        .withPropertyValues("migov.validation.startup-check=false")
        .withBean(jakarta.validation.Validator.class, () -> Validation.byProvider(HibernateValidator.class).configure()
            .ignoreXmlConfiguration().buildValidatorFactory().getValidator())
        .run(context -> {
          assertNull(context.getStartupFailure());
          assertEquals(1, context.getBeansOfType(MigovValidator.class).size());
        });
  }

  @Test
  void aViolationStatusOtherThan400Or422IsRefused() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(autoConfiguration()))
        .withPropertyValues("migov.web.violation-status=500", "migov.validation.startup-check=false")
        .run(context -> assertNotNull(context.getStartupFailure()));
  }
}
