package org.migov.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;

class GcmObjectiveTest {

  @Test
  void all23ObjectivesAreNumberedInOrder() {
    GcmObjective[] values = GcmObjective.values();
    assertEquals(23, values.length);
    for (int i = 0; i < values.length; i++) {
      assertEquals(i + 1, values[i].number());
      assertEquals("OBJECTIVE_" + (i + 1), values[i].name());
    }
  }

  @Test
  void titlesAreNonBlankUniqueAndTrimmed() {
    Set<String> titles = new HashSet<>();
    for (GcmObjective objective : GcmObjective.values()) {
      String title = objective.title();
      assertFalse(title.isBlank(), objective.name());
      assertEquals(title.strip(), title, objective.name());
      assertFalse(title.endsWith("."), objective.name());
      assertTrue(titles.add(title), "duplicate title " + title);
    }
  }

  @Test
  void titlesAreTheOfficialOnes() {
    assertEquals(
        "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
        GcmObjective.OBJECTIVE_1.title());
    assertEquals(
        "Strengthen the transnational response to smuggling of migrants",
        GcmObjective.OBJECTIVE_9.title());
    assertEquals(
        "Prevent, combat and eradicate trafficking in persons in the context of international"
            + " migration",
        GcmObjective.OBJECTIVE_10.title());
    assertEquals(
        "Manage borders in an integrated, secure and coordinated manner",
        GcmObjective.OBJECTIVE_11.title());
    assertEquals(
        "Cooperate in facilitating safe and dignified return and readmission, as well as"
            + " sustainable reintegration",
        GcmObjective.OBJECTIVE_21.title());
    assertEquals(
        "Strengthen international cooperation and global partnerships for safe, orderly and"
            + " regular migration",
        GcmObjective.OBJECTIVE_23.title());
  }

  @Test
  void ofNumberRoundTrips() {
    for (GcmObjective objective : GcmObjective.values()) {
      assertSame(objective, GcmObjective.ofNumber(objective.number()));
    }
  }

  @Test
  void ofNumberRejectsNumbersOutsideOneToTwentyThree() {
    for (int number : new int[] {0, 24, -1, Integer.MAX_VALUE}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> GcmObjective.ofNumber(number));
      assertEquals(String.valueOf(number), e.found());
      assertTrue(e.getMessage().contains("\"" + number + "\""), e.getMessage());
    }
  }

  @Test
  void codesRoundTrip() {
    assertEquals("objective10", GcmObjective.OBJECTIVE_10.code());
    for (GcmObjective objective : GcmObjective.values()) {
      assertSame(objective, CodedEnum.fromCode(GcmObjective.class, objective.code()));
    }
  }
}
