package org.migov.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The single values of the wire format, and where an entity stood, as values. */
class WireValuesTest {
  @ParameterizedTest
  @CsvSource({"1500.50", "0", "6000000", "0.000001", "0.0000001", "-12.5", "1E+3", "1.2E-9", "12345678901234567890.123"})
  void aDecimalIsWrittenInPlainNotation(String text) {
    BigDecimal value = new BigDecimal(text);
    assertEquals(value.toPlainString(), WireValues.plain(value));
  }

  @Test
  void aLocationIsAValue() {
    EntityLocation location = EntityLocation.of("/programmes/3", 12, 5);
    assertEquals("/programmes/3", location.pointer());
    assertEquals(12, location.line());
    assertEquals(5, location.column());
    assertEquals("/programmes/3 (line 12, column 5)", location.toString());
    assertEquals("the record (line 4, column 1)", EntityLocation.of("", 4, 1).toString());
    assertEquals(location, EntityLocation.of("/programmes/3", 12, 5));
    assertEquals(location.hashCode(), EntityLocation.of("/programmes/3", 12, 5).hashCode());
    assertNotEquals(location, EntityLocation.of("/programmes/4", 12, 5));
    assertNotEquals(location, EntityLocation.of("/programmes/3", 13, 5));
    assertNotEquals(location, EntityLocation.of("/programmes/3", 12, 6));
    assertNotEquals(location, "/programmes/3");
    assertEquals(EntityLocation.of("", 0, 0).line(), 0);
    assertThrows(IllegalArgumentException.class, () -> EntityLocation.of("", -1, 0));
    assertThrows(IllegalArgumentException.class, () -> EntityLocation.of("", 0, -1));
    assertThrows(NullPointerException.class, () -> EntityLocation.of(null, 1, 1));
  }

  @Test
  void anIdOfEachKindIsNamedWithItsArticle() {
    MigovJson json = MigovJson.create();
    assertEquals("an agreement id (a JSON string)", assertThrows(MigovJsonException.class, () -> json.read(
        "{\"id\":1}", org.migov.core.agreement.Agreement.class)).expected());
    assertEquals("an office id (a JSON string)", assertThrows(MigovJsonException.class, () -> json.read(
        "{\"id\":1}", org.migov.core.office.Office.class)).expected());
    assertEquals("a programme id (a JSON string)", assertThrows(MigovJsonException.class, () -> json.read(
        "{\"id\":1}", org.migov.core.programme.Programme.class)).expected());
    assertEquals("an event id (a JSON string)", assertThrows(MigovJsonException.class, () -> json.read(
        "{\"id\":1}", org.migov.core.event.Event.class)).expected());
  }
}
