package org.migov.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.migov.core.CodedEnum;
import org.migov.core.InvalidValueException;

class MigofTest {

  @Test
  void threePrinciplesNumberedInOrder() {
    MigofPrinciple[] values = MigofPrinciple.values();
    assertEquals(3, values.length);
    for (int i = 0; i < values.length; i++) {
      assertEquals(i + 1, values[i].number());
      assertSame(values[i], MigofPrinciple.ofNumber(i + 1));
      assertFalse(values[i].title().isBlank());
      assertFalse(values[i].statement().isBlank());
      assertNotEquals(values[i].title(), values[i].statement());
      assertSame(values[i], CodedEnum.fromCode(MigofPrinciple.class, values[i].code()));
    }
    assertEquals(
        "Adherence to international standards and fulfilment of migrants' rights",
        MigofPrinciple.ofNumber(1).title());
  }

  @Test
  void threeObjectivesNumberedInOrder() {
    MigofObjective[] values = MigofObjective.values();
    assertEquals(3, values.length);
    for (int i = 0; i < values.length; i++) {
      assertEquals(i + 1, values[i].number());
      assertSame(values[i], MigofObjective.ofNumber(i + 1));
      assertFalse(values[i].title().isBlank());
      assertFalse(values[i].statement().isBlank());
      assertSame(values[i], CodedEnum.fromCode(MigofObjective.class, values[i].code()));
    }
    assertEquals(
        "Ensure that migration takes place in a safe, orderly and dignified manner",
        MigofObjective.ofNumber(3).title());
  }

  @Test
  void ofNumberRejectsOutOfRange() {
    assertEquals("0",
        assertThrows(InvalidValueException.class, () -> MigofPrinciple.ofNumber(0)).found());
    assertEquals("4",
        assertThrows(InvalidValueException.class, () -> MigofPrinciple.ofNumber(4)).found());
    assertEquals("0",
        assertThrows(InvalidValueException.class, () -> MigofObjective.ofNumber(0)).found());
    assertEquals("4",
        assertThrows(InvalidValueException.class, () -> MigofObjective.ofNumber(4)).found());
  }
}
