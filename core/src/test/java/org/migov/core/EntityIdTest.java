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

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u00a0\u00a0", "\u200b", "\u3000", "\u2007", "\u00ad", "\u115f", "\ufe0f",
      "\u00a0\u200b\u3000", "\u0085"})
  void idsThatShowNothingAreBlank(String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganisationId.of(value));
    assertEquals(value, e.found());
    assertTrue(e.getMessage().contains("non-blank"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0iom", "iom\u00a0", "\u3000iom", "iom\u3000", "\u202fiom", "iom\u2007",
      "\u1680iom", "iom\u205f"})
  void surroundingWhiteSpaceIsJudgedByUnicode(String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> OfficeId.of(value));
    assertTrue(e.getMessage().endsWith(": surrounding whitespace"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\ufeffiom:format character U+FEFF",
      "iom\ufeff:format character U+FEFF",
      "io\u202em:format character U+202E",
      "io\u200bm:format character U+200B",
      "io\u200dm:format character U+200D",
      "io\u2066m:format character U+2066",
      "io\u00adm:format character U+00AD",
      "io\udb40\udc01m:format character U+E0001",
      "io\u2028m:line separator U+2028",
      "io\u2029m:paragraph separator U+2029"})
  void formatCharactersAndSeparatorsAreRefusedAnywhere(String valueAndDetail) {
    int colon = valueAndDetail.indexOf(':');
    String value = valueAndDetail.substring(0, colon);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ProgrammeId.of(value));
    assertEquals(value, e.found());
    assertTrue(e.getMessage().endsWith(": " + valueAndDetail.substring(colon + 1)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bureau-ñ", "مكتب", "办事处", "бюро", "משרד", "ऑफ़िस", "e\u0301", "iom-\ud83c\udf0d",
      "iom office", "iom\u00a0office", "XM-DAC-47066"})
  void lettersOfEveryScriptAreAccepted(String value) {
    assertEquals(value, EventId.of(value).value());
    assertEquals(value, AgreementId.of(value).value());
  }

  @Test
  void nullAndOverlongIdsAreRefused() {
    assertThrows(InvalidValueException.class, () -> ProgrammeId.of(null));
    assertThrows(InvalidValueException.class, () -> ProgrammeId.of("a".repeat(EntityId.MAX_LENGTH + 1)));
    assertEquals(EntityId.MAX_LENGTH, ProgrammeId.of("a".repeat(EntityId.MAX_LENGTH)).value().length());
  }
}
