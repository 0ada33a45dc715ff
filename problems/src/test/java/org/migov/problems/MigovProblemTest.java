package org.migov.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migov.core.organisation.Organisation;
import org.migov.json.MigovJson;
import org.migov.json.MigovJsonException;
import tools.jackson.databind.json.JsonMapper;

/** The problem details every migov web integration answers with. */
class MigovProblemTest {
  private static final JsonMapper TREES = JsonMapper.builder().build();

  /** A body of an application's own, with a constraint of its own. */
  record Note(@NotBlank String text) {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(MigovProblem problem) {
    return TREES.readValue(problem.toJson(), Map.class);
  }

  @Test
  void aBodyThatIsNotTheWireFormatSaysWhereAndWhat() {
    MigovJsonException e = assertThrows(MigovJsonException.class,
        () -> MigovJson.create().read("{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"kinds\":[\"nope\"]}", Organisation.class));
    MigovProblem problem = MigovProblem.notWireFormatIn(new RuntimeException("a framework's wrapper", e));
    Map<String, Object> json = json(problem);
    assertEquals(400, problem.status());
    assertEquals(MigovProblem.NOT_WIRE_FORMAT, json.get("type"));
    assertEquals("NOT_WIRE_FORMAT", json.get("kind"));
    assertEquals("/kinds/0", json.get("pointer"));
    assertEquals(1, json.get("line"));
    assertEquals(42, json.get("column"));
    assertEquals("\"nope\"", json.get("found"));
    assertEquals(e.getMessage(), json.get("detail"));
    assertNull(MigovProblem.notWireFormatIn(new RuntimeException("not migov's")));
  }

  @Test
  void aBodyThatIsNotTheWireFormatIsExplainedInTheRequestsLanguage() {
    MigovJsonException e = assertThrows(MigovJsonException.class,
        () -> MigovJson.create().read("{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"kinds\":[\"nope\"]}", Organisation.class));
    Map<String, Object> json = json(MigovProblem.notWireFormatIn(new RuntimeException(e), java.util.Locale.ITALIAN));
    assertEquals(e.message(java.util.Locale.ITALIAN), json.get("detail"));
    assertTrue(((String) json.get("detail")).startsWith("atteso: uno dei codici ["), json.toString());
    assertEquals("\"nope\"", json.get("found"));
    assertEquals("/kinds/0", json.get("pointer"));
    assertEquals("The body is not migov's wire format", json.get("title"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aRuleBreakingBodyGivesEachCodeAndOnlyMigovsViolationsMakeItMigovsProblem() {
    Organisation broken = MigovJson.create().read("{\"id\":\"iom\",\"name\":{\"en\":\"IOM\"},\"founded\":\"2000\",\"dissolved\":\"1990\"}",
        Organisation.class);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      List<MigovProblem.Finding> findings = factory.getValidator().validate(broken).stream().map(MigovProblem.Finding::of)
          .collect(java.util.stream.Collectors.toList());
      MigovProblem problem = MigovProblem.rulesBroken(422, findings);
      Map<String, Object> json = json(problem);
      assertEquals(422, json.get("status"));
      Map<String, Object> violation = ((List<Map<String, Object>>) json.get("violations")).get(0);
      assertEquals(Map.of("code", "ORG-003", "severity", "ERROR", "entityKind", "organisation", "entityId", "iom", "path", "dissolved",
          "message", "Organisation \"iom\": the dissolution date 1990 is before the founding date 2000."), violation);
      assertNull(MigovProblem.rulesBroken(400, factory.getValidator().validate(new Note("")).stream().map(MigovProblem.Finding::of)
          .collect(java.util.stream.Collectors.toList())), "the application's own constraints only: not migov's problem");
    }
    assertThrows(IllegalArgumentException.class, () -> MigovProblem.rulesBroken(500, List.of(MigovProblem.Finding.of(null, "x", "y"))));
    assertNull(MigovProblem.rulesBroken(400, List.of()));
  }
}
