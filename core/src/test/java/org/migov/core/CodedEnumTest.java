package org.migov.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.migov.core.agreement.LinkRelation;
import org.migov.core.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class CodedEnumTest {

  @Test
  void codesAreLowerCamelCaseOfTheConstantName() {
    assertEquals("intergovernmentalOrganisation", OrganisationKind.INTERGOVERNMENTAL_ORGANISATION.code());
    assertEquals("unEntity", OrganisationKind.UN_ENTITY.code());
    assertEquals("buildsOn", LinkRelation.BUILDS_ON.code());
    assertEquals("organisation", EntityKind.ORGANISATION.code());
  }

  @Test
  void everyCodeRoundTrips() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertSame(kind, CodedEnum.fromCode(OrganisationKind.class, kind.code()));
    }
  }

  @Test
  void unknownCodeNamesTheValueAndTheChoices() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> CodedEnum.fromCode(LinkRelation.class, "BUILDS_ON"));
    assertEquals("BUILDS_ON", e.found());
    assertTrue(e.getMessage().contains("buildsOn"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> CodedEnum.fromCode(LinkRelation.class, null));
  }

  @Test
  void quoteEscapesControlCharactersAndCapsLength() {
    assertEquals("\"a\\u000ab\\\"\"", InvalidValueException.quote("a\nb\""));
    String quoted = InvalidValueException.quote("x".repeat(1000));
    assertTrue(quoted.length() < 100, quoted);
    assertTrue(quoted.contains("1000 chars"), quoted);
  }
}
