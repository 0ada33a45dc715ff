package org.migov.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.agreement.AgreementId;
import org.migov.core.event.EventId;
import org.migov.core.office.OfficeId;
import org.migov.core.organisation.OrganisationId;
import org.migov.core.programme.ProgrammeId;
import org.junit.jupiter.api.Test;

class EntityIdTest {

  @Test
  void idsAreEqualByKindAndValue() {
    assertEquals(OrganisationId.of("iom"), OrganisationId.of("iom"));
    assertEquals(OrganisationId.of("iom").hashCode(), OrganisationId.of("iom").hashCode());
    assertNotEquals(OrganisationId.of("x"), OfficeId.of("x"));
    assertNotEquals(AgreementId.of("x"), ProgrammeId.of("x"));
    assertEquals("XM-DAC-47066", OrganisationId.of("XM-DAC-47066").toString());
  }

  @Test
  void eachIdKnowsItsKind() {
    assertEquals(EntityKind.ORGANISATION, OrganisationId.of("a").kind());
    assertEquals(EntityKind.OFFICE, OfficeId.of("a").kind());
    assertEquals(EntityKind.AGREEMENT, AgreementId.of("a").kind());
    assertEquals(EntityKind.PROGRAMME, ProgrammeId.of("a").kind());
    assertEquals(EntityKind.EVENT, EventId.of("a").kind());
  }

  @Test
  void idsSortByKindThenValue() {
    assertTrue(OrganisationId.of("b").compareTo(OrganisationId.of("c")) < 0);
    assertTrue(OrganisationId.of("z").compareTo(OfficeId.of("a")) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " iom", "iom ", "a/b", "a&b", "a|b", "a?b", "a\nb"})
  void malformedIdsAreRefusedWithTheValueInTheMessage(String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganisationId.of(value));
    assertEquals(value, e.found());
    assertTrue(e.getMessage().contains("OrganisationId"), e.getMessage());
  }

  @Test
  void nullAndOverlongIdsAreRefused() {
    assertThrows(InvalidValueException.class, () -> ProgrammeId.of(null));
    assertThrows(InvalidValueException.class, () -> ProgrammeId.of("a".repeat(EntityId.MAX_LENGTH + 1)));
    assertEquals(EntityId.MAX_LENGTH, ProgrammeId.of("a".repeat(EntityId.MAX_LENGTH)).value().length());
  }
}
