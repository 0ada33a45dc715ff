package org.migov.core.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migov.core.InvalidValueException;
import org.migov.core.text.MultilingualText;

class NamedAreaTest {

  @Test
  void aCaribbeanWithGuyanaContainsGuyana() {
    NamedArea caribbean = NamedArea.of("Caribbean", Country.of("JM"), Country.of("GY"));
    assertTrue(caribbean.contains(Country.of("GY")));
    assertTrue(caribbean.contains(Country.of("JM")));
    assertFalse(caribbean.contains(Country.of("IT")));
    assertFalse(M49Region.of("029").contains(Country.of("GY")));
  }

  @Test
  void membersIterateInAlpha2OrderWithoutDuplicates() {
    NamedArea horn =
        NamedArea.of(
            "Horn of Africa",
            Country.of("SO"),
            Country.of("ET"),
            Country.of("DJ"),
            Country.of("ER"),
            Country.of("SO"));
    assertEquals(
        List.of("DJ", "ER", "ET", "SO"), horn.members().stream().map(Country::alpha2).toList());
    assertEquals(horn.members(), horn.countries());
    assertEquals("Horn of Africa [DJ, ER, ET, SO]", horn.toString());
    assertThrows(UnsupportedOperationException.class, () -> horn.members().add(Country.of("KE")));
  }

  @Test
  void anAreaWithNoMemberIsRefused() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> NamedArea.of("Nowhere"));
    assertTrue(e.getMessage().contains("\"Nowhere\""), e.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> NamedArea.of(MultilingualText.of("en", "Nowhere"), List.of()));
    assertThrows(InvalidValueException.class, () -> NamedArea.of(" ", Country.of("IT")));
    assertThrows(NullPointerException.class, () -> NamedArea.of("Somewhere", (Country) null));
  }

  @Test
  void namesFollowTheMultilingualFallback() {
    NamedArea shore =
        NamedArea.of(
            MultilingualText.of(
                "en", "southern Mediterranean shore", "it", "sponda sud del Mediterraneo"),
            List.of(Country.of("MA"), Country.of("DZ"), Country.of("TN"), Country.of("LY"),
                Country.of("EG")));
    assertEquals("sponda sud del Mediterraneo", shore.name(Locale.ITALIAN));
    assertEquals("southern Mediterranean shore", shore.name(Locale.FRENCH));
    assertEquals("southern Mediterranean shore", shore.name(Locale.ENGLISH));
    assertEquals(2, shore.name().languages().size());
  }

  @Test
  void equalityIsByNameAndMembers() {
    NamedArea a = NamedArea.of("Maghreb", Country.of("MA"), Country.of("DZ"));
    NamedArea b = NamedArea.of("Maghreb", Country.of("DZ"), Country.of("MA"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, NamedArea.of("Maghreb", Country.of("MA")));
    assertNotEquals(a, NamedArea.of("North-west Africa", Country.of("MA"), Country.of("DZ")));
  }

  @Test
  void everyKindOfAreaAnswersContains() {
    Country niger = Country.of("NE");
    List<GeographicArea> areas =
        List.of(
            niger,
            M49Region.of("011"),
            M49Region.of("202"),
            NamedArea.of("Sahel", Country.of("ML"), niger, Country.of("TD")));
    for (GeographicArea area : areas) {
      assertTrue(area.contains(niger), area.toString());
      assertFalse(area.contains(Country.of("IT")), area.toString());
      assertTrue(area.countries().contains(niger), area.toString());
      assertFalse(area.name(Locale.ENGLISH).isBlank());
    }
    assertTrue(M49Region.WORLD.contains(niger));
    assertTrue(M49Region.WORLD.contains(Country.of("IT")));
  }

  @Test
  void describeDispatchesOverTheSealedHierarchy() {
    GeographicArea area = M49Region.of("029");
    String kind =
        area instanceof Country
            ? "country"
            : area instanceof M49Region ? "region" : "named";
    assertEquals("region", kind);
  }
}
