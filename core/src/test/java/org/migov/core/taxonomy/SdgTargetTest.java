package org.migov.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migov.core.InvalidValueException;

class SdgTargetTest {

  @Test
  void ofNumberFindsTarget107() {
    SdgTarget target = SdgTarget.ofNumber("10.7");
    assertSame(SdgTarget.TARGET_10_7, target);
    assertEquals(10, target.goal());
    assertEquals(
        "Facilitate orderly, safe, regular and responsible migration and mobility of people,"
            + " including through the implementation of planned and well-managed migration"
            + " policies",
        target.text());
  }

  @Test
  void letteredTargetsUseLowerCase() {
    assertSame(SdgTarget.TARGET_10_C, SdgTarget.ofNumber("10.c"));
    assertEquals("10.c", SdgTarget.TARGET_10_C.number());
    assertEquals(16, SdgTarget.ofNumber("16.a").goal());
    assertThrows(InvalidValueException.class, () -> SdgTarget.ofNumber("10.C"));
  }

  @Test
  void ofNumberRefusesUnknownAndMalformedNumbers() {
    for (String number : new String[] {"99.9", "", " 10.7", "10.7 ", "10", "10.70"}) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> SdgTarget.ofNumber(number));
      assertEquals(number, e.found());
    }
    assertThrows(InvalidValueException.class, () -> SdgTarget.ofNumber(null));
  }

  @Test
  void domainTargetsArePresent() {
    for (String number :
        new String[] {"10.7", "10.c", "8.7", "8.8", "5.2", "16.2", "17.18", "16.9"}) {
      assertEquals(number, SdgTarget.ofNumber(number).number());
    }
  }

  @Test
  void constantNamesNumbersAndGoalsAgree() {
    Set<String> numbers = new HashSet<>();
    for (SdgTarget target : SdgTarget.values()) {
      String expectedName = "TARGET_" + target.number().replace('.', '_').toUpperCase(Locale.ROOT);
      assertEquals(expectedName, target.name());
      assertEquals(target.number().substring(0, target.number().indexOf('.')),
          String.valueOf(target.goal()));
      assertTrue(target.goal() >= 1 && target.goal() <= 17, target.name());
      assertTrue(numbers.add(target.number()), target.name());
      assertSame(target, SdgTarget.ofNumber(target.number()));
    }
  }

  @Test
  void textsAreNonBlankAndTrimmed() {
    for (SdgTarget target : SdgTarget.values()) {
      assertFalse(target.text().isBlank(), target.name());
      assertEquals(target.text().strip(), target.text(), target.name());
      assertFalse(target.text().endsWith("."), target.name());
    }
  }
}
