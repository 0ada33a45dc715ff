package org.migov.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.migov.core.InvalidValueException;

class DacPurposeCodeTest {

  @Test
  void migrationIs15190() {
    assertEquals(15190, DacPurposeCode.MIGRATION.number());
    assertEquals(
        "Facilitation of orderly, safe, regular and responsible migration and mobility",
        DacPurposeCode.MIGRATION.title());
    assertSame(DacPurposeCode.MIGRATION, DacPurposeCode.ofNumber(15190));
  }

  @Test
  void ofNumberRefusesCodesNotUsed() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> DacPurposeCode.ofNumber(15191));
    assertEquals("15191", e.found());
  }
}
