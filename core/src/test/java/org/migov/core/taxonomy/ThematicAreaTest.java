package org.migov.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migov.core.CodedEnum;

class ThematicAreaTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Locale[] LANGUAGES = {
    Locale.ENGLISH, Locale.ITALIAN, Locale.FRENCH, SPANISH
  };
  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z]+([A-Z][a-z]*)*");

  @Test
  void fifteenAreasInTheAgreedOrder() {
    List<String> names = new ArrayList<>();
    for (ThematicArea area : ThematicArea.values()) {
      names.add(area.name());
    }
    assertEquals(
        List.of(
            "TRAFFICKING_IN_PERSONS",
            "MIGRANT_SMUGGLING",
            "BORDER_MANAGEMENT",
            "PREVENTION_OF_TERRORISM",
            "DATA_AND_EVIDENCE",
            "REGULAR_PATHWAYS_AND_LABOUR_MOBILITY",
            "RETURN_AND_REINTEGRATION",
            "PROTECTION_OF_VULNERABLE_MIGRANTS",
            "EMERGENCY_RESPONSE",
            "HEALTH_AND_PSYCHOSOCIAL_SUPPORT",
            "INTEGRATION_AND_SOCIAL_COHESION",
            "CAPACITY_BUILDING",
            "AWARENESS_RAISING",
            "COMMUNITY_RESILIENCE",
            "INTERNATIONAL_COOPERATION"),
        names);
  }

  @Test
  void requiredGcmMappingsHold() {
    assertMapsTo(ThematicArea.TRAFFICKING_IN_PERSONS, 10);
    assertMapsTo(ThematicArea.MIGRANT_SMUGGLING, 9);
    assertMapsTo(ThematicArea.BORDER_MANAGEMENT, 11);
    assertMapsTo(ThematicArea.DATA_AND_EVIDENCE, 1);
    assertMapsTo(ThematicArea.RETURN_AND_REINTEGRATION, 21);
    assertMapsTo(ThematicArea.REGULAR_PATHWAYS_AND_LABOUR_MOBILITY, 5);
    assertMapsTo(ThematicArea.PROTECTION_OF_VULNERABLE_MIGRANTS, 7);
    assertMapsTo(ThematicArea.EMERGENCY_RESPONSE, 2, 8);
    assertMapsTo(ThematicArea.HEALTH_AND_PSYCHOSOCIAL_SUPPORT, 15);
    assertMapsTo(ThematicArea.INTEGRATION_AND_SOCIAL_COHESION, 16, 17);
    assertMapsTo(ThematicArea.CAPACITY_BUILDING, 23);
    assertMapsTo(ThematicArea.AWARENESS_RAISING, 3, 17);
    assertMapsTo(ThematicArea.COMMUNITY_RESILIENCE, 2);
    assertMapsTo(ThematicArea.INTERNATIONAL_COOPERATION, 23);
    assertMapsTo(ThematicArea.PREVENTION_OF_TERRORISM, 11);
  }

  private static void assertMapsTo(ThematicArea area, int... numbers) {
    for (int number : numbers) {
      assertTrue(
          area.gcmObjectives().contains(GcmObjective.ofNumber(number)),
          area + " should map to GCM objective " + number);
    }
  }

  @Test
  void sdgMappingsHold() {
    assertEquals(
        EnumSet.of(SdgTarget.TARGET_5_2, SdgTarget.TARGET_8_7, SdgTarget.TARGET_16_2),
        ThematicArea.TRAFFICKING_IN_PERSONS.sdgTargets());
    assertTrue(ThematicArea.DATA_AND_EVIDENCE.sdgTargets().contains(SdgTarget.TARGET_17_18));
    assertTrue(ThematicArea.BORDER_MANAGEMENT.sdgTargets().contains(SdgTarget.TARGET_10_7));
    assertTrue(ThematicArea.AWARENESS_RAISING.sdgTargets().isEmpty());
  }

  @Test
  void everySdgTargetIsUsedBySomeArea() {
    Set<SdgTarget> used = EnumSet.noneOf(SdgTarget.class);
    for (ThematicArea area : ThematicArea.values()) {
      used.addAll(area.sdgTargets());
    }
    assertEquals(EnumSet.allOf(SdgTarget.class), used);
  }

  @Test
  void everyAreaHasAGcmObjectiveAnd15190() {
    for (ThematicArea area : ThematicArea.values()) {
      assertFalse(area.gcmObjectives().isEmpty(), area.name());
      assertSame(DacPurposeCode.MIGRATION, area.dacPurposeCode());
      assertEquals(15190, area.dacPurposeCode().number());
    }
  }

  @Test
  void returnedSetsAreUnmodifiable() {
    for (ThematicArea area : ThematicArea.values()) {
      Set<GcmObjective> gcm = area.gcmObjectives();
      Set<SdgTarget> sdg = area.sdgTargets();
      assertThrows(UnsupportedOperationException.class, () -> gcm.add(GcmObjective.OBJECTIVE_1));
      assertThrows(UnsupportedOperationException.class, gcm::clear);
      assertThrows(UnsupportedOperationException.class, () -> sdg.add(SdgTarget.TARGET_10_7));
      assertThrows(UnsupportedOperationException.class, () -> sdg.remove(SdgTarget.TARGET_10_7));
    }
  }

  @Test
  void everyAreaHasALabelInEachLanguage() {
    for (ThematicArea area : ThematicArea.values()) {
      for (Locale locale : LANGUAGES) {
        String label = area.label(locale);
        assertFalse(label.isBlank(), area + " in " + locale);
        assertEquals(label.strip(), label, area + " in " + locale);
      }
      assertNotEquals(area.label(Locale.ENGLISH), area.label(Locale.ITALIAN), area.name());
      assertNotEquals(area.label(Locale.ENGLISH), area.label(Locale.FRENCH), area.name());
      assertNotEquals(area.label(Locale.ENGLISH), area.label(SPANISH), area.name());
      assertNotEquals(area.label(Locale.ITALIAN), area.label(SPANISH), area.name());
    }
  }

  @Test
  void labelsAreUniqueWithinALanguage() {
    for (Locale locale : LANGUAGES) {
      Set<String> labels = new HashSet<>();
      for (ThematicArea area : ThematicArea.values()) {
        assertTrue(labels.add(area.label(locale)), area + " in " + locale);
      }
    }
  }

  @Test
  void traffickingLabels() {
    ThematicArea area = ThematicArea.TRAFFICKING_IN_PERSONS;
    assertEquals("Trafficking in persons", area.label(Locale.ENGLISH));
    assertEquals("Tratta di esseri umani", area.label(Locale.ITALIAN));
    assertEquals("Traite des personnes", area.label(Locale.FRENCH));
    assertEquals("Trata de personas", area.label(SPANISH));
  }

  @Test
  void countryVariantsUseTheirLanguage() {
    ThematicArea area = ThematicArea.TRAFFICKING_IN_PERSONS;
    assertEquals(area.label(Locale.ITALIAN), area.label(Locale.forLanguageTag("it-CH")));
    assertEquals(area.label(Locale.FRENCH), area.label(Locale.CANADA_FRENCH));
    assertEquals(area.label(SPANISH), area.label(Locale.forLanguageTag("es-MX")));
  }

  @Test
  void otherLanguagesFallBackToEnglish() {
    for (ThematicArea area : ThematicArea.values()) {
      String english = area.label(Locale.ENGLISH);
      assertEquals(english, area.label(Locale.GERMAN), area.name());
      assertEquals(english, area.label(Locale.JAPANESE), area.name());
      assertEquals(english, area.label(Locale.ROOT), area.name());
      assertEquals(english, area.label(Locale.forLanguageTag("ar-EG")), area.name());
    }
  }

  @Test
  void labelRejectsNullLocale() {
    assertThrows(NullPointerException.class, () -> ThematicArea.BORDER_MANAGEMENT.label(null));
  }

  @Test
  void codesAreLowerCamelCaseAndRoundTrip() {
    assertEquals("traffickingInPersons", ThematicArea.TRAFFICKING_IN_PERSONS.code());
    assertEquals(
        "regularPathwaysAndLabourMobility",
        ThematicArea.REGULAR_PATHWAYS_AND_LABOUR_MOBILITY.code());
    for (ThematicArea area : ThematicArea.values()) {
      assertTrue(LOWER_CAMEL.matcher(area.code()).matches(), area.code());
      assertSame(area, CodedEnum.fromCode(ThematicArea.class, area.code()));
    }
  }
}
