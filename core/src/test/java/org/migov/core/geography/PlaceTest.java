package org.migov.core.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migov.core.InvalidValueException;
import org.migov.core.text.MultilingualText;

class PlaceTest {

  @Test
  void aLocalityInACountry() {
    Place cairo = Place.of("Cairo", Country.of("EG"));
    assertEquals(Optional.of("Cairo"), cairo.locality(Locale.ENGLISH));
    assertEquals(Optional.of(MultilingualText.of("Cairo")), cairo.locality());
    assertEquals(Country.of("EG"), cairo.country());
    assertEquals("Cairo, EG", cairo.toString());
  }

  @Test
  void aCountryOnly() {
    Place bulgaria = Place.of(Country.of("BG"));
    assertEquals(Optional.empty(), bulgaria.locality());
    assertEquals("BG", bulgaria.toString());
  }

  @Test
  void equalityIsByLocalityAndCountry() {
    assertEquals(Place.of("Rome", Country.of("IT")), Place.of("Rome", Country.of("IT")));
    assertEquals(
        Place.of("Rome", Country.of("IT")).hashCode(), Place.of("Rome", Country.of("IT")).hashCode());
    assertEquals(Place.of(Country.of("IT")), Place.of(Country.of("IT")));
    assertNotEquals(Place.of("Rome", Country.of("IT")), Place.of("Rome", Country.of("US")));
    assertNotEquals(Place.of("Rome", Country.of("IT")), Place.of(Country.of("IT")));
    assertNotEquals(Place.of("Rome", Country.of("IT")), Place.of("Palermo", Country.of("IT")));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t\n", "\u00a0", "\u200b", "\u3000", "\u202f\u2060"})
  void aBlankLocalityIsRefused(String locality) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Place.of(locality, Country.of("IT")));
    assertEquals(locality, e.found());
  }

  @Test
  void aMissingCountryIsRefused() {
    assertThrows(NullPointerException.class, () -> Place.of("Rome", null));
    assertThrows(NullPointerException.class, () -> Place.of((Country) null));
  }
}
